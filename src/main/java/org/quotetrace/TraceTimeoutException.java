package org.quotetrace;

import java.time.Duration;

/**
 * Tracing an article took longer than the tracer's time limit ({@link QuoteTracer.Builder#timeLimit}). The
 * parse is interrupted; CoreNLP checks for interruption between annotators and between sentences, so the
 * worker thread may stay busy for up to about the time of one sentence after this is thrown.
 */
public final class TraceTimeoutException extends TraceException {
  private static final long serialVersionUID = 1L;

  private final transient Duration limit;

  TraceTimeoutException(String message, Duration limit) {
    super(message, null);
    this.limit = limit;
  }

  /** The time limit that ran out. */
  public Duration limit() {
    return limit;
  }
}
