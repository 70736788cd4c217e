package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.ParsedText;

/** The context features the cue scorer weighs, on hand-built parses: no models. */
class CueContextTest {

  /** A one-sentence parse of space-separated "word/POS/NER" items ({@link HandParse}). */
  private static ParsedText parse(String tagged, List<Dependency> deps) {
    return HandParse.doc(tagged, deps).p;
  }

  @Test
  void of_mainVerbWithNamedSubject_formPlaceAndSubject() {
    // Lopez said taxes rose
    ParsedText p = parse("Lopez/NNP/PERSON said/VBD taxes/NNS rose/VBD", List.of(new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "ccomp"), new Dependency(3, 2, "nsubj")));
    assertEquals(List.of("pos=VBD", "rel=root", "subj=PERSON"), CueContext.of(p, 1));
  }

  @Test
  void of_negatedModalVerbInRelativeClause_markedSo() {
    // the plan that he would not support
    ParsedText p = parse("the/DT plan/NN that/WDT he/PRP would/MD not/RB support/VB", List.of(
        new Dependency(1, 0, "det"), new Dependency(1, 6, "acl:relcl"), new Dependency(6, 2, "obj"),
        new Dependency(6, 3, "nsubj"), new Dependency(6, 4, "aux"), new Dependency(6, 5, "advmod")));
    assertEquals(List.of("pos=VB", "rel=relcl", "subj=prp", "modal", "neg"), CueContext.of(p, 6));
  }

  @Test
  void of_passiveWithoutSubject_subjectKindsApart() {
    // the bill was criticized ; criticized widely
    ParsedText passive = parse("the/DT bill/NN was/VBD criticized/VBN", List.of(new Dependency(1, 0, "det"),
        new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass")));
    assertEquals("subj=pass", CueContext.of(passive, 3).get(2));
    ParsedText none = parse("criticized/VBN widely/RB", List.of(new Dependency(0, 1, "advmod")));
    assertEquals("subj=none", CueContext.of(none, 0).get(2));
  }

  @Test
  void group_obliqueFramesShareOneGroup() {
    assertEquals("obl", CueContext.group("obl:about"));
    assertEquals("ccomp", CueContext.group("ccomp"));
  }

  @Test
  void nounFrameWord_prepositionOfAPhrase_orThatOfAClause() {
    // made allegations against the mayor ; voiced doubts that it works ; made calls to him yesterday
    ParsedText phrase = parse("made/VBD allegations/NNS against/IN the/DT mayor/NN", List.of(
        new Dependency(0, 1, "obj"), new Dependency(4, 2, "case"), new Dependency(4, 3, "det"),
        new Dependency(1, 4, "nmod")));
    assertEquals("against", CueContext.nounFrameWord(phrase, 4));
    ParsedText clause = parse("voiced/VBD doubts/NNS that/IN it/PRP works/VBZ", List.of(
        new Dependency(0, 1, "obj"), new Dependency(4, 2, "mark"), new Dependency(4, 3, "nsubj"),
        new Dependency(1, 4, "acl")));
    assertEquals("that", CueContext.nounFrameWord(clause, 4));
    assertEquals(null, CueContext.nounFrameWord(clause, 3));
  }
}
