package org.quotetrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Predictions read from quotetrace's JSON Lines output (see {@code docs/json-format.md}), by article id.
 *
 * <p>A line with an {@code error} field stands for an article that failed: it has no predictions and its
 * message is kept. Fields this reader does not know are ignored, as the contract asks. A line that is not
 * JSON, or has no {@code id}, is skipped with a warning; when an id repeats, its first line counts.
 *
 * @param articles each article's predictions, or its error message, in file order
 * @param warnings what was skipped, for a person to read
 */
record PredictionsFile(Map<String, Entry> articles, List<String> warnings) {

  /** One article's line: its predictions, or the error the line reports. */
  record Entry(List<Prediction> predictions, Optional<String> error) {
    Entry {
      predictions = List.copyOf(predictions);
      Objects.requireNonNull(error, "error");
    }
  }


  PredictionsFile {
    articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    warnings = List.copyOf(warnings);
  }

  /** Reads JSON Lines from {@code in}; {@code name} names the source in warnings. */
  static PredictionsFile read(Reader in, String name) throws IOException {
    Map<String, Entry> articles = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    JsonLines.read(in, name, warnings, (where, node) -> {
      if (node == null || !node.isObject() || !node.path("id").isTextual()) {
        warnings.add(where + ": no \"id\", skipped");
        return;
      }
      String id = node.get("id").asText();
      if (articles.containsKey(id)) {
        warnings.add(where + ": id " + id + " repeats an earlier line, skipped");
        return;
      }
      if (node.hasNonNull("error")) {
        articles.put(id, new Entry(List.of(), Optional.of(node.get("error").asText())));
        return;
      }
      try {
        List<Prediction> predictions = new ArrayList<>();
        for (JsonNode s : node.path("statements")) {
          predictions.add(prediction(s));
        }
        articles.put(id, new Entry(predictions, Optional.empty()));
      } catch (IllegalArgumentException e) {
        warnings.add(where + ": " + e.getMessage() + ", article counted with no predictions");
        articles.put(id, new Entry(List.of(), Optional.of("unreadable line: " + e.getMessage())));
      }
    });
    return new PredictionsFile(articles, warnings);
  }

  private static Prediction prediction(JsonNode s) {
    JsonNode content = s.path("content");
    if (!content.isObject()) {
      throw new IllegalArgumentException("a statement has no \"content\" span");
    }
    JsonNode speaker = s.path("speaker");
    return new Prediction(
        ranges(content).orElseThrow(),
        ranges(speaker.path("mention")),
        ranges(s.path("cue")),
        s.path("kind").asText("unknown").toLowerCase(Locale.ROOT),
        speaker.path("name").asText("unknown"),
        content.path("text").asText(""),
        s.path("rule").asText(""),
        s.path("confidence").asDouble(0));
  }

  /** A span object as ranges; empty for a missing or null span. */
  private static Optional<Ranges> ranges(JsonNode span) {
    if (span == null || !span.isObject()) {
      return Optional.empty();
    }
    if (!span.path("begin").canConvertToInt() || !span.path("end").canConvertToInt()
        || !span.path("begin").isIntegralNumber() || !span.path("end").isIntegralNumber()) {
      throw new IllegalArgumentException("span " + span + " must have integer \"begin\" and \"end\"");
    }
    return Optional.of(Ranges.of(span.get("begin").asInt(), span.get("end").asInt()));
  }
}
