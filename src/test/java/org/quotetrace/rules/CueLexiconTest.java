package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  @Test
  void parse_framesOfOneVerb_keepTheirOwnConfidence() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(
        "# comment\nsay\tccomp\t0.93\t668\t719\nsay\tobj\t0.69\t74\t108\n")));
    assertEquals(0.93, lexicon.confidence("say", CueLexicon.Frame.CCOMP));
    assertEquals(0.69, lexicon.confidence("say", CueLexicon.Frame.OBJ));
    assertEquals(0.0, lexicon.confidence("say", CueLexicon.Frame.XCOMP));
    assertTrue(lexicon.allows("say", CueLexicon.Frame.OBJ));
  }

  @Test
  void parse_obliqueFrames_keyedByTheirPreposition() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(
        "refer\tobl:to\t0.67\t59\t87\nask\tobl:if\t0.88\t28\t31\nask\tccomp\t0.81\t60\t73\n")));
    assertEquals(0.67, lexicon.obliqueConfidence("refer", "to"));
    assertEquals(0.0, lexicon.obliqueConfidence("refer", "about"));
    assertEquals(0.88, lexicon.obliqueConfidence("ask", "if"));
    assertTrue(lexicon.allows("ask", CueLexicon.Frame.CCOMP));
    assertTrue(lexicon.lookup("refer").isPresent());
  }

  @Test
  void parse_badLine_failsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.parse(new BufferedReader(new StringReader("say ccomp\n"))));
    assertTrue(e.getMessage().contains("say ccomp"), e.getMessage());
  }

  @Test
  void english_bundledLexicon_hasVerbsOfSaying() {
    CueLexicon lexicon = CueLexicon.english();
    assertTrue(lexicon.allows("say", CueLexicon.Frame.CCOMP));
    assertTrue(lexicon.allows("call", CueLexicon.Frame.FOR));
    assertTrue(lexicon.obliqueConfidence("refer", "to") > 0.5);
    assertTrue(lexicon.size() > 50);
  }

  private static final String SCORED = "say\tccomp\t0.9\t90\t100\nsupport\tobj\t0.33\t33\t100\n"
      + "refer\tobl:to\t0.6\t6\t10\n@threshold\t0.5\n@weight\tshare\t1.0\n@weight\tmodal\t-3.0\n"
      + "@weight\tobj|subj=PERSON\t1.5\n";

  @Test
  void score_weighsTheShareAndTheContext() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(SCORED)));
    // logistic(logit(0.9)) = 0.9; with "modal": logistic(logit(0.9) - 3)
    assertEquals(0.9, lexicon.score("say", CueLexicon.Frame.CCOMP, List.of("pos=VBD")), 1e-9);
    double modal = 1 / (1 + Math.exp(-(Math.log(9) - 3)));
    assertEquals(modal, lexicon.score("say", CueLexicon.Frame.CCOMP, List.of("modal")), 1e-9);
    assertTrue(lexicon.accepts("say", CueLexicon.Frame.CCOMP, List.of("pos=VBD")));
    assertFalse(lexicon.accepts("say", CueLexicon.Frame.CCOMP, List.of("modal")));
  }

  @Test
  void accepts_frameBelowThreshold_onlyInAContextThatRaisesIt() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(SCORED)));
    // support + object: 0.33 alone, above 0.5 with a named subject (weights of frame-group crossings)
    assertFalse(lexicon.accepts("support", CueLexicon.Frame.OBJ, List.of("subj=noun")));
    assertTrue(lexicon.accepts("support", CueLexicon.Frame.OBJ, List.of("subj=PERSON")));
    assertFalse(lexicon.accepts("support", CueLexicon.Frame.XCOMP, List.of("subj=PERSON")));
    assertTrue(lexicon.acceptsOblique("refer", "to", List.of()));
    assertFalse(lexicon.acceptsOblique("refer", "to", List.of("modal")));
  }

  @Test
  void accepts_withoutWeights_everyListedFrameAtItsConfidence() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader("support\tobj\t0.33\t33\t100\n")));
    assertTrue(lexicon.accepts("support", CueLexicon.Frame.OBJ, List.of("modal")));
    assertEquals(0.33, lexicon.score("support", CueLexicon.Frame.OBJ, List.of("modal")));
  }

  @Test
  void quotes_onlyVerbsWithAConfidentFrame() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(SCORED + "have\tobj\t0.06\t51\t1026\n")));
    assertTrue(lexicon.quotes("say"));
    assertTrue(lexicon.quotes("refer"));
    assertFalse(lexicon.quotes("support"));
    assertFalse(lexicon.quotes("have"));
  }

  @Test
  void parse_nounFrames_keyedByTheirOpeningWord_andMakeNoVerbACue() throws Exception {
    CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(
        "allegation\tnoun:against\t0.7\t7\t10\ndoubt\tnoun:that\t0.8\t3\t3\n")));
    assertEquals(0.7, lexicon.nounConfidence("allegation", "against"));
    assertEquals(0.0, lexicon.nounConfidence("allegation", "about"));
    assertEquals(0.8, lexicon.nounConfidence("doubt", "that"));
    assertFalse(lexicon.lookup("doubt").isPresent());
    assertFalse(lexicon.quotes("doubt"));
  }
}
