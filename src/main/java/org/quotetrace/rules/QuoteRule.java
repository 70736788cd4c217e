package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/**
 * Direct quotations and the verb of saying that introduces them, before or after:
 * {@code “...,” she said}, {@code he said: “...”}, {@code “...,” said Smith, “...”}. A verb the lexicon does
 * not list for quoting introduces a quotation that has no listed verb when it sits right beside it with its
 * subject ({@code “...,” he barked}). A quotation with no verb of its own that follows a statement in the
 * same or the previous paragraph is a follow-on quotation of the same speaker; a short quotation with no verb
 * is a scare quote and is left alone.
 */
final class QuoteRule {
  /** Quotations shorter than this many words need a verb of their own to count. */
  private static final int MIN_FOLLOW_ON_WORDS = 4;
  /** A shorter quotation is a scare quote or a name ({@code called it a “brazen breach”}), not a statement. */
  private static final int MIN_ATTACHED_WORDS = 2;

  /**
   * How sure the lexicon must be that a verb reports a clause ({@code agreed}, {@code said}) for a bare sentence
   * of it to introduce the quotation after it; verbs that mostly do something else ({@code threw}) do not.
   */
  private static final double MIN_LEADING_CLAUSE_CONFIDENCE = 0.5;

  private final CueLexicon lexicon;

  QuoteRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds quotations with their own verb to {@code out}; returns the ones that have none. */
  List<QuoteFinder.Quote> apply(Doc d, List<Candidate> out) {
    List<QuoteFinder.Quote> orphans = new ArrayList<>();
    for (QuoteFinder.Quote q : d.quotes) {
      int[] inside = tokensInside(d, q);
      if (inside[0] >= inside[1] || isName(d, inside)) {
        continue;
      }
      int cue = words(d, inside) >= MIN_ATTACHED_WORDS ? attachedCue(d, q, inside) : -1;
      String rule = "quote.attached";
      double confidence = Confidence.QUOTE_ATTACHED;
      if (cue < 0) {
        cue = introducingCue(d, q, inside[0]);
        rule = "quote.introduced";
        confidence = Confidence.QUOTE_INTRODUCED;
      }
      if (cue < 0) {
        cue = trailingCue(d, q, inside[1]);
        rule = "quote.trailing";
        confidence = Confidence.QUOTE_TRAILING;
      }
      if (cue < 0 && words(d, inside) >= MIN_FOLLOW_ON_WORDS) {
        cue = leadingSentenceCue(d, inside[0]);
        rule = "quote.leading";
        confidence = Confidence.QUOTE_TRAILING;
      }
      if (cue < 0 && words(d, inside) >= MIN_FOLLOW_ON_WORDS) {
        // a verb the lexicon does not list for quoting: “…,” Lee barked; Lee interjected: “…”
        cue = otherVerbBefore(d, inside[0]);
        cue = cue >= 0 ? cue : otherVerbAfter(d, q, inside);
        rule = "quote.other-verb";
        confidence = Confidence.QUOTE_OTHER_VERB;
      }
      if (cue < 0) {
        if (words(d, inside) >= MIN_FOLLOW_ON_WORDS) {
          orphans.add(q);
        }
        continue;
      }
      int cueParagraph = d.paragraphOf(d.tok(cue).begin());
      if (cueParagraph > d.paragraphOf(q.begin()) && cueParagraph <= d.paragraphOf(q.end() - 1)) {
        // News style runs one quotation over paragraphs (“A ... ¶ “B,” he added): a verb in a later paragraph
        // reports that paragraph's part; the paragraphs before it go on with the statement before them.
        QuoteFinder.Quote earlier = new QuoteFinder.Quote(q.begin(), d.paragraphStart(cueParagraph));
        if (words(d, tokensInside(d, earlier)) >= MIN_FOLLOW_ON_WORDS) {
          orphans.add(earlier);
        }
        q = new QuoteFinder.Quote(d.paragraphStart(cueParagraph), q.end());
        inside = tokensInside(d, q);
      }
      boolean attached = rule.equals("quote.attached");
      Governed governed = attached ? governor(d, q, cue) : null;
      if (governed != null && !lexicon.says(d.tok(cue).lemma())) {
        // saying she had “steady hands”: the quotation is part of the clause a verb of saying reports.
        int end = Math.max(q.end(), d.tok(d.p.subtreeEnd(governed.clause()) - 1).end());
        out.add(new Candidate(StatementKind.MIXED, d.tok(governed.first()).begin(), end, governed.cue(),
            governed.cue() + 1, SpeakerFinder.subjectOf(d, governed.speakerVerb()), "quote.governed",
            Confidence.QUOTE_MIXED));
        continue;
      }
      // vowed to “take the fight” to every state: the cue's whole complement, unless the cue is itself part of
      // another verb's reported clause (that statement takes the quotation in when the two merge).
      boolean reportsInfinitive = attached && governed == null && mainVerb(d, cue)
          && lexicon.confidence(d.tok(cue).lemma(), CueLexicon.Frame.XCOMP) >= CueLexicon.QUOTING_CONFIDENCE;
      int[] complement = reportsInfinitive ? complementAround(d, q, inside, cue) : null;
      if (complement != null) {
        out.add(new Candidate(StatementKind.MIXED, complement[0], complement[1], cue, cue + 1,
            SpeakerFinder.subjectOf(d, cue), "quote.complement", Confidence.QUOTE_ATTACHED));
        continue;
      }
      int clauseFirst = reportedClauseFirst(d, inside, cue);
      if (clauseFirst >= 0) {
        // told NBC that the president “has a very ambitious agenda”: the reported clause around the quote.
        out.add(new Candidate(StatementKind.MIXED, d.tok(clauseFirst).begin(), q.end(), cue, cue + 1,
            SpeakerFinder.subjectOf(d, cue), "quote.mixed", Confidence.QUOTE_MIXED));
        continue;
      }
      int source = SpeakerFinder.subjectOf(d, cue);
      if (source < 0 && rule.equals("quote.other-verb")) {
        source = invertedSpeaker(d, cue);
      }
      out.add(new Candidate(StatementKind.DIRECT, q.begin(), q.end(), cue, cue + 1, source, rule, confidence));
    }
    return orphans;
  }

