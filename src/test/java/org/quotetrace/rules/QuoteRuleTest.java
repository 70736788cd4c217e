package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;

/** Quotations and their verbs on hand-built parses: no models. */
class QuoteRuleTest {

  private static List<Candidate> apply(Doc d) {
    List<Candidate> out = new ArrayList<>();
    new QuoteRule(CueLexicon.english()).apply(d, out);
    return out;
  }

  @Test
  void apply_titleAfterPossessive_isANameNotAStatement() {
    // He told ABC 's “ Good Morning America ” that the plan works . (0-13)
    Doc d = HandParse.doc("He/PRP told/VBD/O/tell ABC/NNP 's/POS “/`` Good/NNP Morning/NNP America/NNP ”/'' that/IN the/DT"
        + " plan/NN works/VBZ ./.", List.of(
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
}
