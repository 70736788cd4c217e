package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GreedyMatcherTest {

  @Test
  void match_predictionCoversExactly30Percent_isNotFound() {
    assertArrayEquals(new int[] {-1}, GreedyMatcher.match(List.of(Ranges.of(0, 100)), List.of(Ranges.of(0, 30)), 30));
  }

  @Test
  void match_predictionCovers31Percent_isFoundAt30ButNotAt80() {
    List<Ranges> gold = List.of(Ranges.of(0, 100));
    List<Ranges> pred = List.of(Ranges.of(69, 200));

    assertArrayEquals(new int[] {0}, GreedyMatcher.match(gold, pred, 30));
    assertArrayEquals(new int[] {-1}, GreedyMatcher.match(gold, pred, 80));
  }

  @Test
  void match_predictionCovers81Percent_isFoundAt80() {
    assertArrayEquals(new int[] {0}, GreedyMatcher.match(List.of(Ranges.of(0, 100)), List.of(Ranges.of(19, 100)), 80));
  }

  @Test
  void match_exactly80Percent_isNotFoundAt80() {
    assertArrayEquals(new int[] {-1}, GreedyMatcher.match(List.of(Ranges.of(0, 10)), List.of(Ranges.of(2, 10)), 80));
  }

  @Test
  void match_onePredictionOverTwoGolds_findsOnlyTheBetterCovered() {
    // One long prediction covers all of gold 1 (100%) and most of gold 0 (90%): it finds only gold 1.
    List<Ranges> gold = List.of(Ranges.of(0, 10), Ranges.of(20, 30));

    assertArrayEquals(new int[] {-1, 0}, GreedyMatcher.match(gold, List.of(Ranges.of(1, 30)), 30));
  }

  @Test
  void match_twoPredictionsOverOneGold_usesTheBetterAndLeavesTheOther() {
    List<Ranges> pred = List.of(Ranges.of(0, 40), Ranges.of(0, 90));

    assertArrayEquals(new int[] {1}, GreedyMatcher.match(List.of(Ranges.of(0, 100)), pred, 30));
  }

  @Test
  void match_equalCoverage_takesEarlierGoldThenEarlierPrediction() {
    // The prediction covers both golds fully: the earlier gold gets it.
    assertArrayEquals(new int[] {0, -1},
        GreedyMatcher.match(List.of(Ranges.of(0, 10), Ranges.of(10, 20)), List.of(Ranges.of(0, 20)), 30));
    // Two identical predictions: the earlier one is used.
    assertArrayEquals(new int[] {0},
        GreedyMatcher.match(List.of(Ranges.of(0, 10)), List.of(Ranges.of(0, 10), Ranges.of(0, 10)), 30));
  }

  @Test
  void match_greedyByCoverage_canLeaveAGoldThatAnOptimalAssignmentWouldFind() {
    // Prediction 0 covers gold 0 fully and gold 1 by half; prediction 1 covers only gold 0, by 40%.
    // Greedy gives prediction 0 to gold 0 (the best pair), and prediction 1 does not reach gold 1: one found,
    // where pairing gold 0 with prediction 1 and gold 1 with prediction 0 would find two.
    List<Ranges> gold = List.of(Ranges.of(0, 10), Ranges.of(10, 20));
    List<Ranges> pred = List.of(Ranges.of(0, 15), Ranges.of(6, 10));

    assertArrayEquals(new int[] {0, -1}, GreedyMatcher.match(gold, pred, 30));
  }

  @Test
  void match_discontinuousGold_coverageCountsOnlyItsCharacters() {
    // Gold has 10 characters in two pieces; the prediction spans the gap but covers only the first piece.
    Ranges gold = Ranges.union(List.of(new int[] {0, 5}, new int[] {50, 55}));

    assertEquals(0.5, GreedyMatcher.coverage(gold, Ranges.of(0, 40)));
    assertArrayEquals(new int[] {0}, GreedyMatcher.match(List.of(gold), List.of(Ranges.of(0, 40)), 30));
    assertArrayEquals(new int[] {-1}, GreedyMatcher.match(List.of(gold), List.of(Ranges.of(0, 40)), 80));
  }

  @Test
  void match_percentOutOfRange_throwsWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GreedyMatcher.match(List.of(), List.of(), 100));
    assertTrue(e.getMessage().contains("100"), e.getMessage());
  }

  @Property
  void match_anyInput_usesEachPredictionOnceAndOnlyAboveThreshold(
      @ForAll("spans") List<Ranges> gold, @ForAll("spans") List<Ranges> pred) {
    int[] m = GreedyMatcher.match(gold, pred, 30);
    Set<Integer> used = new HashSet<>();
    for (int g = 0; g < m.length; g++) {
      if (m[g] >= 0) {
        assertTrue(used.add(m[g]), "prediction used twice");
        assertTrue(GreedyMatcher.coverage(gold.get(g), pred.get(m[g])) > 0.3);
      }
    }
  }

  @Property
  void match_predictionsEqualToDisjointGold_findEveryGold(@ForAll("disjoint") List<Ranges> gold) {
    int[] m = GreedyMatcher.match(gold, new ArrayList<>(gold), 80);
    for (int g : m) {
      assertTrue(g >= 0);
    }
  }

  /** Non-overlapping spans, as brat corpora annotate contents (no nesting). */
  @Provide
  Arbitrary<List<Ranges>> disjoint() {
    return Arbitraries.integers().between(1, 30).tuple2().list().ofMaxSize(8).map(steps -> {
      List<Ranges> out = new ArrayList<>();
      int at = 0;
      for (var step : steps) {
        at += step.get1() - 1;
        out.add(Ranges.of(at, at + step.get2()));
        at += step.get2();
      }
      return out;
    });
  }

  @Provide
  Arbitrary<List<Ranges>> spans() {
    return Arbitraries.integers().between(0, 200).tuple2()
        .map(t -> Ranges.of(Math.min(t.get1(), t.get2()), Math.max(t.get1(), t.get2()) + 1))
        .list().ofMaxSize(8);
  }
}
