package org.quotetrace;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.quotetrace.corenlp.CoreNlpParser;
import org.quotetrace.parse.ParseCache;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Parser;
import org.quotetrace.rules.Attributor;

/**
 * The front door: finds who said what in a news article, and through which outlets it reached the reader.
 *
 * <pre>{@code
 * QuoteTracer tracer = QuoteTracer.english();          // loads CoreNLP's models: 10-30 s, once
 * Report report = tracer.trace(Article.fromPlainText(text));
 * report.statements().forEach(System.out::println);
 * }</pre>
 *
 * <p>A tracer is immutable and thread-safe: build one and share it between threads. Building one loads
 * several hundred megabytes of models; tracing an article takes about a second.
 */
public final class QuoteTracer {
  private final Parser parser;
  private final Attributor attributor;
  private final int maxChars;
  private final InputGuard guard;

  private QuoteTracer(Parser parser, Attributor attributor, int maxChars, InputGuard guard) {
    this.parser = parser;
    this.attributor = attributor;
    this.maxChars = maxChars;
    this.guard = guard;
  }

  /** A tracer for English news with the default settings. */
  public static QuoteTracer english() {
    return builder().build();
  }

  /** A builder for a tracer with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the attributed statements of an article.
   *
   * <p>HTML leftovers, control characters, other languages and sentences without end are handled as
   * docs/robustness.md describes, and {@link Report#warnings()} says so.
   *
   * @throws NullPointerException if {@code article} is null
   * @throws IllegalArgumentException if the article is longer than the configured maximum
   * @throws TraceTimeoutException if tracing takes longer than the configured time limit
   * @throws TraceException if the parser or the rules break on this text (the tracer stays usable)
   */
  public Report trace(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    checkArgument(text.length() <= maxChars,
        "article %s has %s characters, more than the limit of %s (see QuoteTracer.Builder.maxChars)",
        article.id(), text.length(), maxChars);
    if (text.isBlank()) {
      return new Report(article, List.of());
    }
    return guard.trace(article, parser, attributor);
  }

  /** Same as {@code trace(Article.fromPlainText(text))}: recognises a headline and a byline. */
  public Report trace(String text) {
    Objects.requireNonNull(text, "text");
    return trace(Article.fromPlainText(text));
  }

  @Override
  public String toString() {
    return "QuoteTracer[" + parser + ", " + guard + "]";
  }

  /** Settings for a {@link QuoteTracer}. Not thread-safe; the tracer it builds is. */
  public static final class Builder {
    /** The default limit on an article's length: about 30,000 words. */
    public static final int DEFAULT_MAX_CHARS = 200_000;

    private final Properties overrides = new Properties();
    private boolean coreference = true;
    private int maxChars = DEFAULT_MAX_CHARS;
    private Optional<Path> parseCache = Optional.empty();

    private Builder() {}

    /** Whether to resolve coreference (default true); without it, pronoun speakers stay pronouns, but tracing is about 3x faster. */
    public Builder coreference(boolean enabled) {
      this.coreference = enabled;
      return this;
    }

    /** The longest article accepted, in characters (default {@value #DEFAULT_MAX_CHARS}). */
    public Builder maxChars(int max) {
      checkArgument(max > 0, "maxChars (%s) must be > 0", max);
      this.maxChars = max;
      return this;
    }

    /** The default time limit per article: a 200,000-character article takes about two minutes. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);

    /** The default longest run of words without a sentence end before a line break is put in. */
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 150;

    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private int maxSentenceWords = DEFAULT_MAX_SENTENCE_WORDS;

    /**
     * The longest that tracing one article may take (default {@link #DEFAULT_TIME_LIMIT}), or
     * {@link Duration#ZERO} for no limit; a longer one throws {@link TraceTimeoutException}.
     */
    public Builder timeLimit(Duration limit) {
      Objects.requireNonNull(limit, "limit");
      checkArgument(!limit.isNegative(), "timeLimit (%s) must not be negative", limit);
      this.timeLimit = limit;
      return this;
    }

    /**
     * The longest run of words without a sentence end that the parser is given (default
     * {@value #DEFAULT_MAX_SENTENCE_WORDS}); a longer run is broken into sentences of this many words, since
     * the parser's time and memory grow faster than linearly with a sentence's length.
     */
    public Builder maxSentenceWords(int max) {
      checkArgument(max >= 10, "maxSentenceWords (%s) must be >= 10", max);
      this.maxSentenceWords = max;
      return this;
    }

    /**
     * Keeps every parse in {@code dir}, keyed by the text, so that tracing the same text again skips CoreNLP.
     * Meant for work on the rules over a fixed corpus.
     */
    public Builder parseCache(Path dir) {
      this.parseCache = Optional.of(Objects.requireNonNull(dir, "dir"));
      return this;
    }

    /** Sets a CoreNLP property over quotetrace's defaults: an escape hatch, at your own risk. */
    public Builder coreNlpProperty(String key, String value) {
      overrides.setProperty(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Loads the models and builds the tracer.
     *
     * @throws IllegalStateException if the CoreNLP models jar is not on the class path
     */
    public QuoteTracer build() {
      Properties props = (Properties) overrides.clone();
      Parser parser = parseCache.isPresent()
          ? new ParseCache(() -> CoreNlpParser.load(coreference, props), parseCache.get())
          : CoreNlpParser.load(coreference, props);
      return new QuoteTracer(parser, Attributor.english(), maxChars, new InputGuard(timeLimit, maxSentenceWords));
    }
  }
}
