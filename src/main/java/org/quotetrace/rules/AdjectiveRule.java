package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;

/**
 * Stances told by a predicate adjective: {@code Ortiz is confident that the bill will pass}, {@code the
 * governors were worried about the cuts}, {@code she seemed sure that ...}. The adjective is the cue, its "that"
 * clause or "about" phrase the content, its subject (or that of the linking verb it complements) the source.
 * Not with an empty subject ({@code it is clear that ...}: the clause is the subject, no one holds the stance).
 * Runs after the other rules and leaves adjectives inside another statement's content alone, as {@link
 * NounClauseRule} does (on the train articles, 23 of 30 "that" clauses and 21 of 30 "about" phrases outside
 * other statements match an annotated relation no other statement found).
 */
final class AdjectiveRule {
  /** How sure a statement of this rule is: 52 of its 68 statements on the train articles match a relation. */
  static final double CONFIDENCE = 0.75;
  /** Subjects that stand for the clause after the adjective, or for a thing, not for whoever holds a stance. */
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "there", "what", "which");

  void apply(Doc d, List<Candidate> out) {
    ParsedText p = d.p;
    List<Candidate> before = List.copyOf(out);
    for (int a = 0; a < d.size(); a++) {
      int subject = p.child(a, "nsubj");
      if (subject < 0 && p.relation(a).equals("xcomp") && p.head(a) >= 0) {
        subject = p.child(p.head(a), "nsubj"); // she seemed confident that ...
      }
      if (!d.tok(a).pos().startsWith("JJ") || subject < 0 || p.relation(subject).equals("nsubj:pass")
          || EMPTY_SUBJECTS.contains(d.tok(subject).word().toLowerCase(Locale.ROOT)) || d.insideQuote(a)
          || NounClauseRule.insideContent(d, a, before)) {
        continue;
      }
      for (int c : p.children(a)) {
        int first = c > a ? contentStart(d, c) : -1;
        if (first >= 0) {
          int[] content = d.trimChars(first, p.subtreeEnd(c));
          if (content[1] - content[0] >= 3) {
            out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], a, a + 1, subject,
                "reported.adjective", CONFIDENCE));
          }
        }
      }
    }
  }

  /**
   * The first token of the content phrase {@code c}: its "that" for a clause ({@code confident that ...}), the
   * word after "about" for a phrase ({@code worried about the cuts}); -1 for any other dependent.
   */
  private static int contentStart(Doc d, int c) {
    String r = d.p.relation(c);
    for (int w : d.p.children(c)) {
      if (w >= c) {
        continue;
      }
      String word = d.tok(w).word().toLowerCase(Locale.ROOT);
      if ((r.equals("ccomp") || r.equals("advcl")) && d.p.hasRelation(w, "mark") && word.equals("that")) {
        return w;
      }
      if (r.startsWith("obl") && d.p.hasRelation(w, "case") && word.equals("about")) {
        return w + 1;
      }
    }
    return -1;
  }
}
