package org.quotetrace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link QuoteTracer#trace} found in one article: its statements in text order.
 *
 * @param article the article as traced
 * @param statements the attributed statements, ordered by where their content begins
 * @param warnings what the tracer noticed about the input and how it coped, one line each, each starting
 *     with a code ({@code not-english: ...}, {@code html: ...}; see docs/robustness.md); usually empty
 */
public record Report(Article article, List<Statement> statements, List<String> warnings) {

  public Report {
    Objects.requireNonNull(article, "article");
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings. */
  public Report(Article article, List<Statement> statements) {
    this(article, statements, List.of());
  }

  /** The publisher and author, when the article names its publisher. */
  public Optional<Publisher> publisher() {
    return article.publisher().map(p -> new Publisher(p, article.author()));
  }

  /** How many statements each speaker made, by canonical name, most first. */
  public Map<String, Long> speakerCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    statements.stream()
        .map(s -> s.speaker().name())
        .forEach(n -> counts.merge(n, 1L, Long::sum));
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
    return java.util.Collections.unmodifiableMap(sorted);
  }

  @Override
  public String toString() {
    return "Report[" + article.id() + ", " + statements.size() + " statements"
        + publisher().map(p -> ", " + p).orElse("")
        + (warnings.isEmpty() ? "" : ", warnings " + warnings.stream().map(w -> w.split(":", 2)[0]).toList())
        + "]";
  }
}
