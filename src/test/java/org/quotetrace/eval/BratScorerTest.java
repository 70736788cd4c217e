package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BratScorerTest {

  static GoldRelation gold(int begin, int end, Optional<Ranges> source, Optional<Ranges> cue) {
    return new GoldRelation("E" + begin, Ranges.of(begin, end), source, cue, "content " + begin,
        source.map(s -> "Jane Doe").orElse(""), cue.map(c -> "said").orElse(""));
  }

  static Prediction pred(int begin, int end, Optional<Ranges> mention, Optional<Ranges> cue) {
    return new Prediction(Ranges.of(begin, end), mention, cue, "direct", "Jane Doe", "content " + begin, "test", 0.5);
  }

  static Optional<Ranges> at(int begin, int end) {
    return Optional.of(Ranges.of(begin, end));
  }

  @Test
  void add_foundWithRightSource_countsEndToEnd() {
    BratScorer s = new BratScorer();

    s.add("a", List.of(
            gold(0, 100, at(110, 118), at(119, 123)),     // found, source right, cue right
            gold(200, 300, at(310, 318), at(319, 323)),   // found, source wrong
            gold(400, 500, Optional.empty(), at(501, 505)), // found, gold has no source
            gold(600, 700, at(710, 718), Optional.empty())), // not found
        List.of(
            pred(0, 100, at(112, 116), at(119, 123)),
            pred(200, 250, at(0, 5), Optional.empty()),
            pred(400, 500, at(501, 505), Optional.empty()),
            pred(900, 950, Optional.empty(), Optional.empty()))); // false alarm

    ObjectNode j = s.toJson(10);
    assertEquals(3, j.get("found_30").asLong());
    assertEquals(2, j.get("found_80").asLong());
    assertEquals(1, j.get("e2e_correct").asLong());
    assertEquals(0.75, j.get("found_precision_30").asDouble());
    assertEquals(0.75, j.get("found_recall_30").asDouble());
    assertEquals(0.25, j.get("e2e_precision").asDouble());
    assertEquals(0.25, j.get("e2e_recall").asDouble());
    assertEquals(0.25, j.get("e2e_f1").asDouble());
    assertEquals(0.3333, j.get("source_accuracy").asDouble());
    assertEquals(0.5, j.get("source_accuracy_with_source").asDouble());
    assertEquals(0.3333, j.get("cue_accuracy").asDouble());
    assertEquals(1, j.get("worst_misses").size());
    assertEquals(600, j.get("worst_misses").get(0).get("begin").asInt());
    assertEquals(1, j.get("false_alarms").size());
    assertEquals(900, j.get("false_alarms").get(0).get("begin").asInt());
  }

  @Test
  void add_onePredictionOverlappingTwoGolds_findsOneAndCountsOnePredictionOnce() {
    BratScorer s = new BratScorer();

    s.add("a", List.of(gold(0, 50, Optional.empty(), Optional.empty()),
        gold(50, 100, Optional.empty(), Optional.empty())), List.of(pred(0, 100, Optional.empty(), Optional.empty())));

    ObjectNode j = s.toJson(10);
    assertEquals(1, j.get("found_30").asLong());
    assertEquals(1.0, j.get("found_precision_30").asDouble());
    assertEquals(0.5, j.get("found_recall_30").asDouble());
  }

  @Test
  void add_severalArticles_sumsCountsBeforeDividing() {
    BratScorer s = new BratScorer();

    s.add("a", List.of(gold(0, 10, Optional.empty(), Optional.empty())), List.of(pred(0, 10, Optional.empty(),
        Optional.empty())));
    s.add("b", List.of(gold(0, 10, Optional.empty(), Optional.empty()), gold(20, 30, Optional.empty(),
        Optional.empty()), gold(40, 50, Optional.empty(), Optional.empty())), List.of());

    ObjectNode j = s.toJson(10);
    // Micro-average: 1 found of 4 gold, not the mean of 1.0 and 0.0.
    assertEquals(0.25, j.get("found_recall_30").asDouble());
    assertEquals(2, j.get("articles").asInt());
  }

  @Test
  void toJson_breakdowns_countByKindCueAndSourceType() {
    BratScorer s = new BratScorer();
    s.add("a", List.of(gold(0, 10, at(20, 28), at(29, 33))),
        List.of(pred(0, 10, at(20, 28), Optional.empty()),
            new Prediction(Ranges.of(50, 60), Optional.empty(), Optional.empty(), "indirect", "x", "y", "r", 0.9)));

    ObjectNode j = s.toJson(10);

    JsonNode kinds = j.get("by_kind");
    assertEquals("direct", kinds.get(0).get("kind").asText());
    assertEquals(1.0, kinds.get(0).get("precision").asDouble());
    assertEquals("indirect", kinds.get(1).get("kind").asText());
    assertEquals(0.0, kinds.get(1).get("precision").asDouble());
    assertEquals("said", j.get("by_cue").get(0).get("cue").asText());
    assertEquals("person", j.get("by_source_type").get(0).get("source_type").asText());
    assertEquals(1.0, j.get("by_source_type").get(0).get("source_accuracy").asDouble());
  }

  @Test
  void toTable_nothingPredicted_printsZerosNotNaN() {
    BratScorer s = new BratScorer();
    s.add("a", List.of(gold(0, 10, Optional.empty(), Optional.empty())), List.of());

    String table = s.toTable(10);

    assertTrue(table.contains("0.000"), table);
    assertTrue(!table.contains("NaN"), table);
  }

  @Property
  void toJson_anyPredictions_ratesLieWithinZeroAndOne(@ForAll("articles") List<int[]> spans) {
    BratScorer s = new BratScorer();
    List<GoldRelation> gold = new ArrayList<>();
    List<Prediction> preds = new ArrayList<>();
    for (int[] t : spans) {
      gold.add(gold(t[0], t[0] + t[1], at(t[2], t[2] + 3), Optional.empty()));
      preds.add(pred(t[3], t[3] + t[1], at(t[2] + 1, t[2] + 5), Optional.empty()));
    }
    s.add("a", gold, preds);

    ObjectNode j = s.toJson(3);
    for (String key : List.of("found_precision_30", "found_recall_30", "found_f1_30", "found_precision_80",
        "found_recall_80", "found_f1_80", "source_accuracy", "cue_accuracy", "e2e_precision", "e2e_recall",
        "e2e_f1")) {
      double v = j.get(key).asDouble();
      assertTrue(v >= 0 && v <= 1, key + " = " + v);
    }
    assertTrue(j.get("found_80").asLong() <= j.get("found_30").asLong());
    assertTrue(j.get("e2e_correct").asLong() <= j.get("found_30").asLong());
  }

  @Property
  void toJson_perfectPredictions_scoreOne(@ForAll("lengths") List<Integer> lengths) {
    BratScorer s = new BratScorer();
    List<GoldRelation> gold = new ArrayList<>();
    List<Prediction> preds = new ArrayList<>();
    int at = 0;
    for (int len : lengths) {
      gold.add(gold(at, at + len, at(at + len, at + len + 4), at(at + len + 4, at + len + 8)));
      preds.add(pred(at, at + len, at(at + len, at + len + 4), at(at + len + 4, at + len + 8)));
      at += len + 10;
    }
    s.add("a", gold, preds);

    ObjectNode j = s.toJson(3);
    for (String key : List.of("found_f1_30", "found_f1_80", "source_accuracy", "cue_accuracy", "e2e_f1")) {
      assertEquals(1.0, j.get(key).asDouble(), key);
    }
  }

  @Provide
  Arbitrary<List<int[]>> articles() {
    return Arbitraries.integers().between(0, 300).array(int[].class).ofSize(4)
        .map(a -> new int[] {a[0], 1 + a[1] % 60, a[2], a[3]})
        .list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<Integer>> lengths() {
    return Arbitraries.integers().between(1, 80).list().ofMinSize(1).ofMaxSize(10);
  }
}
