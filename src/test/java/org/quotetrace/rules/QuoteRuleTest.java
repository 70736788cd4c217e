package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Dependency;

/** Quotations and their verbs on hand-built parses: no models. */
class QuoteRuleTest {

  private static List<Candidate> apply(Doc d) {
    List<Candidate> out = new ArrayList<>();
    new QuoteRule(CueLexicon.english()).apply(d, out);
    return out;
  }

  @Test
  void apply_shortQuotationRunningOnInItsClause_isAScareQuoteNotATrailingStatement() {
    // The “ autopsy ” Lee wrote was long . : a verb after a one-word quotation with no closing comma.
    Doc d = HandParse.doc("The/DT “/`` autopsy/NN ”/'' Lee/NNP wrote/VBD/O/write was/VBD long/JJ ./.",
        List.of(new Dependency(2, 0, "det"), new Dependency(2, 1, "punct"), new Dependency(7, 2, "nsubj"),
        new Dependency(2, 3, "punct"), new Dependency(5, 4, "nsubj"), new Dependency(2, 5, "acl:relcl"),
        new Dependency(7, 6, "cop"), new Dependency(7, 8, "punct")));
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_shortQuotationClosedByAComma_trailingCue() {
    // “ Really , ” Lee wrote .
    Doc d = HandParse.doc("“/`` Really/RB ,/, ”/'' Lee/NNP wrote/VBD/O/write ./.",
        List.of(new Dependency(5, 1, "advmod"), new Dependency(5, 4, "nsubj"), new Dependency(5, 6, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals("quote.trailing", found.get(0).rule());
  }

  @Test
  void apply_questionThenVerbWhoseObjectIsTheHearer_trailingCue() {
    // “ Who knows ? ” | Trump told the station . (0-4, 5-9)
    Doc d = HandParse.doc("“/`` Who/WP knows/VBZ/O/know ?/. ”/'' Trump/NNP told/VBD/O/tell the/DT station/NN ./.",
        List.of(new Dependency(2, 0, "punct"), new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "punct"),
        new Dependency(2, 4, "punct"), new Dependency(6, 5, "nsubj"), new Dependency(8, 7, "det"),
        new Dependency(6, 8, "obj"), new Dependency(6, 9, "punct")), 5);
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(6, found.get(0).cueFirst());
    assertEquals("quote.trailing", found.get(0).rule());
  }

  @Test
  void apply_bareVerbOfSayingSentenceBeforeTheQuotation_leadingCue() {
    // Smith agreed . | “ We will win the vote . ” (0-2, 3-10)
    Doc d = HandParse.doc("Smith/NNP agreed/VBD/O/agree ./. “/`` We/PRP will/MD win/VB/O/win the/DT vote/NN ./. ”/''",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(6, 3, "punct"),
        new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "aux"), new Dependency(8, 7, "det"),
        new Dependency(6, 8, "obj"), new Dependency(6, 9, "punct"), new Dependency(6, 10, "punct")), 3);
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).cueFirst());
    assertEquals(0, found.get(0).source());
    assertEquals("quote.leading", found.get(0).rule());
  }

  @Test
  void apply_sentenceBeforeTheQuotationReportsAClauseOfItsOwn_noLeadingCue() {
    // Smith said he agreed . | “ We will win the vote . ” (0-4, 5-12)
    Doc d = HandParse.doc("Smith/NNP said/VBD/O/say he/PRP agreed/VBD/O/agree ./. “/`` We/PRP will/MD win/VB/O/win "
        + "the/DT vote/NN ./. ”/''", List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"),
        new Dependency(1, 3, "ccomp"), new Dependency(1, 4, "punct"), new Dependency(8, 5, "punct"),
        new Dependency(8, 6, "nsubj"), new Dependency(8, 7, "aux"), new Dependency(10, 9, "det"),
        new Dependency(8, 10, "obj"), new Dependency(8, 11, "punct"), new Dependency(8, 12, "punct")), 5);
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_scareQuoteThenVerbWhoseObjectIsTheHearer_noCue() {
    // It is a “ bitter ” fight , Trump told the station . (0-12)
    Doc d = HandParse.doc("It/PRP is/VBZ/O/be a/DT “/`` bitter/JJ ”/'' fight/NN ,/, Trump/NNP told/VBD/O/tell "
        + "the/DT station/NN ./.", List.of(new Dependency(6, 0, "nsubj"), new Dependency(6, 1, "cop"),
        new Dependency(6, 2, "det"), new Dependency(4, 3, "punct"), new Dependency(6, 4, "amod"),
        new Dependency(4, 5, "punct"), new Dependency(6, 7, "punct"), new Dependency(9, 8, "nsubj"),
        new Dependency(6, 9, "parataxis"), new Dependency(11, 10, "det"), new Dependency(9, 11, "obj"),
        new Dependency(6, 12, "punct")));
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_titleAfterPossessive_isANameNotAStatement() {
    // He told ABC 's “ Good Morning America ” that the plan works . (0-13)
    Doc d = HandParse.doc("He/PRP told/VBD/O/tell ABC/NNP 's/POS “/`` Good/NNP Morning/NNP America/NNP ”/''"
        + " that/IN the/DT plan/NN works/VBZ ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(7, 2, "nmod:poss"), new Dependency(2, 3, "case"),
        new Dependency(7, 4, "punct"), new Dependency(7, 5, "compound"), new Dependency(7, 6, "compound"),
        new Dependency(1, 7, "obj"), new Dependency(7, 8, "punct"), new Dependency(12, 9, "mark"),
        new Dependency(11, 10, "det"), new Dependency(12, 11, "nsubj"), new Dependency(1, 12, "ccomp"),
        new Dependency(1, 13, "punct")));
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_lowerCaseWordsAfterDeterminer_stillAttached() {
    // He called it the “ worst deal ” . (0-7)
    Doc d = HandParse.doc("He/PRP called/VBD/O/call it/PRP the/DT “/`` worst/JJS deal/NN ”/'' ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(6, 3, "det"),
        new Dependency(6, 4, "punct"), new Dependency(6, 5, "amod"), new Dependency(1, 6, "xcomp"),
        new Dependency(6, 7, "punct"), new Dependency(1, 8, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).cueFirst());
  }

  @Test
  void apply_titleInAppositionToACommonNoun_isANameNotAStatement() {
    // She said on her show , “ Long Roads Home , ” that it was hard . (0-16)
    Doc d = HandParse.doc("She/PRP said/VBD/O/say on/IN her/PRP$ show/NN ,/, “/`` Long/JJ Roads/NNP Home/NNP ,/,"
        + " ”/'' that/IN it/PRP was/VBD hard/JJ ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "case"), new Dependency(4, 3, "nmod:poss"),
        new Dependency(1, 4, "obl"), new Dependency(9, 5, "punct"), new Dependency(9, 6, "punct"),
        new Dependency(9, 7, "amod"), new Dependency(9, 8, "compound"), new Dependency(1, 9, "dep"),
        new Dependency(9, 10, "punct"), new Dependency(9, 11, "punct"), new Dependency(15, 12, "mark"),
        new Dependency(15, 13, "nsubj"), new Dependency(15, 14, "cop"), new Dependency(1, 15, "ccomp"),
        new Dependency(1, 16, "punct")));
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_verbConjoinedToTheQuotedClause_doesNotReportIt() {
    // He said the plan would “ fail badly ” and vowed to fight . (0-13)
    Doc d = HandParse.doc("He/PRP said/VBD/O/say the/DT plan/NN would/MD “/`` fail/VB badly/RB ”/'' and/CC"
        + " vowed/VBD/O/vow to/TO fight/VB ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(6, 3, "nsubj"),
        new Dependency(6, 4, "aux"), new Dependency(6, 5, "punct"), new Dependency(1, 6, "ccomp"),
        new Dependency(6, 7, "advmod"), new Dependency(6, 8, "punct"), new Dependency(10, 9, "cc"),
        new Dependency(6, 10, "conj"), new Dependency(12, 11, "mark"), new Dependency(10, 12, "xcomp"),
        new Dependency(1, 13, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).cueFirst());
  }

  @Test
  void apply_quoteOnAVerbThatDoesNotSay_joinsTheClauseOfTheVerbOfSaying() {
    // Ann praised the mayor , saying she had “ steady hands ” . (0-12)
    Doc d = HandParse.doc("Ann/NNP praised/VBD/O/praise the/DT mayor/NN ,/, saying/VBG/O/say she/PRP had/VBD/O/have"
        + " “/`` steady/JJ hands/NNS ”/'' ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(1, 4, "punct"), new Dependency(1, 5, "conj"), new Dependency(7, 6, "nsubj"),
        new Dependency(5, 7, "ccomp"), new Dependency(10, 8, "punct"), new Dependency(10, 9, "amod"),
        new Dependency(7, 10, "obj"), new Dependency(10, 11, "punct"), new Dependency(1, 12, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(5, found.get(0).cueFirst());
    assertEquals(StatementKind.MIXED, found.get(0).kind());
    assertEquals(d.tok(6).begin(), found.get(0).contentBegin());
  }

  @Test
  void apply_participleOfSayingParsedAsAnOblique_isTheCue() {
    // Tom told reporters , before insisting he had a “ great bond ” with voters . (0-15)
    Doc d = HandParse.doc("Tom/NNP told/VBD/O/tell reporters/NNS ,/, before/IN insisting/VBG/O/insist he/PRP"
        + " had/VBD/O/have a/DT “/`` great/JJ bond/NN ”/'' with/IN voters/NNS ./.", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"),
        new Dependency(5, 4, "case"), new Dependency(7, 5, "obl"), new Dependency(7, 6, "nsubj"),
        new Dependency(1, 7, "parataxis"), new Dependency(11, 8, "det"), new Dependency(11, 9, "punct"),
        new Dependency(11, 10, "amod"), new Dependency(7, 11, "obj"), new Dependency(11, 12, "punct"),
        new Dependency(14, 13, "case"), new Dependency(11, 14, "nmod"), new Dependency(1, 15, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(5, found.get(0).cueFirst());
    assertEquals(0, found.get(0).source());
    assertEquals(d.tok(6).begin(), found.get(0).contentBegin());
    assertEquals(d.tok(14).end(), found.get(0).contentEnd());
  }

  @Test
  void apply_quotationHeadsTheInfinitiveOfItsCue_contentIsTheWholeInfinitive() {
    // Tom vowed to “ take the fight ” to every state . (0-11)
    Doc d = HandParse.doc("Tom/NNP vowed/VBD/O/vow to/TO “/`` take/VB the/DT fight/NN ”/'' to/IN every/DT "
        + "state/NN ./.",
        List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 2, "mark"), new Dependency(4, 3, "punct"),
        new Dependency(1, 4, "xcomp"), new Dependency(6, 5, "det"), new Dependency(4, 6, "obj"),
        new Dependency(4, 7, "punct"), new Dependency(10, 8, "case"), new Dependency(10, 9, "det"),
        new Dependency(4, 10, "obl"), new Dependency(1, 11, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).cueFirst());
    assertEquals(StatementKind.MIXED, found.get(0).kind());
    assertEquals(d.tok(2).begin(), found.get(0).contentBegin());
    assertEquals(d.tok(10).end(), found.get(0).contentEnd());
  }

  @Test
  void apply_verbOutsideTheLexiconAfterTheQuotation_isItsCue() {
    // “ We will win this race , ” Lee barked . (0-10)
    Doc d = HandParse.doc("“/`` We/PRP will/MD win/VB/O/win this/DT race/NN ,/, ”/'' Lee/NNP barked/VBD/O/bark ./.",
        List.of(new Dependency(3, 0, "punct"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"),
        new Dependency(5, 4, "det"), new Dependency(3, 5, "obj"), new Dependency(3, 6, "punct"),
        new Dependency(3, 7, "punct"), new Dependency(9, 8, "nsubj"), new Dependency(9, 3, "ccomp"),
        new Dependency(9, 10, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(9, found.get(0).cueFirst());
    assertEquals(8, found.get(0).source());
    assertEquals("quote.other-verb", found.get(0).rule());
  }

  @Test
  void apply_verbOutsideTheLexiconBeforeItsSpeakerAfterTheQuotation_isItsCue() {
    // “ This is really great ! ” | beamed Ann Lee . (0-6, 7-10): the parser takes the speaker for an object
    Doc d = HandParse.doc("“/`` This/DT is/VBZ/O/be really/RB great/JJ !/. ”/'' beamed/VBD/O/beam Ann/NNP Lee/NNP ./.",
        List.of(new Dependency(4, 0, "punct"), new Dependency(4, 1, "nsubj"), new Dependency(4, 2, "cop"),
        new Dependency(4, 3, "advmod"), new Dependency(4, 5, "punct"), new Dependency(4, 6, "punct"),
        new Dependency(9, 8, "compound"), new Dependency(7, 9, "obj"), new Dependency(7, 10, "punct")), 7);
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(7, found.get(0).cueFirst());
    assertEquals(9, found.get(0).source());
    assertEquals("quote.other-verb", found.get(0).rule());
  }

  @Test
  void apply_verbOutsideTheLexiconBeforeAColonAndTheQuotation_isItsCue() {
    // Lee interjected : “ So you will run again ? ” (0-10)
    Doc d = HandParse.doc("Lee/NNP interjected/VBD/O/interject :/: “/`` So/RB you/PRP will/MD run/VB/O/run again/RB ?/."
        + " ”/''", List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"), new Dependency(7, 3, "punct"),
        new Dependency(7, 4, "advmod"), new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "aux"),
        new Dependency(1, 7, "parataxis"), new Dependency(7, 8, "advmod"), new Dependency(7, 9, "punct"),
        new Dependency(7, 10, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).cueFirst());
    assertEquals(0, found.get(0).source());
    assertEquals("quote.other-verb", found.get(0).rule());
  }

  @Test
  void apply_quotationClosedByAFullStopThenAnotherSentence_noCue() {
    // “ We will win this race . ” | The crowd sat . (0-7, 8-11)
    Doc d = HandParse.doc("“/`` We/PRP will/MD win/VB/O/win this/DT race/NN ./. ”/'' The/DT crowd/NN sat/VBD/O/sit"
        + " ./.", List.of(new Dependency(3, 0, "punct"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"),
        new Dependency(5, 4, "det"), new Dependency(3, 5, "obj"), new Dependency(3, 6, "punct"),
        new Dependency(3, 7, "punct"), new Dependency(9, 8, "det"), new Dependency(10, 9, "nsubj"),
        new Dependency(10, 11, "punct")), 8);
    assertEquals(List.of(), apply(d));
  }

  @Test
  void apply_quotationOverTwoParagraphsWithItsVerbInTheSecond_firstParagraphLeftToTheStatementBefore() {
    // “ We will win the state . ¶ | “ It is our year , ” Lee added . (0-6, 7-16)
    Doc d = HandParse.doc("“/`` We/PRP will/MD win/VB/O/win the/DT state/NN ./. ¶ “/`` It/PRP is/VBZ/O/be our/PRP$ "
        + "year/NN ,/, ”/'' Lee/NNP added/VBD/O/add ./.", List.of(new Dependency(3, 0, "punct"),
        new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"), new Dependency(5, 4, "det"),
        new Dependency(3, 5, "obj"), new Dependency(3, 6, "punct"), new Dependency(11, 7, "punct"),
        new Dependency(11, 8, "nsubj"), new Dependency(11, 9, "cop"), new Dependency(11, 10, "nmod:poss"),
        new Dependency(11, 12, "punct"), new Dependency(11, 13, "punct"), new Dependency(15, 14, "nsubj"),
        new Dependency(15, 11, "ccomp"), new Dependency(15, 16, "punct")), 7);
    List<Candidate> found = new ArrayList<>();
    List<QuoteFinder.Quote> orphans = new QuoteRule(CueLexicon.english()).apply(d, found);
    assertEquals(1, d.quotes.size());
    assertEquals(1, found.size());
    assertEquals(15, found.get(0).cueFirst());
    assertTrue(found.get(0).contentBegin() > d.tok(6).end() && found.get(0).contentBegin() <= d.tok(7).begin());
    assertEquals(1, orphans.size());
    assertEquals(d.tok(0).begin(), orphans.get(0).begin());
  }

  @Test
  void apply_sentenceVerbAfterALongNameAfterAnUtterance_trailingCue() {
    // “ We will win this race , ” Ann Lee , 30 , of Dayton , Ohio , said . (0-19): the quote hangs on Lee
    Doc d = HandParse.doc("“/`` We/PRP will/MD win/VB/O/win this/DT race/NN ,/, ”/'' Ann/NNP Lee/NNP ,/, 30/CD ,/, "
        + "of/IN Dayton/NNP/LOCATION ,/, Ohio/NNP/LOCATION ,/, said/VBD/O/say ./.", List.of(
        new Dependency(3, 0, "punct"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"),
        new Dependency(5, 4, "det"), new Dependency(3, 5, "obj"), new Dependency(3, 6, "punct"),
        new Dependency(3, 7, "punct"), new Dependency(9, 8, "compound"), new Dependency(9, 3, "dep"),
        new Dependency(18, 9, "nsubj"), new Dependency(9, 10, "punct"), new Dependency(9, 11, "amod"),
        new Dependency(9, 12, "punct"), new Dependency(14, 13, "case"), new Dependency(9, 14, "nmod"),
        new Dependency(14, 15, "punct"), new Dependency(14, 16, "appos"), new Dependency(9, 17, "punct"),
        new Dependency(18, 19, "punct")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    assertEquals(18, found.get(0).cueFirst());
    assertEquals(9, found.get(0).source());
    assertEquals("quote.trailing", found.get(0).rule());
  }
}
