package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
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
}
