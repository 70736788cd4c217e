package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Dependency;

/** What the attributor decides beyond the rules, on hand-built parses: no models. */
class AttributorTest {

  @Test
  void speakerAfterQuote_phraseAndAVerbTheLexiconLacks_isTheQuotationsOwnSpeaker() {
    // “ We won . ” Bozell answers .
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' Bozell/NNP answers/VBZ ./.", List.of());
    assertEquals(5, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }

  @Test
  void speakerAfterQuote_descriptionOfSeveralWords_itsLastNoun() {
    // “ We won . ” the two lawmakers write .
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' the/DT two/CD lawmakers/NNS write/VBP ./.", List.of());
    assertEquals(7, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }

  @Test
  void speakerAfterQuote_theNextSentencesSubject_none() {
    // “ We won . ” | The count was close . (two sentences)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ./. ”/'' The/DT count/NN was/VBD close/JJ ./.", List.of(), 5);
    assertEquals(-1, Attributor.speakerAfterQuote(d, d.quotes.get(0)));
  }

  // Trump said he won , adding that it was close (0-9): "adding" hangs beside "won".
  private static Doc addingThat() {
    return HandParse.doc("Trump/NNP said/VBD he/PRP won/VBD ,/, adding/VBG that/IN it/PRP was/VBD close/JJ", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"),
        new Dependency(5, 4, "punct"), new Dependency(3, 5, "advcl"), new Dependency(9, 6, "mark"),
        new Dependency(9, 7, "nsubj"), new Dependency(9, 8, "cop"), new Dependency(5, 9, "ccomp")));
  }

  private static List<Candidate> saidAndAdding(Doc d, double addingConfidence) {
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(2).begin(), d.tok(9).end(), 1, 2, 0, "reported.clause",
        0.95));
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(6).begin(), d.tok(9).end(), 5, 6, 0, "reported.clause",
        addingConfidence));
    return Attributor.merge(d, found, CueLexicon.english());
  }

  @Test
  void merge_sureReportingClauseBesideAnothersContent_bothStatementsKept() {
    List<Candidate> kept = saidAndAdding(addingThat(), 0.9);
    assertEquals(List.of(1, 5), kept.stream().map(Candidate::cueFirst).sorted().toList());
  }

  /**
   * {@code Trump said aides claimed that it was close} (0-7), "claimed" the complement of "said": the statements of
   * both verbs, of the given confidences, merged.
   */
  private static List<Candidate> saidAidesClaimed(double said, double claimed) {
    Doc d = HandParse.doc("Trump/NNP said/VBD aides/NNS claimed/VBD that/IN it/PRP was/VBD close/JJ", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"),
        new Dependency(7, 4, "mark"), new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "cop"),
        new Dependency(3, 7, "ccomp")));
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(2).begin(), d.tok(7).end(), 1, 2, 0, "reported.clause",
        said));
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(4).begin(), d.tok(7).end(), 3, 4, 2, "reported.clause",
        claimed));
    return Attributor.merge(d, found, CueLexicon.english());
  }

  @Test
  void merge_reportingClauseUnderAnothersContent_oneStatement() {
    assertEquals(List.of(1), saidAidesClaimed(0.95, 0.9).stream().map(Candidate::cueFirst).toList());
  }

  @Test
  void merge_surerStatementInsideAnothersContent_theOuterStatementKept() {
    List<Candidate> kept = saidAidesClaimed(0.6, 0.95);
    assertEquals(List.of(1), kept.stream().map(Candidate::cueFirst).toList());
    assertEquals("Trump said ".length(), kept.get(0).contentBegin()); // the whole clause from "aides" on
  }

  @Test
  void merge_objectOpeningWithAnArticleBeforeAQuotationOfTheSameCue_oneMixedStatementOverTheObject() {
    // Ann laments a “ throwaway culture ” in which migrants suffer (0-10)
    Doc d = HandParse.doc("Ann/NNP laments/VBZ a/DT “/`` throwaway/JJ culture/NN ”/'' in/IN which/WDT migrants/NNS "
        + "suffer/VBP", List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 5, "obj"), new Dependency(5, 2, "det"),
        new Dependency(5, 3, "punct"), new Dependency(5, 4, "amod"), new Dependency(5, 6, "punct"),
        new Dependency(10, 7, "case"), new Dependency(10, 8, "obl"), new Dependency(10, 9, "nsubj"),
        new Dependency(5, 10, "acl:relcl")));
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.DIRECT, d.tok(3).begin(), d.tok(6).end(), 1, 2, 0, "quote.attached", 0.92));
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(2).begin(), d.tok(10).end(), 1, 2, 0, "reported.object",
        0.6));
    List<Candidate> kept = Attributor.merge(d, found, CueLexicon.english());
    assertEquals(1, kept.size());
    assertEquals(StatementKind.MIXED, kept.get(0).kind());
    assertEquals(d.tok(2).begin(), kept.get(0).contentBegin());
    assertEquals(d.tok(10).end(), kept.get(0).contentEnd());
  }

  @Test
  void merge_unsureReportingClauseBesideAnothersContent_oneStatement() {
    List<Candidate> kept = saidAndAdding(addingThat(), Confidence.BESIDE - 0.1);
    assertEquals(List.of(1), kept.stream().map(Candidate::cueFirst).toList());
  }

  // Ann said she lost and VERB “ a recount ” (0-9): the quotation hangs on a conjunct of the reported clause.
  private static List<Candidate> saidAndQuoteOn(String verb) {
    Doc d = HandParse.doc("Ann/NNP said/VBD she/PRP lost/VBD and/CC " + verb + " “/`` a/DT recount/NN ”/''",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"),
        new Dependency(5, 4, "cc"), new Dependency(3, 5, "conj"), new Dependency(8, 6, "punct"),
        new Dependency(8, 7, "det"), new Dependency(5, 8, "obj"), new Dependency(8, 9, "punct")));
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 5, 6, 2,
        "quote.attached", Confidence.QUOTE_ATTACHED));
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(2).begin(), d.tok(9).end(), 1, 2, 0, "reported.clause",
        0.95));
    return Attributor.merge(d, found, CueLexicon.english());
  }

  @Test
  void merge_quotationOnAVerbThatIsNoneOfSayingInAnothersContent_oneStatementOfTheOuterCue() {
    List<Candidate> kept = saidAndQuoteOn("wants/VBZ/O/want");
    assertEquals(List.of(1), kept.stream().map(Candidate::cueFirst).toList());
    assertEquals(StatementKind.MIXED, kept.get(0).kind());
  }

  @Test
  void merge_quotationOnAVerbOfSayingBesideAnothersContent_bothStatementsKept() {
    List<Candidate> kept = saidAndQuoteOn("urges/VBZ/O/urge");
    assertEquals(List.of(1, 5), kept.stream().map(Candidate::cueFirst).sorted().toList());
  }

  @Test
  void merge_statementWithItsCueInASourcePhrasesContent_oneStatementOfTheSourcePhrase() {
    // According to the paper , Ann said she lost (0-8)
    Doc d = HandParse.doc("According/VBG to/IN the/DT paper/NN ,/, Ann/NNP said/VBD she/PRP lost/VBD", List.of());
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(7).begin(), d.tok(8).end(), 6, 7, 5, "reported.clause",
        0.95));
    found.add(new Candidate(StatementKind.ACCORDING_TO, d.tok(5).begin(), d.tok(8).end(), 0, 2, 3,
        "source.according-to", Confidence.ACCORDING_TO));
    List<Candidate> kept = Attributor.merge(d, found, CueLexicon.english());
    assertEquals(List.of(0), kept.stream().map(Candidate::cueFirst).toList());
    assertEquals(d.tok(5).begin(), kept.get(0).contentBegin());
  }

  @Test
  void addFollowOns_quotationAfterAParticipleOfTheSaySentence_continuesTheDirectStatement() {
    // “ We won , ” Smith said , adding that it was close . | “ It was fun . ” (0-13, 14-19)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ,/, ”/'' Smith/NNP said/VBD ,/, adding/VBG that/IN it/PRP was/VBD"
        + " close/JJ ./. “/`` It/PRP was/VBD fun/NN ./. ”/''", List.of(), 14);
    Candidate direct = new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 6, 7, 5,
        "quote.attached", 0.92);
    Candidate adding = new Candidate(StatementKind.INDIRECT, d.tok(9).begin(), d.tok(12).end(), 8, 9, 5,
        "reported.clause", 0.9);
    List<Candidate> found = new ArrayList<>(List.of(direct, adding));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(direct.withContent(direct.contentBegin(), d.quotes.get(1).end()), adding), found);
  }

  @Test
  void addFollowOns_quotationInsideAStatementsContent_staysPartOfIt() {
    // “ We won , ” Smith said . | He called the plan “ a loss for all of us ” . (0-7, 8-20)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ,/, ”/'' Smith/NNP said/VBD ./. He/PRP called/VBD/O/call the/DT"
        + " plan/NN “/`` a/DT loss/NN for/IN all/DT of/IN us/PRP ”/'' ./.", List.of(), 8);
    Candidate direct = new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 6, 7, 5,
        "quote.attached", 0.92);
    Candidate called = new Candidate(StatementKind.MIXED, d.tok(10).begin(), d.quotes.get(1).end(), 9, 10, 8,
        "reported.object", 0.7);
    List<Candidate> found = new ArrayList<>(List.of(direct, called));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(direct, called), found);
  }

  @Test
  void addFollowOns_personNamedBeforeTheStatementsSentence_quotationStillContinuesIt() {
    // Ann Lee spoke first . | “ We won , ” he said . “ It was fun . ” (0-4, 5-21)
    Doc d = HandParse.doc("Ann/NNP Lee/NNP spoke/VBD/O/speak first/RB ./. “/`` We/PRP won/VBD ,/, ”/'' "
        + "he/PRP said/VBD ./. “/`` It/PRP was/VBD fun/NN ./. ”/''", List.of(), 5);
    Candidate direct = new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 11, 12, 10,
        "quote.attached", 0.92);
    List<Candidate> found = new ArrayList<>(List.of(direct));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(direct.withContent(direct.contentBegin(), d.quotes.get(1).end())), found);
  }

  @Test
  void addFollowOns_theSpeakerNamedAgainBeforeTheQuotation_quotationStillContinuesTheStatement() {
    // “ We won , ” Lee said . | Lee smiled . “ It was fun . ” (0-7, 8-17)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ,/, ”/'' Lee/NNP said/VBD ./. Lee/NNP smiled/VBD/O/smile ./. "
        + "“/`` It/PRP was/VBD fun/NN ./. ”/''", List.of(), 8);
    Candidate direct = new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 6, 7, 5,
        "quote.attached", 0.92);
    List<Candidate> found = new ArrayList<>(List.of(direct));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(direct.withContent(direct.contentBegin(), d.quotes.get(1).end())), found);
  }

  @Test
  void addFollowOns_paragraphOfOnlyAQuotationAfterADirectStatement_continuesIt() {
    // “ We won , ” Lee said . ¶ “ It was fun . ” (0-7, 8-13): annotators take both paragraphs as one statement.
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ,/, ”/'' Lee/NNP said/VBD ./. ¶ “/`` It/PRP was/VBD fun/NN ./. ”/''",
        List.of(), 8);
    Candidate direct = new Candidate(StatementKind.DIRECT, d.quotes.get(0).begin(), d.quotes.get(0).end(), 5, 6, 4,
        "quote.attached", 0.92);
    List<Candidate> found = new ArrayList<>(List.of(direct));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(direct.withContent(direct.contentBegin(), d.quotes.get(1).end())), found);
  }

  @Test
  void addFollowOns_quotationAfterAMixedStatementOfTheSameParagraph_continuesIt() {
    // Lee said it was “ a mess . ” “ It will fail . ” (0-8, 9-14)
    Doc d = HandParse.doc("Lee/NNP said/VBD it/PRP was/VBD “/`` a/DT mess/NN ./. ”/'' “/`` It/PRP will/MD fail/VB"
        + " ./. ”/''", List.of(), 9);
    Candidate mixed = new Candidate(StatementKind.MIXED, d.tok(2).begin(), d.quotes.get(0).end(), 1, 2, 0,
        "reported.clause", 0.9);
    List<Candidate> found = new ArrayList<>(List.of(mixed));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(mixed.withContent(mixed.contentBegin(), d.quotes.get(1).end())), found);
  }

  @Test
  void addFollowOns_paragraphOfOnlyAQuotationAfterAReportedClause_isAStatementOfItsOwn() {
    // Lee said they won . ¶ “ It was fun . ” (0-4, 5-10)
    Doc d = HandParse.doc("Lee/NNP said/VBD they/PRP won/VBD ./. ¶ “/`` It/PRP was/VBD fun/NN ./. ”/''", List.of(), 5);
    Candidate clause = new Candidate(StatementKind.INDIRECT, d.tok(2).begin(), d.tok(3).end(), 1, 2, 0,
        "reported.clause", 0.9);
    List<Candidate> found = new ArrayList<>(List.of(clause));
    Attributor.addFollowOns(d, List.of(d.quotes.get(0)), found);
    assertEquals(List.of("reported.clause", "quote.follow-on"), found.stream().map(Candidate::rule).toList());
  }

  @Test
  void addFollowOns_quotationAfterASourcePhraseThatHoldsAQuotation_continuesThatStatement() {
    // “ We won , ” Smith said , according to the paper . | “ It was fun . ” (0-12, 13-18)
    Doc d = HandParse.doc("“/`` We/PRP won/VBD ,/, ”/'' Smith/NNP said/VBD ,/, according/VBG to/IN the/DT"
        + " paper/NN ./. “/`` It/PRP was/VBD fun/NN ./. ”/''", List.of(), 13);
    Candidate source = new Candidate(StatementKind.ACCORDING_TO, d.quotes.get(0).begin(), d.tok(6).end(), 8, 10,
        11, "source.according-to", Confidence.ACCORDING_TO);
    List<Candidate> found = new ArrayList<>(List.of(source));
    Attributor.addFollowOns(d, List.of(d.quotes.get(1)), found);
    assertEquals(List.of(source.withContent(source.contentBegin(), d.quotes.get(1).end())), found);
  }

  @Test
  void merge_quotationOfTheCueOfAMixedQuoteStatement_extendsIt() {
    // Ann said she had “ steady hands , ” “ a good heart . ” (0-14)
    Doc d = HandParse.doc("Ann/NNP said/VBD she/PRP had/VBD “/`` steady/JJ hands/NNS ,/, ”/'' “/`` a/DT good/JJ"
        + " heart/NN ./. ”/''", List.of());
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.MIXED, d.tok(2).begin(), d.quotes.get(0).end(), 1, 2, 0, "quote.governed",
        Confidence.QUOTE_MIXED));
    found.add(new Candidate(StatementKind.DIRECT, d.quotes.get(1).begin(), d.quotes.get(1).end(), 1, 2, 0,
        "quote.attached", Confidence.QUOTE_ATTACHED));
    List<Candidate> kept = Attributor.merge(d, found, CueLexicon.english());
    assertEquals(1, kept.size());
    assertEquals(d.tok(2).begin(), kept.get(0).contentBegin());
    assertEquals(d.quotes.get(1).end(), kept.get(0).contentEnd());
  }

  @Test
  void merge_quotationBeforeTheClauseOfTheSameCue_bothStatementsKept() {
    // Ann told “ Face Time ” that she would run (0-9): the quotation is the show's name, the clause is the news.
    Doc d = HandParse.doc("Ann/NNP told/VBD “/`` Face/NNP Time/NNP ”/'' that/IN she/PRP would/MD run/VB", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "punct"), new Dependency(4, 3, "compound"),
        new Dependency(1, 4, "obj"), new Dependency(4, 5, "punct"), new Dependency(9, 6, "mark"),
        new Dependency(9, 7, "nsubj"), new Dependency(9, 8, "aux"), new Dependency(1, 9, "ccomp")));
    List<Candidate> found = new ArrayList<>();
    found.add(new Candidate(StatementKind.DIRECT, d.tok(3).begin(), d.tok(4).end(), 1, 2, 0, "quote.attached",
        0.92));
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(6).begin(), d.tok(9).end(), 1, 2, 0, "reported.clause",
        0.9));
    List<Candidate> kept = Attributor.merge(d, found, CueLexicon.english());
    assertEquals(List.of("quote.attached", "reported.clause"), kept.stream().map(Candidate::rule).sorted().toList());
  }
}
