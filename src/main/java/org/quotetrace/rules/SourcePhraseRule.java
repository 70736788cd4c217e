package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;

/**
 * Source phrases: {@code according to X}, {@code per X}, {@code citing X}. The content is the clause the
 * phrase attaches to, without the phrase.
 */
final class SourcePhraseRule {

  void apply(Doc d, List<Candidate> out) {
    ParsedText p = d.p;
    for (int t = 0; t < d.size(); t++) {
      String w = d.tok(t).word().toLowerCase(Locale.ROOT);
      int source;
      int cueEnd;
      String rule;
      if (w.equals("according") && t + 1 < d.size() && d.tok(t + 1).word().equalsIgnoreCase("to")) {
        source = p.head(t);
        cueEnd = t + 2;
        rule = "source.according-to";
        if (source == t + 1) {
          source = p.head(t + 1); // parsed with "to" heading "according": the source is what "to" attaches to
        }
      } else if (w.equals("per") && p.hasRelation(t, "case") && p.head(t) >= 0 && namesASource(d, p.head(t))) {
        source = p.head(t);
        cueEnd = t + 1;
        rule = "source.per";
      } else if (w.equals("in") && p.hasRelation(t, "case") && p.head(t) > t && isPoll(d, p.head(t))) {
        source = p.head(t);
        cueEnd = t + 1;
        rule = "source.in-poll";
      } else if (d.tok(t).lemma().equals("cite") && d.tok(t).isVerb()
          && (p.hasRelation(t, "advcl") || p.hasRelation(t, "xcomp") || p.hasRelation(t, "conj"))) {
        source = p.child(t, "obj");
        cueEnd = t + 1;
        rule = "source.citing";
        if (source < 0) {
          continue;
        }
        int[] c = ReportedSpeechRule.clauseWithout(d, p.head(t), t);
        out.add(new Candidate(StatementKind.ACCORDING_TO, c[0], c[1], t, cueEnd, source, rule, Confidence.CITING));
        continue;
      } else {
        continue;
      }
      if (source < 0 || source < t) {
        continue;
      }
      int clause = clauseHead(d, p.head(source));
      if (clause < 0 || d.insideQuote(t)) {
        continue;
      }
      int[] content = ReportedSpeechRule.clauseWithout(d, clause, source);
      int closing = closingPhrase(d, t, source);
      if (closing >= 0 && rule.equals("source.according-to")) {
        content = d.trimChars(p.sentences().get(d.tok(t).sentence()).first(), closing);
      }
      int after = rule.equals("source.according-to") ? restAfterAside(d, t, source, content) : -1;
      if (after >= 0) {
        content = new int[] {content[0], d.tok(after - 1).end()};
      }
      if (content[1] - content[0] < 3) {
        continue;
      }
      out.add(new Candidate(StatementKind.ACCORDING_TO, content[0], content[1], t, cueEnd,
          rule.equals("source.in-poll") ? source : originOf(d, source), rule, confidence(rule)));
    }
  }

  /**
   * The comma before a source phrase that closes its sentence ({@code …, according to the Associated Press.}):
   * the whole sentence before it is what the source says, whatever clause the parser hung the phrase on; -1 if
   * the phrase does not close the sentence so.
   */
  private static int closingPhrase(Doc d, int cue, int source) {
    int comma = cue - 1;
    if (comma <= 0 || !d.tok(comma).word().equals(",")) {
      return -1;
    }
    int last = d.p.sentences().get(d.tok(cue).sentence()).end() - 1;
    int end = d.p.subtreeEnd(source);
    while (last >= end && d.tok(last).pos().equals(".") || last >= end && d.tok(last).pos().equals("''")) {
      last--;
    }
    return end > last && d.tok(source).sentence() == d.tok(cue).sentence() ? comma : -1;
  }

  /**
   * The end of the sentence after a source phrase set off by commas inside it, when the content found for the
   * phrase stops before it ({@code Among the precedents at risk, according to Ms. Lee, are 16 cases}, {@code G4S
   * receives, according to one report, $234 million}): the parser hung the phrase on the words before it, but
   * the source tells the whole sentence; -1 otherwise. The sentence's full stop and closing marks stay out.
   */
  private static int restAfterAside(Doc d, int cue, int source, int[] content) {
    int end = d.p.sentences().get(d.tok(cue).sentence()).end();
    int comma = source + 1;
    while (comma < end && !d.tok(comma).word().equals(",")) {
      comma++; // the parser may hang the rest of the sentence under the source: the phrase ends at its comma
    }
    if (cue < 1 || !d.tok(cue - 1).word().equals(",") || content[1] > d.tok(cue - 1).begin() || comma >= end
        || !hasOwnPredicate(d, comma + 1, end)) {
      return -1;
    }
    while (end - 1 > comma && (d.tok(end - 1).pos().equals(".") || d.tok(end - 1).pos().equals("''"))) {
      end--;
    }
    return end - 1 > comma ? end : -1;
  }

