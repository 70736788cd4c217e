package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/**
 * Reported speech around a verb of saying: {@code X said (that) ...}, {@code ..., X said},
 * {@code X called for ...}, {@code X promised to ...}. The content is the verb's clausal complement; the
 * source is its subject (or, for a passive, the {@code by} phrase).
 */
final class ReportedSpeechRule {
  /** Entity tags of a time, which stays out of what a verb reports ("on Friday"). */
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  private final CueLexicon lexicon;

  ReportedSpeechRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(Doc d, List<Candidate> out) {
    ParsedText p = d.p;
    for (int v = 0; v < d.size(); v++) {
      if (!d.tok(v).isVerb()) {
        continue;
      }
      Optional<CueLexicon.Entry> entry = lexicon.lookup(d.tok(v).lemma());
      if (entry.isEmpty()) {
        continue;
      }
      if (d.insideQuote(v)) {
        continue; // speech reported inside a quotation belongs to the quotation
      }
      String lemma = entry.get().lemma();
      List<String> context = CueContext.of(p, v);
      int[] content = null;
      String rule = null;
      CueLexicon.Frame frame = null;
      int ccomp = clausalComplement(d, v);
      int xcomp = p.child(v, "xcomp");
      int obj = p.child(v, "obj");
      int parataxis = p.child(v, "parataxis");
      int governed = markedClause(d, v);
      if (ccomp >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = clauseWithStragglers(d, v, ccomp);
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (governed >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.trimChars(v + 1, p.subtreeEnd(governed));
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context) && p.hasRelation(v, "parataxis")
          && p.head(v) >= 0) {
        content = clauseWithout(d, p.head(v), v);
        rule = "reported.clause-first";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (clauseBefore(d, v) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context)) {
        content = d.subtreeChars(clauseBefore(d, v));
        rule = "reported.clause-first";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context) && trailingComma(d, v) >= 0) {
        content = d.trimChars(d.p.sentences().get(d.tok(v).sentence()).first(), trailingComma(d, v));
        rule = "reported.clause-last";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (parataxis > v && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.subtreeChars(parataxis);
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (smallClause(d, v) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.subtreeChars(smallClause(d, v));
        rule = "reported.small-clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (xcomp > v && lexicon.accepts(lemma, CueLexicon.Frame.XCOMP, context) && !isBareName(d, xcomp)) {
        content = d.subtreeChars(xcomp);
        rule = "reported.intention";
        frame = CueLexicon.Frame.XCOMP;
      } else if (obj > v && lexicon.accepts(lemma, CueLexicon.Frame.OBJ, context)
          && (!isBareName(d, obj) || subjectBefore(d, v))) {
        content = objectWithComplements(d, v, obj);
        rule = "reported.object";
        frame = CueLexicon.Frame.OBJ;
      } else if (obj > v && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context) && documentSubject(d, v)) {
        content = objectWithComplements(d, v, obj);
        rule = "reported.finding";
        frame = CueLexicon.Frame.CCOMP;
      } else if (lexicon.accepts(lemma, CueLexicon.Frame.FOR, context) && forPhrase(d, v) >= 0) {
        content = d.subtreeChars(forPhrase(d, v));
        rule = "reported.call-for";
        frame = CueLexicon.Frame.FOR;
      }
      double confidence = frame == null ? 0 : lexicon.score(lemma, frame, context);
      if ("reported.finding".equals(rule)) {
        confidence = Math.min(confidence, Confidence.FINDING);
      }
      if ("reported.small-clause".equals(rule)) {
        confidence = Math.min(confidence, Confidence.SMALL_CLAUSE);
      }
      if (content == null) {
        int oblique = oblique(d, v, lemma, context);
        if (oblique >= 0) {
          content = objectWithComplements(d, v, oblique);
          content[0] = d.tok(opener(d, oblique) + 1).begin();
          rule = "reported.oblique";
          confidence = lexicon.obliqueScore(lemma, d.tok(opener(d, oblique)).word().toLowerCase(Locale.ROOT), context);
        }
      }
      if (content == null || content[1] - content[0] < 3) {
        continue;
      }
      int source = governed >= 0 && rule.equals("reported.clause") && p.head(governed) >= 0
          ? subjectOf(d, p.head(governed)) : subjectOf(d, v);
      if (rule.equals("reported.clause-last")) {
        source = phraseAround(d, v, trailingComma(d, v));
      }
      if (source >= 0 && isShareOfRespondents(d, source) && pollInSentence(d, v) >= 0) {
        source = pollInSentence(d, v); // "52 percent of voters said ..., a new poll found": the poll reports it
      }
      if (source < 0 && rule.equals("reported.oblique")) {
        continue; // "was asked about ...", "is known for ...": without its speaker, rarely a statement
      }
      if (source < 0 && isPassive(d, v)) {
        rule += "-passive";
      }
      out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], v, v + 1, source, rule, confidence));
    }
  }

  /**
   * The verb's clausal complement: the first after it when there is one ({@code The White House contends
   * that ..., and Deese said he ...}, where the parser made "contends" a complement of "said" too), else the
   * one before it ({@code “...,” he said}); -1 if none.
   */
  private static int clausalComplement(Doc d, int v) {
    int before = -1;
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "ccomp")) {
        if (c > v) {
          return c;
        }
        before = before >= 0 ? before : c;
      }
    }
    return before;
  }

  /**
   * A participle clause after the verb that the parser left as a loose dependent rather than a complement
   * ({@code polls show the senator leading}, {@code the survey found voters moving away}), or -1; only when
   * the verb has no direct object of its own, which would make the participle describe that object.
   */
  static int smallClause(Doc d, int v) {
    if (d.p.child(v, "obj") >= 0 || d.p.child(v, "iobj") >= 0) {
      return -1;
    }
    for (int c : d.p.children(v)) {
      String pos = d.tok(c).pos();
      if (c > v && d.p.relation(c).equals("dep") && (pos.equals("VBG") || pos.equals("VBN"))
          && d.tok(c).sentence() == d.tok(v).sentence() && d.p.subtreeFirst(c) > v) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The subject of the verb of saying above, when the parser joined a verb to the clause that verb reports
   * rather than to the verb itself ({@code Acosta acknowledged that she found it confusing and called it …},
   * {@code He said that he would pray but did not suggest …}; so 28 of 31 such cues on the train articles);
   * -1 when the verb is not so joined.
   */
  static int conjoinedToReporter(Doc d, int v) {
    int h = d.p.head(v);
    if (h < 0 || !d.p.hasRelation(h, "ccomp") || d.p.head(h) < 0 || !d.tok(d.p.head(h)).isVerb()
        || nominalSubject(d, v) >= 0) {
      return -1;
    }
    int g = d.p.head(h);
    if (d.tok(g).lemma().equals("be")) {
      return -1; // "The likely outcome is that investors take it in stride and view it …"
    }
    int s = nominalSubject(d, g);
    return s >= 0 && s < h && !d.p.hasRelation(s, "nsubj:pass") ? apposedSubject(d, s, g) : -1;
  }

  /** Whether a subject is a share of people ({@code 52 percent of voters}, {@code six in 10 Republicans}). */
  static boolean isShareOfRespondents(Doc d, int s) {
    String w = d.tok(s).word().toLowerCase(Locale.ROOT);
    return w.equals("percent") || w.equals("%") || (d.tok(s).pos().equals("CD") && d.p.child(s, "nmod") >= 0);
  }

  /** A poll or survey named in the verb's sentence outside any quotation, or -1. */
  static int pollInSentence(Doc d, int v) {
    var sentence = d.p.sentences().get(d.tok(v).sentence());
    for (int t = sentence.first(); t < sentence.end(); t++) {
      String lemma = d.tok(t).lemma().toLowerCase(Locale.ROOT);
      if (d.tok(t).pos().equals("NN") && (lemma.equals("poll") || lemma.equals("survey")) && !d.insideQuote(t)) {
        return t;
      }
    }
    return -1;
  }

  /** Nouns for what reports findings without being a person: {@code the poll found …}, {@code records show …}. */
  private static final Set<String> DOCUMENTS = Set.of("poll", "survey", "study", "report", "analysis",
      "investigation", "inquiry", "review", "audit", "data", "record", "research", "result", "polling", "email",
      "video", "footage", "document", "memo", "filing", "letter", "test", "probe", "estimate", "projection",
      "datum", "census", "tally", "count", "figure", "statistic", "number", "model", "forecast", "paper", "article");

  /**
   * Whether the verb's subject is a poll, a study, a report or the like: with such a subject a verb of saying
   * that otherwise takes only a clause reports its object too ({@code a recent poll found broad support}).
   */
  static boolean documentSubject(Doc d, int v) {
    int s = nominalSubject(d, v);
    return s >= 0 && s < v && !d.p.hasRelation(s, "nsubj:pass") && d.tok(s).pos().startsWith("NN")
        && !d.tok(s).isProperNoun() && DOCUMENTS.contains(d.tok(s).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a token is a name and nothing more ({@code said Tim Hess}, {@code described Mr. Obama}): as an
   * object it names who spoke or whom, not what was said.
   */
  private static boolean isBareName(Doc d, int t) {
    if (!d.tok(t).isProperNoun() && !d.tok(t).ner().equals("PERSON")) {
      return false;
    }
    for (int c : d.p.children(t)) {
      if (!d.p.hasRelation(c, "compound") && !d.p.hasRelation(c, "flat") && !d.p.hasRelation(c, "det")
          && !d.p.hasRelation(c, "punct")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The clause a participle of saying was parsed as the marker of ({@code ..., saying the vote would be
   * delayed}, with "saying" attached to "delayed" like "because"), or -1.
   */
  private static int markedClause(Doc d, int v) {
    int h = d.p.head(v);
    return d.p.hasRelation(v, "mark") && d.tok(v).pos().equals("VBG") && h > v && d.tok(h).isVerb() ? h : -1;
  }

  /** Whether the verb has a subject of its own before it ({@code Palin endorsed Trump}, not {@code said Tim Hess}). */
  private static boolean subjectBefore(Doc d, int v) {
    int s = nominalSubject(d, v);
    return s >= 0 && s < v && !d.p.hasRelation(s, "nsubj:pass");
  }

  /**
   * The characters of a clausal complement, extended over loose dependents of the cue that follow it: the
   * parser sometimes hangs the end of the reported clause on the verb of saying ({@code acknowledged that
   * his cry had not galvanized Americans}, with "had" attached to "acknowledged").
   */
  private static int[] clauseWithStragglers(Doc d, int v, int ccomp) {
    int[] chars = d.subtreeChars(ccomp);
    for (int c : d.p.children(v)) {
      if (c > ccomp && d.p.relation(c).equals("dep") && d.tok(c).sentence() == d.tok(v).sentence()) {
        int[] more = d.subtreeChars(c);
        chars = new int[] {chars[0], Math.max(chars[1], more[1])};
      }
    }
    return chars;
  }

  /**
   * The characters of a direct object and the complements of the verb that follow it: what a stance verb
   * reports runs on past its object ({@code blamed the press for its coverage}, {@code called him “a
   * disgrace”}, {@code described the plan as reckless}).
   */
  private static int[] objectWithComplements(Doc d, int v, int obj) {
    int[] chars = d.subtreeChars(obj);
    for (int c : d.p.children(v)) {
      String r = d.p.relation(c);
      boolean when = r.equals("obl:tmod") || TIME_TAGS.contains(d.tok(c).ner());
      if (c > obj && d.tok(c).sentence() == d.tok(v).sentence() && !when && !participleAfterComma(d, c)
          && (r.startsWith("obl") || r.equals("xcomp") || r.startsWith("advcl") || r.equals("dep"))) {
        int[] more = d.subtreeChars(c);
        chars = new int[] {chars[0], Math.max(chars[1], more[1])};
      }
    }
    return chars;
  }

  /** {@code ..., saying she liked it}: a participle set off by a comma tells of another act, not of the object. */
  private static boolean participleAfterComma(Doc d, int c) {
    int first = d.p.subtreeFirst(c);
    return d.tok(c).pos().equals("VBG")
        && (d.tok(first).word().equals(",") || first > 0 && d.tok(first - 1).word().equals(","));
  }

  /**
   * The comma that ends the reported clause of a sentence closed by its attribution, whatever the parse
   * made of it: {@code ..., federal officials said.}, {@code ..., said David Autor, a professor.}: a clause
   * with a verb, a comma, a short phrase without a verb, the cue, and then nothing but a short phrase without
   * a verb to the end of the sentence. -1 when the sentence is not so.
   */
  static int trailingComma(Doc d, int v) {
    org.quotetrace.parse.Sentence s = d.p.sentences().get(d.tok(v).sentence());
    if (!Set.of("VBD", "VBZ", "VBP").contains(d.tok(v).pos())) {
      return -1;
    }
    int comma = v - 1;
    while (comma > s.first() && v - comma <= 8 && !d.tok(comma).word().equals(",")) {
      Token t = d.tok(comma);
      if (t.isVerb() || d.insideQuote(comma) || t.pos().startsWith("W") || t.pos().equals("IN")) {
        return -1; // "..., which he claimed", "..., as Breitbart reported": the clause is not all reported
      }
      comma--;
    }
    if (comma <= s.first() || !d.tok(comma).word().equals(",") || d.insideQuote(comma - 1)) {
      return -1;
    }
    // Inverted ("..., said David Autor."), a name follows the cue; otherwise no object does.
    boolean inverted = comma == v - 1;
    Token next = d.tok(Math.min(v + 1, d.size() - 1));
    boolean when = Set.of("DATE", "TIME").contains(next.ner()); // "..., the party announced Tuesday."
    boolean phrase = (next.isNoun() || Set.of("DT", "JJ", "PRP$", "CD").contains(next.pos())) && !when;
    if (v + 1 < s.end() && inverted != phrase && !next.word().equals(".")) {
      return -1;
    }
    for (int t = v + 1; t < s.end(); t++) {
      if (d.tok(t).isVerb() || t - v > 12 || d.insideQuote(t)) {
        return -1;
      }
    }
    boolean verb = false;
    for (int t = s.first(); t < comma; t++) {
      verb |= d.tok(t).isVerb();
    }
    String last = d.tok(s.end() - 1).word();
    return verb && comma - s.first() >= 4 && (last.equals(".") || last.equals("!")) ? comma : -1;
  }

  /**
   * The head of the phrase naming the speaker of a sentence closed by its attribution: between the comma and
   * the cue ({@code , federal officials said.}), else after the cue ({@code , said David Autor.}); -1 if none.
   */
  private static int phraseAround(Doc d, int v, int comma) {
    int end = d.p.sentences().get(d.tok(v).sentence()).end();
    int before = headIn(d, comma + 1, v, true);
    return before >= 0 ? before : headIn(d, v + 1, end, false);
  }

  /** The noun or pronoun in tokens {@code [first, end)} whose head lies outside them; the last or the first one. */
  private static int headIn(Doc d, int first, int end, boolean last) {
    int found = -1;
    for (int t = first; t < end; t++) {
      int h = d.p.head(t);
      if ((d.tok(t).isNoun() || d.tok(t).isPronoun()) && (h < first || h >= end)) {
        found = t;
        if (!last) {
          return t;
        }
      }
    }
    return found;
  }

  /** A verb heading a clause before the cue and attached to it loosely ({@code ..., the IMF said}), or -1. */
  private static int clauseBefore(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && d.tok(c).isVerb() && (d.p.hasRelation(c, "dep") || d.p.hasRelation(c, "parataxis"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A phrase or clause after the cue that opens with a preposition or marker the lexicon lists for it
   * ({@code referred to ...}, {@code spoke about ...}, {@code asked if ...}), or -1.
   */
  private int oblique(Doc d, int v, String lemma, List<String> context) {
    for (int c : d.p.children(v)) {
      if (c > v && (d.p.hasRelation(c, "obl") || d.p.hasRelation(c, "advcl")) && !d.insideQuote(c)) {
        int opener = opener(d, c);
        if (opener >= 0 && opener + 1 <= c
            && lexicon.acceptsOblique(lemma, d.tok(opener).word().toLowerCase(Locale.ROOT), context)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** The first preposition or clause marker of a phrase, before its head; -1 if none. */
  private static int opener(Doc d, int head) {
    for (int w : d.p.children(head)) {
      if (w < head && (d.p.hasRelation(w, "case") || d.p.hasRelation(w, "mark"))) {
        return w;
      }
    }
    return -1;
  }

  /** The {@code for} phrase of {@code called for ...}, or -1. */
  private static int forPhrase(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "obl") || d.p.hasRelation(c, "advcl")) {
        int mark = firstChildWord(d, c, "for");
        if (mark >= 0 && c > v) {
          return c;
        }
      }
    }
    return -1;
  }

  private static int firstChildWord(Doc d, int head, String word) {
    for (int c : d.p.children(head)) {
      if (d.tok(c).lemma().equals(word) && c < head) {
        return c;
      }
    }
    return -1;
  }

  /** The characters of {@code head}'s clause without the subtree of {@code cue} (the "..., he said" part). */
  static int[] clauseWithout(Doc d, int head, int cue) {
    ParsedText p = d.p;
    int first = p.subtreeFirst(head);
    int end = p.subtreeEnd(head);
    int cueFirst = p.subtreeFirst(cue);
    int cueEnd = p.subtreeEnd(cue);
    while (end > cueEnd && isPunctuation(d, end - 1)) {
      end--;
    }
    while (first < cueFirst && isPunctuation(d, first)) {
      first++;
    }
    if (cueFirst > first && cueEnd >= end) {
      int tail = cueEnd;
      while (tail > cue + 2 && isPunctuation(d, tail - 1)) {
        tail--;
      }
      // "Mrs. Clinton has no plans, advisers say, to take cues from ...": the parser hung the rest of the
      // clause on the cue; what was said runs on past it.
      return cue + 2 < tail && d.tok(cue + 1).word().equals(",") ? d.trimChars(first, tail)
          : d.trimChars(first, cueFirst);
    }
    if (cueFirst <= first && cueEnd < end) {
      return d.trimChars(cueEnd, end);
    }
    return d.trimChars(first, end);
  }

  private static boolean isPunctuation(Doc d, int t) {
    String w = d.tok(t).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0)) && !d.insideQuote(t);
  }

  /**
   * The subject of a verb, looking through conjunctions, participles and relative pronouns, and past a
   * quotation the parser took for the subject ({@code “...,” said Tim Hess}); -1 if none.
   */
  static int subjectOf(Doc d, int v) {
    int s = climbToSubject(d, v);
    return s >= 0 && freeAdjunct(d, v) ? outOfReportedClause(d, s, v) : s;
  }

  /** Whether a participle is set off by a comma or dash after its clause ({@code …, saying that …}). */
  private static boolean freeAdjunct(Doc d, int v) {
    if (!d.tok(v).pos().equals("VBG") || v == 0) {
      return false;
    }
    String before = d.tok(v - 1).word();
    return before.equals(",") || before.equals("—") || before.equals("--");
  }

  /**
   * The subject of a participle set off by a comma, moved out of the clause a verb of saying reports to that
   * verb's subject: {@code Carson said he saw no need to change, telling …} and {@code Trump argued that a
   * database would help, saying …} tell of Carson and Trump, wherever the parser hung the participle (so 23 of
   * 27 cues on the train articles where the two differ).
   */
  private static int outOfReportedClause(Doc d, int s, int v) {
    int x = d.p.head(s);
    while (x >= 0 && d.p.hasRelation(x, "ccomp") && d.p.head(x) >= 0 && !d.insideQuote(d.p.head(x))) {
      x = d.p.head(x);
      int n = d.tok(x).isVerb() ? nominalSubject(d, x) : -1;
      if (n >= 0 && n < v && !d.insideQuote(n) && !d.p.hasRelation(n, "nsubj:pass")) {
        s = apposedSubject(d, n, x);
      }
    }
    return s;
  }

  private static int climbToSubject(Doc d, int v) {
    ParsedText p = d.p;
    boolean participle = d.tok(v).pos().equals("VBG");
    for (int hop = 0, t = v; hop < 5 && t >= 0; hop++) {
      String r = p.relation(t);
      if (!d.tok(t).isVerb()) {
        // A predicate noun or adjective ("Trump was quick to add", "Weber is no fan but praised"): its subject.
        int predicateSubject = nominalSubject(d, t);
        if (predicateSubject >= 0) {
          return predicateSubject;
        }
        // Reached a noun while climbing from a participle: its subject, or on up to its clause.
        if (p.hasRelation(t, "nsubj") && !p.hasRelation(t, "nsubj:pass")) {
          return t;
        }
        t = p.head(t);
        continue;
      }
      int s = nominalSubject(d, t);
      if (s >= 0 && (!p.hasRelation(s, "nsubj:pass") || !passiveAuxiliary(d, t))) {
        return apposedSubject(d, s, t);
      }
      int agent = agentOf(d, t);
      if (agent >= 0) {
        return agent;
      }
      if (s >= 0 && STATES_OF_MIND.contains(d.tok(t).lemma().toLowerCase(Locale.ROOT))) {
        return s; // "Some backers are concerned that ...": a state of mind its subject is in
      }
      if (s >= 0) {
        return -1; // a passive without "by": no source
      }
      int inverted = invertedSubject(d, t);
      if (inverted >= 0) {
        return inverted;
      }
      int loose = looseNameBefore(d, t);
      if (loose >= 0) {
        return loose;
      }
      int afterQuote = phraseAfterQuote(d, t);
      if (afterQuote >= 0) {
        return afterQuote;
      }
      int nameAfter = nameAfterVerb(d, t);
      if (nameAfter >= 0) {
        return nameAfter;
      }
      int misattached = misattachedSubject(d, t);
      if (misattached >= 0) {
        return misattached;
      }
      int opening = subjectAfterOpeningParticiple(d, t);
      if (opening >= 0) {
        return opening;
      }
      if (r.equals("acl") && p.head(t) >= 0 && d.tok(p.head(t)).isNoun()) {
        int noun = p.head(t);
        if (!participle || p.hasRelation(noun, "nsubj") || d.tok(noun).isProperNoun()
            || d.tok(noun).isPronoun() || describesPeople(d, noun, t)) {
          return noun; // "Trump, saying that ...": the noun the participle describes
        }
        t = noun; // "put out a statement saying ...": whoever put it out
      } else if (t == v && r.equals("conj") && conjoinedToReporter(d, t) >= 0) {
        return conjoinedToReporter(d, t); // "Kasich says he'd sit Putin down and tells the crowd ..."
      } else if (r.equals("xcomp") && controller(d, t, true) >= 0) {
        return controller(d, t, true); // "prompted NATO to order ...", "was pressed to explain": who is to do it
      } else if (r.equals("dep") && participle && t == v && controller(d, t, false) >= 0) {
        return controller(d, t, false); // "Scott can be heard yelling ...", with "yelling" hung loosely
      } else if (r.equals("conj") || r.equals("xcomp") || r.startsWith("advcl") || r.equals("dep")
          || (r.equals("ccomp") && firstChildWord(d, t, "to") >= 0) // "has yet to endorse", parsed as a clause
          || (r.startsWith("obl") && firstChildWord(d, t, "to") >= 0) // "went on to explain", parsed as a phrase
          || (participle && (r.startsWith("obl") || r.equals("nmod")))) {
        t = p.head(t); // "by saying ...", "..., adding that ...": the subject of the clause above
      } else {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Verbs whose passive tells the state of mind of its subject rather than what someone did to it
   * ({@code are concerned that}, {@code is convinced that}, {@code are divided over}).
   */
  private static final Set<String> STATES_OF_MIND = Set.of("concern", "convince", "worry", "divide", "split",
      "focus", "upset", "enamor", "unify", "engage", "determine", "commit", "persuade", "satisfy", "disappoint",
      "frustrate", "alarm", "trouble", "disturb", "oppose", "prepare", "poise", "incline", "dedicate", "resign",
      "puzzle", "unite", "obsess", "fixate", "interest", "torn", "tear", "confuse", "dismay", "anger", "outrage");

  /** Nouns for people and bodies of people, which can be told, asked or led to do something. */
  private static final Set<String> PEOPLE_NOUNS = Set.of("official", "source", "aide", "person", "people",
      "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "staffer", "staff", "employee", "member",
      "lawmaker", "legislator", "senator", "representative", "congressman", "congresswoman", "governor", "mayor",
      "president", "leader", "candidate", "nominee", "delegate", "voter", "supporter", "backer", "opponent",
      "critic", "activist", "organizer", "protester", "resident", "citizen", "worker", "student", "parent",
      "user", "reader", "viewer", "expert", "analyst", "economist", "scientist", "researcher", "investigator",
      "prosecutor", "judge", "attorney", "lawyer", "officer", "agent", "authority", "journalist", "reporter",
      "editor", "host", "moderator", "chairman", "chairwoman", "chair", "executive", "ally", "friend", "conservative",
      "liberal", "progressive", "democrat", "republican", "politician", "donor", "group", "party", "committee",
      "administration", "government", "campaign", "company", "organization", "agency", "court", "council",
      "board", "union", "some", "many", "others", "other", "few", "most", "thousand", "hundred", "million");

  /**
   * Verbs that make or let someone do something ({@code prompted NATO to order}), whose object then does it;
   * not verbs of asking or wanting ({@code urged Obama to push}, {@code wants voters to know}), whose subject
   * is the one with something to say.
   */
  private static final Set<String> CAUSATIVES = Set.of("prompt", "lead", "cause", "force", "drive", "compel",
      "spur", "inspire", "provoke", "move", "get", "leave", "allow", "permit", "enable", "require", "oblige",
      "pressure", "give");

  /**
   * Whether a participle right after a noun, with no comma between, tells what people or a poll did ({@code
   * with many marchers chanting …}, {@code groups backing Cruz}, {@code a new poll showing …}) or what a noun
   * inside another phrase did ({@code millions of dollars in ads attacking …}): then they are its subject, not
   * the subject of the clause around them.
   */
  private static boolean describesPeople(Doc d, int noun, int participle) {
    if (participle < noun || participle > 0 && d.tok(participle - 1).word().equals(",")
        || firstChildWord(d, noun, "to") >= 0) {
      return false; // "sent a letter to the board urging …": the letter urges, not the board
    }
    String lemma = d.tok(noun).lemma().toLowerCase(Locale.ROOT);
    // Inside another noun phrase the noun is never the clause's actor ("the spread of ads attacking …"):
    // 25 of 32 such cues on the train articles are the noun's.
    return namesPeople(d, noun) || lemma.equals("poll") || lemma.equals("survey")
        || d.p.hasRelation(noun, "nmod") || d.p.hasRelation(noun, "conj");
  }

  /** Whether a noun names a person, people or an organization rather than a thing. */
  static boolean namesPeople(Doc d, int t) {
    String ner = d.tok(t).ner();
    if (TIME_TAGS.contains(ner)) {
      return false; // "gathered Friday to discuss"
    }
    return ner.equals("PERSON") || ner.equals("ORGANIZATION") || d.tok(t).isProperNoun()
        || PEOPLE_NOUNS.contains(d.tok(t).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Who is to do what an infinitive says, when that is not the subject of the verb above: its object when the
   * object names people ({@code prompted NATO to order}, {@code forced Stumpf to admit}; not {@code used the
   * speech to attack}, a purpose), or the subject of a passive verb above ({@code Eric Trump was pressed to
   * explain}, {@code The Fed is expected to announce}, {@code Scott can be heard yelling}); -1 otherwise.
   *
   * @param byObject whether the object of a causative may be the one (for an infinitive, not a participle)
   */
  static int controller(Doc d, int infinitive, boolean byObject) {
    int h = d.p.head(infinitive);
    if (h < 0 || !d.tok(h).isVerb()) {
      return -1;
    }
    boolean causative = byObject && CAUSATIVES.contains(d.tok(h).lemma().toLowerCase(Locale.ROOT));
    for (int c : d.p.children(h)) {
      if (causative && c < infinitive && d.p.hasRelation(c, "obj") && !d.insideQuote(c) && namesPeople(d, c)) {
        return c;
      }
    }
    int s = nominalSubject(d, h);
    return s >= 0 && d.p.hasRelation(s, "nsubj:pass") && passiveAuxiliary(d, h) ? s : -1;
  }

  /** Whether the entity tagger took a token for a name, whatever its part of speech ("Husted" as a verb). */
  private static boolean isName(Token t) {
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }

  /**
   * The subject of a verb when the parser took it for an apposition of a phrase before it: a phrase in
   * apposition that runs up to the verb with no comma between ({@code The plan, an inside source said, is},
   * {@code Citing local outlets, the Associated Press reports}, {@code RANGOON, Burma - Suu Kyi's allies
   * predicted}); otherwise {@code s} itself ({@code Maria Lopez, the governor, said}).
   */
  static int apposedSubject(Doc d, int s, int v) {
    int found = s;
    for (int c : d.p.children(s)) {
      if (c > s && c < v && d.p.hasRelation(c, "appos") && !d.insideQuote(c)) {
        int end = d.phrase(c)[1];
        while (end < v && (d.tok(end).pos().startsWith("RB") || d.tok(end).pos().equals("MD")
            || d.p.hasRelation(end, "aux") && d.p.head(end) == v)) {
          end++;
        }
        if (end == v) {
          found = c;
        }
      }
    }
    return found;
  }

  /**
   * The verb's nsubj, unless the parser gave that role to the quotation or clause it reports (a name the tagger
   * took for a verb is still a name). When the parser
   * gave the verb several subjects (a dateline, a fronted phrase: {@code WASHINGTON — Months later, Trump said},
   * {@code Anticipating blowback, McAuliffe remarked}), the one nearest before the verb.
   */
  private static int nominalSubject(Doc d, int v) {
    int found = -1;
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "nsubj") && !d.insideQuote(c) && (!d.tok(c).isVerb() || isName(d.tok(c)))) {
        if (c > v) {
          return found >= 0 ? found : c;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * {@code said Tim Hess}: a name right after the verb, taken as its object or a loose dependent; right after a
   * quotation also a description ({@code “...,” said the designer}, {@code “...,” wrote one commenter}).
   */
  private static int invertedSubject(Doc d, int v) {
    if (v > 0 && !d.insideQuote(v - 1) && !d.tok(v - 1).word().equals(",")) {
      return -1;
    }
    if (d.tok(v).pos().equals("VBG") || d.tok(v).pos().equals("VBN")) {
      return -1; // "..., telling Reuters that ...": a participle's name after it is whom it was said to
    }
    boolean afterQuote = v > 0 && (d.insideQuote(v - 1) || (v > 1 && d.insideQuote(v - 2)));
    for (int c : d.p.children(v)) {
      boolean loose = d.p.hasRelation(c, "obj") || d.p.hasRelation(c, "dep") || d.p.hasRelation(c, "nsubj")
          || d.p.hasRelation(c, "xcomp")
          || d.p.hasRelation(c, "appos");
      boolean name = d.tok(c).isProperNoun() || d.tok(c).ner().equals("PERSON");
      boolean nominal = d.tok(c).isNoun() || name || d.p.child(c, "det") >= 0 // "said the 46-year-old"
          || d.tok(c).pos().equals("CD") && (d.p.child(c, "nmod") >= 0 || d.tok(c).lemma().equals("one"));
      if (c > v && d.phrase(c)[0] <= v + 2 && loose && nominal && !d.insideQuote(c)
          && d.tok(c).sentence() == d.tok(v).sentence() && !d.tok(c).isPronoun()
          && (name || afterQuote || closesSentence(d, c) && reportsClauseBefore(d, v))) {
        return c;
      }
    }
    return -1;
  }

  /** Whether the verb reports a clause before it ({@code Prices will rise, said several observers}). */
  private static boolean reportsClauseBefore(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && d.tok(c).isVerb() && (d.p.hasRelation(c, "ccomp") || d.p.hasRelation(c, "dep")
          || d.p.hasRelation(c, "parataxis"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether nothing but punctuation follows a phrase (its clauses and appositions included) to the end of its
   * sentence: {@code …, said several observers.}, where the phrase can only be who said it.
   */
  private static boolean closesSentence(Doc d, int c) {
    int end = d.p.sentences().get(d.tok(c).sentence()).end();
    for (int t = d.p.subtreeEnd(c); t < end; t++) {
      if (Character.isLetterOrDigit(d.tok(t).word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code “...,” campaign manager Robby Mook said}: the phrase between a quotation and the verb, whatever the
   * parser attached it to; its head, or -1.
   */
  private static int phraseAfterQuote(Doc d, int v) {
    if (!Set.of("VBD", "VBZ", "VBP").contains(d.tok(v).pos())) {
      return -1;
    }
    int first = v;
    while (first > 0 && !d.insideQuote(first - 1) && isNominal(d.tok(first - 1)) && v - first < 8) {
      first--;
    }
    if (first == v || first == 0 || !d.insideQuote(first - 1)) {
      return -1;
    }
    for (int t = v - 1; t >= first; t--) {
      int h = d.p.head(t);
      if ((h < first || h >= v) && (d.tok(t).isNoun() || d.tok(t).isPronoun())) {
        return t;
      }
    }
    return -1;
  }

  /**
   * {@code “...,” said Senator Mark Kirk, Republican of Illinois, becoming the first ...}: the name right after a
   * verb that follows a quotation, whatever the parser made it the subject of; its last word, or -1.
   */
  private static int nameAfterVerb(Doc d, int v) {
    boolean afterQuote = v > 0 && (d.insideQuote(v - 1)
        || (v > 1 && d.tok(v - 1).word().equals(",") && d.insideQuote(v - 2)));
    if (!afterQuote || !Set.of("VBD", "VBZ").contains(d.tok(v).pos())) {
      return -1;
    }
    int t = v + 1;
    while (t < d.size() && d.tok(t).isProperNoun() && !d.insideQuote(t)
        && d.tok(t).sentence() == d.tok(v).sentence()) {
      t++;
    }
    return t > v + 1 && d.tok(t - 1).ner().equals("PERSON") ? t - 1 : -1;
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.isPronoun() || Set.of("DT", "JJ", "CD", "POS", "HYPH", "PRP$", "NNP").contains(t.pos());
  }

  /**
   * The subject of a verb without one that the parser hung elsewhere: {@code as Joel Pollak observed} (the
   * name taken for an "as" phrase), {@code A report released in May noted} (the noun taken for the subject
   * of the participle, which became the clausal subject), {@code “…,” Kiedis said, mentioning …} (the
   * participle made the head of the clause before it); the head of its phrase, or -1.
   */
  private static int misattachedSubject(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c > v || d.insideQuote(c)) {
        continue;
      }
      if (d.p.hasRelation(c, "obl") && firstChildWord(d, c, "as") >= 0 && adjacentBefore(d, c, v)
          && (d.tok(c).isNoun() || d.tok(c).isPronoun())) {
        return c;
      }
      if (d.p.hasRelation(c, "csubj") && (d.tok(c).pos().equals("VBN") || d.tok(c).pos().equals("VBG"))) {
        int n = nominalSubject(d, c);
        if (n >= 0 && n < c) {
          return n;
        }
      }
      if (d.tok(v).pos().equals("VBG") && d.tok(c).isVerb()
          && (d.p.hasRelation(c, "parataxis") || d.p.hasRelation(c, "dep")) && adjacentBefore(d, c, v)) {
        int n = nominalSubject(d, c);
        if (n >= 0 && !d.p.hasRelation(n, "nsubj:pass")) {
          return n;
        }
      }
    }
    return -1;
  }

  /**
   * The subject of the main clause after a participle clause that opens the sentence, whatever the parser
   * made of it ({@code Citing a theory, Trump accused …}, {@code Claiming the criticism is unfair, Trump told
   * Fox …}): a phrase right after the comma that closes the participle clause and is the subject of a finite
   * verb; its head, or -1.
   */
  private static int subjectAfterOpeningParticiple(Doc d, int v) {
    org.quotetrace.parse.Sentence sentence = d.p.sentences().get(d.tok(v).sentence());
    int first = sentence.first();
    while (first < v && (d.tok(first).pos().equals("CC") || d.tok(first).pos().startsWith("RB")
        || d.tok(first).pos().equals(",") || d.tok(first).pos().equals("``"))) {
      first++;
    }
    if (first == v - 1 && d.tok(first).pos().equals("IN")) {
      first++; // "After saying …, she was whisked off"
    }
    if (first != v || !d.tok(v).pos().equals("VBG")) {
      return -1;
    }
    for (int t = v + 1; t < sentence.end() - 1; t++) {
      boolean closesQuote = t + 1 < d.size() && d.tok(t + 1).pos().equals("''"); // “… swollen,” she was
      if (!d.tok(t).word().equals(",") || d.insideQuote(t) && !closesQuote) {
        continue;
      }
      if (closesQuote) {
        t++;
      }
      for (int n = t + 1; n < Math.min(sentence.end(), t + 8); n++) {
        int h = d.p.head(n);
        if (d.p.hasRelation(n, "nsubj") && !d.p.hasRelation(n, "nsubj:pass") && h > n && d.phrase(n)[0] == t + 1
            && Set.of("VBD", "VBZ", "VBP", "MD").contains(d.tok(h).pos())) {
          return n;
        }
      }
      return -1; // only the first comma can close the opening clause's phrase before the subject
    }
    return -1;
  }

  /** Whether the subtree of {@code c} ends right before {@code v}, but for punctuation and adverbs. */
  private static boolean adjacentBefore(Doc d, int c, int v) {
    for (int t = d.p.subtreeEnd(c); t < v; t++) {
      String pos = d.tok(t).pos();
      if (!pos.equals(",") && !pos.equals("''") && !pos.startsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code ”, Devine declared}: a name the parser hung on the verb loosely, right before it; -1 if none.
   */
  private static int looseNameBefore(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && d.p.hasRelation(c, "dep") && d.phrase(c)[1] == v && !d.insideQuote(c)
          && (d.tok(c).isProperNoun() || d.tok(c).ner().equals("PERSON"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether a "passive" auxiliary is the contraction of "has" ({@code he's said the same thing}, {@code she's
   * argued that ...}): the verb has an object or a clause of its own, which a passive of a verb of saying has
   * not, and a subject other than the "it" of {@code it's said that ...}.
   */
  private static boolean perfectContraction(Doc d, int v, int aux) {
    String w = d.tok(aux).word();
    if (!w.equals("'s") && !w.equals("’s") || !d.tok(v).pos().equals("VBN")) {
      return false;
    }
    int s = d.p.child(v, "nsubj:pass");
    if (s >= 0 && d.tok(s).lemma().equalsIgnoreCase("it")) {
      return false;
    }
    return d.p.child(v, "obj") >= 0 || d.p.child(v, "ccomp") >= 0;
  }

  private static int agentOf(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "obl") && firstChildWord(d, c, "by") >= 0) {
        return c;
      }
    }
    return -1;
  }

  private static boolean isPassive(Doc d, int v) {
    return (d.p.child(v, "nsubj:pass") >= 0 || d.p.child(v, "aux:pass") >= 0) && passiveAuxiliary(d, v);
  }

  /**
   * Whether a verb has a passive auxiliary outside quotations: without one, a "passive subject" is a parse
   * error ({@code “... is,” Rubio said}, where the quotation's "is" was taken for the auxiliary of "said").
   */
  private static boolean passiveAuxiliary(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "aux:pass") && !d.insideQuote(c)) {
        return !perfectContraction(d, v, c);
      }
    }
    return !d.tok(v).pos().equals("VBD") && !d.tok(v).pos().equals("VBZ") && !d.tok(v).pos().equals("VBP");
  }
}
