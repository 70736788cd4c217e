package org.quotetrace.rules;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntBiFunction;
import java.util.Set;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Token;

/**
 * Which tokens speak: the subject of a cue verb, found by climbing the dependency parse through conjunctions,
 * participles, infinitives, relative pronouns and passives, and past the attachments the parser gets wrong
 * around quotations and commas. {@link SpeakerResolver} then says who that subject is.
 */
final class SpeakerFinder {
  private SpeakerFinder() {
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

  /**
   * Where a verb without a subject of its own finds one the parser hung elsewhere, in this order: a relative
   * "who" taken for its object, after it ({@code said Tim Hess}), a name loose before it, a noun right before its
   * auxiliary, the phrase after a quotation, a name right after it, a subject attached to a neighbouring verb,
   * the subject after an opening participle clause, a subject whose subordinator was taken for a preposition, a
   * name taken for a modal.
   */
  private static final List<ToIntBiFunction<Doc, Integer>> SUBJECTS_HUNG_ELSEWHERE = List.of(
      SpeakerFinder::relativeWhoTakenForObject, SpeakerFinder::invertedSubject, SpeakerFinder::looseNameBefore,
      SpeakerFinder::nounBeforeAuxiliary, SpeakerFinder::phraseAfterQuote, SpeakerFinder::nameAfterVerb,
      SpeakerFinder::misattachedSubject,
      SpeakerFinder::subjectAfterOpeningParticiple, SpeakerFinder::subjectAfterSubordinator,
      SpeakerFinder::nameTakenForModal);

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
        int inverted = t == v ? nameOfParenthetical(d, s, t) : -1;
        return inverted >= 0 ? inverted : apposedSubject(d, s, t);
      }
      if (s >= 0 && FEELINGS.contains(d.tok(t).lemma().toLowerCase(Locale.ROOT))) {
        return s; // "Advocates were outraged by the raids": the raids caused the feeling, they did not voice it
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
      for (ToIntBiFunction<Doc, Integer> elsewhere : SUBJECTS_HUNG_ELSEWHERE) {
        int found = elsewhere.applyAsInt(d, t);
        if (found >= 0) {
          return found;
        }
      }
      if (r.equals("acl") && p.head(t) >= 0 && d.tok(p.head(t)).isNoun()) {
        int noun = p.head(t);
        if (!participle || p.hasRelation(noun, "nsubj") || d.tok(noun).isProperNoun()
            || d.tok(noun).isPronoun() || describesPeople(d, noun, t)) {
          return noun; // "Trump, saying that ...": the noun the participle describes
        }
        t = noun; // "put out a statement saying ...": whoever put it out
      } else if (r.equals("acl") && p.head(t) >= 0 && standsForPeople(d, p.head(t))) {
        return p.head(t); // "those describing themselves as ...", "one listing ...", "both of whom opposed ..."
      } else if (t == v && conjoinedPastRelativeClause(d, t) >= 0) {
        return conjoinedPastRelativeClause(d, t); // "Lee backed the network, which let him go, and said ..."
      } else if (t == v && r.equals("conj") && conjoinedToReporter(d, t) >= 0) {
        return conjoinedToReporter(d, t); // "Kasich says he'd sit Putin down and tells the crowd ..."
      } else if (r.equals("xcomp") && controller(d, t, true) >= 0) {
        return controller(d, t, true); // "prompted NATO to order ...", "was pressed to explain": who is to do it
      } else if (r.equals("dep") && participle && t == v && controller(d, t, false) >= 0) {
        return controller(d, t, false); // "Scott can be heard yelling ...", with "yelling" hung loosely
      } else if (r.equals("conj") || r.equals("xcomp") || r.startsWith("advcl") || r.equals("dep")
          || (r.equals("ccomp") && d.childBefore(t, "to") >= 0) // "has yet to endorse", parsed as a clause
          || (r.startsWith("obl") && d.childBefore(t, "to") >= 0) // "went on to explain", parsed as a phrase
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
      "puzzle", "unite", "obsess", "fixate", "interest", "torn", "tear", "confuse", "dismay", "anger", "outrage",
      "intrigue");

  /**
   * States of mind that something causes rather than someone tells ({@code were angered by the deal}, {@code is
   * intrigued by the opportunity}): the phrase with "by" names the cause, and the subject is who voices the
   * feeling (5 of 6 such passives with "by" among the train statements found).
   */
  private static final Set<String> FEELINGS = Set.of("anger", "outrage", "intrigue", "upset", "alarm", "trouble",
      "disturb", "dismay", "disappoint", "frustrate", "puzzle", "confuse", "obsess", "enamor", "incline", "worry",
      "concern", "offend", "infuriate", "enrage", "horrify", "shock", "appall", "disgust");

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
        || d.childBefore(noun, "to") >= 0) {
      return false; // "sent a letter to the board urging …": the letter urges, not the board
    }
    String lemma = d.tok(noun).lemma().toLowerCase(Locale.ROOT);
    // Inside another noun phrase the noun is never the clause's actor ("the spread of ads attacking …"):
    // 25 of 32 such cues on the train articles are the noun's.
    return namesPeople(d, noun) || lemma.equals("poll") || lemma.equals("survey")
        || d.p.hasRelation(noun, "nmod") || d.p.hasRelation(noun, "conj");
  }

  /**
   * Whether a word that heads a phrase without a noun stands for the people or things a clause hung on it tells
   * of: a determiner or relative pronoun ({@code those describing …}, {@code each touting …}, {@code both of
   * whom opposed …}) or the number one or a count of something ({@code one listing …}), not a date; they do what
   * the clause says (15 of 17 such found statements on the train and dev articles, which had no speaker before).
   */
  private static boolean standsForPeople(Doc d, int h) {
    String pos = d.tok(h).pos();
    if (ReportedSpeechRule.TIME_TAGS.contains(d.tok(h).ner())) {
      return false;
    }
    return pos.equals("DT") || pos.equals("WP") || pos.equals("WDT")
        || pos.equals("CD") && (d.tok(h).lemma().equalsIgnoreCase("one") || d.p.child(h, "nmod") >= 0);
  }

  /** Whether a noun names a person, people or an organization rather than a thing. */
  static boolean namesPeople(Doc d, int t) {
    String ner = d.tok(t).ner();
    if (ReportedSpeechRule.TIME_TAGS.contains(ner)) {
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
    int dateline = afterDateline(d, s, v);
    if (dateline >= 0) {
      return dateline;
    }
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

  /** The dashes that end a dateline ({@code WASHINGTON — }). */
  private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "--", "-");
  /** Entity tags of the place a dateline names. */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /**
   * {@code WASHINGTON — Sen. Ana Ruiz argued …}: when the parser made the place of a dateline the subject and
   * hung the name after its dash on it, the name (its head); -1 when the subject is no such place.
   */
  private static int afterDateline(Doc d, int s, int v) {
    if (!PLACE_TAGS.contains(d.tok(s).ner()) || d.phrase(s)[0] != d.p.sentences().get(d.tok(s).sentence()).first()) {
      return -1;
    }
    for (int c : d.p.children(s)) {
      int first = d.phrase(c)[0];
      if (c > s && c < v && first > 0 && DATELINE_DASHES.contains(d.tok(first - 1).word())
          && (d.tok(c).isProperNoun() || isName(d.tok(c)) || d.tok(c).isNoun()) && !d.insideQuote(c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The verb's nsubj, unless the parser gave that role to the quotation or clause it reports (a name the tagger
   * took for a verb is still a name). When the parser
   * gave the verb several subjects (a dateline, a fronted phrase: {@code WASHINGTON — Months later, Trump said},
   * {@code Anticipating blowback, McAuliffe remarked}), the one nearest before the verb, but not a quantifier
   * floating after the subject ({@code Trump and Sanders have both argued}: the names, not "both").
   */
  static int nominalSubject(Doc d, int v) {
    int found = -1;
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "nsubj") && !d.insideQuote(c) && (!d.tok(c).isVerb() || isName(d.tok(c)))
          && !contraction(d.tok(c)) && !bareTime(d, c)) {
        if (c > v) {
          return found >= 0 ? found : c;
        }
        if (found < 0 || !floatingQuantifier(d, c)) {
          found = c;
        }
      }
    }
    return found;
  }

  /** {@code both}, {@code all} or {@code each} standing alone, as after a subject ({@code they have both said}). */
  private static boolean floatingQuantifier(Doc d, int c) {
    String w = d.tok(c).word().toLowerCase(Locale.ROOT);
    return (w.equals("both") || w.equals("all") || w.equals("each")) && d.p.children(c).isEmpty();
  }

  /**
   * A time the parser took for a subject ({@code issued a statement Tuesday saying …}, {@code spent the weekend
   * figuring out …}): a date or duration with no name hung on it, which never speaks.
   */
  private static boolean bareTime(Doc d, int c) {
    return ReportedSpeechRule.TIME_TAGS.contains(d.tok(c).ner()) && d.p.child(c, "appos") < 0
        && d.p.child(c, "conj") < 0 && d.p.child(c, "dep") < 0;
  }

  /** A contracted auxiliary ({@code ’s}, {@code 've}) the parser took for a subject: it never is one. */
  private static boolean contraction(Token t) {
    String w = t.word();
    return w.length() > 1 && (w.charAt(0) == '\'' || w.charAt(0) == '’') && Character.isLetter(w.charAt(1));
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
      // A clausal complement may be an adjective's or a noun's clause ("… may be surprising, said observers").
      if (c < v && (d.p.hasRelation(c, "ccomp") || d.tok(c).isVerb() && (d.p.hasRelation(c, "dep")
          || d.p.hasRelation(c, "parataxis")))) {
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

  /** Verbs of saying that a name after them cannot be the object of, so that they can be set in parentheses. */
  private static final Set<String> PARENTHETICAL_VERBS = Set.of("say", "write", "add", "note", "argue", "explain",
      "observe", "recall", "contend", "insist");

  /**
   * {@code The paradox of the plan, says Ana Ruiz, a historian, is that …}: a verb of saying set off by a comma
   * with a person's name right after it, which the parser made the subject of the clause that goes on, while
   * the verb got the phrase before the comma, a thing rather than someone, as its subject; the name's last
   * word, or -1 ({@code Ana Ruiz, a historian, said Lee …} keeps Ana Ruiz).
   */
  private static int nameOfParenthetical(Doc d, int s, int v) {
    // Not verbs that take the name as their object: "The survey, conducted by …, finds Clinton ahead".
    if (v == 0 || !d.tok(v - 1).word().equals(",") || !PARENTHETICAL_VERBS.contains(d.tok(v).lemma())
        || s > v || d.tok(s).isPronoun() || namesPeople(d, s)
        || d.p.child(s, "appos") >= 0 || d.insideQuote(v)) {
      return -1;
    }
    int t = v + 1;
    while (t < d.size() && d.tok(t).ner().equals("PERSON") && d.tok(t).sentence() == d.tok(v).sentence()) {
      t++;
    }
    return t > v + 1 ? t - 1 : -1;
  }

  /**
   * {@code “...,” campaign manager Robby Mook said}: the phrase between a quotation and the verb, whatever the
   * parser attached it to; its head, or -1.
   */
  private static int phraseAfterQuote(Doc d, int v) {
    if (!d.tok(v).isFiniteVerb()) {
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
      if (d.p.hasRelation(c, "obl") && d.childBefore(c, "as") >= 0 && adjacentBefore(d, c, v)
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

  /** Subordinators the parser takes for prepositions when the clause after them is long or loosely parsed. */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "since", "until", "while");

  /**
   * {@code These figures are unsurprising, as Ana Ruiz (D-Vt.) has criticized the bank}: the parser took the
   * subordinator for a preposition, the subject for its object (an oblique of the verb above) and hung the verb
   * of the clause loosely on that same verb; the oblique's head when its phrase runs up to the verb's finite
   * auxiliary or the finite verb itself, or -1.
   */
  private static int subjectAfterSubordinator(Doc d, int v) {
    int h = d.p.head(v);
    if (h < 0 || !d.p.hasRelation(v, "dep")) {
      return -1;
    }
    int aux = firstAuxiliary(d, v);
    int first = aux >= 0 ? aux : v;
    if (!FINITE_AUXILIARY_TAGS.contains(d.tok(first).pos())) {
      return -1;
    }
    for (int n : d.p.children(h)) {
      int c = d.p.child(n, "case");
      if (n < first && d.p.hasRelation(n, "obl") && c >= 0 && c == d.p.subtreeFirst(n)
          && SUBORDINATORS.contains(d.tok(c).lemma().toLowerCase(Locale.ROOT)) && d.p.subtreeEnd(n) == first
          && (d.tok(n).isNoun() || d.tok(n).isPronoun()) && !d.insideQuote(n)) {
        return n;
      }
    }
    return -1;
  }

  /**
   * {@code ”, Will wrote.}, {@code Instead, Will called for …}: a capitalised word the tagger read as a modal right
   * before a past form of the verb. A modal is never followed by a past tense or a participle, so the word is a
   * name (the columnist George Will, Ann May) and the verb's subject; -1 otherwise.
   */
  private static int nameTakenForModal(Doc d, int v) {
    if (v == 0 || !d.tok(v).pos().equals("VBD") && !d.tok(v).pos().equals("VBN")) {
      return -1;
    }
    Token m = d.tok(v - 1);
    boolean capitalised = Character.isUpperCase(m.word().codePointAt(0));
    return m.pos().equals("MD") && capitalised && d.p.head(v - 1) == v && !d.insideQuote(v - 1) ? v - 1 : -1;
  }

  /** Relative pronouns in their subject form, which cannot be the object of the verb after them. */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which");

  /**
   * {@code superdelegates who've already said}, {@code Haugland, who’s argued for years that}, {@code Stephens,
   * who, after trading insults, said}, {@code The poll, which tracks support daily, showed}: a "who" or "which"
   * before the verb that the parser made its object, because it took a contraction or a verb for the subject or
   * found none. "Who" is the subject form (an object before the verb would be "whom"), and a "which" before a
   * verb without a subject can only be it; so it is the speaker, as the annotators mark relative pronouns; -1
   * otherwise.
   */
  private static int relativeWhoTakenForObject(Doc d, int v) {
    for (int c : d.p.children(v)) {
      String w = d.tok(c).word().toLowerCase(Locale.ROOT);
      if (c < v && d.p.hasRelation(c, "obj") && RELATIVE_SUBJECTS.contains(w) && !d.insideQuote(c)) {
        return c;
      }
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
  /** Tags of a finite auxiliary, which needs a subject right before it in a statement. */
  private static final Set<String> FINITE_AUXILIARY_TAGS = Set.of("VBZ", "VBP", "VBD", "MD");

  /**
   * {@code The primary is in June, and Ana Ruiz has pledged to stay}, {@code the office is investigating and the
   * Justice Department is considering a request}: a verb whose finite auxiliary follows a noun that the parser
   * hung elsewhere (a conjunct of a date or an object); that noun is the auxiliary's subject, or -1. Not a noun
   * that ends a phrase inside another ({@code leaders who oppose taking in migrants have ...}).
   */
  private static int nounBeforeAuxiliary(Doc d, int v) {
    int aux = firstAuxiliary(d, v);
    if (aux <= 0 || !FINITE_AUXILIARY_TAGS.contains(d.tok(aux).pos())) {
      return -1;
    }
    int n = aux - 1;
    Token t = d.tok(n);
    String r = d.p.relation(n);
    boolean inPhrase = r.startsWith("obl") || r.startsWith("nmod") || r.equals("obj") || r.equals("iobj")
        || d.p.child(n, "case") >= 0;
    return t.sentence() == d.tok(v).sentence() && (t.isNoun() || t.isPronoun()) && !inPhrase && !d.insideQuote(n)
        && d.p.head(n) != v ? n : -1;
  }

  /** The first auxiliary of a verb, before it ({@code has} in {@code has been pushing}); -1 if none. */
  private static int firstAuxiliary(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (c < v && d.p.hasRelation(c, "aux")) {
        return c;
      }
    }
    return -1;
  }

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
    return d.p.child(v, "obj") >= 0 || d.p.child(v, "ccomp") >= 0
        || s >= 0 && PERSONAL_SUBJECTS.contains(d.tok(s).lemma().toLowerCase(Locale.ROOT)) && agentOf(d, v) < 0;
  }

  /**
   * Subjects of a contracted {@code 's} that are people: with them {@code he's said he'll fight}, {@code she's
   * wanted to run since}, {@code who's called for troops} are perfects of what they said or wanted, where a
   * passive of a verb of saying would hardly have a person as its subject.
   */
  private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "who");

  private static int agentOf(Doc d, int v) {
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "obl") && d.childBefore(c, "by") >= 0) {
        return c;
      }
    }
    return -1;
  }

  static boolean isPassive(Doc d, int v) {
    return (d.p.child(v, "nsubj:pass") >= 0 || d.p.child(v, "aux:pass") >= 0) && passiveAuxiliary(d, v);
  }

  /**
   * Whether a verb has a passive auxiliary outside quotations: without one, a "passive subject" is a parse
   * error ({@code “... is,” Rubio said}, where the quotation's "is" was taken for the auxiliary of "said").
   */
  private static boolean passiveAuxiliary(Doc d, int v) {
    if (d.tok(v).pos().equals("VBG")) {
      return false; // a present participle is never passive: "he's been pushing for" is "he has been pushing"
    }
    for (int c : d.p.children(v)) {
      if (d.p.hasRelation(c, "aux:pass") && !d.insideQuote(c)) {
        return !perfectContraction(d, v, c);
      }
    }
    return !d.tok(v).isFiniteVerb();
  }

  /**
   * The subject of the clause around a relative clause, when the parser joined a verb to the relative clause
   * though a comma closes that clause: before an "and" ({@code Lee backed the network, which let him go in 2015,
   * and said …}, {@code She proposed a prosecutor who reports to her, and called for …}; 3 of 3 such cues on the
   * train and dev articles), or right before the verb hung loosely on the clause, which commas set off ({@code
   * Ana Ruiz, who ran in 2014, also noted that …}, where the parser made the name the root of the sentence); the
   * comma ends the relative clause, so the verb is the main clause's; -1 when the verb is not so joined.
   */
  static int conjoinedPastRelativeClause(Doc d, int v) {
    int h = d.p.head(v);
    if (h < 0 || !d.p.relation(h).equals("acl:relcl") && !d.p.relation(h).equals("dep") || !d.tok(h).isVerb()
        || d.insideQuote(v)) {
      return -1;
    }
    int pronoun = nominalSubject(d, h);
    if (pronoun < 0 || !Set.of("who", "which", "that").contains(d.tok(pronoun).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int cc = d.p.child(v, "cc");
    boolean conjoined = d.p.hasRelation(v, "conj") && cc >= 1 && cc < v && d.tok(cc - 1).word().equals(",");
    if (!conjoined && !looselyAfterSetOffClause(d, v, pronoun)) {
      return -1;
    }
    int antecedent = d.p.head(h);
    if (!conjoined && antecedent < pronoun && d.p.head(antecedent) < 0 && d.tok(antecedent).isNoun()) {
      return antecedent; // "Ana Ruiz, who ran in 2014, also noted": the parser made the subject the root
    }
    // From the antecedent up to the first word with a subject of its own: a verb, or a predicate noun.
    for (int x = antecedent, hop = 0; x >= 0 && hop < 4; x = d.p.head(x), hop++) {
      int s = nominalSubject(d, x);
      if (s >= 0) {
        return s < h && !d.p.hasRelation(s, "nsubj:pass") ? apposedSubject(d, s, x) : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a finite verb hung loosely on a relative clause follows the comma that closes it, with only adverbs
   * between, and a comma opens the clause before its pronoun ({@code Ana Ruiz, who ran in 2014, also noted}).
   */
  private static boolean looselyAfterSetOffClause(Doc d, int v, int pronoun) {
    boolean loose = d.p.hasRelation(v, "dep") || d.p.hasRelation(v, "parataxis")
        || d.p.hasRelation(v, "conj") && d.p.child(v, "cc") < 0;
    if (!loose || !FINITE_AUXILIARY_TAGS.contains(d.tok(v).pos()) || pronoun < 1
        || !d.tok(pronoun - 1).word().equals(",")) {
      return false;
    }
    int t = v - 1;
    while (t > pronoun && d.tok(t).pos().startsWith("RB")) {
      t--;
    }
    return t > pronoun && d.tok(t).word().equals(",");
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
}
