package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

  static final String TEXT = "\"We will win,\" Biden said. \"No,\" said Hunter Biden.";

  static Prediction pred(int begin, int end, String speaker) {
    return new Prediction(Ranges.of(begin, end), Optional.empty(), Optional.empty(), "direct", speaker,
        TEXT.substring(begin, end), "test", 0.5);
  }

  @Test
  void read_quoteSetLine_givesQuotesAndSkipsBadOnes() throws IOException {
    String line = "{\"id\":\"q1\",\"text\":\"" + TEXT.replace("\"", "\\\"") + "\",\"quotes\":["
        + "{\"begin\":0,\"end\":14,\"speaker\":\"Joe Biden\"},"
        + "{\"begin\":27,\"end\":999,\"speaker\":\"Hunter Biden\"}]}";

    QuoteSet set = QuoteSet.read(new StringReader(line + "\nnot json\n"), "q.jsonl");

    assertEquals(1, set.articles().size());
    assertEquals(List.of(new QuoteSet.Quote(0, 14, "Joe Biden")), set.articles().get(0).quotes());
    assertEquals(2, set.warnings().size(), set.warnings().toString());
    assertTrue(set.warnings().get(0).startsWith("q.jsonl:1: quote 2"), set.warnings().get(0));
  }

  @Test
  void add_speakerNames_matchFullerFormsButNotRelatives() {
    QuoteScorer s = new QuoteScorer();

    s.add("q1", TEXT, List.of(new QuoteSet.Quote(0, 14, "Joe Biden"), new QuoteSet.Quote(27, 32, "Hunter Biden")),
        List.of(pred(0, 14, "Biden"), pred(27, 32, "Joe Biden"), pred(40, 45, "x")));

    ObjectNode j = s.toJson(10);
    assertEquals(2, j.get("found_30").asLong());
    assertEquals(1, j.get("speaker_correct").asLong());
    assertEquals(0.5, j.get("speaker_accuracy").asDouble());
    assertEquals(0.8, j.get("found_f1_30").asDouble());
    assertEquals("Hunter Biden", j.get("wrong_speakers").get(0).get("speaker").asText());
    assertEquals(1, j.get("false_alarms").size());
  }
}
