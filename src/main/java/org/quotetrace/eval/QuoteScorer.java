package org.quotetrace.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores predicted statements against a {@link QuoteSet}, summing counts over all articles.
 *
 * <p>A gold quote is found as a brat relation is ({@link GreedyMatcher}, more than 30% of its characters
 * covered; a strict run uses 80%). Speaker accuracy is the share of quotes found at 30% whose predicted
 * speaker name names the gold speaker by {@link NameMatcher}.
 *
 * <p>Not thread-safe: articles are added one at a time.
 */
final class QuoteScorer {

  private static final int SNIPPET = 100;

  private int articles;
  private long gold;
  private long predicted;
  private long found30;
  private long found80;
  private long speakerCorrect;
  private final List<Example> misses = new ArrayList<>();
  private final List<Example> falseAlarms = new ArrayList<>();
  private final List<Example> wrongSpeakers = new ArrayList<>();

  /** A quote or prediction to show: where, what, who, and for a wrong speaker who was predicted. */
  private record Example(String article, int begin, String content, String speaker, String predicted) {

    ObjectNode toJson(ObjectNode o) {
      o.put("article", article).put("begin", begin).put("content", content).put("speaker", speaker);
      return predicted.isEmpty() ? o : o.put("predicted_speaker", predicted);
    }
  }

  /** Adds one article's gold quotes and predictions. */
  void add(String articleId, String text, List<QuoteSet.Quote> quotes, List<Prediction> predictions) {
    articles++;
    gold += quotes.size();
    predicted += predictions.size();
    List<Ranges> goldContent = quotes.stream().map(QuoteSet.Quote::ranges).toList();
    List<Ranges> predContent = predictions.stream().map(Prediction::content).toList();
    int[] loose = GreedyMatcher.match(goldContent, predContent, BratScorer.LOOSE);
    int[] strict = GreedyMatcher.match(goldContent, predContent, BratScorer.STRICT);
    boolean[] used = new boolean[predictions.size()];
    for (int g = 0; g < quotes.size(); g++) {
      QuoteSet.Quote q = quotes.get(g);
      String content = Rates.snippet(text.substring(q.begin(), q.end()), SNIPPET);
      if (strict[g] >= 0) {
        found80++;
      }
      if (loose[g] < 0) {
        misses.add(new Example(articleId, q.begin(), content, q.speaker(), ""));
        continue;
      }
      found30++;
      used[loose[g]] = true;
      String name = predictions.get(loose[g]).speakerName();
      if (NameMatcher.sameName(q.speaker(), name)) {
        speakerCorrect++;
      } else {
        wrongSpeakers.add(new Example(articleId, q.begin(), content, q.speaker(), name));
      }
    }
    for (int i = 0; i < predictions.size(); i++) {
      if (!used[i]) {
        Prediction p = predictions.get(i);
        falseAlarms.add(new Example(articleId, p.content().begin(), Rates.snippet(p.contentText(), SNIPPET),
            p.speakerName(), ""));
      }
    }
  }

  long found30() {
    return found30;
  }

  long speakerCorrect() {
    return speakerCorrect;
  }

  /** Returns the scores as one JSON object; {@code worst} limits each list of examples. */
  ObjectNode toJson(int worst) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Rates.putPrf(o, "found", "_30", found30, predicted, gold);
    Rates.putPrf(o, "found", "_80", found80, predicted, gold);
    o.put("speaker_accuracy", Rates.round(Rates.ratio(speakerCorrect, found30)));
    o.put("articles", articles);
    o.put("gold", gold);
    o.put("predicted", predicted);
    o.put("found_30", found30);
    o.put("found_80", found80);
    o.put("speaker_correct", speakerCorrect);
    ArrayNode missJson = o.putArray("worst_misses");
    misses.stream().limit(worst).forEach(e -> e.toJson(missJson.addObject()));
    ArrayNode alarmJson = o.putArray("false_alarms");
    falseAlarms.stream().limit(worst).forEach(e -> e.toJson(alarmJson.addObject()));
    ArrayNode speakerJson = o.putArray("wrong_speakers");
    wrongSpeakers.stream().limit(worst).forEach(e -> e.toJson(speakerJson.addObject()));
    return o;
  }

  /** Returns the scores as a table for a person; {@code worst} limits each list of examples. */
  String toTable(int worst) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d articles, %d gold quotes, %d predicted statements%n%n", articles,
        gold, predicted));
    sb.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "count"));
    Rates.prfRow(sb, 24, "found (coverage > 30%)", found30, predicted, gold);
    Rates.prfRow(sb, 24, "found (coverage > 80%)", found80, predicted, gold);
    sb.append(String.format(Locale.ROOT, "%nspeaker accuracy  %s  (%d/%d found)%n",
        Rates.format(Rates.ratio(speakerCorrect, found30)), speakerCorrect, found30));
    sb.append(String.format(Locale.ROOT, "%nMisses (gold quotes not found)%n"));
    misses.stream().limit(worst).forEach(m -> sb.append(String.format(Locale.ROOT, "  %s @%d \"%s\" (%s)%n",
        m.article(), m.begin(), m.content(), m.speaker())));
    sb.append(String.format(Locale.ROOT, "%nFalse alarms (predictions not matched)%n"));
    falseAlarms.stream().limit(worst).forEach(f -> sb.append(String.format(Locale.ROOT,
        "  %s @%d \"%s\" (%s)%n", f.article(), f.begin(), f.content(), f.speaker())));
    sb.append(String.format(Locale.ROOT, "%nWrong speakers (gold → predicted)%n"));
    wrongSpeakers.stream().limit(worst).forEach(w -> sb.append(String.format(Locale.ROOT,
        "  %s @%d \"%s\": %s → %s%n", w.article(), w.begin(), w.content(), w.speaker(), w.predicted())));
    return sb.toString();
  }

}
