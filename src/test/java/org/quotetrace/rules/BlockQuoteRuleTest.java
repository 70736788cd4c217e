package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Dependency;

/** Block quotations after {@code X said:} on hand-built parses: no models. */
class BlockQuoteRuleTest {

  /**
   * {@code SUBJECT VERB : ¶ OPENING The plan will fail and the town will pay .}, the verb given as
   * {@code word/POS/NER/lemma}.
   */
  private static Doc doc(String subject, String verb, String opening) {
    return HandParse.doc(subject + " " + verb + " :/: ¶ " + opening + "The/DT plan/NN will/MD fail/VB and/CC the/DT "
        + "town/NN will/MD pay/VB ./.", List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "punct"),
        new Dependency(4, 3, "det"), new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "aux")), 3);
  }

  private static List<Candidate> apply(Doc d) {
    List<Candidate> out = new ArrayList<>();
    new BlockQuoteRule(CueLexicon.english()).apply(d, out);
    return out;
  }

  @Test
  void verbOfSayingClosingItsParagraphWithAColon_nextParagraphIsWhatWasSaid() {
    Doc d = doc("Lee/NNP", "said/VBD/O/say", "");
    List<Candidate> out = apply(d);
    assertEquals(1, out.size());
    Candidate c = out.get(0);
    assertEquals("quote.block", c.rule());
    assertEquals(1, c.cueFirst());
    assertEquals(0, c.source());
    assertEquals("The plan will fail and the town will pay .", d.text.substring(c.contentBegin(), c.contentEnd()));
  }

  @Test
  void verbThatIsNoneOfSaying_noStatement() {
    assertEquals(List.of(), apply(doc("Lee/NNP", "arrived/VBD/O/arrive", "")));
  }

  @Test
  void paragraphMarkedUp_noStatement() {
    // an embedded post (<tweet ...>) is the page's layout, not a quotation of the speaker's words
    assertEquals(List.of(), apply(doc("Lee/NNP", "said/VBD/O/say", "<tweet/XX ")));
  }

  @Test
  void paragraphOpeningWithAnUnclosedQuotationMark_leftToTheQuotationRules() {
    // a quotation run over paragraphs closes only at its end; its verbs and speakers are the quotation rules'
    assertEquals(List.of(), apply(doc("Lee/NNP", "said/VBD/O/say", "“/`` ")));
  }
}
