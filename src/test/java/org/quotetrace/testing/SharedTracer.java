package org.quotetrace.testing;

import java.nio.file.Path;
import org.quotetrace.QuoteTracer;

/**
 * The one tracer that all model-backed tests of a run share: loading CoreNLP takes tens of seconds, so it
 * is loaded once per test JVM, on first use.
 */
public final class SharedTracer {
  private SharedTracer() {}

  private static final class Holder {
    static final QuoteTracer TRACER = QuoteTracer.english();
  }

  public static QuoteTracer get() {
    return Holder.TRACER;
  }

  /** The project's top folder, where {@code seeds/} and {@code examples/} are. */
  public static Path projectDir() {
    return Path.of(System.getProperty("quotetrace.project.dir", "."));
  }
}
