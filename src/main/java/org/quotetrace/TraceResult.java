package org.quotetrace;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of tracing one article of a batch: its report, or the error that stopped it.
 *
 * <p>{@link QuoteTracer#traceAll} and {@link QuoteTracer#traceEach} give one result per input article, in input
 * order, so that a batch never loses an article: one that fails gives a result with an error and the batch
 * goes on.
 *
 * @param index the article's position in the input, from 0
 * @param article the article
 * @param report its report, when tracing succeeded
 * @param error what went wrong, when it failed
 */
public record TraceResult(int index, Article article, Optional<Report> report, Optional<Throwable> error) {

  public TraceResult {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(error, "error");
    if (index < 0) {
      throw new IllegalArgumentException("index (" + index + ") must be >= 0");
    }
    if (report.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a trace result has exactly one of a report and an error");
    }
  }

  /** A successful result. */
  public static TraceResult of(int index, Report report) {
    return new TraceResult(index, report.article(), Optional.of(report), Optional.empty());
  }

  /** A failed result. */
  public static TraceResult failed(int index, Article article, Throwable error) {
    return new TraceResult(index, article, Optional.empty(), Optional.of(error));
  }

  /** Whether the article was traced. */
  public boolean ok() {
    return report.isPresent();
  }

  /** The error's one-line description ({@code ExceptionClass: message}), or empty when the article was traced. */
  public Optional<String> errorMessage() {
    return error.map(e -> e.getMessage() == null ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  @Override
  public String toString() {
    String what = report.map(r -> r.statements().size() + " statements")
        .orElseGet(() -> "error " + Abbrev.quote(errorMessage().orElse(""), 80));
    return "TraceResult[" + index + " " + article.id() + ": " + what + "]";
  }
}
