package org.quotetrace.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores predicted statements against a brat corpus's attribution relations, summing counts over all
 * articles (micro-average).
 *
 * <ul>
 *   <li>A gold relation is <em>found</em> when a prediction covers more than 30% (strict run: 80%) of its
 *       content's characters, pairs chosen by {@link GreedyMatcher}: each prediction finds at most one
 *       relation. Precision = found / predicted statements, recall = found / gold relations.
 *   <li>Source accuracy: the share of relations found at 30% whose prediction's speaker mention overlaps the
 *       gold Source (a relation without Source, or a prediction without mention, is not correct). Cue
 *       accuracy likewise with the cue spans. Both are also given restricted to relations that have one.
 *   <li>End-to-end: a relation counts when it is found at 30% and its source is correct; precision and recall
 *       divide that count by the predicted statements and the gold relations.
 * </ul>
 *
 * <p>Not thread-safe: articles are added one at a time.
 */
final class BratScorer {

  static final int LOOSE = 30;
  static final int STRICT = 80;
  private static final int TOP_CUES = 15;
  private static final int SNIPPET = 100;

  private int articles;
  private long gold;
  private long predicted;
  private long found30;
  private long found80;
  private long goldWithSource;
  private long foundWithSource;
  private long sourceCorrect;
  private long foundWithCue;
  private long cueCorrect;
  private final Map<String, long[]> byKind = new TreeMap<>();
  private final Map<String, Bucket> byCue = new TreeMap<>();
  private final Map<SourceClass, Bucket> bySource = new EnumMap<>(SourceClass.class);
  private final List<Miss> misses = new ArrayList<>();
  private final List<FalseAlarm> falseAlarms = new ArrayList<>();

  /** Gold relations of one group, how many were found, and how many of those had the right source. */
  private static final class Bucket {
    long gold;
    long found;
    long sourceCorrect;
  }

  private record Miss(String article, GoldRelation relation) {}

  private record FalseAlarm(String article, Prediction prediction) {}

  /** Adds one article's gold relations and predictions. */
  void add(String articleId, List<GoldRelation> relations, List<Prediction> predictions) {
    articles++;
    gold += relations.size();
    predicted += predictions.size();
    List<Ranges> goldContent = relations.stream().map(GoldRelation::content).toList();
    List<Ranges> predContent = predictions.stream().map(Prediction::content).toList();
    int[] loose = GreedyMatcher.match(goldContent, predContent, LOOSE);
    int[] strict = GreedyMatcher.match(goldContent, predContent, STRICT);
    boolean[] used = new boolean[predictions.size()];
    for (int g = 0; g < relations.size(); g++) {
      GoldRelation rel = relations.get(g);
      SourceClass sourceClass = SourceClass.of(rel.sourceText());
      Bucket cueBucket = byCue.computeIfAbsent(cueKey(rel), k -> new Bucket());
      Bucket sourceBucket = bySource.computeIfAbsent(sourceClass, k -> new Bucket());
      cueBucket.gold++;
      sourceBucket.gold++;
      if (rel.source().isPresent()) {
        goldWithSource++;
      }
      if (strict[g] >= 0) {
        found80++;
      }
      if (loose[g] < 0) {
        misses.add(new Miss(articleId, rel));
        continue;
      }
      Prediction p = predictions.get(loose[g]);
      used[loose[g]] = true;
      found30++;
      cueBucket.found++;
      sourceBucket.found++;
      if (rel.source().isPresent()) {
        foundWithSource++;
      }
      if (rel.cue().isPresent()) {
        foundWithCue++;
      }
      if (overlaps(rel.source(), p.mention())) {
        sourceCorrect++;
        cueBucket.sourceCorrect++;
        sourceBucket.sourceCorrect++;
      }
      if (overlaps(rel.cue(), p.cue())) {
        cueCorrect++;
      }
    }
    for (int i = 0; i < predictions.size(); i++) {
      long[] kind = byKind.computeIfAbsent(predictions.get(i).kind(), k -> new long[2]);
      kind[0]++;
      if (used[i]) {
        kind[1]++;
      } else {
        falseAlarms.add(new FalseAlarm(articleId, predictions.get(i)));
      }
    }
  }

  private static String cueKey(GoldRelation rel) {
    String cue = rel.cueText().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return cue.isEmpty() ? "(none)" : cue;
  }

