package org.quotetrace.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold contents with predicted contents, each used at most once.
 *
 * <p>A prediction can find a gold content when it covers more than {@code percent}% of the gold content's
 * characters: {@code |prediction ∩ gold| / |gold| > percent / 100}, compared exactly in integers. Among all
 * such (gold, prediction) pairs the matcher takes them in order of decreasing coverage (ties: the earlier gold,
 * then the earlier prediction, by list position) and pairs the two whenever both are still free. Greedy rather
 * than an optimal assignment, so that a prediction always goes to the gold content it covers best.
 */
final class GreedyMatcher {

  private GreedyMatcher() {}

  /**
   * Returns, for each gold content, the index of the prediction it is paired with, or -1.
   *
   * @throws IllegalArgumentException if {@code percent} is not within 0..99
   */
  static int[] match(List<Ranges> gold, List<Ranges> predicted, int percent) {
    if (percent < 0 || percent >= 100) {
      throw new IllegalArgumentException("coverage percent (" + percent + ") must be within 0..99");
    }
    record Pair(int gold, int pred, long covered, long goldLength) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Ranges gr = gold.get(g);
      long len = gr.length();
      if (len == 0) {
        continue;
      }
      for (int p = 0; p < predicted.size(); p++) {
        long covered = gr.intersection(predicted.get(p));
        if (covered * 100 > percent * len) {
          pairs.add(new Pair(g, p, covered, len));
        }
      }
    }
    // Decreasing coverage covered/goldLength, compared by cross-multiplication to stay exact.
    Comparator<Pair> byCoverage = (a, b) -> Long.compare(b.covered() * a.goldLength(), a.covered() * b.goldLength());
    pairs.sort(byCoverage.thenComparingInt(Pair::gold).thenComparingInt(Pair::pred));
    int[] goldToPred = new int[gold.size()];
    Arrays.fill(goldToPred, -1);
    boolean[] used = new boolean[predicted.size()];
    for (Pair pr : pairs) {
      if (goldToPred[pr.gold()] < 0 && !used[pr.pred()]) {
        goldToPred[pr.gold()] = pr.pred();
        used[pr.pred()] = true;
      }
    }
    return goldToPred;
  }

  /** Returns the coverage of {@code gold} by {@code predicted}, from 0 to 1. */
  static double coverage(Ranges gold, Ranges predicted) {
    int len = gold.length();
    return len == 0 ? 0 : (double) gold.intersection(predicted) / len;
  }
}
