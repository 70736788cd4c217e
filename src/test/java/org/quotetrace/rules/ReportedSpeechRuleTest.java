package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;

/** Speakers and content boundaries on hand-built parses, including parser errors seen in news: no models. */
class ReportedSpeechRuleTest {

  @Test
  void trailingComma_clauseThenSubjectThenVerbAtSentenceEnd_isTheComma() {
    Doc d = HandParse.doc("Crowds/NNS are/VBP gathering/VBG downtown/RB ,/, officials/NNS said/VBD ./.", List.of());
    assertEquals(4, ReportedSpeechRule.trailingComma(d, 6));
  }

  @Test
  void trailingComma_objectAfterTheVerb_isNone() {
    Doc d = HandParse.doc("Crowds/NNS are/VBP gathering/VBG downtown/RB ,/, officials/NNS said/VBD nothing/NN ./.",
        List.of());
    assertEquals(-1, ReportedSpeechRule.trailingComma(d, 6));
  }

  @Test
  void trailingComma_relativeClause_isNone() {
    Doc d = HandParse.doc("Crowds/NNS are/VBP gathering/VBG downtown/RB ,/, which/WDT officials/NNS said/VBD ./.",
        List.of());
    assertEquals(-1, ReportedSpeechRule.trailingComma(d, 7));
  }

  @Test
  void hasOwnContent_verbWithClauseAfterIt_theQuoteBeforeIsNotItsContent() {
    // ... “Hard Roads.” Lopez said sales rose : "said" reports "sales rose", not the title before it.
    Doc d = HandParse.doc("“/`` Hard/NNP Roads/NNP ./. ”/'' Lopez/NNP said/VBD sales/NNS rose/VBD", List.of(
        new Dependency(6, 5, "nsubj"), new Dependency(6, 8, "ccomp"), new Dependency(8, 7, "nsubj")));
    assertEquals(true, QuoteRule.hasOwnContent(d, 6));
  }

