package org.quotetrace;

/**
 * Tracing one article failed for a reason that lies in the article's text or in the tracer's limits, not in
 * the caller's use of the API: the time limit ran out ({@link TraceTimeoutException}), or the parser or the
 * rules broke on this text. The tracer stays usable; other articles are not affected. The message names the
 * article's id.
 */
public class TraceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with this message and cause. */
  public TraceException(String message, Throwable cause) {
    super(message, cause);
  }
}
