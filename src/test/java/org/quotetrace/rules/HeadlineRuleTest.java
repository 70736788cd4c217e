package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.StatementKind;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/** Headline verbs the tagger took for nouns, on hand-built parses: no models. */
class HeadlineRuleTest {

  private static List<Candidate> apply(Doc d) {
    List<Candidate> out = new ArrayList<>();
    new HeadlineRule(CueLexicon.english()).apply(d, out);
    return out;
  }

  @Test
  void titleCaseVerbReadAsPartOfOneNounCompound_cueWithTheNameBeforeAndTheRestAfter() {
    // Ana Ruiz Slams Mayor Over Budget Cuts . (0-7): the parser made one noun compound headed by "Cuts".
    Doc d = HandParse.doc("Ana/NNP Ruiz/NNP Slams/NNPS Mayor/NNP Over/IN Budget/NNP Cuts/NNPS ./.", List.of(
        new Dependency(1, 0, "compound"), new Dependency(2, 1, "compound"), new Dependency(3, 2, "compound"),
        new Dependency(6, 3, "compound"), new Dependency(6, 4, "case"), new Dependency(6, 5, "compound"),
        new Dependency(6, 7, "punct")));
    List<Candidate> out = apply(d);
    assertEquals(1, out.size());
    assertEquals(2, out.get(0).cueFirst());
    assertEquals(1, out.get(0).source());
    assertEquals("Mayor Over Budget Cuts", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
    assertEquals("headline.verb", out.get(0).rule());
  }

  @Test
  void wordTaggedAsAVerb_theVerbRulesStatementOfItWinsTheMerge() {
    // Ana Ruiz Says Lopez , Ortiz Pose A Risk (0-8): the verb rule knows the complement runs past the comma.
    Doc d = HandParse.doc("Ana/NNP Ruiz/NNP Says/VBZ/O/say Lopez/NNP ,/, Ortiz/NNP Pose/VB A/DT Risk/NN", List.of(
        new Dependency(1, 0, "compound"), new Dependency(2, 1, "nsubj"), new Dependency(2, 3, "obj"),
        new Dependency(2, 4, "punct"), new Dependency(2, 6, "dep"), new Dependency(6, 5, "nsubj"),
        new Dependency(8, 7, "det"), new Dependency(6, 8, "obj")));
    List<Candidate> found = apply(d);
    assertEquals(1, found.size());
    found.add(new Candidate(StatementKind.INDIRECT, d.tok(3).begin(), d.tok(8).end(), 2, 3, 1, "reported.object",
        0.5));
    List<Candidate> kept = Attributor.merge(d, found, CueLexicon.english());
    assertEquals(List.of("reported.object"), kept.stream().map(Candidate::rule).toList());
  }

  @Test
  void nounInTheSubjectOfAFiniteVerbAfterIt_noCue() {
    // Insurance claims office closes early . (0-5): "claims" is part of the subject of "closes".
    Doc d = HandParse.doc("Insurance/NN claims/NNS office/NN closes/VBZ early/RB ./.", List.of(
        new Dependency(2, 0, "compound"), new Dependency(2, 1, "compound"), new Dependency(3, 2, "nsubj"),
        new Dependency(3, 4, "advmod"), new Dependency(3, 5, "punct")));
    assertEquals(List.of(), apply(d));
  }

  @Test
  void contentEndsAtASpacedDashNotAtAHyphen() {
    // Mayor Slams Half-Baked Plan – Again (0-7): the hyphen has no space before it, the dash has.
    String text = "Mayor Slams Half-Baked Plan – Again";
    String[][] items = {{"Mayor", "NNP"}, {"Slams", "NNPS"}, {"Half", "NNP"}, {"-", "HYPH"}, {"Baked", "NNP"},
        {"Plan", "NNP"}, {"–", ":"}, {"Again", "RB"}};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] item : items) {
      int begin = text.indexOf(item[0], at);
      at = begin + item[0].length();
      tokens.add(new Token(tokens.size(), 0, begin, at, item[0], item[0].toLowerCase(), item[1], "O"));
    }
    Doc d = new Doc(new ParsedText(text, tokens, List.of(new Sentence(0, 0, tokens.size())), List.of(
        new Dependency(5, 0, "compound"), new Dependency(5, 1, "compound"), new Dependency(5, 2, "compound")),
        List.of()));
    List<Candidate> out = apply(d);
    assertEquals(1, out.size());
    assertEquals("Half-Baked Plan", d.text.substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }
}
