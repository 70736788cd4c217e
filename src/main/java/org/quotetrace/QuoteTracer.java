package org.quotetrace;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.quotetrace.corenlp.CoreNlpParser;
import org.quotetrace.parse.ParseCache;
import org.quotetrace.parse.MentionFocus;
import org.quotetrace.parse.Parser;
import org.quotetrace.rules.Attributor;

/**
 * The front door: finds who said what in a news article, and through which outlets it reached the reader.
 *
 * <pre>{@code
 * QuoteTracer tracer = QuoteTracer.english();          // loads CoreNLP's models once: about 7 s
 * Report report = tracer.trace(Article.fromPlainText(text));
 * report.statements().forEach(System.out::println);
 * }</pre>
 *
 * <p>A tracer is immutable and thread-safe: build one and share it between threads. Building one loads
 * several hundred megabytes of models; tracing an article takes about a second. {@link #traceAll} and
 * {@link #traceEach} trace a batch on several threads and keep the input order.
 */
public final class QuoteTracer {
  /**
   * Articles per thread that a batch takes ahead: results leave in input order, so with too few a long
   * article holds up the threads that finished the short ones after it.
   */
  private static final int IN_FLIGHT_PER_THREAD = 8;
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

  /**
   * Traces a batch of articles on {@code threads} threads and returns one result per article, in input
   * order. An article that fails gives a result with the error; the others are unaffected.
   *
   * <pre>{@code
   * for (TraceResult r : tracer.traceAll(articles, Runtime.getRuntime().availableProcessors())) {
   *   r.report().ifPresent(report -> System.out.println(report.statements().size()));
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public List<TraceResult> traceAll(List<Article> articles, int threads) {
    List<Article> copy = List.copyOf(articles);
    List<TraceResult> results = new ArrayList<>(copy.size());
    traceEach(copy, threads, results::add);
    return results;
  }

  /**
   * Traces articles on {@code threads} threads and hands each result to {@code sink} on the calling thread,
   * in input order, as soon as it and every article before it are done. At most {@code 8 * threads} articles
   * are taken from {@code articles} and not yet handed to {@code sink} at a time, so that a long or endless
   * {@code articles} is read only as fast as it is traced, while a long article does not leave the other
   * threads idle. An article that fails (including a stack or heap overflow while parsing it) gives a result with
   * the error and the batch goes on; an exception thrown by {@code sink} stops the batch and propagates.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public void traceEach(Iterable<Article> articles, int threads, Consumer<? super TraceResult> sink) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(sink, "sink");
    checkArgument(threads >= 1, "threads (%s) must be >= 1", threads);
    Iterator<Article> it = articles.iterator();
    if (threads == 1) {
      for (int i = 0; it.hasNext(); i++) {
        sink.accept(traceSafely(i, it.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotetrace-trace");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Pending> inFlight = new ArrayDeque<>();
      int next = 0;
      while (true) {
        while (inFlight.size() < IN_FLIGHT_PER_THREAD * threads && it.hasNext()) {
          int index = next++;
          Article article = it.next();
          inFlight.add(new Pending(index, article, pool.submit(() -> traceSafely(index, article))));
        }
        if (inFlight.isEmpty()) {
          return;
        }
        Pending p = inFlight.poll();
        sink.accept(await(p.result(), p.index(), p.article()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An article being traced; {@code article} is null when the input held a null. */
  private record Pending(int index, Article article, Future<TraceResult> result) {}

  private static TraceResult await(Future<TraceResult> future, int index, Article article) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          // traceSafely catches what tracing throws; this is an Error it let through, kept with its article.
          return TraceResult.failed(index, article == null ? Article.of("") : article, e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private TraceResult traceSafely(int index, Article article) {
    if (article == null) {
      return TraceResult.failed(index, Article.of(""), new NullPointerException("article " + index + " is null"));
    }
    try {
      return TraceResult.of(index, trace(article));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return TraceResult.failed(index, article, e);
    }
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

    /**
     * Whether to resolve coreference (default true); without it, pronoun speakers stay pronouns, but tracing is
     * about 3x faster.
     */
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
      Attributor attributor = Attributor.english();
      // Coreference for the speakers' mentions only; a parse cache keeps complete coreference, so that its
      // entries serve whatever speakers the rules find in them later.
      Parser parser = parseCache.isPresent()
          ? new ParseCache(() -> CoreNlpParser.load(coreference, props, MentionFocus.ALL), parseCache.get())
          : CoreNlpParser.load(coreference, props, attributor::mentionsToResolve);
      return new QuoteTracer(parser, attributor, maxChars, new InputGuard(timeLimit, maxSentenceWords));
    }
  }
}
