package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvaluateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A two-article corpus: "a" with two relations, "b" with one. */
  static Path corpus(Path dir) throws IOException {
    BratCorpusTest.write(dir, "text/a.txt", BratCorpusTest.TEXT);
    BratCorpusTest.write(dir, "attributions/a_x.ann", "T1\tSource 16 25\tthe mayor\nT2\tCue 26 30\tsaid\n"
        + "T3\tContent 0 14\tRain is coming\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        + "T4\tContent 46 62\tit will be heavy\nE2\tAttribution:T2 Content:T4\n");
    BratCorpusTest.write(dir, "text/b.txt", BratCorpusTest.TEXT);
    BratCorpusTest.write(dir, "attributions/b_x.ann", "T1\tContent 0 14\tRain is coming\n"
        + "E1\tAttribution:T1 Content:T1\n");
    return dir;
  }

  static String statement(int begin, int end, int mentionBegin, int mentionEnd) {
    return "{\"kind\":\"direct\",\"content\":{\"begin\":" + begin + ",\"end\":" + end + ",\"text\":\"t\"},"
        + "\"cue\":null,\"speaker\":{\"name\":\"the mayor\",\"type\":\"person\",\"mention\":{\"begin\":"
        + mentionBegin + ",\"end\":" + mentionEnd + ",\"text\":\"m\"},\"role\":null},"
        + "\"chain\":[{\"name\":\"the mayor\",\"type\":\"person\"}],\"rule\":\"r\",\"confidence\":0.7}";
  }

  @Test
  void run_predictionsFile_printsOneJsonObjectWithTheScores(@TempDir Path dir) throws IOException {
    Path gold = corpus(dir.resolve("gold"));
    Path preds = dir.resolve("p.jsonl");
    Files.writeString(preds, "{\"format_version\":1,\"id\":\"a\",\"statements\":[" + statement(0, 14, 20, 25) + ","
        + statement(30, 40, 0, 1) + "]}\n");

    int code = run("evaluate", "--brat", gold.toString(), "--predictions", preds.toString(), "--format", "json");

    assertEquals(0, code, err());
    JsonNode j = new ObjectMapper().readTree(out());
    assertEquals(2, j.get("articles").asInt());
    assertEquals(3, j.get("gold").asInt());
    assertEquals(2, j.get("predicted").asInt());
    assertEquals(1, j.get("found_30").asInt());
    assertEquals(0.5, j.get("found_precision_30").asDouble());
    assertEquals(0.3333, j.get("found_recall_30").asDouble());
    assertEquals(1.0, j.get("source_accuracy").asDouble());
    assertEquals(1, j.get("e2e_correct").asInt());
    assertEquals("file:" + preds, j.get("system").asText());
    assertTrue(j.get("warnings").toString().contains("1 articles missing from the predictions"),
        j.get("warnings").toString());
  }

  @Test
  void run_errorLineInPredictions_reportsAFailedArticleAndGoesOn(@TempDir Path dir) throws IOException {
    Path gold = corpus(dir.resolve("gold"));
    Path preds = dir.resolve("p.jsonl");
    Files.writeString(preds, "{\"format_version\":1,\"id\":\"a\",\"error\":\"a.txt: not valid UTF-8 text\"}\n"
        + "{\"format_version\":1,\"id\":\"b\",\"statements\":[" + statement(0, 14, 20, 25) + "]}\n");

    int code = run("--brat", gold.toString(), "--predictions", preds.toString(), "--format", "json");

    assertEquals(0, code, err());
    JsonNode j = new ObjectMapper().readTree(out());
    assertEquals(1, j.get("failed_articles").size());
    assertTrue(j.get("failed_articles").get(0).asText().contains("not valid UTF-8"));
    assertEquals(1, j.get("found_30").asInt());
    assertEquals(1, j.get("predicted").asInt());
  }

  @Test
  void run_tableFormatWithLimit_scoresFirstArticlesOnly(@TempDir Path dir) throws IOException {
    Path gold = corpus(dir.resolve("gold"));
    Path preds = dir.resolve("p.jsonl");
    Files.writeString(preds, "");

    int code = run("--brat", gold.toString(), "--predictions", preds.toString(), "--limit", "1", "--worst", "1");

    assertEquals(0, code, err());
    assertTrue(out().contains("1 articles, 2 gold relations"), out());
    assertTrue(out().contains("Worst misses"), out());
  }

  @Test
  void run_quoteSet_printsFoundF1AndSpeakerAccuracy(@TempDir Path dir) throws IOException {
    Path quotes = dir.resolve("q.jsonl");
    Files.writeString(quotes, "{\"id\":\"q\",\"text\":\"\\\"Hi,\\\" said Joe Biden.\",\"quotes\":"
        + "[{\"begin\":0,\"end\":5,\"speaker\":\"Joe Biden\"}]}\n");
    Path preds = dir.resolve("p.jsonl");
    Files.writeString(preds, "{\"format_version\":1,\"id\":\"q\",\"statements\":[{\"kind\":\"direct\","
        + "\"content\":{\"begin\":0,\"end\":5,\"text\":\"x\"},\"speaker\":{\"name\":\"Biden\"}}]}\n");

    int code = run("--quotes", quotes.toString(), "--predictions", preds.toString(), "--format", "json");

    assertEquals(0, code, err());
    JsonNode j = new ObjectMapper().readTree(out());
    assertEquals(1.0, j.get("found_f1_30").asDouble());
    assertEquals(1.0, j.get("speaker_accuracy").asDouble());
  }

  @Test
  void run_usageErrors_returnTwoWithAMessage(@TempDir Path dir) throws IOException {
    Path gold = corpus(dir.resolve("gold"));
    List<List<String>> bad = new ArrayList<>();
    bad.add(List.of());
    bad.add(List.of("--brat", dir.resolve("nope").toString()));
    bad.add(List.of("--brat", gold.toString(), "--format", "xml"));
    bad.add(List.of("--brat", gold.toString(), "--baseline", "spacy"));
    bad.add(List.of("--brat", gold.toString(), "--limit", "0"));
    bad.add(List.of("--brat", gold.toString(), "--threads", "0"));
    bad.add(List.of("--brat", gold.toString(), "--worst"));
    bad.add(List.of("--brat", gold.toString(), "--frobnicate", "1"));
    bad.add(List.of("--brat", gold.toString(), "--quotes", gold.resolve("text/a.txt").toString()));
    for (List<String> args : bad) {
      err.reset();
      assertEquals(2, run(args.toArray(String[]::new)), args.toString());
      assertTrue(err().startsWith("evaluate: "), err());
      assertTrue(err().contains("usage:"), err());
    }
    assertTrue(err().contains("exactly one of --brat"), err());
  }

  @Test
  void run_help_printsUsageAndReturnsZero() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("--worst N"), out());
  }
}
