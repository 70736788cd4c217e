package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
