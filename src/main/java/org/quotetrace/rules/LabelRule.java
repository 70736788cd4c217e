package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Token;

/**
 * Speakers named by layout rather than by a verb: a transcript or headline label at the start of a
 * paragraph ({@code WALLACE: Let's start ...}, {@code Pence: Trump was mocking}) and a credit after a
 * quotation ({@code “...” ― Sonya Herridge}). A headline's label may also be a capitalised common noun
 * ({@code Newspaper: ...}) and may name whom or what the speaker addresses ({@code Ruiz to City Council: ...},
 * {@code Ruiz on taxes: ...}): the name before the preposition is the speaker.
 */
final class LabelRule {
  /** The longest name a label or credit may have, in tokens. */
  private static final int MAX_NAME_TOKENS = 4;
  /** The longest topic after a headline label's name ({@code Obama on climate change:}), in tokens. */
  private static final int MAX_TOPIC_TOKENS = 9;

  void apply(Doc d, List<Candidate> out) {
    for (int t = 0; t < d.size(); t++) {
      if (startsParagraph(d, t)) {
        label(d, t, out);
      }
    }
    for (QuoteFinder.Quote q : d.quotes) {
      credit(d, q, out);
    }
  }

  private static boolean startsParagraph(Doc d, int t) {
    return t == 0 || d.paragraphOf(d.tok(t - 1).begin()) != d.paragraphOf(d.tok(t).begin());
  }

  /** {@code NAME: text} at the start of a paragraph. */
  private static void label(Doc d, int first, List<Candidate> out) {
    int t = first;
    if (t < d.size() && isQuoteMark(d.tok(t))) {
      t++; // a transcript paragraph may open with a quotation mark
    }
    int nameFirst = t;
    if (t + 1 < d.size() && isInterviewLabel(d.tok(t).word()) && d.tok(t + 1).word().equals(":")) {
      t++; // an interview's Q: and A:
    }
    boolean headline = d.paragraphOf(d.tok(first).begin()) == 0;
    while (t < d.size() && t - nameFirst < MAX_NAME_TOKENS
        && (isNameToken(d.tok(t)) || headline && isHeadlineLabelToken(d, t))) {
      t++;
    }
    int source = t - 1;
    if (headline && t > nameFirst && t < d.size() && isLabelPreposition(d.tok(t))) {
      t = colonAfterTopic(d, t); // Clinton to Planned Parenthood: ..., Mayor on the budget: ...
    } else if (t > nameFirst && t < d.size() && !d.tok(t).word().equals(":")) {
      t = describedName(d, nameFirst, t);
      source = t - 1;
    }
    if (t == nameFirst || t >= d.size() || !d.tok(t).word().equals(":") || headline && kicker(d, nameFirst, t)) {
      return;
    }
    int colon = t;
    int end = Math.max(colon + 1, d.paragraphEnd(first));
    if (end - colon < 4 || onlyName(d, colon + 1, end)) {
      return;
    }
    int head = source;
    if (d.tok(head).word().equals(")") || d.tok(head).pos().equals("-RRB-")) {
      while (head > nameFirst && !d.tok(head).word().equals("(") && !d.tok(head).pos().equals("-LRB-")) {
        head--;
      }
      head = Math.max(nameFirst, head - 1); // the name, not its party and state
    }
    out.add(new Candidate(StatementKind.DIRECT, d.tok(colon + 1).begin(), d.tok(end - 1).end(), colon, colon + 1,
        head, "label.colon", Confidence.LABEL_COLON));
  }

