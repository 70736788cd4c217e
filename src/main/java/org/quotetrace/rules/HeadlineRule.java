package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Token;

/**
 * A headline's verb of saying or stance that the tagger took for a noun: headlines are often in title case
 * or telegraphic ({@code Senator Blasts Governor Over Budget}, {@code Union blasts mayor}), and the parser then
 * makes the verb part of one long noun compound, so no verb rule sees it. In the first line only, a word whose
 * plain form is a lexicon verb with a sure object or clause frame, after a short noun phrase that opens the
 * line and before the rest of it, is the cue: the phrase before it the speaker, the words after it up to a
 * comma, colon, semicolon or dash the content.
 */
final class HeadlineRule {
  /** The least confidence of the verb's object or clause frame (its frames of 0.6 and more are cues mostly). */
  private static final double MIN_FRAME = 0.6;
  /** The longest speaker phrase before the verb, in tokens. */
  private static final int MAX_SPEAKER_TOKENS = 7;
  /** Parts of speech of a speaker phrase (the tagger's reading of title-case words included). */
  private static final Set<String> PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS", "HYPH", "DT");
  /** Relations that lead from a word to the head of the noun phrase it is part of. */
  private static final Set<String> IN_PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "nmod");
  /** Tokens that end a headline's content. */
  private static final Set<String> STOPS = Set.of(",", ";", ":", "–", "—", "-", "--");

  private final CueLexicon lexicon;

  HeadlineRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(Doc d, List<Candidate> out) {
    if (d.size() == 0 || d.paragraphOf(d.tok(0).begin()) != 0) {
      return; // the first line, the headline, holds no token
    }
    int end = d.paragraphEnd(0);
    for (int v = 1; v < end - 1 && v <= MAX_SPEAKER_TOKENS; v++) {
      if (!speakerPhrase(d, v)) {
        return;
      }
      int last = v + 1;
      while (last < end && !endsContent(d, last)) {
        last++;
      }
      if (last > v + 1 && cueWord(d, v, last)) {
        out.add(new Candidate(StatementKind.INDIRECT, d.tok(v + 1).begin(), d.tok(last - 1).end(), v, v + 1, v - 1,
            "headline.verb", confidence(d, v)));
        return;
      }
    }
  }

  /**
   * A word the tagger read as a verb was seen by the verb rules too: their statement of it, where they made one,
   * knows the verb's complements and wins the merge; this one stands only where they made none.
   */
  private static double confidence(Doc d, int v) {
    return d.tok(v).pos().startsWith("VB") ? Confidence.HEADLINE_VERB_TAGGED : Confidence.HEADLINE_VERB;
  }

  /** Whether token {@code t} ends a headline's content: a stop, or a dash with a space before it (not a hyphen). */
  private static boolean endsContent(Doc d, int t) {
    Token k = d.tok(t);
    boolean spaced = k.begin() > d.tok(t - 1).end();
    return k.pos().equals(".") || STOPS.contains(k.word()) && (spaced || !k.word().equals("-"));
  }

  /** Whether tokens {@code [0, v)} read as a noun phrase, with a capitalised word and a determiner only first. */
  private static boolean speakerPhrase(Doc d, int v) {
    boolean capital = false;
    for (int t = 0; t < v; t++) {
      Token k = d.tok(t);
      if (!PHRASE_TAGS.contains(k.pos()) || t > 0 && k.pos().equals("DT")) {
        return false;
      }
      capital |= Character.isUpperCase(k.word().codePointAt(0));
    }
    return capital;
  }

  /**
   * Whether token {@code v} is a verb of saying or stance with its complement after it, up to token {@code last}.
   * A word the parser made the subject of a finite verb in that complement (or part of its subject) is a noun
   * ({@code Jobs report gives ...}); so is a participle ({@code Suspect Named By Police}); a preposition after it
   * must open one of the verb's frames.
   */
  private boolean cueWord(Doc d, int v, int last) {
    Token t = d.tok(v);
    Token next = d.tok(v + 1);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (word.endsWith("ed") || next.pos().startsWith("VB") || next.pos().equals("MD")) {
      return false;
    }
    if (!t.pos().startsWith("VB") && subjectOfVerbBefore(d, v, last)) {
      return false;
    }
    String prep = next.word().toLowerCase(Locale.ROOT);
    for (String lemma : plainForms(word, t.lemma())) {
      double frame = Math.max(lexicon.confidence(lemma, CueLexicon.Frame.OBJ),
          lexicon.confidence(lemma, CueLexicon.Frame.CCOMP));
      if (next.pos().equals("TO")) {
        frame = lexicon.confidence(lemma, CueLexicon.Frame.XCOMP);
      } else if (next.pos().equals("IN")) {
        frame = Math.max(lexicon.obliqueConfidence(lemma, prep),
            prep.equals("for") ? lexicon.confidence(lemma, CueLexicon.Frame.FOR) : 0);
      }
      if (frame >= MIN_FRAME) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code v} is (in) the subject of a finite verb before token {@code last}, not of an infinitive. */
  private static boolean subjectOfVerbBefore(Doc d, int v, int last) {
    int x = v;
    while (IN_PHRASE.contains(d.p.relation(x)) && d.p.head(x) >= 0) {
      x = d.p.head(x);
    }
    int verb = d.p.head(x);
    if (!d.p.relation(x).startsWith("nsubj") || verb < 0 || verb >= last) {
      return false;
    }
    int mark = d.p.child(verb, "mark");
    return mark < 0 || !d.tok(mark).pos().equals("TO");
  }

  /** The word as it is, without a third-person or plural ending, and the tagger's lemma. */
  private static List<String> plainForms(String word, String lemma) {
    List<String> out = new ArrayList<>(List.of(word, lemma.toLowerCase(Locale.ROOT)));
    if (word.endsWith("ies")) {
      out.add(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("es")) {
      out.add(word.substring(0, word.length() - 2));
    }
    if (word.endsWith("s")) {
      out.add(word.substring(0, word.length() - 1));
    }
    return out;
  }
}
