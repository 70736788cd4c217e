package org.quotetrace.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/**
 * Reported speech around a verb of saying: {@code X said (that) ...}, {@code ..., X said},
 * {@code X called for ...}, {@code X promised to ...}. The content is the verb's clausal complement; the
 * source is its subject (or, for a passive, the {@code by} phrase), found by {@link SpeakerFinder}. Where the
 * parser misplaced the clause a verb reports, {@link MisparsedClauses} finds it.
 */
final class ReportedSpeechRule {
  /** Entity tags of a time, which stays out of what a verb reports ("on Friday"). */
  static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  private final CueLexicon lexicon;

  ReportedSpeechRule(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(Doc d, List<Candidate> out) {
    applyVerbs(d, out);
    applyNouns(d, out);
  }

  /** The least confidence of a noun frame ({@link CueLexicon#NOUN}) for its phrase to be taken as a content. */
  static final double NOUN_FRAME = 0.5;

  /**
   * Statements made with a noun of saying as the object of a verb that is no cue of its own ({@code made
   * allegations against the mayor}, {@code raised questions about the deal}, {@code voiced doubts that ...}):
   * the noun's phrase or clause opened by a word the lexicon lists for it is the content, the verb's subject
   * the source. Verbs that already report something here are left alone.
   */
  private void applyNouns(Doc d, List<Candidate> out) {
    ParsedText p = d.p;
    Set<Integer> cues = new HashSet<>();
    out.forEach(c -> cues.add(c.cueFirst()));
    for (int v = 0; v < d.size(); v++) {
      if (!d.tok(v).isVerb() || cues.contains(v) || d.insideQuote(v)) {
        continue;
      }
      for (int n : p.children(v)) {
        if (n < v || !p.relation(n).equals("obj") || !d.tok(n).pos().startsWith("NN")) {
          continue;
        }
        for (int c : p.children(n)) {
          String word = CueContext.nounFrameWord(p, c);
          double confidence = word == null ? 0 : lexicon.nounConfidence(d.tok(n).lemma(), word);
          if (c < n || confidence < NOUN_FRAME || d.insideQuote(c)) {
            continue;
          }
          int source = SpeakerFinder.subjectOf(d, v); // only for the few nouns the lexicon lists
          if (source < 0) {
            continue;
          }
          int opener = opener(d, c);
          int[] content = d.trimChars(opener + 1, p.subtreeEnd(c));
          if (content[1] - content[0] >= 3) {
            out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], v, n + 1, source, "reported.noun",
                confidence));
          }
        }
      }
    }
  }

  private void applyVerbs(Doc d, List<Candidate> out) {
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
      if (isDiscourseMarker(d, v) || isQuestionToAddressee(d, v)) {
        continue;
      }
      String lemma = entry.get().lemma();
      List<String> context = CueContext.of(p, v);
      int[] content = null;
      String rule = null;
      CueLexicon.Frame frame = null;
      int ccomp = clausalComplement(d, v);
      int xcomp = p.child(v, "xcomp");
      int obj = p.child(v, "obj") >= 0 ? p.child(v, "obj") : MisparsedClauses.gerundObject(d, v);
      int parataxis = p.child(v, "parataxis");
      int governed = markedClause(d, v);
      if (ccomp >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context) && !reportingAfterthought(d, ccomp)) {
        content = clauseWithStragglers(d, v, ccomp);
        if (ccomp < v) {
          content = wholeSentenceBefore(d, v, content);
        }
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (governed >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.trimChars(v + 1, p.subtreeEnd(governed));
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (MisparsedClauses.misreadClause(d, v) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        int predicate = MisparsedClauses.misreadClause(d, v);
        // "told reporters he is ready": with a subject of its own, the object is whom the speaker told.
        int first = p.child(predicate, "nsubj") >= 0 ? p.subtreeFirst(predicate) : p.subtreeFirst(obj);
        content = d.trimChars(first, p.subtreeEnd(predicate));
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (MisparsedClauses.clauseAboveCue(d, v) >= 0
          && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = MisparsedClauses.clauseAfterCue(d, v, MisparsedClauses.clauseAboveCue(d, v));
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (clauseInPhrase(d, v, lemma) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.subtreeChars(clauseInPhrase(d, v, lemma));
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context) && p.hasRelation(v, "parataxis")
          && p.head(v) >= 0 && !labelBefore(d, p.head(v), v)) {
        content = wholeSentenceBefore(d, v, clauseWithout(d, p.head(v), v));
        rule = "reported.clause-first";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (clauseBefore(d, v) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context)) {
        content = wholeSentenceBefore(d, v, d.subtreeChars(clauseBefore(d, v)));
        rule = "reported.clause-first";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context) && trailingComma(d, v) >= 0) {
        content = d.trimChars(d.p.sentences().get(d.tok(v).sentence()).first(), trailingComma(d, v));
        rule = "reported.clause-last";
        frame = CueLexicon.Frame.PARATAXIS;
      } else if (parataxis > v && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)
          && !reportingAfterthought(d, parataxis)) {
        content = d.subtreeChars(parataxis);
        rule = "reported.clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (smallClause(d, v) >= 0 && lexicon.accepts(lemma, CueLexicon.Frame.CCOMP, context)) {
        content = d.subtreeChars(smallClause(d, v));
        rule = "reported.small-clause";
        frame = CueLexicon.Frame.CCOMP;
      } else if (xcomp > v && lexicon.accepts(lemma, CueLexicon.Frame.XCOMP, context) && !isBareName(d, xcomp)
          && !isBareAdjective(d, xcomp)) {
        content = withPassiveSubject(d, v, withObjectBefore(d, obj, xcomp, d.subtreeChars(xcomp)));
        rule = "reported.intention";
        frame = CueLexicon.Frame.XCOMP;
      } else if (obj > v && lexicon.accepts(lemma, CueLexicon.Frame.OBJ, context)
          && (!isBareName(d, obj) || subjectBefore(d, v))) {
        content = objectWithComplements(d, v, obj);
        if (p.child(v, "obj") < 0) {
          content[0] = d.tok(v + 1).begin(); // a gerund's noun phrase holds the gerund: what follows it
        }
        int clause = lexicon.allows(lemma, CueLexicon.Frame.CCOMP)
            ? MisparsedClauses.clauseAfterObject(d, v, content[1]) : -1;
        if (clause >= 0) {
          content = new int[] {content[0], MisparsedClauses.clauseEnd(d, clause)};
        }
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
      } else if (asClause(d, v) && lexicon.accepts(lemma, CueLexicon.Frame.PARATAXIS, context)) {
        content = clauseWithout(d, p.head(v), v);
        rule = "reported.as";
        frame = CueLexicon.Frame.PARATAXIS;
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
        int[] span = oblique >= 0 ? objectWithComplements(d, v, oblique) : null;
        if (span != null && !isSingleWord(d, oblique, span)) {
          int opener = opener(d, oblique);
          content = span;
          content[0] = d.tok(opener + 1).begin();
          if (d.tok(opener).word().equalsIgnoreCase("as") || obj > v && isBareName(d, obj)) {
            // "described the plan as reckless", "accused Lee of lying": what the phrase says is of the object
            content = withObjectBefore(d, obj, oblique, content);
          }
          rule = "reported.oblique";
          confidence = lexicon.obliqueScore(lemma, d.tok(opener).word().toLowerCase(Locale.ROOT), context);
        }
      }
      if (content == null && passiveObject(d, v, lemma) >= 0) {
        content = d.subtreeChars(passiveObject(d, v, lemma));
        rule = "reported.passive-object";
        confidence = lexicon.score(lemma, CueLexicon.Frame.OBJ, context);
      }
      if (content == null || content[1] - content[0] < 3) {
        continue;
      }
      if (!rule.startsWith("reported.clause") && !rule.equals("reported.passive-object")) {
        content = withParticiplesNoun(d, v, withAgentsTopic(d, v, withoutSourcePhrase(d, v, content)));
      }
      if (rule.equals("reported.clause-first") && !hasVerb(d, v, content)) {
        continue; // "PORTLAND, Maine - ... Johnson told a joke.", "The Latest: Mourners say ...": no clause said
      }
      int source = governed >= 0 && rule.equals("reported.clause") && p.head(governed) >= 0
          ? SpeakerFinder.subjectOf(d, p.head(governed)) : SpeakerFinder.subjectOf(d, v);
      if (source < 0 && rule.equals("reported.object") && obj == MisparsedClauses.gerundObject(d, v)) {
        source = MisparsedClauses.gerundSpeaker(d, obj);
      }
      if (rule.equals("reported.clause-last")) {
        source = phraseAround(d, v, trailingComma(d, v));
      }
      if (source >= 0 && isShareOfRespondents(d, source) && pollInSentence(d, v) >= 0) {
        source = pollInSentence(d, v); // "52 percent of voters said ..., a new poll found": the poll reports it
      }
      if (source < 0 && rule.equals("reported.oblique")) {
        continue; // "was asked about ...", "is known for ...": without its speaker, rarely a statement
      }
      if (source < 0 && SpeakerFinder.isPassive(d, v)) {
        rule += "-passive";
      }
      out.add(new Candidate(StatementKind.INDIRECT, content[0], content[1], v, v + 1, source, rule, confidence));
    }
  }

  /**
   * Whether a verb of saying is the fixed phrase that opens a sentence as a discourse marker ({@code That
   * said, ...}, {@code This said, ...}, {@code Having said that, ...}): it concedes what came before; nobody
   * says the rest.
   */
  static boolean isDiscourseMarker(Doc d, int v) {
    int first = d.p.sentences().get(d.tok(v).sentence()).first();
    boolean demonstrativeBefore = v == first + 1 && isDemonstrative(d, first);
    boolean havingSaid = v == first + 1 && d.tok(first).word().equalsIgnoreCase("having") && v + 1 < d.size()
        && isDemonstrative(d, v + 1);
    int comma = havingSaid ? v + 2 : v + 1;
    return (demonstrativeBefore || havingSaid) && comma < d.size() && d.tok(comma).word().equals(",");
  }

  /**
   * Whether a verb of saying is asked of the one addressed: its subject is {@code you} in a sentence that ends
   * with a question mark ({@code Do you support the mayor?}, {@code What do you think of the plan?}). A question
   * put to the reader or listener asks what they think; it reports nobody's statement (train: 17 of 19 such
   * statements matched no annotated relation).
   */
  static boolean isQuestionToAddressee(Doc d, int v) {
    int subject = d.p.child(v, "nsubj");
    if (subject < 0 || !d.tok(subject).word().equalsIgnoreCase("you")) {
      return false;
    }
    int last = d.p.sentences().get(d.tok(v).sentence()).end() - 1;
    while (last > v && (d.tok(last).pos().equals("''") || d.tok(last).pos().equals("-RRB-"))) {
      last--;
    }
    return last > v && d.tok(last).word().equals("?");
  }

  private static boolean isDemonstrative(Doc d, int t) {
    String w = d.tok(t).word().toLowerCase(Locale.ROOT);
    return w.equals("that") || w.equals("this");
  }

  /** The least confidence of a verb's object frame for its passive subject to be what a named agent said. */
  static final double PASSIVE_OBJECT = 0.5;

  /**
   * The subject of a passive verb of saying whose agent is named ({@code the plan was rejected by voters},
   * {@code the meeting was first reported by a newspaper}): what the agent's act was about, as the object of
   * the active verb would be; -1 if none. Only for verbs whose object is a sure content
   * ({@link #PASSIVE_OBJECT}): most verbs in the passive tell of deeds ({@code was backed by a majority}).
   */
  private int passiveObject(Doc d, int v, String lemma) {
    int s = d.p.child(v, "nsubj:pass");
    if (s < 0 || s > v || !d.tok(v).pos().equals("VBN") || d.tok(s).pos().startsWith("W")
        || lexicon.confidence(lemma, CueLexicon.Frame.OBJ) < PASSIVE_OBJECT) {
      return -1;
    }
    for (int c : d.p.children(v)) {
      if (c > v && d.p.hasRelation(c, "obl") && d.childBefore(c, "by") >= 0) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Whether a clausal complement (or parataxis) is only a source and its verb of saying set off by a comma at the
   * end of the sentence ({@code Turnout has risen, she noted.}, {@code He agreed to sell it, records show.}): the
   * parser made the reporting clause the complement of the verb before it, which it reports
   * (reported.clause-first); the first verb's subject says nothing (8 of 8 such statements wrong on train). The
   * complement has a nominal subject and besides it only auxiliaries, adverbs and punctuation.
   */
  private boolean reportingAfterthought(Doc d, int ccomp) {
    int first = d.p.subtreeFirst(ccomp);
    int end = d.p.subtreeEnd(ccomp);
    int sentenceEnd = d.p.sentences().get(d.tok(ccomp).sentence()).end();
    int before = first - 1;
    while (before > 0 && d.tok(before).pos().equals("''")) {
      before--; // "..., ” she said."
    }
    if (before < 0 || !d.tok(before).pos().equals(",")
        || lexicon.confidence(d.tok(ccomp).lemma(), CueLexicon.Frame.PARATAXIS) <= 0
        || SpeakerFinder.nominalSubject(d, ccomp) < 0) {
      return false;
    }
    for (int c : d.p.children(ccomp)) {
      if (!AFTERTHOUGHT_RELATIONS.contains(d.p.relation(c))) {
        return false;
      }
    }
    for (int t = end; t < sentenceEnd; t++) {
      if (!d.tok(t).pos().equals(".") && !d.tok(t).pos().equals("''")) {
        return false;
      }
    }
    return true;
  }

  /** The relations of the words a bare reporting clause has besides its verb ({@code , she later noted .}). */
  private static final Set<String> AFTERTHOUGHT_RELATIONS =
      Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "advmod", "punct", "obl:tmod");

  /**
   * Whether the characters {@code span} of the verb's sentence hold a verb or modal: a clause reported before its
   * verb of saying has one; a dateline or a headline's label the parser hung on the verb does not (on train, 6 of
   * the 7 such statements were wrong).
   */
  private static boolean hasVerb(Doc d, int v, int[] span) {
    Sentence s = d.p.sentences().get(d.tok(v).sentence());
    for (int t = s.first(); t < s.end(); t++) {
      if (d.tok(t).begin() >= span[0] && d.tok(t).end() <= span[1]
          && (d.tok(t).pos().startsWith("VB") || d.tok(t).pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code that} clause the parser hung inside a phrase between the verb of saying and it ({@code said in an
   * interview that ...}, {@code claimed without evidence that ...}, the clause a complement of "interview"), or
   * -1: the verb's first oblique runs without a break up to the {@code that}, which opens a finite clause with a
   * subject of its own, under the verb (on the phrase's noun or on the verb itself). Not when the phrase opens
   * with a preposition the lexicon lists for the verb ({@code responded to claims that ...}): there the phrase is
   * what the verb reports.
   */
  int clauseInPhrase(Doc d, int v, String lemma) {
    ParsedText p = d.p;
    int oblique = -1;
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp")) {
        return -1;
      }
      oblique = oblique < 0 && c > v && r.startsWith("obl") ? c : oblique;
    }
    int opener = oblique < 0 ? -1 : opener(d, oblique);
    String word = opener < 0 ? "" : d.tok(opener).word().toLowerCase(Locale.ROOT);
    if (oblique < 0 || lexicon.obliqueConfidence(lemma, word) > 0) {
      return -1;
    }
    int t = v + 1;
    while (t < d.size() && p.dominates(oblique, t) && !isThatMarker(d, t)) {
      t++;
    }
    int clause = t < d.size() && isThatMarker(d, t) ? p.head(t) : -1;
    if (clause < 0 || !p.dominates(v, clause) || !MisparsedClauses.isFinite(d, clause)) {
      return -1;
    }
    for (int c : p.children(clause)) {
      if (p.hasRelation(c, "nsubj") || p.hasRelation(c, "expl")) {
        return clause;
      }
    }
    return -1;
  }

  private static boolean isThatMarker(Doc d, int t) {
    return d.tok(t).word().equalsIgnoreCase("that") && d.p.hasRelation(t, "mark");
  }

  /**
   * Whether a verb's complement is a lone adjective or participle ({@code seemed unconvinced}, {@code looks good},
   * {@code pleaded guilty}): it describes how someone appeared or what they did, not what anyone said (train: 21 of
   * 30 such statements wrong, dev 3 of 4).
   */
  static boolean isBareAdjective(Doc d, int x) {
    String pos = d.tok(x).pos();
    return (pos.startsWith("JJ") || pos.equals("VBN")) && d.p.subtreeFirst(x) == x && d.p.subtreeEnd(x) == x + 1;
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
    int s = SpeakerFinder.nominalSubject(d, v);
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

  /**
   * Whether a verb of saying opens an "as" clause that has nothing of its own to report, so that it reports the
   * clause it hangs on: {@code As the Post reported, the talks failed}, {@code the plan, as she put it, is dead}.
   */
  static boolean asClause(Doc d, int v) {
    ParsedText p = d.p;
    int as = d.childBefore(v, "as");
    int subject = SpeakerFinder.nominalSubject(d, v);
    int obj = p.child(v, "obj");
    return as >= 0 && p.hasRelation(as, "mark") && subject > as && subject < v && p.head(v) >= 0
        && d.tok(p.head(v)).isVerb() && p.child(v, "ccomp") < 0 && p.child(v, "xcomp") < 0
        && (obj < 0 || d.tok(obj).lemma().equals("it"));
  }

  /** Whether the verb has a subject of its own before it ({@code Palin endorsed Trump}, not {@code said Tim Hess}). */
  private static boolean subjectBefore(Doc d, int v) {
    int s = SpeakerFinder.nominalSubject(d, v);
    return s >= 0 && s < v && !d.p.hasRelation(s, "nsubj:pass");
  }

  /**
   * The characters of a clausal complement, extended over loose dependents of the cue that follow it: the
   * parser sometimes hangs the end of the reported clause on the verb of saying ({@code acknowledged that
   * his cry had not galvanized Americans}, with "had" attached to "acknowledged").
   */
  private static int[] clauseWithStragglers(Doc d, int v, int ccomp) {
    int[] chars = d.subtreeChars(ccomp);
    int over = MisparsedClauses.predicateOverComplement(d, v, ccomp);
    if (over >= 0) {
      int end = d.p.subtreeEnd(over);
      for (int c : d.p.children(over)) {
        if (c > over && d.tok(c).pos().equals(".") && !d.insideQuote(c)) {
          end = Math.min(end, c); // the sentence's full stop, and a stray closing mark after it, stay out
        }
      }
      chars = new int[] {chars[0], d.trimChars(over, end)[1]};
    }
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

  /**
   * The characters of an infinitive's or an {@code as} phrase's content, taken back to the start of an object
   * between the verb and {@code complement}: {@code urged the senator to resign}, {@code asked Comey to turn over
   * the file}, {@code described the plan as reckless}; annotators count whom the speaker urged, or what was
   * described, as part of what was said (on train, 151 of the 200 found infinitive statements with such an object
   * begin at the object, 49 at the infinitive; 24 of the 28 {@code as} phrases; 32 of the 41 other phrases after
   * a name: {@code accused Lee of lying}). A time ({@code sought Wednesday to ease …}) stays out.
   */
  private static int[] withObjectBefore(Doc d, int obj, int complement, int[] chars) {
    if (obj < 0 || obj > complement || obj < d.p.head(obj) || TIME_TAGS.contains(d.tok(obj).ner())) {
      return chars;
    }
    return new int[] {d.tok(d.p.subtreeFirst(obj)).begin(), chars[1]};
  }

  /**
   * The characters of an infinitive's content, taken back to the start of the passive subject before the verb:
   * {@code Lopez is expected to win}, {@code the vote was meant to calm markets}. The subject is not who spoke
   * but what the unnamed speakers said something about; annotators mark it in the content (on train, 63 of the 85
   * found such statements begin at the subject), and most such relations have no source.
   */
  private static int[] withPassiveSubject(Doc d, int v, int[] chars) {
    int s = d.p.child(v, "nsubj:pass");
    if (s < 0 || s > v) {
      return chars;
    }
    return new int[] {Math.min(chars[0], d.tok(d.p.subtreeFirst(s)).begin()), chars[1]};
  }

  /**
   * The characters of a passive verb's content, taken back to the start of its subject when a {@code by} phrase
   * names who spoke ({@code the plan was seen by critics as a retreat}, {@code Lee was attacked by rivals for
   * skipping the debate}): the subject is what the agent said something about, as the object of the active
   * verb would be (train: 7 more relations found, 11 at 80% overlap, of 22 statements). A relative pronoun
   * stays out: it stands for a noun outside the clause.
   */
  static int[] withAgentsTopic(Doc d, int v, int[] chars) {
    int s = d.p.child(v, "nsubj:pass");
    if (s < 0 || s > v || d.tok(s).pos().startsWith("W")) {
      return chars;
    }
    int source = SpeakerFinder.subjectOf(d, v);
    if (source >= 0 && d.p.dominates(s, source)) {
      return chars; // "voters were outraged by the raids": the subject felt it, the phrase is what about
    }
    for (int c : d.p.children(v)) {
      if (c > v && d.p.hasRelation(c, "obl") && d.childBefore(c, "by") >= 0) {
        return new int[] {Math.min(chars[0], d.tok(d.p.subtreeFirst(s)).begin()), chars[1]};
      }
    }
    return chars;
  }

  /**
   * The characters of a content cut before a source phrase after the cue ({@code is weighing a new plan,
   * according to aides}): the phrase names who told of the act, so the clause is the phrase's statement,
   * which annotators mark instead of the act (train: 23 of 27 such statements wrong); cut, the two merge.
   */
  private static int[] withoutSourcePhrase(Doc d, int v, int[] chars) {
    for (int t = v + 1; t + 1 < d.size() && d.tok(t).begin() < chars[1]; t++) {
      if (d.tok(t).begin() > chars[0] && d.tok(t).word().equalsIgnoreCase("according")
          && d.tok(t + 1).word().equalsIgnoreCase("to")) {
        int end = t;
        while (end - 1 > v && isPunctuation(d, end - 1)) {
          end--;
        }
        return d.tok(end - 1).end() > chars[0] ? new int[] {chars[0], d.tok(end - 1).end()} : chars;
      }
    }
    return chars;
  }

  /**
   * The characters of a past participle's content, taken back to the start of the noun phrase it modifies ({@code
   * a plan seen by critics as a retreat}, {@code a group accused of hiding funds}): the participle is a passive
   * relative clause, and its noun is what was said about, as a passive subject is (train: 38 statements changed,
   * 3 more relations found at 30%, 11 at 80%; dev 9 changed, 2 more found).
   */
  static int[] withParticiplesNoun(Doc d, int v, int[] chars) {
    int n = d.p.head(v);
    if (n < 0 || n > v || !d.tok(v).pos().equals("VBN") || !d.p.relation(v).equals("acl")
        || d.p.child(v, "aux") >= 0 || d.p.child(v, "obj") >= 0) {
      return chars; // "having referred to him as ...", "called upon the mayor to ...": active, not passive
    }
    return new int[] {Math.min(chars[0], d.tok(d.p.subtreeFirst(n)).begin()), chars[1]};
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
    if (!d.tok(v).isFiniteVerb()) {
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
   * The content of a verb closing its sentence after a comma ({@code ..., they say.}) whose parse took only a
   * clause deep in the sentence ({@code Many of their arguments, like that X, are easily refuted, they say.}, read
   * as reporting "are easily refuted"; {@code ... donors who cannot be located, records show.}): the whole
   * sentence up to the comma, as for {@link #trailingComma}; {@code clause} itself when it starts the sentence
   * or the sentence is not so closed.
   */
  private static int[] wholeSentenceBefore(Doc d, int v, int[] clause) {
    int comma = trailingComma(d, v);
    if (comma < 0) {
      return clause;
    }
    int first = d.p.sentences().get(d.tok(v).sentence()).first();
    while (first < comma && !Character.isLetterOrDigit(d.tok(first).word().charAt(0))) {
      first++; // an opening quotation mark or dash
    }
    return clause[0] > d.tok(first).begin() && clause[1] <= d.tok(comma).begin() ? d.trimChars(first, comma) : clause;
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

  /**
   * Whether a colon lies between {@code head} and the verb {@code v} hung on it: {@code The Latest: Ann tells
   * voters ...}, {@code Ann: I know voters say ...}. What comes before the colon is a label or a heading, not
   * what the verb after it reports.
   */
  static boolean labelBefore(Doc d, int head, int v) {
    for (int t = head + 1; t < v; t++) {
      if (d.tok(t).word().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code c} is a participle that is the sentence's first word, with the subject of {@code v} between
   * them: {@code Railing against the plan, Ann vows to ...} tells how she speaks, not what she says.
   */
  private static boolean openingParticiple(Doc d, int c, int v) {
    int subject = d.p.child(v, "nsubj");
    return d.tok(c).pos().equals("VBG") && c == d.p.sentences().get(d.tok(c).sentence()).first()
        && subject > c && subject < v;
  }

  /** A verb heading a clause before the cue and attached to it loosely ({@code ..., the IMF said}), or -1. */
  private static int clauseBefore(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && d.tok(c).isVerb() && (d.p.hasRelation(c, "dep") || d.p.hasRelation(c, "parataxis"))
          && !openingParticiple(d, c, v)) {
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

  /**
   * Whether an oblique content would be one word and nothing after it ({@code responded to them}, {@code
   * referred to Smith}): a bare pronoun or name after a preposition names whom the act was aimed at more often
   * than what was said (on the train articles a third of them match an annotated content).
   */
  private static boolean isSingleWord(Doc d, int oblique, int[] content) {
    int opener = opener(d, oblique);
    return d.p.subtreeFirst(oblique) == opener && oblique == opener + 1 && d.p.subtreeEnd(oblique) == oblique + 1
        && content[1] == d.tok(oblique).end();
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
        int mark = d.childBefore(c, "for");
        if (mark >= 0 && c > v) {
          return c;
        }
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

  static boolean isPunctuation(Doc d, int t) {
    String w = d.tok(t).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0)) && !d.insideQuote(t);
  }
}
