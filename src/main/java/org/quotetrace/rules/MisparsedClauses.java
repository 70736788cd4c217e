package org.quotetrace.rules;

import java.util.List;
import java.util.Set;
import org.quotetrace.parse.ParsedText;

/**
 * Where the parser misplaced the clause a verb of saying reports, and where that clause really is: an object and
 * a finite complement that are one clause ({@code said the demands erase the barriers}), a verb of saying made the
 * clausal subject or an adverbial clause of the reported predicate ({@code She suggested the city should raise
 * taxes}, {@code while only 7 percent said they are undecided, ...}), a clause broken after its object, a gerund
 * read as an adjective on its object ({@code by denouncing the deal}). Used by {@link ReportedSpeechRule}; each
 * method returns -1 (or leaves a span alone) when the parse holds no such misreading.
 */
final class MisparsedClauses {
  private MisparsedClauses() {}

  /** The parts of speech of punctuation: a word tag would let a clitic such as {@code ’d} pass for one. */
  private static final Set<String> PUNCTUATION_TAGS = Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH",
      "NFP");

  /**
   * The finite predicate of a clause the parser split into an object and a complement of the verb of saying
   * ({@code said the demands erase the barriers}, "demands" the object, "erase" an xcomp or a loose dep), or
   * -1: a complement after the object that is finite (a present or past tense verb, or one with a finite
   * auxiliary or copula) and not an infinitive, which no object-and-complement reading allows; or the predicate
   * the parser hung the verb of saying on ({@link #clauseOverCue}).
   */
  static int misreadClause(Doc d, int v) {
    int obj = d.p.child(v, "obj");
    int predicate = clauseOverCue(d, v, obj);
    if (predicate >= 0) {
      return predicate;
    }
    int x = d.p.child(v, "xcomp");
    if (x <= obj) {
      x = d.p.child(v, "dep");
    }
    return obj > v && x > obj && d.childBefore(x, "to") < 0 && isFinite(d, x) ? x : -1;
  }

  /**
   * The finite predicate the parser made the verb of saying the clausal subject of, with the reported clause's
   * subject as the verb's object ({@code she suggested the city should raise taxes}, "suggested" the csubj of
   * "raise", "city" its object), or -1: a predicate after the object, with nothing between them but its own
   * auxiliaries and adverbs, finite (see {@link #isFinite}) and with no nominal subject of its own after the
   * verb's clause. The verb of saying must be finite too: a gerund is often a true clausal subject ({@code
   * praising it made her famous}). The verb may also be the conjunct of such a clausal subject.
   */
  private static int clauseOverCue(Doc d, int v, int obj) {
    // "she praised the judge and said the city should ...": the first conjunct made the csubj, the cue a conj.
    int clausal = d.p.hasRelation(v, "conj") && d.p.head(v) >= 0 && d.p.head(v) < v ? d.p.head(v) : v;
    int h = d.p.head(clausal);
    if (obj <= v || h <= obj || !d.p.hasRelation(clausal, "csubj") || !d.tok(v).isFiniteVerb()
        || subjectAfter(d, h, d.p.subtreeFirst(clausal)) || !isFinite(d, h)) {
      return -1;
    }
    for (int t = d.p.subtreeEnd(obj); t < h; t++) {
      if (d.p.head(t) != h) {
        return -1;
      }
    }
    return h;
  }

  /**
   * Whether {@code h} has a nominal subject from token {@code first} on: the reported clause's own subject; one
   * before the verb of saying is the speaker's, misplaced ({@code Ortiz, though she praised him and said ...}).
   */
  private static boolean subjectAfter(Doc d, int h, int first) {
    for (int c : d.p.children(h)) {
      if (c >= first && d.p.hasRelation(c, "nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predicate that ends a reported clause the parser broke after its complement's object ({@code she said he
   * believed the plan would fail}, read as "said" the clausal subject of "fail" and "plan" the object of
   * "believed"), or -1: as in {@link #clauseOverCue}, one level down. The verb of saying is the finite clausal
   * subject of a finite predicate with no nominal subject of its own, and between the complement, which has an
   * object, and that predicate lie only the predicate's auxiliaries and adverbs.
   */
  static int predicateOverComplement(Doc d, int v, int ccomp) {
    int h = d.p.head(v);
    int end = d.p.subtreeEnd(ccomp);
    if (ccomp < v || h < end || !d.p.hasRelation(v, "csubj") || !d.tok(v).isFiniteVerb()
        || d.p.child(ccomp, "obj") < 0 || d.p.child(h, "nsubj") >= 0 || d.p.child(h, "nsubj:pass") >= 0
        || !isFinite(d, h)) {
      return -1;
    }
    for (int t = end; t < h; t++) {
      if (d.p.head(t) != h) {
        return -1;
      }
    }
    return h;
  }

  /**
   * The finite predicate the parser hung the verb of saying on as an adverbial clause, loose dependent or clausal
   * subject, with the reported clause's subject between them ({@code while she said they are undecided, ...},
   * "said" an advcl of "undecided"; {@code after he suggested he would not sign it}; {@code he said there were
   * delays}, "said" the csubj of "delays" and "there" its adverb), or -1. (With an object, see
   * {@link #clauseOverCue}.) The verb of saying has a
   * subject of its own before it and no complement; everything between the two belongs to the predicate's
   * phrase, with no punctuation, which would set off another clause ({@code After she testified, the panel
   * met}).
   */
  static int clauseAboveCue(Doc d, int v) {
    ParsedText p = d.p;
    int h = p.head(v);
    int subject = SpeakerFinder.nominalSubject(d, v);
    boolean hung = p.hasRelation(v, "advcl") || p.hasRelation(v, "dep") || p.hasRelation(v, "csubj");
    if (h <= v + 1 || !hung || !isFinite(d, h) || subject < 0 || subject > v) {
      return -1;
    }
    for (String r : List.of("obj", "iobj", "ccomp", "xcomp")) {
      if (p.child(v, r) >= 0) {
        return -1;
      }
    }
    boolean ownSubject = false;
    for (int t = v + 1; t < h; t++) {
      if (d.tok(t).pos().equals("EX")) {
        ownSubject = true; // "he said there were 18 emails": "there" hung on "said" as an adverb
        continue;
      }
      if (!p.dominates(h, t) || p.dominates(v, t) || PUNCTUATION_TAGS.contains(d.tok(t).pos())) {
        return -1;
      }
      ownSubject |= p.head(t) == h && (p.hasRelation(t, "nsubj") || p.hasRelation(t, "nsubj:pass")
          || p.hasRelation(t, "expl"));
    }
    return ownSubject ? h : -1;
  }

  /**
   * The characters of a clause the verb of saying hangs under ({@link #clauseAboveCue}), from just after the
   * verb to the predicate's last dependent before punctuation: the clause the parser made the head often
   * carries the sentence's main clause after a comma ({@code while he said he would sign it, his aides ...}).
   */
  static int[] clauseAfterCue(Doc d, int v, int h) {
    int end = h + 1;
    for (int c : d.p.children(h)) {
      if (c > h && ReportedSpeechRule.isPunctuation(d, c)) {
        break;
      }
      end = c > h ? Math.max(end, d.p.subtreeEnd(c)) : end;
    }
    return d.trimChars(v + 1, end);
  }

  /**
   * The object of a gerund the parser read as an adjective on it ({@code by denouncing the deal}, {@code ...,
   * citing data from the agency}, "denouncing" an amod of "deal"), or -1: a gerund right after a preposition or a
   * comma, whose head noun follows it. After a determiner the participle is an adjective ({@code the continuing
   * tension}).
   */
  static int gerundObject(Doc d, int v) {
    int h = d.p.head(v);
    boolean opened = v > 0 && (d.tok(v - 1).pos().equals("IN") || d.tok(v - 1).word().equals(","))
        && d.tok(v - 1).sentence() == d.tok(v).sentence();
    if (!d.tok(v).pos().equals("VBG") || !d.p.hasRelation(v, "amod") || h <= v || !d.tok(h).isNoun() || !opened) {
      return -1;
    }
    // "criticizing Trump's record", "saying Japan should wait": the noun is the start of the object or clause.
    while (d.p.head(h) > h && (d.p.hasRelation(h, "nmod:poss") || d.p.hasRelation(h, "compound")
        || d.p.hasRelation(h, "nsubj"))) {
      h = d.p.head(h);
    }
    return h;
  }

  /**
   * Who speaks with a gerund read as an adjective ({@link #gerundObject}): the subject found from the word its
   * phrase hangs on ({@code Ortiz won by denouncing the deal}: who won), or -1.
   */
  static int gerundSpeaker(Doc d, int phrase) {
    return d.p.head(phrase) >= 0 ? SpeakerFinder.subjectOf(d, d.p.head(phrase)) : -1;
  }

  /**
   * The predicate of a clause whose subject the parser took for the object of a verb that also reports clauses,
   * hanging the clause's finite verb elsewhere ({@code fears the crowd will spread the virus}, {@code voters who
   * said the economy was their top issue}, where "was" became the main clause's verb), or -1: a finite verb or
   * modal right after the object and its complements (characters up to {@code end}), whose predicate is not
   * below the verb of saying. A verb of saying that is itself a clausal subject keeps its object: {@code naming
   * a judge would be a coup}.
   */
  static int clauseAfterObject(Doc d, int v, int end) {
    int next = v + 1;
    while (next < d.size() && d.tok(next).begin() < end) {
      next++;
    }
    if (next >= d.size() || d.tok(next).sentence() != d.tok(v).sentence() || d.p.relation(v).startsWith("csubj")
        || !(d.tok(next).isFiniteVerb() || d.tok(next).pos().equals("MD"))) {
      return -1;
    }
    String r = d.p.relation(next);
    int predicate = (r.equals("aux") || r.equals("cop") || r.equals("aux:pass")) && d.p.head(next) >= 0
        ? d.p.head(next) : next;
    return d.p.dominates(v, predicate) ? -1 : predicate;
  }

  /** The end (characters) of a predicate's clause, without the sentence's closing punctuation. */
  static int clauseEnd(Doc d, int predicate) {
    int end = d.p.subtreeEnd(predicate);
    while (end - 1 > predicate && d.tok(end - 1).pos().equals(".")) {
      end--;
    }
    return d.trimChars(predicate, end)[1];
  }

  /** Whether a predicate is finite: a present or past tense verb, or one with a finite auxiliary or copula. */
  static boolean isFinite(Doc d, int x) {
    if (d.tok(x).isFiniteVerb()) {
      return true;
    }
    for (int c : d.p.children(x)) {
      if (c < x && (d.p.hasRelation(c, "aux") || d.p.hasRelation(c, "cop") || d.p.hasRelation(c, "aux:pass"))
          && (d.tok(c).isFiniteVerb() || d.tok(c).pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }
}