  @Test
  void hasOwnContent_shortSaidAfterQuote_none() {
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' Lopez/NNP said/VBD ./.", List.of(
        new Dependency(6, 5, "nsubj"), new Dependency(6, 2, "ccomp"), new Dependency(2, 1, "nsubj")));
    assertEquals(false, QuoteRule.hasOwnContent(d, 6));
  }

  @Test
  void smallClause_participleLeftAsLooseDependent_isWhatWasShown() {
    // The survey shows the mayor trailing badly : "trailing" hung on "shows" as dep, "mayor" its subject.
    Doc d = HandParse.doc("The/DT survey/NN shows/VBZ the/DT mayor/NN trailing/VBG badly/RB ./.", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(4, 3, "det"),
        new Dependency(5, 4, "nsubj"), new Dependency(5, 6, "advmod"), new Dependency(2, 5, "dep"),
        new Dependency(2, 7, "punct")));
    assertEquals(5, ReportedSpeechRule.smallClause(d, 2));
  }

  @Test
  void smallClause_participleDescribingTheObject_isNone() {
    // The survey shows the mayor , trailing badly : with an object of its own, the participle tells of it.
    Doc d = HandParse.doc("The/DT survey/NN shows/VBZ the/DT mayor/NN trailing/VBG badly/RB ./.", List.of(
        new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"), new Dependency(4, 3, "det"),
        new Dependency(2, 4, "obj"), new Dependency(5, 6, "advmod"), new Dependency(2, 5, "dep"),
        new Dependency(2, 7, "punct")));
    assertEquals(-1, ReportedSpeechRule.smallClause(d, 2));
  }

  @Test
  void shareOfRespondents_withAPollInTheSentence_thePollIsTheSource() {
    // 52 percent of voters said they approved , the survey found .
    Doc d = HandParse.doc("52/CD percent/NN of/IN voters/NNS said/VBD they/PRP approved/VBD ,/, the/DT survey/NN "
        + "found/VBD ./.",
        List.of(new Dependency(1, 0, "nummod"), new Dependency(3, 2, "case"), new Dependency(1, 3, "nmod"),
            new Dependency(4, 1, "nsubj"), new Dependency(6, 5, "nsubj"), new Dependency(4, 6, "ccomp"),
            new Dependency(4, 7, "punct"), new Dependency(9, 8, "det"), new Dependency(10, 9, "nsubj"),
            new Dependency(4, 10, "parataxis"), new Dependency(4, 11, "punct")));
    assertEquals(true, ReportedSpeechRule.isShareOfRespondents(d, 1));
    assertEquals(false, ReportedSpeechRule.isShareOfRespondents(d, 3));
    assertEquals(9, ReportedSpeechRule.pollInSentence(d, 4));
  }

  @Test
  void apply_scoredLexicon_takesAFrameInTheContextsThatMakeItACue() throws Exception {
    // "support" with an object is a cue when a named person supports, not in a modal relative clause.
    CueLexicon lexicon = CueLexicon.parse(new java.io.BufferedReader(new java.io.StringReader(
        "support\tobj\t0.4\t40\t100\n@threshold\t0.5\n@weight\tshare\t1.0\n@weight\tsubj=PERSON\t1.0\n"
            + "@weight\tmodal\t-2.0\n")));
    Doc named = HandParse.doc("Lopez/NNP and/CC Ortiz/NNP support/VBP the/DT tax/NN plan/NN", List.of(
        new Dependency(3, 0, "nsubj"), new Dependency(0, 2, "conj"), new Dependency(2, 1, "cc"),
        new Dependency(3, 6, "obj"), new Dependency(6, 4, "det"), new Dependency(6, 5, "compound")));
    List<Candidate> out = new ArrayList<>();
    new ReportedSpeechRule(lexicon).apply(named, out);
    assertEquals(1, out.size());
    assertEquals("the tax plan", named.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
    Doc modal = HandParse.doc("Lopez/NNP would/MD support/VB the/DT tax/NN plan/NN",
        List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"), new Dependency(2, 5, "obj"),
            new Dependency(5, 3, "det"), new Dependency(5, 4, "compound")));
    out.clear();
    new ReportedSpeechRule(lexicon).apply(modal, out);
    assertEquals(List.of(), out);
  }

  @Test
  void apply_stanceVerbWithPronounObject_reportsTheObjectAndItsComplements() {
    // Ortiz praised her for the vote : a pronoun is what the stance is about as much as a name is.
    CueLexicon lexicon;
    try {
      lexicon = CueLexicon.parse(new java.io.BufferedReader(new java.io.StringReader("praise\tobj\t0.8\t80\t100\n")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Doc d = HandParse.doc("Ortiz/NNP praise/VBD her/PRP for/IN the/DT vote/NN", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(5, 3, "case"), new Dependency(5, 4, "det"),
        new Dependency(1, 5, "obl")));
    List<Candidate> out = new ArrayList<>();
    new ReportedSpeechRule(lexicon).apply(d, out);
    assertEquals(1, out.size());
    assertEquals("her for the vote", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.object", out.get(0).rule());
  }

  // As the Post reported , the talks failed (0-7); "reported" hangs on "failed" with "as" for its marker.
  private static Doc asThePostReported(String object) {
    String tagged = "As/IN the/DT Post/NNP/ORGANIZATION reported/VBD/O/report " + object + ",/, the/DT talks/NNS "
        + "failed/VBD/O/fail";
    int o = object.isEmpty() ? 0 : 1;
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency(3, 0, "mark"), new Dependency(2, 1, "det"),
        new Dependency(3, 2, "nsubj"), new Dependency(7 + o, 3, "advcl"), new Dependency(7 + o, 4 + o, "punct"),
        new Dependency(6 + o, 5 + o, "det"), new Dependency(7 + o, 6 + o, "nsubj")));
    if (o == 1) {
      deps.add(new Dependency(3, 4, "obj"));
    }
    return HandParse.doc(tagged, deps);
  }

  private static final String SAYING_LEXICON =
      "report\tccomp\t0.9\t90\t100\nreport\tparataxis\t0.8\t80\t100\nreport\tobj\t0.3\t30\t100\n";

  @Test
  void apply_asClauseWithNothingOfItsOwn_reportsTheClauseItHangsOn() {
    Doc d = asThePostReported("");
    List<Candidate> out = applyWith(SAYING_LEXICON, d);
    assertEquals(1, out.size());
    assertEquals("the talks failed", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(2, out.get(0).source());
    assertEquals("reported.as", out.get(0).rule());
  }

  @Test
  void apply_asClauseWithAnObjectOfItsOwn_isNotAStatementAboutTheClause() {
    // As the Post reported losses , the talks failed: the Post reported the losses, not that the talks failed.
    Doc d = asThePostReported("losses/NNS ");
    assertEquals(List.of(), applyWith(SAYING_LEXICON, d).stream().filter(c -> c.rule().equals("reported.as")).toList());
  }

  @Test
  void apply_verbHungOnALabelBeforeAColon_doesNotReportTheLabel() {
    // The Latest : officials report big losses (0-6): the parser hung "report" on "Latest" as parataxis.
    Doc d = HandParse.doc("The/DT Latest/JJS :/: officials/NNS report/VBP big/JJ losses/NNS", List.of(
        new Dependency(1, 0, "det"), new Dependency(1, 2, "punct"), new Dependency(4, 3, "nsubj"),
        new Dependency(1, 4, "parataxis"), new Dependency(6, 5, "amod"), new Dependency(4, 6, "obj")));
    List<Candidate> out = applyWith(SAYING_LEXICON, d);
    assertEquals(1, out.size());
    assertEquals("big losses", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.object", out.get(0).rule());
  }

  @Test
  void apply_participleOpeningTheSentenceBeforeTheSubject_isNotTheContent() {
    // Railing against the plan , Ann vows to fight (0-8): the parser hung "Railing" on "vows" as dep.
    Doc d = HandParse.doc("Railing/VBG against/IN the/DT plan/NN ,/, Ann/NNP vows/VBZ/O/vow to/TO fight/VB", List.of(
        new Dependency(6, 0, "dep"), new Dependency(3, 1, "case"), new Dependency(3, 2, "det"),
        new Dependency(0, 3, "obl"), new Dependency(6, 4, "punct"), new Dependency(6, 5, "nsubj"),
        new Dependency(8, 7, "mark"), new Dependency(6, 8, "xcomp")));
    List<Candidate> out = applyWith("vow\tparataxis\t0.8\t0\t0\nvow\txcomp\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("to fight", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(5, out.get(0).source());
  }

  private static List<Candidate> applyWith(String lexiconText, Doc d) {
    try {
      CueLexicon lexicon = CueLexicon.parse(new java.io.BufferedReader(new java.io.StringReader(lexiconText)));
      List<Candidate> out = new ArrayList<>();
      new ReportedSpeechRule(lexicon).apply(d, out);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void apply_clauseSplitIntoObjectAndFiniteComplement_reportsTheWholeClause() {
    // Ortiz said the new rules often hurt small farms : "rules" parsed as the object, "hurt" as an xcomp.
    Doc d = HandParse.doc("Ortiz/NNP said/VBD/O/say the/DT new/JJ rules/NNS often/RB hurt/VBP small/JJ farms/NNS",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "det"), new Dependency(4, 3, "amod"),
            new Dependency(1, 4, "obj"), new Dependency(6, 5, "advmod"), new Dependency(1, 6, "xcomp"),
            new Dependency(8, 7, "amod"), new Dependency(6, 8, "obj")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\nsay\txcomp\t0.5\t5\t10\n", d);
    assertEquals(1, out.size());
    assertEquals("the new rules often hurt small farms",
        d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
  }

  @Test
  void apply_infinitiveAfterAnObject_reportsTheObjectWithIt() {
    // Ortiz urged the mayor to resign : whom she urged is part of what she said.
    Doc d = HandParse.doc("Ortiz/NNP urged/VBD/O/urge the/DT mayor/NN to/TO resign/VB", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(5, 4, "mark"), new Dependency(1, 5, "xcomp")));
    List<Candidate> out = applyWith("urge\txcomp\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("reported.intention", out.get(0).rule());
    assertEquals("the mayor to resign", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void apply_infinitiveOfAPassiveVerb_reportsThePassiveSubjectWithIt() {
    // Lopez is expected to win : what unnamed speakers expect is that Lopez wins.
    Doc d = HandParse.doc("Lopez/NNP is/VBZ expected/VBN/O/expect to/TO win/VB", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(4, 3, "mark"),
        new Dependency(2, 4, "xcomp")));
    List<Candidate> out = applyWith("expect\txcomp\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("Lopez is expected to win", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void apply_asPhraseAfterAnObject_reportsTheObjectWithIt() {
    // Ortiz described the plan as a mistake : what she called a mistake is part of what she said.
    Doc d = HandParse.doc("Ortiz/NNP described/VBD/O/describe the/DT plan/NN as/IN a/DT mistake/NN", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(6, 4, "case"), new Dependency(6, 5, "det"), new Dependency(1, 6, "obl")));
    List<Candidate> out = applyWith("describe\tobl:as\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("reported.oblique", out.get(0).rule());
    assertEquals("the plan as a mistake", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void apply_phraseAfterANameObject_reportsTheNameWithIt() {
    // Ortiz accused Lee of lying to voters : whom she accused is part of what she said.
    Doc d = HandParse.doc("Ortiz/NNP accused/VBD/O/accuse Lee/NNP of/IN lying/VBG to/IN voters/NNS", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "mark"),
        new Dependency(1, 4, "advcl"), new Dependency(6, 5, "case"), new Dependency(4, 6, "obl")));
    List<Candidate> out = applyWith("accuse\tobl:of\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("reported.oblique", out.get(0).rule());
    assertEquals("Lee of lying to voters", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void misreadClause_infinitiveAfterTheObject_isNone() {
    // Ortiz told aides to wait : an object and an infinitive, no clause.
    Doc d = HandParse.doc("Ortiz/NNP told/VBD aides/NNS to/TO wait/VB", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(4, 3, "mark"), new Dependency(1, 4, "xcomp")));
    assertEquals(-1, MisparsedClauses.misreadClause(d, 1));
  }

  @Test
  void misreadClause_finiteLooseDependentAfterTheObject_isThePredicate() {
    // Ortiz said it helps her : "it" parsed as the object, "helps" as a loose dep of "said".
    Doc d = HandParse.doc("Ortiz/NNP said/VBD it/PRP helps/VBZ her/PRP", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "dep"), new Dependency(3, 4, "obj")));
    assertEquals(3, MisparsedClauses.misreadClause(d, 1));
  }

  @Test
  void apply_verbParsedAsClausalSubjectOfTheReportedPredicate_reportsTheWholeClause() {
    // Ortiz suggested the city should raise taxes : "suggested" parsed as the csubj of "raise", "city" its object.
    Doc d = HandParse.doc("Ortiz/NNP suggested/VBD/O/suggest the/DT city/NN should/MD raise/VB taxes/NNS",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(5, 1, "csubj"), new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"), new Dependency(5, 4, "aux"), new Dependency(5, 6, "obj")));
    List<Candidate> out = applyWith("suggest\tccomp\t0.9\t90\t100\nsuggest\tobj\t0.6\t60\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("the city should raise taxes", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
  }

  @Test
  void apply_verbParsedAsAdverbialOfTheReportedPredicate_reportsTheClauseAfterIt() {
    // While Ortiz said she would sign it , her aides waited : "said" parsed as an advcl of "sign".
    Doc d = HandParse.doc("While/IN Ortiz/NNP said/VBD/O/say she/PRP would/MD sign/VB it/PRP ,/, her/PRP$ aides/NNS "
        + "waited/VBD", List.of(new Dependency(2, 0, "mark"), new Dependency(2, 1, "nsubj"),
            new Dependency(5, 2, "advcl"), new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "aux"),
            new Dependency(5, 6, "obj"), new Dependency(5, 7, "punct"), new Dependency(9, 8, "nmod:poss"),
            new Dependency(10, 9, "nsubj"), new Dependency(5, 10, "parataxis")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("she would sign it", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(1, out.get(0).source());
    assertEquals("reported.clause", out.get(0).rule());
  }

  @Test
  void apply_verbParsedAsClausalSubjectOfAnExistential_reportsTheExistential() {
    // Ortiz said there were delays : "said" parsed as the csubj of "delays", "there" as its adverb.
    Doc d = HandParse.doc("Ortiz/NNP said/VBD/O/say there/EX were/VBD delays/NNS", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(4, 1, "csubj"), new Dependency(1, 2, "advmod"),
        new Dependency(4, 3, "cop")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("there were delays", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
  }

  @Test
  void clauseAboveCue_contractedAuxiliary_isNoPunctuation() {
    // while Ortiz said she ’d sign it : the clitic "’d" starts with an apostrophe but is the clause's auxiliary.
    Doc d = HandParse.doc("while/IN Ortiz/NNP said/VBD/O/say she/PRP ’d/MD/O/would sign/VB it/PRP", List.of(
        new Dependency(2, 0, "mark"), new Dependency(2, 1, "nsubj"), new Dependency(5, 2, "advcl"),
        new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "aux"), new Dependency(5, 6, "obj")));
    assertEquals(5, MisparsedClauses.clauseAboveCue(d, 2));
  }

  @Test
  void clauseAboveCue_clauseSetOffByAComma_isNone() {
    // After Ortiz testified , the panel met : the main clause, not what she said.
    Doc d = HandParse.doc("After/IN Ortiz/NNP testified/VBD ,/, the/DT panel/NN met/VBD", List.of(
        new Dependency(2, 0, "mark"), new Dependency(2, 1, "nsubj"), new Dependency(6, 2, "advcl"),
        new Dependency(6, 3, "punct"), new Dependency(5, 4, "det"), new Dependency(6, 5, "nsubj")));
    assertEquals(-1, MisparsedClauses.clauseAboveCue(d, 2));
  }

  @Test
  void apply_gerundParsedAsAdjectiveOfItsObject_reportsTheObject() {
    // Ortiz won by denouncing the deal : "denouncing" parsed as an amod of "deal".
    Doc d = HandParse.doc("Ortiz/NNP won/VBD by/IN denouncing/VBG/O/denounce the/DT deal/NN", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(5, 2, "case"), new Dependency(5, 3, "amod"),
        new Dependency(5, 4, "det"), new Dependency(1, 5, "obl")));
    List<Candidate> out = applyWith("denounce\tobj\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("the deal", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.object", out.get(0).rule());
    assertEquals(0, out.get(0).source());
  }

  @Test
  void gerundObject_participleAfterADeterminer_isNone() {
    // the continuing tension : an adjective.
    Doc d = HandParse.doc("the/DT continuing/VBG/O/continue tension/NN", List.of(new Dependency(2, 0, "det"),
        new Dependency(2, 1, "amod")));
    assertEquals(-1, MisparsedClauses.gerundObject(d, 1));
  }

  @Test
  void apply_thatClauseHungOnTheNounOfAPhraseAfterTheVerb_isWhatWasSaid() {
    // Ortiz said in an interview that she would run : the clause parsed as a complement of "interview".
    Doc d = HandParse.doc("Ortiz/NNP said/VBD/O/say in/IN an/DT interview/NN that/IN she/PRP would/MD run/VB",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "case"), new Dependency(4, 3, "det"),
            new Dependency(1, 4, "obl"), new Dependency(8, 5, "mark"), new Dependency(8, 6, "nsubj"),
            new Dependency(8, 7, "aux"), new Dependency(4, 8, "acl")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("that she would run", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.clause", out.get(0).rule());
    assertEquals(0, out.get(0).source());
  }

  @Test
  void apply_thatClauseInAPhraseTheVerbReports_leavesThePhrase() {
    // Ortiz responded to claims that she would run : "to claims ..." is what she responded to.
    Doc d = HandParse.doc("Ortiz/NNP responded/VBD/O/respond to/IN claims/NNS that/IN she/PRP would/MD run/VB",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"),
            new Dependency(7, 4, "mark"), new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "aux"),
            new Dependency(3, 7, "acl")));
    List<Candidate> out = applyWith("respond\tccomp\t0.9\t90\t100\n" + RESPOND_LEXICON, d);
    assertEquals(1, out.size());
    assertEquals("reported.oblique", out.get(0).rule());
  }

  @Test
  void misreadClause_secondConjunctOfAClausalSubject_isTheReportedPredicate() {
    // Ortiz praised the plan and said the city should act : "praised" the csubj of "act", "said" its conjunct
    // with "city" as object, "Ortiz" the subject of "act".
    Doc d = HandParse.doc("Ortiz/NNP praised/VBD the/DT plan/NN and/CC said/VBD the/DT city/NN should/MD act/VB",
        List.of(new Dependency(9, 0, "nsubj"), new Dependency(9, 1, "csubj"), new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"), new Dependency(5, 4, "cc"), new Dependency(1, 5, "conj"),
            new Dependency(7, 6, "det"), new Dependency(5, 7, "obj"), new Dependency(9, 8, "aux")));
    assertEquals(9, MisparsedClauses.misreadClause(d, 5));
  }

  @Test
  void apply_complementBrokenAfterItsObject_reportsTheClauseToItsPredicate() {
    // Ortiz said she believed the plan would fail . : "said" parsed as the csubj of "fail", "plan" the object of
    // "believed".
    Doc d = HandParse.doc("Ortiz/NNP said/VBD/O/say she/PRP believed/VBD/O/believe the/DT plan/NN would/MD fail/VB ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(7, 1, "csubj"), new Dependency(3, 2, "nsubj"),
            new Dependency(1, 3, "ccomp"), new Dependency(5, 4, "det"), new Dependency(3, 5, "obj"),
            new Dependency(7, 6, "aux"), new Dependency(7, 8, "punct")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("she believed the plan would fail",
        d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void apply_reportingClauseParsedAsTheComplementOfTheVerbBefore_reportsOnlyTheClauseBeforeIt() {
    // Lee added another name , she noted . : "noted" parsed as the parataxis of "added".
    Doc d = HandParse.doc("Lee/NNP added/VBD/O/add another/DT name/NN ,/, she/PRP noted/VBD/O/note ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
            new Dependency(1, 4, "punct"), new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "parataxis"),
            new Dependency(1, 7, "punct")));
    List<Candidate> out = applyWith("add\tccomp\t0.9\t90\t100\nnote\tparataxis\t0.9\t90\t100\n", d);
    assertEquals(List.of("Lee added another name"),
        out.stream().map(c -> d.text.substring(c.contentBegin(), c.contentEnd())).toList());
  }

  @Test
  void apply_datelineTheParserHungTheVerbOn_isNoClauseSaidBeforeIt() {
    // PORTLAND , Lee told a joke . : "told" parsed as the parataxis of the dateline "PORTLAND".
    Doc d = HandParse.doc("PORTLAND/NNP/LOCATION ,/, Lee/NNP told/VBD/O/tell a/DT joke/NN ./.",
        List.of(new Dependency(0, 1, "punct"), new Dependency(3, 2, "nsubj"), new Dependency(0, 3, "parataxis"),
            new Dependency(5, 4, "det"), new Dependency(3, 5, "obj"), new Dependency(0, 6, "punct")));
    List<Candidate> out = applyWith("tell\tparataxis\t0.9\t90\t100\n", d);
    assertEquals(List.of(), out);
  }

  @Test
  void apply_closingVerbHungOnADeepClause_reportsTheWholeSentenceBeforeTheComma() {
    // Donors gave money to groups that no longer exist , records show . : "show" parsed under "exist".
    Doc d = HandParse.doc("Donors/NNS gave/VBD/O/give money/NN to/IN groups/NNS that/WDT no/RB longer/RB exist/VBP ,/,"
        + " records/NNS show/VBP/O/show ./.", List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
            new Dependency(4, 3, "case"), new Dependency(1, 4, "obl"), new Dependency(8, 5, "nsubj"),
            new Dependency(7, 6, "advmod"), new Dependency(8, 7, "advmod"), new Dependency(4, 8, "acl:relcl"),
            new Dependency(8, 9, "punct"), new Dependency(11, 10, "nsubj"), new Dependency(8, 11, "parataxis"),
            new Dependency(1, 12, "punct")));
    List<Candidate> out = applyWith("show\tparataxis\t0.9\t90\t100\n", d);
    assertEquals(List.of("Donors gave money to groups that no longer exist"),
        out.stream().map(c -> d.text.substring(c.contentBegin(), c.contentEnd())).toList());
  }

  @Test
  void apply_closingVerbWhoseComplementIsTheLastConjunct_reportsTheWholeSentenceBeforeTheComma() {
    // Debt is high but there are outliers , she said . : "are" parsed as the ccomp of "said".
    Doc d = HandParse.doc("Debt/NN is/VBZ/O/be high/JJ but/CC there/EX are/VBP/O/be outliers/NNS ,/, she/PRP"
        + " said/VBD/O/say ./.", List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "cop"),
            new Dependency(5, 3, "cc"), new Dependency(5, 4, "expl"), new Dependency(9, 5, "ccomp"),
            new Dependency(5, 6, "nsubj"), new Dependency(9, 7, "punct"), new Dependency(9, 8, "nsubj"),
            new Dependency(2, 9, "parataxis"), new Dependency(2, 10, "punct")));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\n", d);
    assertEquals(List.of("Debt is high but there are outliers"),
        out.stream().map(c -> d.text.substring(c.contentBegin(), c.contentEnd())).toList());
  }

  @Test
  void misreadClause_gerundThatIsATrueClausalSubject_isNone() {
    // Praising it made Ortiz famous : "Praising" is the subject of "made", not a verb of saying over its clause.
    Doc d = HandParse.doc("Praising/VBG it/PRP made/VBD Ortiz/NNP famous/JJ", List.of(new Dependency(2, 0, "csubj"),
        new Dependency(0, 1, "obj"), new Dependency(2, 3, "obj"), new Dependency(2, 4, "xcomp")));
    assertEquals(-1, MisparsedClauses.misreadClause(d, 0));
  }

  // The new tax plan was rejected by voters (0-7).
  private static Doc rejectedBy() {
    return HandParse.doc("The/DT new/JJ tax/NN plan/NN was/VBD rejected/VBN/O/reject by/IN voters/NNS", List.of(
        new Dependency(3, 0, "det"), new Dependency(3, 1, "amod"), new Dependency(3, 2, "compound"),
        new Dependency(5, 3, "nsubj:pass"), new Dependency(5, 4, "aux:pass"), new Dependency(7, 6, "case"),
        new Dependency(5, 7, "obl")));
  }

  @Test
  void apply_passiveWithAgentOfASureObjectVerb_reportsTheSubjectAsSaidByTheAgent() {
    Doc d = rejectedBy();
    List<Candidate> out = applyWith("reject\tobj\t0.7\t70\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("The new tax plan", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.passive-object", out.get(0).rule());
    assertEquals(7, out.get(0).source());
  }

  @Test
  void apply_passiveWithAgentOfAnUnsureObjectVerb_nothing() {
    // "was backed by a majority": a verb whose object is seldom said in the active is a deed in the passive.
    assertEquals(List.of(), applyWith("reject\tobj\t0.4\t40\t100\n", rejectedBy()));
  }
  private static final String RESPOND_LEXICON = "respond\tobl:to\t0.6\t60\t100\n";

  @Test
  void apply_obliqueOfOneWord_isNotAStatement() {
    // Ortiz responded to them : a bare pronoun after the preposition names whom she answered, not what.
    Doc d = HandParse.doc("Ortiz/NNP responded/VBD/O/respond to/IN them/PRP", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "case"), new Dependency(1, 3, "obl")));
    assertEquals(List.of(), applyWith(RESPOND_LEXICON, d));
  }

  @Test
  void apply_obliqueOfAPhrase_isWhatWasSaid() {
    // Ortiz responded to the new charges : a phrase after the preposition is what she spoke to.
    Doc d = HandParse.doc("Ortiz/NNP responded/VBD/O/respond to/IN the/DT new/JJ charges/NNS", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(5, 2, "case"), new Dependency(5, 3, "det"),
        new Dependency(5, 4, "amod"), new Dependency(1, 5, "obl")));
    List<Candidate> out = applyWith(RESPOND_LEXICON, d);
    assertEquals(1, out.size());
    assertEquals("the new charges", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.oblique", out.get(0).rule());
  }
  // Ortiz made allegations against the mayor (0-5).
  private static Doc madeAllegations() {
    return HandParse.doc("Ortiz/NNP made/VBD/O/make allegations/NNS/O/allegation against/IN the/DT mayor/NN",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(5, 3, "case"),
            new Dependency(5, 4, "det"), new Dependency(2, 5, "nmod")));
  }

  @Test
  void apply_nounOfSayingAsTheObjectOfAnyVerb_reportsItsPhrase() {
    Doc d = madeAllegations();
    List<Candidate> out = applyWith("allegation\tnoun:against\t0.7\t7\t10\n", d);
    assertEquals(1, out.size());
    assertEquals("the mayor", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.noun", out.get(0).rule());
    assertEquals(0, out.get(0).source());
    assertEquals(1, out.get(0).cueFirst());
    assertEquals(3, out.get(0).cueEnd());
  }

  @Test
  void apply_nounFrameBelowItsLeastConfidence_nothing() {
    assertEquals(List.of(), applyWith("allegation\tnoun:against\t0.4\t4\t10\n", madeAllegations()));
  }

  @Test
  void apply_thatSaidOpeningASentence_isADiscourseMarker() {
    // That said , the senator believes it : "That said" concedes a point; it reports nothing.
    Doc d = HandParse.doc("That/DT said/VBD/O/say ,/, the/DT senator/NN believes/VBZ it/PRP", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(4, 3, "det"),
        new Dependency(5, 4, "nsubj"), new Dependency(1, 5, "ccomp"), new Dependency(5, 6, "obj")));
    assertEquals(true, ReportedSpeechRule.isDiscourseMarker(d, 1));
    assertEquals(List.of(), applyWith("say\tccomp\t0.9\t90\t100\n", d).stream()
        .filter(c -> c.cueFirst() == 1).toList());
  }

  @Test
  void isDiscourseMarker_havingSaidThat_yes_andAClaimAboutThat_no() {
    Doc having = HandParse.doc("Having/VBG said/VBN that/DT ,/, he/PRP left/VBD", List.of(
        new Dependency(1, 0, "aux"), new Dependency(1, 2, "obj"), new Dependency(5, 1, "advcl"),
        new Dependency(5, 3, "punct"), new Dependency(5, 4, "nsubj")));
    assertEquals(true, ReportedSpeechRule.isDiscourseMarker(having, 1));
    Doc claim = HandParse.doc("That/DT said/VBD nothing/NN ,/, he/PRP left/VBD", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(5, 1, "ccomp")));
    assertEquals(false, ReportedSpeechRule.isDiscourseMarker(claim, 1));
  }

  // Do you support the mayor ? (0-5): a question put to the reader.
  private static Doc doYouSupport(String subject) {
    return HandParse.doc("Do/VBP " + subject + "/PRP support/VB/O/support the/DT mayor/NN ?/.", List.of(
        new Dependency(2, 0, "aux"), new Dependency(2, 1, "nsubj"), new Dependency(4, 3, "det"),
        new Dependency(2, 4, "obj"), new Dependency(2, 5, "punct")));
  }

  @Test
  void apply_questionToTheAddressee_isNotAStatement() {
    assertEquals(true, ReportedSpeechRule.isQuestionToAddressee(doYouSupport("you"), 2));
    assertEquals(List.of(), applyWith("support\tobj\t0.8\t80\t100\n", doYouSupport("you")));
  }

  @Test
  void apply_questionAboutAThirdPerson_isStillAStatement() {
    // Do they support the mayor ? asks about what others hold, which annotators do mark.
    assertEquals(false, ReportedSpeechRule.isQuestionToAddressee(doYouSupport("they"), 2));
    assertEquals(1, applyWith("support\tobj\t0.8\t80\t100\n", doYouSupport("they")).size());
  }

  @Test
  void apply_objectBeforeAFiniteVerbHungOnTheMainClause_reportsTheWholeClause() {
    // Voters who said the economy was weak : "said" parsed as a relative clause with "economy" its object and
    // "was weak" as the main predicate of "Voters".
    Doc d = HandParse.doc("Voters/NNS who/WP said/VBD/O/say the/DT economy/NN was/VBD weak/JJ ./.", List.of(
        new Dependency(6, 0, "nsubj"), new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "acl:relcl"),
        new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"), new Dependency(6, 5, "cop"),
        new Dependency(6, 7, "punct")));
    assertEquals(6, MisparsedClauses.clauseAfterObject(d, 2, d.tok(4).end()));
    List<Candidate> out = applyWith("say\tccomp\t0.9\t90\t100\nsay\tobj\t0.9\t90\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("the economy was weak", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void clauseAfterObject_gerundThatIsAClausalSubject_isNone() {
    // Naming a judge would be a coup : the gerund's object is only its object.
    Doc d = HandParse.doc("Naming/VBG/O/name a/DT judge/NN would/MD be/VB a/DT coup/NN", List.of(
        new Dependency(6, 0, "csubj"), new Dependency(2, 1, "det"), new Dependency(0, 2, "obj"),
        new Dependency(6, 3, "aux"), new Dependency(6, 4, "cop"), new Dependency(6, 5, "det")));
    assertEquals(-1, MisparsedClauses.clauseAfterObject(d, 0, d.tok(2).end()));
  }

  @Test
  void apply_passiveWithANamedAgent_reportsThePassiveSubjectWithTheContent() {
    // The plan was seen by critics as a retreat : the plan is what the critics spoke of.
    Doc d = HandParse.doc("The/DT plan/NN was/VBD seen/VBN/O/see by/IN critics/NNS as/IN a/DT retreat/NN", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "obl"), new Dependency(8, 6, "case"),
        new Dependency(8, 7, "det"), new Dependency(3, 8, "obl")));
    List<Candidate> out = applyWith("see\tobl:as\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("The plan was seen by critics as a retreat",
        d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(5, out.get(0).source());
  }

  @Test
  void apply_sourcePhraseAfterTheObject_isLeftOutOfTheContent() {
    // The mayor is weighing a new plan , according to aides : the aides tell of the act, so the content stops
    // before their phrase, and the phrase's own statement takes the clause.
    Doc d = HandParse.doc("The/DT mayor/NN is/VBZ weighing/VBG/O/weigh a/DT new/JJ plan/NN ,/, according/VBG to/TO "
        + "aides/NNS", List.of(new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"),
        new Dependency(6, 4, "det"), new Dependency(6, 5, "amod"), new Dependency(3, 6, "obj"),
        new Dependency(3, 7, "punct"), new Dependency(10, 8, "case"), new Dependency(8, 9, "fixed"),
        new Dependency(3, 10, "obl")));
    List<Candidate> out = applyWith("weigh\tobj\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("a new plan", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void apply_participleAfterANoun_reportsTheNounWithTheContent() {
    // a plan seen by critics as a retreat : a passive relative clause; the plan is what the critics spoke of.
    Doc d = HandParse.doc("a/DT plan/NN seen/VBN/O/see by/IN critics/NNS as/IN a/DT retreat/NN", List.of(
        new Dependency(1, 0, "det"), new Dependency(1, 2, "acl"), new Dependency(4, 3, "case"),
        new Dependency(2, 4, "obl"), new Dependency(7, 5, "case"), new Dependency(7, 6, "det"),
        new Dependency(2, 7, "obl")));
    List<Candidate> out = applyWith("see\tobl:as\t0.8\t80\t100\n", d);
    assertEquals(1, out.size());
    assertEquals("a plan seen by critics as a retreat",
        d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void withParticiplesNoun_perfectParticiple_isActiveAndLeavesTheNounOut() {
    // Assad , having praised him as a reformer : "having praised" is active; Assad spoke, he is not spoken of.
    Doc d = HandParse.doc("Assad/NNP ,/, having/VBG praised/VBN/O/praise him/PRP as/IN a/DT reformer/NN", List.of(
        new Dependency(0, 1, "punct"), new Dependency(3, 2, "aux"), new Dependency(0, 3, "acl"),
        new Dependency(3, 4, "obj"), new Dependency(7, 5, "case"), new Dependency(7, 6, "det"),
        new Dependency(3, 7, "obl")));
    int[] chars = {d.tok(4).begin(), d.tok(7).end()};
    assertEquals(d.tok(4).begin(), ReportedSpeechRule.withParticiplesNoun(d, 3, chars)[0]);
  }

  @Test
  void withAgentsTopic_feelingWhoseSubjectIsTheSpeaker_leavesTheSubjectOut() {
    // Voters were outraged by the raids : the voters felt it; the raids are what they were outraged about.
    Doc d = HandParse.doc("Voters/NNS were/VBD outraged/VBN/O/outrage by/IN the/DT raids/NNS", List.of(
        new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "det"), new Dependency(2, 5, "obl")));
    int[] chars = {d.tok(4).begin(), d.tok(5).end()};
    assertEquals(0, SpeakerFinder.subjectOf(d, 2));
    assertEquals(d.tok(4).begin(), ReportedSpeechRule.withAgentsTopic(d, 2, chars)[0]);
  }

  @Test
  void apply_loneAdjectiveComplement_isNotAStatement() {
    // Lee seemed unconvinced : how Lee appeared; Lee seemed ready to quit : what Lee was set to do, still taken.
    Doc lone = HandParse.doc("Lee/NNP seemed/VBD/O/seem unconvinced/JJ", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "xcomp")));
    assertEquals(List.of(), applyWith("seem\txcomp\t0.9\t90\t100\n", lone));
    Doc phrase = HandParse.doc("Lee/NNP seemed/VBD/O/seem ready/JJ to/TO quit/VB", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "xcomp"), new Dependency(4, 3, "mark"),
        new Dependency(2, 4, "xcomp")));
    assertEquals(1, applyWith("seem\txcomp\t0.9\t90\t100\n", phrase).size());
  }
}
