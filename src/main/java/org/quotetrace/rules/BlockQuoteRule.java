package org.quotetrace.rules;

import java.util.List;
import org.quotetrace.StatementKind;

/**
 * Block quotations: a paragraph that closes with a verb of saying and a colon ({@code In a speech last July, he
 * said:}, {@code Limbaugh added:}, {@code the senator wrote the following:}), followed by a paragraph without
 * quotation marks. Web pages set such quotations off as a block and lose the marks with the layout; the next
 * paragraph is what was said. A paragraph that opens with a quotation mark is left to {@link QuoteRule}.
 */
final class BlockQuoteRule {
  /** The fewest tokens the quoted paragraph must have: a name or a date after a colon is no quotation. */
  private static final int MIN_TOKENS = 4;
  private final CueLexicon lexicon;

  BlockQuoteRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(Doc d, List<Candidate> out) {
    for (int colon = 0; colon + 1 < d.size(); colon++) {
      if (!d.tok(colon).word().equals(":") || !closesParagraph(d, colon) || d.insideQuote(colon + 1)
          || LabelRule.isQuoteMark(d.tok(colon + 1))) {
        continue;
      }
      int first = colon + 1;
      int end = d.paragraphEnd(first);
      int cue = cueBefore(d, colon);
      int speaker = cue >= 0 ? SpeakerFinder.subjectOf(d, cue) : -1;
      if (end - first < MIN_TOKENS || speaker < 0 || d.tok(first).word().startsWith("<")) {
        continue;
      }
      out.add(new Candidate(StatementKind.DIRECT, d.tok(first).begin(), d.tok(end - 1).end(), cue, cue + 1,
          speaker, "quote.block", Confidence.QUOTE_BLOCK));
    }
  }

  private static boolean closesParagraph(Doc d, int t) {
    return d.paragraphOf(d.tok(t).begin()) != d.paragraphOf(d.tok(t + 1).begin());
  }

  /**
   * The verb of saying nearest before the colon in its sentence ({@code he said:}, {@code tweeted the
   * following:}), outside any quotation; -1 if none.
   */
  private int cueBefore(Doc d, int colon) {
    int sentence = d.tok(colon).sentence();
    for (int v = colon - 1; v >= 0 && d.tok(v).sentence() == sentence && !d.insideQuote(v); v--) {
      if (d.tok(v).isVerb() && lexicon.says(d.tok(v).lemma())) {
        return v;
      }
    }
    return -1;
  }
}
