package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/** Transcript and interview labels on hand-built token sequences: no models. */
class LabelRuleTest {

  /** Paragraphs of space-separated "word/POS" items, one sentence per paragraph, without dependencies. */
  private static Doc doc(String... paragraphs) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String para : paragraphs) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int first = tokens.size();
      for (String item : para.split(" ")) {
        int slash = item.lastIndexOf('/');
        String w = item.substring(0, slash);
        if (tokens.size() > first) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(w);
        tokens.add(new Token(tokens.size(), sentences.size(), begin, begin + w.length(), w, w.toLowerCase(),
            item.substring(slash + 1), "O"));
      }
      sentences.add(new Sentence(sentences.size(), first, tokens.size()));
    }
    return new Doc(new ParsedText(text.toString(), tokens, sentences, List.of(), List.of()));
  }

  @Test
  void interviewQuestionAndAnswer_eachIsALabelledStatement() {
    Doc d = doc("Q/NN :/: Where/WRB did/VBD the/DT trip/NN begin/VB ?/.",
        "A/DT :/: It/PRP began/VBD in/IN a/DT small/JJ harbor/NN town/NN ./.");
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(d, out);
    assertEquals(2, out.size());
    assertEquals("Q", d.tok(out.get(0).source()).word());
    assertEquals("A", d.tok(out.get(1).source()).word());
    assertEquals("label.colon", out.get(1).rule());
  }

  @Test
  void labelBeforeOnlyAName_isACreditLineNotAStatement() {
    Doc d = doc("BYLINE/NNP :/: Ann/NNP Lee/NNP ./.", "Lee/NNP :/: The/DT plan/NN is/VBZ not/RB serious/JJ ./.");
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals(6, out.get(0).cueFirst()); // the colon after "Lee"
  }

  @Test
  void nameWithPartyAndStateOrDescription_labelRunsToTheColon() {
    Doc d = doc("Rep./NNP Jane/NNP Roe/NNP (/-LRB- R-Ore./NNP )/-RRB- :/: We/PRP will/MD hold/VB hearings/NNS ./.",
        "Clinton/NNP camp/NN :/: The/DT plan/NN is/VBZ not/RB serious/JJ ./.");
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(d, out);
    assertEquals(2, out.size());
    assertEquals("Roe", d.tok(out.get(0).source()).word());
    assertEquals("camp", d.tok(out.get(1).source()).word());
    assertEquals("We will hold hearings .", d.p.text().substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void headlineLabelOfACommonNoun_isTheSource() {
    Doc d = doc("Historians/NNS :/: The/DT two/CD terms/NNS were/VBD alike/JJ ./.",
        "Historians/NNS :/: The/DT two/CD terms/NNS were/VBD alike/JJ ./.");
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(d, out);
    assertEquals(1, out.size()); // the headline only: in the body, a common noun is no label
    assertEquals("Historians", d.tok(out.get(0).source()).word());
  }

  @Test
  void headlineLabelWithTheAddressee_theNameBeforeThePrepositionIsTheSource() {
    Doc d = doc("Ruiz/NNP to/TO City/NNP Council/NNP :/: The/DT budget/NN will/MD pass/VB ./.");
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(d, out);
    assertEquals(1, out.size());
    assertEquals("Ruiz", d.tok(out.get(0).source()).word());
    assertEquals("The budget will pass .", d.p.text().substring(out.get(0).contentBegin(), out.get(0).contentEnd()));
  }

  @Test
  void headlineKickerInCapitals_noLabelButAnAcronymIsOne() {
    List<Candidate> out = new ArrayList<>();
    new LabelRule().apply(doc("WOW/NN :/: The/DT mayor/NN quit/VBD today/NN ./."), out);
    assertEquals(0, out.size());
    new LabelRule().apply(doc("NRA/NNP :/: The/DT mayor/NN quit/VBD today/NN ./."), out);
    assertEquals(1, out.size());
  }
}