  /**
   * Whether tokens {@code [first, end)} hold a finite verb outside any relative clause or modifier among them: the
   * rest of the sentence ({@code …, are 16 cases}), not an apposition on the source ({@code according to Ann
   * Lee, a lawyer who studies the law}).
   */
  private static boolean hasOwnPredicate(Doc d, int first, int end) {
    for (int t = first; t < end; t++) {
      if (!FINITE_TAGS.contains(d.tok(t).pos()) || t == first && d.tok(t).pos().startsWith("W")) {
        continue;
      }
      boolean modifier = false;
      for (int u = t; u >= first && u < end && !modifier; u = d.p.head(u)) {
        modifier = d.p.relation(u).startsWith("acl") || d.p.relation(u).equals("appos");
      }
      if (!modifier) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  private static double confidence(String rule) {
    return switch (rule) {
      case "source.per" -> Confidence.PER;
      case "source.in-poll" -> Confidence.IN_POLL;
      default -> Confidence.ACCORDING_TO;
    };
  }

  /**
   * Whether a noun is one poll or survey ({@code Trump leads in the latest Fox poll}), or polls that open the
   * sentence ({@code In exit polls, …}); not standing "in the polls" in general ({@code rose in the polls}).
   */
  static boolean isPoll(Doc d, int t) {
    String lemma = d.tok(t).lemma();
    if (!lemma.equals("poll") && !lemma.equals("survey")) {
      return false;
    }
    int in = t;
    while (in > 0 && d.p.head(in - 1) == t) {
      in--;
    }
    boolean opensSentence = in - 1 >= 0 && d.tok(in - 1).word().equalsIgnoreCase("in")
        && d.p.sentences().get(d.tok(in - 1).sentence()).first() == in - 1;
    return d.tok(t).pos().equals("NN") || opensSentence;
  }

  /** Climbs from the word a source phrase attaches to ("$2 million, per NBC") to the head of its clause. */
  private static int clauseHead(Doc d, int t) {
    Set<String> clauseRelations = Set.of("root", "conj", "ccomp", "advcl", "parataxis",
        "xcomp", "acl:relcl");
    int hops = 0;
    while (t >= 0 && !clauseRelations.contains(d.p.relation(t)) && !d.tok(t).isVerb() && hops++ < 6) {
      t = d.p.head(t);
    }
    return t;
  }

  /**
   * Whether the object of "per" can be a source ({@code per NBC}, {@code per the report}) rather than a
   * unit ({@code $10 per hour}, {@code per capita}).
   */
  private static boolean namesASource(Doc d, int t) {
    org.quotetrace.parse.Token tok = d.tok(t);
    return tok.isProperNoun() || !tok.ner().equals("O")
        || Set.of("report", "statement", "data", "poll", "survey", "study", "source", "official",
            "document", "filing", "analysis", "estimate", "record", "release").contains(tok.lemma());
  }

  /** Nouns for what someone said or gave out, behind which the phrase may name who it was. */
  private static final Set<String> UTTERANCES = Set.of("speech", "interview", "remark",
      "statement", "audio", "video", "recording", "transcript", "testimony", "letter", "memo", "email", "post",
      "tweet", "comment", "account", "report", "document", "book", "op-ed", "column", "release", "filing");

  /**
   * For {@code a report from NBC News}, the source is the outlet behind the report; for {@code a speech Mrs.
   * Clinton delivered} and {@code audio provided by Wyoming Public Radio}, who gave the speech or the audio.
   */
  static int originOf(Doc d, int source) {
    if (UTTERANCES.contains(d.tok(source).lemma().toLowerCase(Locale.ROOT))) {
      for (int c : d.p.children(source)) {
        if (c > source && (d.p.hasRelation(c, "acl:relcl") || d.p.hasRelation(c, "dep") && d.tok(c).isVerb())) {
          int subject = d.p.child(c, "nsubj");
          if (subject > source && subject < c && !d.tok(subject).lemma().matches("(?i)that|which|who")) {
            return subject; // "a speech Mrs. Clinton delivered"
          }
        }
        if (c > source && d.p.hasRelation(c, "acl") && d.tok(c).pos().equals("VBN")) {
          for (int by : d.p.children(c)) {
            if (d.p.hasRelation(by, "obl") && d.p.children(by).stream()
                .anyMatch(w -> d.p.hasRelation(w, "case") && d.tok(w).lemma().equals("by"))) {
              return by; // "audio provided by Wyoming Public Radio"
            }
          }
        }
      }
    }
    String lemma = d.tok(source).lemma();
    if (lemma.equals("report") || lemma.equals("story") || lemma.equals("article") || lemma.equals("analysis")
        || lemma.equals("investigation") || lemma.equals("poll") || lemma.equals("survey")) {
      for (int c : d.p.children(source)) {
        if (d.p.hasRelation(c, "nmod")) {
          for (int cc : d.p.children(c)) {
            String cw = d.tok(cc).lemma();
            if ((cw.equals("from") || cw.equals("by")) && d.p.hasRelation(cc, "case")) {
              return c;
            }
          }
        }
      }
    }
    return source;
  }
}