  private static boolean overlaps(Optional<Ranges> gold, Optional<Ranges> predicted) {
    return gold.isPresent() && predicted.isPresent() && gold.get().overlaps(predicted.get());
  }

  long found30() {
    return found30;
  }

  long found80() {
    return found80;
  }

  long sourceCorrect() {
    return sourceCorrect;
  }

  long cueCorrect() {
    return cueCorrect;
  }

  long gold() {
    return gold;
  }

  long predicted() {
    return predicted;
  }

  /** Returns the scores and breakdowns as one JSON object; {@code worst} limits each list of examples. */
  ObjectNode toJson(int worst) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Rates.putPrf(o, "found", "_30", found30, predicted, gold);
    Rates.putPrf(o, "found", "_80", found80, predicted, gold);
    o.put("source_accuracy", Rates.round(Rates.ratio(sourceCorrect, found30)));
    o.put("source_accuracy_with_source", Rates.round(Rates.ratio(sourceCorrect, foundWithSource)));
    o.put("cue_accuracy", Rates.round(Rates.ratio(cueCorrect, found30)));
    o.put("cue_accuracy_with_cue", Rates.round(Rates.ratio(cueCorrect, foundWithCue)));
    Rates.putPrf(o, "e2e", "", sourceCorrect, predicted, gold);
    o.put("articles", articles);
    o.put("gold", gold);
    o.put("gold_with_source", goldWithSource);
    o.put("predicted", predicted);
    o.put("found_30", found30);
    o.put("found_80", found80);
    o.put("found_30_with_source", foundWithSource);
    o.put("found_30_with_cue", foundWithCue);
    o.put("source_correct", sourceCorrect);
    o.put("cue_correct", cueCorrect);
    o.put("e2e_correct", sourceCorrect);
    ArrayNode kinds = o.putArray("by_kind");
    byKind.forEach((kind, n) -> kinds.addObject().put("kind", kind).put("predicted", n[0]).put("found_30", n[1])
        .put("precision", Rates.round(Rates.ratio(n[1], n[0]))));
    ArrayNode cues = o.putArray("by_cue");
    topCues().forEach(e -> bucketJson(cues.addObject().put("cue", e.getKey()), e.getValue()));
    ArrayNode sources = o.putArray("by_source_type");
    bySource.forEach((c, b) -> bucketJson(sources.addObject().put("source_type", c.jsonName()), b));
    ArrayNode missJson = o.putArray("worst_misses");
    for (Miss m : worstMisses(worst)) {
      missJson.addObject().put("article", m.article()).put("relation", m.relation().id())
          .put("begin", m.relation().content().begin()).put("end", m.relation().content().end())
          .put("content", Rates.snippet(m.relation().contentText(), SNIPPET))
          .put("cue", m.relation().cueText()).put("source", m.relation().sourceText());
    }
    ArrayNode alarmJson = o.putArray("false_alarms");
    for (FalseAlarm f : worstFalseAlarms(worst)) {
      alarmJson.addObject().put("article", f.article()).put("kind", f.prediction().kind())
          .put("begin", f.prediction().content().begin()).put("end", f.prediction().content().end())
          .put("content", Rates.snippet(f.prediction().contentText(), SNIPPET))
          .put("speaker", f.prediction().speakerName()).put("rule", f.prediction().rule())
          .put("confidence", f.prediction().confidence());
    }
    return o;
  }

  private static void bucketJson(ObjectNode o, Bucket b) {
    o.put("gold", b.gold).put("found_30", b.found).put("recall", Rates.round(Rates.ratio(b.found, b.gold)))
        .put("source_correct", b.sourceCorrect)
        .put("source_accuracy", Rates.round(Rates.ratio(b.sourceCorrect, b.found)));
  }

  /** The most frequent gold cues, most first, ties in alphabetical order. */
  private List<Map.Entry<String, Bucket>> topCues() {
    return byCue.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Bucket> e) -> -e.getValue().gold)
            .thenComparing(Map.Entry::getKey))
        .limit(TOP_CUES)
        .toList();
  }

  /** The missed relations with the longest contents: the most attributed text lost. */
  private List<Miss> worstMisses(int n) {
    return misses.stream()
        .sorted(Comparator.comparingInt((Miss m) -> -m.relation().content().length())
            .thenComparing(Miss::article).thenComparingInt(m -> m.relation().content().begin()))
        .limit(n)
        .toList();
  }

  /** The unmatched predictions made with the highest confidence, then the longest. */
  private List<FalseAlarm> worstFalseAlarms(int n) {
    return falseAlarms.stream()
        .sorted(Comparator.comparingDouble((FalseAlarm f) -> -f.prediction().confidence())
            .thenComparingInt(f -> -f.prediction().content().length())
            .thenComparing(FalseAlarm::article).thenComparingInt(f -> f.prediction().content().begin()))
        .limit(n)
        .toList();
  }

  /** Returns the scores and breakdowns as a table for a person; {@code worst} limits each list of examples. */
  String toTable(int worst) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d articles, %d gold relations (%d with a source), %d predicted "
        + "statements%n%n", articles, gold, goldWithSource, predicted));
    sb.append(String.format(Locale.ROOT, "%-26s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "count"));
    Rates.prfRow(sb, 26, "found (coverage > 30%)", found30, predicted, gold);
    Rates.prfRow(sb, 26, "found (coverage > 80%)", found80, predicted, gold);
    Rates.prfRow(sb, 26, "end-to-end (found+source)", sourceCorrect, predicted, gold);
    sb.append(String.format(Locale.ROOT, "%nsource accuracy  %s  (%d/%d found); gold with a source: %s (%d/%d)%n",
        Rates.format(Rates.ratio(sourceCorrect, found30)), sourceCorrect, found30,
        Rates.format(Rates.ratio(sourceCorrect, foundWithSource)), sourceCorrect, foundWithSource));
    sb.append(String.format(Locale.ROOT, "cue accuracy     %s  (%d/%d found); gold with a cue: %s (%d/%d)%n",
        Rates.format(Rates.ratio(cueCorrect, found30)), cueCorrect, found30,
        Rates.format(Rates.ratio(cueCorrect, foundWithCue)), cueCorrect, foundWithCue));
    sb.append(String.format(Locale.ROOT, "%nBy predicted kind%n%-16s %9s %9s %9s%n", "kind", "predicted",
        "found", "precision"));
    byKind.forEach((kind, n) -> sb.append(String.format(Locale.ROOT, "%-16s %9d %9d %9s%n", kind, n[0], n[1],
        Rates.format(Rates.ratio(n[1], n[0])))));
    sb.append(String.format(Locale.ROOT, "%nBy gold cue (top %d)%n", TOP_CUES));
    bucketHeader(sb, "cue");
    topCues().forEach(e -> bucketRow(sb, Rates.snippet(e.getKey(), 24), e.getValue()));
    sb.append(String.format(Locale.ROOT, "%nBy gold source type%n"));
    bucketHeader(sb, "source type");
    bySource.forEach((c, b) -> bucketRow(sb, c.jsonName(), b));
    sb.append(String.format(Locale.ROOT, "%nWorst misses (gold not found, longest first)%n"));
    for (Miss m : worstMisses(worst)) {
      sb.append(String.format(Locale.ROOT, "  %s %s [%d,%d) %s%n", m.article(), m.relation().id(),
          m.relation().content().begin(), m.relation().content().end(),
          quoted(Rates.snippet(m.relation().contentText(), SNIPPET))));
    }
    sb.append(String.format(Locale.ROOT, "%nFalse alarms (predictions not matched, most confident first)%n"));
    for (FalseAlarm f : worstFalseAlarms(worst)) {
      sb.append(String.format(Locale.ROOT, "  %s %s [%d,%d) %s %s%n", f.article(), f.prediction().kind(),
          f.prediction().content().begin(), f.prediction().content().end(),
          quoted(Rates.snippet(f.prediction().contentText(), SNIPPET)), f.prediction().rule()));
    }
    return sb.toString();
  }

  private static void bucketHeader(StringBuilder sb, String what) {
    sb.append(String.format(Locale.ROOT, "%-24s %6s %6s %7s %9s%n", what, "gold", "found", "recall",
        "source ok"));
  }

  private static void bucketRow(StringBuilder sb, String label, Bucket b) {
    sb.append(String.format(Locale.ROOT, "%-24s %6d %6d %7s %9s%n", label, b.gold, b.found,
        Rates.format(Rates.ratio(b.found, b.gold)), Rates.format(Rates.ratio(b.sourceCorrect, b.found))));
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }
}