  /**
   * Whether tokens {@code [first, end)} are only proper nouns and punctuation: after a label, a name is a credit
   * line ({@code BYLINE: Ann Lee.}, {@code Photo: Ann Lee}), not something said.
   */
  private static boolean onlyName(Doc d, int first, int end) {
    for (int t = first; t < end; t++) {
      String pos = d.tok(t).pos();
      if (!pos.startsWith("NNP") && !pos.equals(".") && !pos.equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** {@code “...” ― Name} closing a paragraph. */
  private static void credit(Doc d, QuoteFinder.Quote q, List<Candidate> out) {
    int t = 0;
    while (t < d.size() && d.tok(t).begin() < q.end()) {
      t++;
    }
    if (t >= d.size() || !isDash(d.tok(t).word())) {
      return;
    }
    int para = d.paragraphOf(q.end() - 1);
    int nameFirst = t + 1;
    int end = nameFirst;
    while (end < d.size() && d.paragraphOf(d.tok(end).begin()) == para && isNameToken(d.tok(end))) {
      end++;
    }
    boolean closesParagraph = end >= d.size() || d.paragraphOf(d.tok(end).begin()) != para
        || d.tok(end).word().equals(".");
    if (end == nameFirst || end - nameFirst > MAX_NAME_TOKENS || !closesParagraph) {
      return;
    }
    out.add(new Candidate(StatementKind.DIRECT, q.begin(), q.end(), t, t + 1, end - 1, "quote.credit",
        Confidence.QUOTE_CREDIT));
  }

  private static boolean isNameToken(Token t) {
    String w = t.word();
    boolean allCaps = w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-');
    return (t.isProperNoun() || allCaps) && Character.isUpperCase(w.codePointAt(0));
  }

  /**
   * In a headline, a capitalised common noun or adjective may be part of a label the tagger did not read as a
   * name ({@code Newspaper:}, {@code Historians:}, {@code Rush Limbaugh:}), and so may a hyphen inside a word.
   */
  private static boolean isHeadlineLabelToken(Doc d, int t) {
    Token k = d.tok(t);
    if (k.pos().equals("HYPH")) {
      return t > 0 && d.tok(t - 1).end() == k.begin();
    }
    boolean noun = k.pos().equals("NN") || k.pos().equals("NNS") || k.pos().equals("JJ");
    return noun && Character.isUpperCase(k.word().codePointAt(0));
  }

  /**
   * Whether a headline's label {@code [first, colon)} is a kicker, not a speaker: one word in capitals that the
   * tagger reads as a common noun ({@code BOOM:}, {@code LOOK:}), not as an acronym or name ({@code NRA:}).
   */
  private static boolean kicker(Doc d, int first, int colon) {
    Token k = d.tok(first);
    return colon == first + 1 && k.pos().equals("NN") && !isInterviewLabel(k.word())
        && k.word().chars().allMatch(Character::isUpperCase);
  }

  /** {@code to}, {@code on} or {@code at} after a headline label's name: what or whom the speaker addresses. */
  private static boolean isLabelPreposition(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return (t.pos().equals("IN") || t.pos().equals("TO")) && (w.equals("to") || w.equals("on") || w.equals("at"));
  }

  /**
   * The colon that closes a headline label's topic ({@code Clinton to Planned Parenthood:}) within a few words
   * of its preposition {@code prep}, without other punctuation before it; {@code prep} when there is none.
   */
  private static int colonAfterTopic(Doc d, int prep) {
    for (int u = prep + 1; u < d.size() && u <= prep + MAX_TOPIC_TOKENS; u++) {
      String pos = d.tok(u).pos();
      if (d.tok(u).word().equals(":")) {
        return u;
      }
      if (pos.equals(",") || pos.equals(".") || pos.equals(":")) {
        return prep;
      }
    }
    return prep;
  }

  /**
   * Where a label that opens with a name runs on to its colon through a party and state in parentheses or a
   * few common nouns ({@code Rep. Jane Roe (R-Ore.):}, {@code Clinton camp:}); {@code t} if it does not.
   */
  private static int describedName(Doc d, int nameFirst, int t) {
    int u = t;
    if (d.tok(u).word().equals("(") || d.tok(u).pos().equals("-LRB-")) {
      while (u < d.size() && u - t < 6 && !d.tok(u).word().equals(")") && !d.tok(u).pos().equals("-RRB-")) {
        u++;
      }
      u++;
    } else {
      while (u < d.size() && u - nameFirst < MAX_NAME_TOKENS + 2 && (d.tok(u).pos().startsWith("NN")
          || isNameToken(d.tok(u)))) {
        u++;
      }
    }
    return u < d.size() && d.tok(u).word().equals(":") ? u : t;
  }

  private static boolean isInterviewLabel(String w) {
    return w.equals("Q") || w.equals("A");
  }

  private static boolean isDash(String w) {
    return w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-");
  }

  /** Whether a token is an opening quotation mark, matched or not. */
  static boolean isQuoteMark(Token t) {
    return t.pos().equals("``") || t.word().equals("\"") || t.word().equals("“");
  }
}
