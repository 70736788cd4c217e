package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PredictionsFileTest {

  static final String OK_LINE = "{\"format_version\":1,\"id\":\"a\",\"headline\":null,\"publisher\":null,"
      + "\"future_field\":[1,2],\"statements\":[{\"kind\":\"according-to\","
      + "\"content\":{\"begin\":5,\"end\":20,\"text\":\"fifteen chars..\"},"
      + "\"cue\":null,\"speaker\":{\"name\":\"NBC News\",\"type\":\"outlet\","
      + "\"mention\":{\"begin\":0,\"end\":3,\"text\":\"NBC\"},\"role\":null},"
      + "\"chain\":[{\"name\":\"NBC News\",\"type\":\"outlet\"}],\"rule\":\"according.to\",\"confidence\":0.8}]}";

  @Test
  void read_statementLine_givesPredictionsAndIgnoresUnknownFields() throws IOException {
    PredictionsFile f = PredictionsFile.read(new StringReader(OK_LINE + "\n"), "p.jsonl");

    Prediction p = f.articles().get("a").predictions().get(0);
    assertEquals(Ranges.of(5, 20), p.content());
    assertEquals(Optional.of(Ranges.of(0, 3)), p.mention());
    assertEquals(Optional.empty(), p.cue());
    assertEquals("according-to", p.kind());
    assertEquals("NBC News", p.speakerName());
    assertEquals(0.8, p.confidence());
    assertEquals(List.of(), f.warnings());
  }

  @Test
  void read_errorLine_countsAsNoPredictionsWithItsMessage() throws IOException {
    PredictionsFile f = PredictionsFile.read(new StringReader(
        "{\"format_version\":1,\"id\":\"broken\",\"error\":\"broken.txt: not valid UTF-8 text\"}\n"), "p.jsonl");

    PredictionsFile.Entry e = f.articles().get("broken");
    assertEquals(List.of(), e.predictions());
    assertEquals(Optional.of("broken.txt: not valid UTF-8 text"), e.error());
  }

  @Test
  void read_badLines_areSkippedWithWarningsNamingTheLine() throws IOException {
    PredictionsFile f = PredictionsFile.read(new StringReader(
        "not json\n\n{\"no_id\":1}\n" + OK_LINE + "\n" + OK_LINE + "\n"
            + "{\"id\":\"c\",\"statements\":[{\"content\":{\"begin\":\"x\",\"end\":3}}]}\n"), "p.jsonl");

    assertEquals(List.of("a", "c"), List.copyOf(f.articles().keySet()));
    assertEquals(4, f.warnings().size(), f.warnings().toString());
    assertTrue(f.warnings().get(0).startsWith("p.jsonl:1: not JSON"), f.warnings().get(0));
    assertTrue(f.warnings().get(1).startsWith("p.jsonl:3:"), f.warnings().get(1));
    assertTrue(f.warnings().get(2).startsWith("p.jsonl:5: id a repeats"), f.warnings().get(2));
    assertTrue(f.articles().get("c").error().isPresent());
  }

  @Test
  void coverageWarnings_articlesMissingFromPredictions_areListed() throws IOException {
    PredictionsFile f = PredictionsFile.read(new StringReader(OK_LINE + "\n"), "p.jsonl");

    List<String> w = EvaluateCommand.coverageWarnings(f, List.of("a", "b", "c"));

    assertEquals(List.of("2 articles missing from the predictions, counted as no predictions: b, c"), w);
  }

  @Test
  void coverageWarnings_predictedArticleNotInGold_isListed() throws IOException {
    PredictionsFile f = PredictionsFile.read(new StringReader(OK_LINE + "\n"), "p.jsonl");

    assertEquals(List.of("1 predicted articles not in the gold, ignored: a"),
        EvaluateCommand.coverageWarnings(f, List.of()));
  }
}
