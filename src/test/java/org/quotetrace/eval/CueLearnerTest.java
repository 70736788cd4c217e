package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CueLearnerTest {

  private static String written(Map<String, int[]> counts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CueLearner.write(counts, 2, 0.4, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void write_keepsFramesAnnotatedOftenEnough_andDropsRareOrImprecise() {
    Map<String, int[]> counts = new TreeMap<>();
    counts.put("criticize\tobj", new int[] {18, 25});
    counts.put("make\tobj", new int[] {14, 91});
    counts.put("ponder\tccomp", new int[] {1, 1});
    String tsv = written(counts);
    assertTrue(tsv.contains("criticize\tobj\t0.7\t18\t25"), tsv);
    assertFalse(tsv.contains("make\tobj"), tsv);
    assertFalse(tsv.contains("ponder"), tsv);
  }

  @Test
  void write_verbOfSayingSeenRarely_keepsItsClauseFramesWithPrior() {
    String tsv = written(new TreeMap<>());
    assertTrue(tsv.contains("say\tccomp\t0.8\t0\t0"), tsv);
    assertTrue(tsv.contains("call\tfor\t0.8"), tsv);
  }

  @Test
  void write_verbOfSayingKnownToBeImprecise_isLeftOut() {
    Map<String, int[]> counts = new TreeMap<>();
    counts.put("mention\tccomp", new int[] {0, 10});
    assertFalse(written(counts).contains("mention\tccomp"));
  }

  @Test
  void weights_contextNeverAnnotated_weighsAgainst_andFramesTooRareAreLeftOut() {
    Map<String, int[]> counts = new TreeMap<>();
    counts.put("say\tccomp", new int[] {40, 80});
    counts.put("ponder\tccomp", new int[] {1, 50});
    List<CueLearner.Row> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(new CueLearner.Row("say\tccomp", true, List.of("pos=VBD", "rel=root")));
      rows.add(new CueLearner.Row("say\tccomp", false, List.of("pos=VB", "rel=relcl", "modal")));
    }
    for (int i = 0; i < 50; i++) {
      rows.add(new CueLearner.Row("ponder\tccomp", i == 0, List.of("pos=VBD", "rel=root")));
    }
    Map<String, Double> w = CueLearner.weights(counts, rows, 2);
    assertTrue(w.get("modal") < 0, w.toString());
    assertTrue(w.get("rel=root") > 0, w.toString());
    assertTrue(w.get("ccomp|rel=relcl") < 0, w.toString());
    // "ponder" is annotated once: too rare to teach anything, so "pos=VBD" is learned from "say" alone.
    assertTrue(w.get("pos=VBD") > 0, w.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CueLearner.write(counts, w, 0.3, 2, 0, new PrintStream(out, true, StandardCharsets.UTF_8));
    String tsv = out.toString(StandardCharsets.UTF_8);
    assertTrue(tsv.contains("@threshold\t0.3\n"), tsv);
    assertTrue(tsv.contains("@weight\tmodal\t-"), tsv);
    assertTrue(tsv.contains("say\tccomp\t0.5\t40\t80"), tsv);
    assertFalse(tsv.contains("ponder"), tsv);
  }
}
