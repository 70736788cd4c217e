package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;

/**
 * Statements made with a noun: the noun of a verb of saying and its "that" clause ({@code Lee's claim that the
 * vote was rigged}, {@code his insistence that ...}, {@code voiced doubts that ...}, {@code amid complaints that
 * ...}), and any noun with an "about" phrase and a speaker ({@code her remarks about the cuts}, {@code raised
 * questions about the deal}). The noun is the cue, the clause from "that" on or the phrase after "about" the
 * content, and the source the noun's possessor, or the subject of the verb whose object it is; a clause without
 * either has no source (annotators give most such relations none), a phrase without either is no statement
 * (half of them are right, and none counts end to end). A noun is one of saying when it is a verb the lexicon
 * lists with a clause ({@code claim}) or is made from one ({@code assertion}, {@code insistence}, {@code
 * argument}). Runs after the other rules: a noun inside another statement's content or cue is left alone, as
 * annotators mostly mark only the outer statement there (on the train articles, 7 of 29 possessed nouns with a
 * "that" clause annotated inside, 19 of 24 outside).
 */
final class NounClauseRule {
  /**
   * Endings that make a noun of a verb, each with the verb's ending in its place: assertion, allegation,
   * conclusion, statement, argument, insistence, assurance, refusal, warning, complaint, belief, criticism.
   */
  private static final String[][] SUFFIXES = {{"ion", ""}, {"ion", "e"}, {"ation", "e"}, {"sion", "de"},
      {"ment", ""}, {"ment", "e"}, {"ence", ""}, {"ance", "e"}, {"al", "e"}, {"ing", ""}, {"aint", "ain"},
      {"ief", "ieve"}, {"ism", "ize"}};
  /** How sure a "that" clause is: 71 of 82 such statements on the train articles match a relation. */
  static final double CONFIDENCE = 0.87;
  /** How sure an "about" phrase is: 43 of 79 on train. */
  static final double ABOUT_CONFIDENCE = 0.55;
  private final CueLexicon lexicon;

  NounClauseRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(Doc d, List<Candidate> out) {
    ParsedText p = d.p;
    List<Candidate> before = List.copyOf(out);
    for (int n = 0; n < d.size(); n++) {
      String pos = d.tok(n).pos();
      if (!(pos.equals("NN") || pos.equals("NNS")) || d.insideQuote(n) || insideContent(d, n, before)
          || insideCue(n, before)) {
        continue;
      }
      boolean saying = saying(d.tok(n).lemma().toLowerCase(Locale.ROOT));
      int owner = p.child(n, "nmod:poss");
      if (owner < 0 && p.hasRelation(n, "obj") && p.head(n) >= 0) {
        owner = SpeakerFinder.subjectOf(d, p.head(n));
      }
      for (int c : p.children(n)) {
        if (c < n) {
          continue;
        }
        int about = aboutPhrase(d, c);
        if (about >= 0 && owner >= 0) {
          int[] content = d.trimChars(about + 1, p.subtreeEnd(c));
          if (content[1] - content[0] >= 3) {
            out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], n, n + 1, owner,
                "reported.noun-about", ABOUT_CONFIDENCE));
          }
          continue;
        }
        int that = saying ? thatMarker(d, c) : -1;
        if (that >= 0) {
          int[] content = d.trimChars(that, p.subtreeEnd(c));
          out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], n, n + 1, owner,
              "reported.noun-clause", CONFIDENCE));
        }
      }
    }
  }

  /** The "that" opening clause {@code c} when it is a noun's complement clause (no relative clause), or -1. */
  private static int thatMarker(Doc d, int c) {
    String r = d.p.relation(c);
    if (!r.equals("acl") && !r.equals("ccomp")) {
      return -1;
    }
    for (int w : d.p.children(c)) {
      if (w < c && d.p.hasRelation(w, "mark") && d.tok(w).word().equalsIgnoreCase("that")) {
        return w;
      }
    }
    return -1;
  }

  /** The "about" opening phrase {@code c} of a noun, or -1. */
  private static int aboutPhrase(Doc d, int c) {
    if (!d.p.relation(c).equals("nmod")) {
      return -1;
    }
    for (int w : d.p.children(c)) {
      if (w < c && d.p.hasRelation(w, "case") && d.tok(w).word().equalsIgnoreCase("about")) {
        return w;
      }
    }
    return -1;
  }

  /** Whether {@code noun} is a verb that takes a clause in the lexicon, or a noun made from one. */
  boolean saying(String noun) {
    if (lexicon.allows(noun, CueLexicon.Frame.CCOMP)) {
      return true;
    }
    for (String[] s : SUFFIXES) {
      if (noun.endsWith(s[0]) && noun.length() > s[0].length() + 2
          && lexicon.allows(noun.substring(0, noun.length() - s[0].length()) + s[1], CueLexicon.Frame.CCOMP)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code n} is part of the cue of one of {@code found} ({@code made comments about ...}). */
  private static boolean insideCue(int n, List<Candidate> found) {
    for (Candidate c : found) {
      if (c.cueFirst() <= n && n < c.cueEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code n} lies in the content of one of {@code found}. */
  static boolean insideContent(Doc d, int n, List<Candidate> found) {
    int b = d.tok(n).begin();
    for (Candidate c : found) {
      if (c.contentBegin() <= b && b < c.contentEnd()) {
        return true;
      }
    }
    return false;
  }
}
