package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Dependency;

/** Nouns of saying with a "that" clause, on hand-built parses: no models. */
class NounClauseRuleTest {
  private static final String LEXICON = "claim\tccomp\t0.8\t80\t100\ninsist\tccomp\t0.9\t90\t100\n"
      + "make\tobj\t0.3\t30\t100\n";

  private static List<Candidate> apply(Doc d, List<Candidate> found) {
    try {
      CueLexicon lexicon = CueLexicon.parse(new java.io.BufferedReader(new java.io.StringReader(LEXICON)));
      List<Candidate> out = new ArrayList<>(found);
      new NounClauseRule(lexicon).apply(d, out);
      return out.subList(found.size(), out.size());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // Lee 's <noun> that the vote was rigged drew scorn (0-9).
  private static Doc possessed(String noun) {
    return HandParse.doc("Lee/NNP 's/POS " + noun + " that/IN the/DT vote/NN was/VBD rigged/VBN drew/VBD scorn/NN",
        List.of(new Dependency(2, 0, "nmod:poss"), new Dependency(0, 1, "case"), new Dependency(7, 3, "mark"),
            new Dependency(5, 4, "det"), new Dependency(7, 5, "nsubj:pass"), new Dependency(7, 6, "aux:pass"),
            new Dependency(2, 7, "acl"), new Dependency(8, 2, "nsubj"), new Dependency(8, 9, "obj")));
  }

  @Test
  void apply_possessedNounOfAVerbOfSaying_reportsItsThatClause() {
    Doc d = possessed("claim/NN");
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("that the vote was rigged", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.noun-clause", out.get(0).rule());
    assertEquals(0, out.get(0).source());
    assertEquals(2, out.get(0).cueFirst());
    assertEquals(3, out.get(0).cueEnd());
  }

  @Test
  void apply_nounMadeFromAVerbOfSaying_reportsItsThatClause() {
    Doc d = possessed("insistence/NN");
    assertEquals(1, apply(d, List.of()).size());
  }

  @Test
  void apply_nounOfNoVerbOfSaying_nothing() {
    assertEquals(List.of(), apply(possessed("fact/NN"), List.of()));
  }

  @Test
  void apply_nounInsideAnotherStatementsContent_nothing() {
    Doc d = possessed("claim/NN");
    Candidate outer = new Candidate(StatementKind.INDIRECT, 0, d.text.length(), -1, -1, -1, "test", 0.9);
    assertEquals(List.of(), apply(d, List.of(outer)));
  }

  @Test
  void apply_relativeClause_nothing() {
    // the claim that he made : "that" is the relative clause's object, not the opener of a content.
    Doc d = HandParse.doc("the/DT claim/NN that/WDT he/PRP made/VBD/O/make", List.of(new Dependency(1, 0, "det"),
        new Dependency(4, 2, "obj"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "acl:relcl")));
    assertEquals(List.of(), apply(d, List.of()));
  }

  @Test
  void apply_objectOfAVerbWithoutPossessor_takesTheVerbsSubject() {
    // Ortiz made the claim that taxes rose (0-6).
    Doc d = HandParse.doc("Ortiz/NNP made/VBD/O/make the/DT claim/NN that/IN taxes/NNS rose/VBD/O/rise", List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(6, 4, "mark"), new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "acl")));
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("that taxes rose", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals(0, out.get(0).source());
  }

  @Test
  void saying_endingsOfNouns() {
    NounClauseRule rule;
    try {
      rule = new NounClauseRule(CueLexicon.parse(new java.io.BufferedReader(new java.io.StringReader(
          "assert\tccomp\t0.8\t8\t10\nargue\tccomp\t0.9\t9\t10\nbelieve\tccomp\t0.5\t5\t10\n"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(List.of(true, true, true, false), List.of(rule.saying("assertion"), rule.saying("argument"),
        rule.saying("belief"), rule.saying("fact")));
  }

  // <owner> <noun> about the cuts drew scorn (0-6 with a possessor, 0-5 without).
  private static Doc about(String owner) {
    boolean possessed = !owner.isEmpty();
    int o = possessed ? 1 : 0;
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency(o + 3, o + 1, "case"),
        new Dependency(o + 3, o + 2, "det"), new Dependency(o, o + 3, "nmod"), new Dependency(o + 4, o, "nsubj"),
        new Dependency(o + 4, o + 5, "obj")));
    if (possessed) {
      deps.add(new Dependency(1, 0, "nmod:poss"));
    }
    return HandParse.doc((possessed ? owner + " " : "") + "remarks/NNS about/IN the/DT cuts/NNS drew/VBD scorn/NN",
        deps);
  }

  @Test
  void apply_anyNounWithAnAboutPhraseAndASpeaker_reportsThePhrase() {
    Doc d = about("her/PRP$");
    List<Candidate> out = apply(d, List.of());
    assertEquals(1, out.size());
    assertEquals("the cuts", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("reported.noun-about", out.get(0).rule());
    assertEquals(0, out.get(0).source());
  }

  @Test
  void apply_aboutPhraseWithoutASpeaker_nothing() {
    assertEquals(List.of(), apply(about(""), List.of()));
  }

  @Test
  void apply_nounInAnotherStatementsCue_nothing() {
    // her remarks about the cuts, where another rule took "remarks" into its cue already.
    Doc d = about("her/PRP$");
    Candidate other = new Candidate(StatementKind.INDIRECT, 0, 3, 1, 2, 0, "test", 0.7);
    assertEquals(List.of(), apply(d, List.of(other)));
  }
}
