package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Dependency;

/** Stances told by predicate adjectives, on hand-built parses: no models. */
class AdjectiveRuleTest {

  private static List<Candidate> apply(Doc d, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    new AdjectiveRule().apply(d, out);
    return out.subList(found.size(), out.size());
  }

  // <subject> is confident that the bill will pass (0-7).
  private static Doc confident(String subject) {
    return HandParse.doc(subject + " is/VBZ/O/be confident/JJ that/IN the/DT bill/NN will/MD pass/VB", List.of(
        new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "cop"), new Dependency(7, 3, "mark"),
        new Dependency(5, 4, "det"), new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "aux"),
        new Dependency(2, 7, "ccomp")));
  }

  @Test
  void apply_adjectiveWithAThatClause_reportsTheClauseWithItsSubjectAsSource() {
    Doc d = confident("Ortiz/NNP");
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("that the bill will pass", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.adjective", out.get(0).rule());
    assertEquals(0, out.get(0).source());
    assertEquals(2, out.get(0).cueFirst());
  }

  @Test
  void apply_emptySubject_nothing() {
    // It is clear that ...: the clause is the subject; no one holds a stance.
    assertEquals(List.of(), apply(confident("It/PRP"), List.of()));
  }

  @Test
  void apply_insideAnotherStatementsContent_nothing() {
    Doc d = confident("Ortiz/NNP");
    Candidate outer = new Candidate(StatementKind.INDIRECT, 0, d.text.length(), -1, -1, -1, "test", 0.9);
    assertEquals(List.of(), apply(d, List.of(outer)));
  }

  @Test
  void apply_aboutPhrase_reportsWhatFollowsAbout() {
    // The governors were worried about the cuts (0-6).
    Doc d = HandParse.doc("The/DT governors/NNS were/VBD/O/be worried/JJ about/IN the/DT cuts/NNS", List.of(
        new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "cop"),
        new Dependency(6, 4, "case"), new Dependency(6, 5, "det"), new Dependency(3, 6, "obl")));
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("the cuts", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(1, out.get(0).source());
  }

  @Test
  void apply_otherPhrase_nothing() {
    // Ortiz was proud of the vote: only "that" clauses and "about" phrases.
    Doc d = HandParse.doc("Ortiz/NNP was/VBD/O/be proud/JJ of/IN the/DT vote/NN", List.of(
        new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "cop"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "det"), new Dependency(2, 5, "obl")));
    assertEquals(List.of(), apply(d, List.of()));
  }

  @Test
  void apply_adjectiveAfterALinkingVerb_takesTheVerbsSubject() {
    // Ortiz seemed confident that taxes would fall (0-6): "confident" is the xcomp of "seemed".
    Doc d = HandParse.doc("Ortiz/NNP seemed/VBD/O/seem confident/JJ that/IN taxes/NNS would/MD fall/VB", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "xcomp"), new Dependency(6, 3, "mark"),
        new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "aux"), new Dependency(2, 6, "ccomp")));
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("that taxes would fall", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
  }
}