  /**
   * When the quotation continues a clause that the cue governs and that begins before the quotation
   * ({@code that the president “has ...”}), the first token of that clause; otherwise -1.
   */
  private static int reportedClauseFirst(Doc d, int[] inside, int cue) {
    ParsedText p = d.p;
    for (int u = inside[0]; u < inside[1]; u++) {
      int h = p.head(u);
      boolean root = h < inside[0] || h >= inside[1];
      if (root && d.tok(u).isVerb() && p.hasRelation(u, "ccomp") && p.dominates(cue, u)) {
        int first = p.subtreeFirst(u);
        if (first < inside[0] && first > cue && d.tok(first).sentence() == d.tok(cue).sentence()) {
          return first;
        }
      }
    }
    return -1;
  }

  /** How a clause hangs on the way up from a quotation's verb to the verb of saying that reports it. */
  private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "conj", "advcl", "acl");
  /** The most edges climbed from a quotation's verb to the verb of saying that reports it. */
  private static final int MAX_CLIMB = 4;

  /**
   * A verb of saying whose reported clause holds a quotation: the cue, the head of the clause, the clause's first
   * token, and the verb whose subject speaks.
   */
  private record Governed(int cue, int clause, int first, int speakerVerb) {}

  /**
   * The verb of saying whose complement clause holds {@code verb}, or null. When {@code verb} is no verb of saying
   * itself ({@code saying she had “steady hands”}, {@code insisted they have “nothing to do with it”}), the
   * quotation is part of what that verb reports, not a statement of the verb it hangs on (annotators mark the
   * verb of saying, over the clause).
   */
  private Governed governor(Doc d, QuoteFinder.Quote q, int verb) {
    ParsedText p = d.p;
    int v = verb;
    for (int step = 0; step < MAX_CLIMB; step++) {
      int m = markingParticiple(d, v);
      int h = p.head(v);
      if (m >= 0) {
        return new Governed(m, v, m + 1, h >= 0 ? h : m);
      }
      if (h < 0 || q.contains(d.tok(h).begin()) || !CLAUSE_LINKS.contains(p.relation(v).split(":")[0])) {
        return null;
      }
      if (isCue(d, h) && lexicon.says(d.tok(h).lemma())) {
        boolean complement = p.hasRelation(v, "ccomp") || p.hasRelation(v, "xcomp");
        return complement && p.subtreeFirst(v) > h ? new Governed(h, v, p.subtreeFirst(v), h) : null;
      }
      v = h;
    }
    return null;
  }

  /**
   * A participle of saying the parser hung in front of a clause as its marker or an oblique ({@code saying it
   * is time to have “...”}, {@code before insisting he had “...”}), or -1. Its speaker is the subject of the
   * verb above the clause, not of the clause.
   */
  private int markingParticiple(Doc d, int v) {
    for (int m : d.p.children(v)) {
      boolean marker = d.p.hasRelation(m, "mark") || d.p.hasRelation(m, "obl");
      if (m < v && marker && d.tok(m).pos().equals("VBG") && isCue(d, m) && lexicon.says(d.tok(m).lemma())) {
        return m;
      }
    }
    return -1;
  }

  /**
   * Whether a verb heads its own sentence, a conjunct of it, or is a participle beside it ({@code ..., calling it
   * “...”}): not a verb of some clause that another verb reports or a noun governs.
   */
  private static boolean mainVerb(Doc d, int v) {
    return d.p.head(v) < 0 || d.p.hasRelation(v, "conj") || d.tok(v).pos().equals("VBG");
  }

  /** The relations of a cue's dependents that make up its content with an infinitive: {@code urged her to “...”}. */
  private static final Set<String> COMPLEMENT_PARTS = Set.of("obj", "iobj", "xcomp");

  /**
   * When the quotation's head is the infinitive or predicate complement of its cue and the complement, with the
   * cue's object before it, runs past the quotation ({@code vowed to “take the fight” to every state}, {@code urged
   * voters to “stay home”}, {@code called the plan “a mistake”}), the character span of both; otherwise null.
   * Annotators mark that whole complement as the content.
   */
  private static int[] complementAround(Doc d, QuoteFinder.Quote q, int[] inside, int cue) {
    ParsedText p = d.p;
    int head = -1;
    for (int u = inside[0]; u < inside[1]; u++) {
      if (p.head(u) == cue && p.hasRelation(u, "xcomp")) {
        head = u;
      }
    }
    if (head < 0) {
      return null;
    }
    int first = p.subtreeFirst(head);
    for (int c : p.children(cue)) {
      if (c > cue && c < head && COMPLEMENT_PARTS.contains(p.relation(c))) {
        first = Math.min(first, p.subtreeFirst(c));
      }
    }
    int end = p.subtreeEnd(head);
    while (end - 1 > first && d.tok(end - 1).pos().equals(".")) {
      end--;
    }
    int begin = Math.min(q.begin(), d.tok(first).begin());
    int stop = Math.max(q.end(), d.tok(end - 1).end());
    return first > cue && (begin < q.begin() || stop > q.end()) ? new int[] {begin, stop} : null;
  }

  /** The longest quotation taken for a name when it sits in a noun phrase. */
  private static final int MAX_NAME_WORDS = 6;
  /** Tags of a word before a quotation that put it in a noun phrase: {@code CNN's}, {@code the}, {@code on}. */
  private static final Set<String> NAME_OPENERS = Set.of("POS", "DT", "PRP$", "IN");
  /** A common noun right before a title names what it is: {@code the show “Title”}, {@code his book, “Title”}. */
  private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
  /** Tags of the lower-case words a title may hold ({@code Meet the Press}, {@code Fox and Friends}). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("DT", "IN", "CC", "TO");

  /**
   * Whether a quotation is a name, a title or a slogan inside a noun phrase ({@code told CNN's “New Day”
   * that ...}, {@code the “Leave” campaign}, {@code on “Fox and Friends”}): a few title-case words, no
   * exclamation or question, after a possessive, a determiner, a preposition or a common noun (an apposition:
   * {@code the talk show “Late Hour”}, {@code his memoir, “Hard Roads”}). Such a quotation is no
   * statement, and taking it for one would hide the clause its verb does report.
   */
  static boolean isName(Doc d, int[] inside) {
    int before = inside[0] - 1;
    if (before > 0 && d.tok(before).pos().equals(",") && COMMON_NOUNS.contains(d.tok(before - 1).pos())) {
      before--; // his new book, “Title”: an apposition
    }
    if (before < 0 || words(d, inside) > MAX_NAME_WORDS || !NAME_OPENERS.contains(d.tok(before).pos())
        && !COMMON_NOUNS.contains(d.tok(before).pos())) {
      return false;
    }
    boolean word = false;
    for (int t = inside[0]; t < inside[1]; t++) {
      String w = d.tok(t).word();
      char c = w.charAt(0);
      if (w.contains("!") || w.contains("?")) {
        return false;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c) && !TITLE_SMALL_WORDS.contains(d.tok(t).pos())) {
          return false;
        }
        word = true;
      }
    }
    return word;
  }

  static int[] tokensInside(Doc d, QuoteFinder.Quote q) {
    int first = -1;
    int end = -1;
    for (int t = 0; t < d.size(); t++) {
      int b = d.tok(t).begin();
      if (b >= q.begin() && b < q.end()) {
        if (first < 0) {
          first = t;
        }
        end = t + 1;
      } else if (b >= q.end()) {
        break;
      }
    }
    return first < 0 ? new int[] {0, 0} : new int[] {first, end};
  }

  private static int words(Doc d, int[] range) {
    int n = 0;
    for (int t = range[0]; t < range[1]; t++) {
      if (Character.isLetterOrDigit(d.tok(t).word().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  private boolean isCue(Doc d, int t) {
    return d.tok(t).isVerb() && lexicon.quotes(d.tok(t).lemma()) && !d.insideQuote(t);
  }

  /** A verb of saying outside the quotation, linked to it by one dependency edge. */
  private int attachedCue(Doc d, QuoteFinder.Quote q, int[] inside) {
    ParsedText p = d.p;
    int best = -1;
    for (int u = inside[0]; u < inside[1]; u++) {
      int h = p.head(u);
      if (h >= 0 && (h < inside[0] || h >= inside[1]) && isCue(d, h) && sameParagraph(d, q, h)) {
        best = closer(q, d, best, h);
      }
    }
    for (Sentence s : sentencesAround(d, inside)) {
      for (int v = s.first(); v < s.end(); v++) {
        if ((v < inside[0] || v >= inside[1]) && isCue(d, v) && !continuesQuote(d, v)) {
          int h = p.head(v);
          if (h >= inside[0] && h < inside[1]) {
            best = closer(q, d, best, v);
          }
        }
      }
    }
    return best;
  }

  /** Tags of the verb forms that head no sentence of their own: a participle, an infinitive. */
  private static final Set<String> NON_FINITE = Set.of("VBG", "VBN", "VB");

  /**
   * Whether a verb that hangs under a quoted word goes on with the quoted clause rather than reporting it: a
   * conjunct ({@code said he would “fight on” and vowed to win}), a modifier ({@code a “super PAC” backing
   * her}), an auxiliary, or a non-finite adverbial ({@code “may have broken the law” by calling ...}). A
   * verb that reports the quotation hangs under it as a parenthetical or a complement ({@code “…,” she said}).
   */
  private static boolean continuesQuote(Doc d, int v) {
    ParsedText p = d.p;
    return p.hasRelation(v, "conj") || p.hasRelation(v, "acl") || p.hasRelation(v, "aux")
        || p.hasRelation(v, "advcl") && NON_FINITE.contains(d.tok(v).pos());
  }

  private static int closer(QuoteFinder.Quote q, Doc d, int a, int b) {
    if (a < 0) {
      return b;
    }
    return distance(q, d, b) < distance(q, d, a) ? b : a;
  }

  private static int distance(QuoteFinder.Quote q, Doc d, int t) {
    int b = d.tok(t).begin();
    return b < q.begin() ? q.begin() - b : b - q.end();
  }

  private static List<Sentence> sentencesAround(Doc d, int[] inside) {
    int s0 = d.tok(inside[0]).sentence();
    int s1 = d.tok(inside[1] - 1).sentence();
    return d.p.sentences().subList(s0, s1 + 1);
  }

  private static boolean sameParagraph(Doc d, QuoteFinder.Quote q, int t) {
    int pt = d.paragraphOf(d.tok(t).begin());
    return pt >= d.paragraphOf(q.begin()) && pt <= d.paragraphOf(q.end() - 1);
  }

  /** {@code He said:} right before the quotation, in the same or the previous paragraph. */
  private int introducingCue(Doc d, QuoteFinder.Quote q, int firstInside) {
    int before = firstInside - 1;
    while (before >= 0 && (d.tok(before).pos().equals("``") || d.tok(before).word().equals("\""))) {
      before--;
    }
    if (before < 0 || !d.tok(before).word().equals(":")) {
      return -1;
    }
    Sentence s = d.p.sentenceOf(before);
    for (int v = before - 1; v >= s.first(); v--) {
      if (isCue(d, v)) {
        return v;
      }
    }
    return -1;
  }

  /**
   * Whether a quotation reads as something said, not a phrase: it ends in a question or an exclamation, or it
   * is a few words closed by a comma or a full stop inside the marks.
   */
  private static boolean isUtterance(Doc d, int[] inside) {
    int last = inside[1] - 1;
    while (last > inside[0] && (d.tok(last).pos().equals("''") || d.tok(last).word().equals("\""))) {
      last--;
    }
    String w = d.tok(last).word();
    return w.equals("?") || w.equals("!")
        || (w.equals(",") || w.equals(".")) && words(d, inside) >= MIN_FOLLOW_ON_WORDS;
  }

  /**
   * Whether a quotation ends in a comma or an end mark, inside its marks or right after them ({@code “Really,”
   * she added}, {@code “No.”}): a short one so closed was said; one running on in its clause is a scare quote.
   */
  private static boolean closedByPunctuation(Doc d, QuoteFinder.Quote q) {
    String inner = d.text.substring(q.begin(), q.end()).replaceAll("[\"'\u2018\u2019\u201C\u201D\\s]+$", "");
    int after = q.end();
    while (after < d.text.length() && d.text.charAt(after) == ' ') {
      after++;
    }
    return inner.matches(".*[,.!?]$") || after < d.text.length() && ",.!?".indexOf(d.text.charAt(after)) >= 0;
  }

  /** Whether the lexicon knows a verb with an object for its content ({@code noted the risk}). */
  private boolean takesObject(Doc d, int v) {
    return lexicon.confidence(d.tok(v).lemma(), CueLexicon.Frame.OBJ) >= CueLexicon.QUOTING_CONFIDENCE;
  }

  /**
   * {@code Smith agreed. “...”}, {@code Jones said in a statement. “...”}: the sentence right before a quotation
   * that opens a sentence of the same paragraph is a verb of saying with a subject, no quotation and nothing it
   * reports; what it reports is the quotation that follows. Otherwise -1.
   */
  private int leadingSentenceCue(Doc d, int firstInside) {
    Sentence s = d.p.sentenceOf(firstInside);
    int before = firstInside - 1;
    if (s.first() != firstInside || before < 0 || !d.tok(before).word().equals(".")
        || d.paragraphOf(d.tok(before).begin()) != d.paragraphOf(d.tok(firstInside).begin())) {
      return -1;
    }
    Sentence previous = d.p.sentenceOf(before);
    int root = -1;
    for (int t = previous.first(); t < previous.end(); t++) {
      if (d.insideQuote(t) || d.tok(t).pos().equals("``") || d.tok(t).pos().equals("''")) {
        return -1;
      }
      if (d.p.head(t) < 0) {
        root = t;
      }
    }
    boolean bare = root >= 0 && isCue(d, root)
        && lexicon.confidence(d.tok(root).lemma(), CueLexicon.Frame.CCOMP) >= MIN_LEADING_CLAUSE_CONFIDENCE
        && SpeakerFinder.subjectOf(d, root) >= 0 && !reportsAnything(d, root);
    return bare ? root : -1;
  }

  /** Whether a verb has a clause or an object it reports, before or after it. */
  private boolean reportsAnything(Doc d, int v) {
    for (int c : d.p.children(v)) {
      String r = d.p.relation(c).split(":")[0];
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis") || r.equals("csubj")
          || r.equals("obj") && takesObject(d, v)) {
        return true;
      }
    }
    return false;
  }

  /** Tags of the words a short phrase naming a speaker may have besides nouns and pronouns. */
  private static final Set<String> NAME_PHRASE_TAGS = Set.of("DT", "JJ", "CD", "POS", "HYPH", "PRP$");
  /** The most words of the phrase naming the speaker between a quotation and its verb. */
  private static final int MAX_SPEAKER_WORDS = 6;

  /** The first token after a quotation's closing mark and the commas and marks right after it. */
  static int afterClose(Doc d, int[] inside) {
    int t = inside[1];
    while (t < d.size() && (d.tok(t).pos().equals(",") || d.tok(t).pos().equals("''"))) {
      t++;
    }
    return t;
  }

  /**
   * The end of a short phrase that may name a speaker, from token {@code first} on: at most {@link
   * #MAX_SPEAKER_WORDS} nouns, pronouns and words of {@link #NAME_PHRASE_TAGS} (and commas, when {@code
   * withCommas}: {@code Ann Lee, 30, of Dayton}), outside quotations; {@code first} if there is none.
   */
  static int namePhraseEnd(Doc d, int first, boolean withCommas) {
    int t = first;
    while (t < d.size() && t - first < MAX_SPEAKER_WORDS && !d.insideQuote(t) && (d.tok(t).isNoun()
        || d.tok(t).isPronoun() || NAME_PHRASE_TAGS.contains(d.tok(t).pos())
        || withCommas && d.tok(t).pos().equals(","))) {
      t++;
    }
    return t;
  }

  /**
   * {@code “…,” Trump barked}, {@code “…!” beamed a delegate}, {@code “…,” the editorial read}: a finite verb
   * the lexicon does not take for one of quoting, right after a quotation that reads as something said, with its
   * subject right before or right after it in the same paragraph, and nothing else it reports. Such a verb tells
   * how the quotation was said; otherwise the quotation would be left without a verb. -1 if none.
   */
  private static int otherVerbAfter(Doc d, QuoteFinder.Quote q, int[] inside) {
    if (!isUtterance(d, inside) || endsSentence(d, inside)) {
      return -1;
    }
    int first = afterClose(d, inside);
    int t = namePhraseEnd(d, first, true);
    if (t >= d.size() || d.insideQuote(t) || !d.tok(t).isFiniteVerb()
        || d.paragraphOf(d.tok(t).begin()) != d.paragraphOf(q.end() - 1) || d.p.hasRelation(t, "cop")
        || d.p.hasRelation(t, "aux") || d.p.hasRelation(t, "aux:pass")) {
      return -1;
    }
    if (t > first) {
      int subject = d.p.child(t, "nsubj");
      return subject >= first && subject < t && !hasOwnContent(d, t) ? t : -1;
    }
    return invertedSpeaker(d, t) >= 0 ? t : -1;
  }

  /**
   * The head of the phrase naming the speaker right after a verb that follows a quotation ({@code “…!” beamed
   * Ann Lee of Ohio}, {@code “…,” read one}: the parser often takes it for the object), when the verb has no
   * subject of its own outside the quotation; -1 otherwise. The last noun, pronoun or number before a comma,
   * a preposition or the end of the phrase.
   */
  static int invertedSpeaker(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && !d.insideQuote(c) && (d.p.hasRelation(c, "nsubj") || d.p.hasRelation(c, "nsubj:pass"))) {
        return -1;
      }
    }
    int head = -1;
    for (int t = v + 1; t < d.size() && t <= v + MAX_SPEAKER_WORDS && !d.insideQuote(t)
        && d.tok(t).sentence() == d.tok(v).sentence(); t++) {
      Token w = d.tok(t);
      if (w.isNoun() || w.isPronoun() || w.pos().equals("CD")) {
        head = t;
      } else if (!NAME_PHRASE_TAGS.contains(w.pos())) {
        break;
      }
    }
    return head;
  }

  /**
   * {@code Lee interjected: “…”}, {@code Lee cracked, “…”}: a finite verb the lexicon does not take for one of
   * quoting, with a subject, right before the comma or colon that opens a quotation of its sentence (before a
   * colon, the last such verb of the clause: {@code the questions ranged from mild to hostile: “…”}); -1 if none.
   */
  private static int otherVerbBefore(Doc d, int firstInside) {
    int before = firstInside - 1;
    while (before >= 0 && (d.tok(before).pos().equals("``") || d.tok(before).word().equals("\""))) {
      before--;
    }
    if (before < 1 || d.tok(before).sentence() != d.tok(firstInside).sentence()) {
      return -1;
    }
    String mark = d.tok(before).word();
    int first = mark.equals(":") ? d.p.sentenceOf(before).first() : mark.equals(",") ? before - 1 : before;
    for (int v = before - 1; v >= first; v--) {
      if (d.insideQuote(v)) {
        return -1;
      }
      if (d.tok(v).isFiniteVerb()) {
        int subject = d.p.child(v, "nsubj");
        boolean verb = !d.p.hasRelation(v, "cop") && !d.p.hasRelation(v, "aux") && !d.p.hasRelation(v, "aux:pass");
        return verb && subject >= 0 && subject < v ? v : -1;
      }
    }
    return -1;
  }

  /** Whether a quotation closes with a full stop inside its marks: then the sentence after it is one of its own. */
  private static boolean endsSentence(Doc d, int[] inside) {
    int last = inside[1] - 1;
    while (last > inside[0] && (d.tok(last).pos().equals("''") || d.tok(last).word().equals("\""))) {
      last--;
    }
    return d.tok(last).word().equals(".");
  }

  /** How many tokens after a quotation its trailing verb may come. */
  private static final int TRAILING_REACH = 6;
  /**
   * The same for a quotation that reads as something said: a long name may come between it and its verb
   * ({@code “…,” Ann Lee, 30, of Dayton, Ohio, said}). Past {@link #TRAILING_REACH} the verb must head its
   * sentence: a verb that far off in a clause of the name ({@code who campaigned …}) tells of something else.
   */
  private static final int LONG_TRAILING_REACH = 12;

  /** A short {@code she said.} or {@code said Smith.} sentence right after the quotation (or in its sentence). */
  private int trailingCue(Doc d, QuoteFinder.Quote q, int endInside) {
    if (endInside >= d.size()) {
      return -1;
    }
    Sentence s = d.p.sentenceOf(endInside);
    if (d.paragraphOf(d.tok(endInside).begin()) != d.paragraphOf(q.end() - 1)) {
      return -1;
    }
    boolean utterance = isUtterance(d, QuoteRule.tokensInside(d, q));
    if (words(d, QuoteRule.tokensInside(d, q)) <= MIN_ATTACHED_WORDS && !closedByPunctuation(d, q)) {
      return -1; // the “autopsy” recommended, the "friend" he had: a scare quote in a clause (15 of 20 on train)
    }
    int reach = utterance ? LONG_TRAILING_REACH : TRAILING_REACH;
    for (int v = endInside; v < Math.min(s.end(), endInside + reach); v++) {
      boolean near = v < endInside + TRAILING_REACH || d.p.head(v) < 0;
      if (near && isCue(d, v) && SpeakerFinder.subjectOf(d, v) >= 0
          && !hasOwnContent(d, v, takesObject(d, v) || !utterance)) {
        return v;
      }
    }
    return -1;
  }

  /**
   * Whether a verb reports something after it ({@code Trump said the probe ...}, {@code warned of a battle}):
   * then the quotation before it is a title or a scare quote, not what it reports.
   */
  static boolean hasOwnContent(Doc d, int v) {
    return hasOwnContent(d, v, true);
  }

  /**
   * The same; an object counts only when {@code objects} says the verb reports one: the object of a verb the
   * lexicon knows with no object frame is its hearer ({@code “…?” he told the station}).
   */
  static boolean hasOwnContent(Doc d, int v, boolean objects) {
    for (int c : d.p.children(v)) {
      String r = d.p.relation(c);
      boolean name = d.tok(c).isProperNoun() || d.tok(c).ner().equals("PERSON");
      if (c > v && (r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis")
          || r.equals("obj") && !name && objects)) {
        return true;
      }
    }
    return false;
  }
}
