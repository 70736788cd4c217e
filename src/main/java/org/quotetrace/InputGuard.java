package org.quotetrace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.Mention;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Parser;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;
import org.quotetrace.rules.Attributor;

/**
 * Traces one article defensively: cleans the text for the parser ({@link InputCleaner}), skips text that
 * is not English ({@link LanguageCheck}), runs parser and rules under the time limit, turns a crash on this
 * text into a {@link TraceException}, and cuts every span of the result from the article's own text.
 * Thread-safe.
 */
final class InputGuard {

  /** Texts longer than this are parsed in pieces of about this size; see {@link #parseInChunks}. */
  static final int CHUNK_CHARS = 50_000;

  /** Worker threads get a deep stack: CoreNLP's coreference walks dependency paths recursively. */
  private static final long WORKER_STACK_BYTES = 64L << 20;

  private final Duration timeLimit;
  private final int maxSentenceWords;
  private final ThreadPoolExecutor workers;

  /**
   * @param timeLimit the longest an article may take, or zero for no limit (tracing then runs on the calling
   *     thread)
   */
  InputGuard(Duration timeLimit, int maxSentenceWords) {
    this.timeLimit = timeLimit;
    this.maxSentenceWords = maxSentenceWords;
    if (timeLimit.isZero()) {
      workers = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      // A cached pool: one worker per article being traced at the moment, idle workers die after a minute.
      workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(null, r, "quotetrace-worker-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
          });
    }
  }

  Duration timeLimit() {
    return timeLimit;
  }

  int maxSentenceWords() {
    return maxSentenceWords;
  }

  Report trace(Article article, Parser parser, Attributor attributor) {
    return run(article, () -> traceNow(article, parser, attributor));
  }

  private Report traceNow(Article article, Parser parser, Attributor attributor) {
    String text = article.text();
    InputCleaner.Cleaned cleaned = InputCleaner.clean(text, maxSentenceWords);
    List<String> warnings = new ArrayList<>(cleaned.warnings());
    if (cleaned.text().isBlank()) {
      return new Report(article, List.of(), warnings);
    }
    Optional<String> foreign = LanguageCheck.notEnglish(cleaned.text());
    if (foreign.isPresent()) {
      warnings.add(foreign.get());
      return new Report(article, List.of(), warnings);
    }
    String parsedText = cleaned.text();
    ParsedText parsed = parseInChunks(parser, parsedText);
    int[] byline = FrontMatter.bylineRange(parsedText);
    List<Statement> found = attributor.attribute(article, parsed, byline[0], byline[1]);
    if (!parsedText.equals(text)) {
      found = found.stream().map(s -> cutFrom(cleaned, text, s)).toList();
    }
    return new Report(article, found, warnings);
  }

  /**
   * Parses a long text in pieces of about {@link #CHUNK_CHARS} characters, cut at paragraph breaks, and
   * joins the parses: coreference time grows faster than linearly with the length of a document (a
   * 60,000-character transcript that names its speakers again and again took 90 s in one piece). Each
   * piece is parsed as the whole text with everything outside the piece blanked, so that offsets stay those
   * of the text. The price: a pronoun is not resolved to a name in an earlier piece.
   */
  static ParsedText parseInChunks(Parser parser, String text) {
    if (text.length() <= CHUNK_CHARS) {
      return parser.parse(text);
    }
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Map<Long, Integer> clusters = new HashMap<>();
    int begin = 0;
    int chunk = 0;
    while (begin < text.length()) {
      if (Thread.interrupted()) {
        throw new TraceException("interrupted", new InterruptedException());
      }
      int end = chunkEnd(text, begin);
      char[] piece = new char[text.length()];
      java.util.Arrays.fill(piece, ' ');
      text.getChars(begin, end, piece, begin);
      ParsedText p = parser.parse(new String(piece));
      int base = tokens.size();
      int sentenceBase = sentences.size();
      for (Token t : p.tokens()) {
        tokens.add(new Token(base + t.index(), sentenceBase + t.sentence(), t.begin(), t.end(), t.word(), t.lemma(),
            t.pos(), t.ner()));
        int head = p.head(t.index());
        deps.add(new Dependency(head < 0 ? -1 : base + head, base + t.index(), p.relation(t.index())));
      }
      for (Sentence s : p.sentences()) {
        sentences.add(new Sentence(sentenceBase + s.index(), base + s.first(), base + s.end()));
      }
      for (Mention m : p.mentions()) {
        long key = ((long) chunk << 32) | (m.cluster() & 0xffffffffL);
        int id = clusters.computeIfAbsent(key, k -> clusters.size());
        mentions.add(new Mention(id, base + m.first(), base + m.end(), base + m.head()));
      }
      begin = end;
      chunk++;
    }
    return new ParsedText(text, tokens, sentences, deps, mentions);
  }

  /** Where the piece that starts at {@code begin} ends: the last paragraph break, else line break, else space. */
  private static int chunkEnd(String text, int begin) {
    int limit = begin + CHUNK_CHARS;
    if (limit >= text.length()) {
      return text.length();
    }
    int min = begin + CHUNK_CHARS / 2;
    int para = text.lastIndexOf("\n\n", limit);
    if (para < min) {
      para = text.lastIndexOf("\r\n\r\n", limit);
    }
    if (para >= min) {
      return para + 1;
    }
    int line = Math.max(text.lastIndexOf('\n', limit), text.lastIndexOf('\r', limit));
    if (line >= min) {
      return line + 1;
    }
    int space = text.lastIndexOf(' ', limit);
    if (space >= min) {
      return space + 1;
    }
    // Do not cut a surrogate pair.
    return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
  }

  private Report run(Article article, Callable<Report> work) {
    if (workers == null) {
      try {
        return work.call();
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        throw failure(article, e);
      }
    }
    Future<Report> future = workers.submit(work);
    try {
      return future.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TraceTimeoutException(String.format(Locale.ROOT,
          "article %s: tracing took longer than the limit of %s s (see QuoteTracer.Builder.timeLimit)",
          article.id(), seconds(timeLimit)), timeLimit);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new TraceException("article " + article.id() + ": interrupted while tracing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error && !(cause instanceof StackOverflowError || cause instanceof OutOfMemoryError)) {
        throw (Error) cause;
      }
      throw failure(article, cause);
    }
  }

  private static TraceException failure(Article article, Throwable e) {
    if (e instanceof TraceException t) {
      return t;
    }
    if (isInterruption(e)) {
      Thread.currentThread().interrupt();
      return new TraceException("article " + article.id() + ": interrupted while tracing", e);
    }
    if (e instanceof OutOfMemoryError) {
      // Everything the parse allocated is garbage once its thread has unwound: the tracer can go on.
      return new TraceException(String.format(Locale.ROOT, "article %s: ran out of memory while tracing (%s); "
          + "the heap is %d MB, run the JVM with a larger -Xmx (4 GB is ample) or trace a shorter text",
          article.id(), e.getMessage(), Runtime.getRuntime().maxMemory() >> 20), e);
    }
    String where = e instanceof StackOverflowError ? "ran out of stack" : "failed";
    return new TraceException("article " + article.id() + ": tracing " + where + " on this text: " + e, e);
  }

  private static boolean isInterruption(Throwable e) {
    // CoreNLP's RuntimeInterruptedException, named here because only the corenlp package may import CoreNLP.
    return e instanceof InterruptedException
        || e.getClass().getName().equals("edu.stanford.nlp.util.RuntimeInterruptedException");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
        : String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }

  /**
   * The statement with every span's text cut from {@code text}, the article as given, and stretched over
   * whole HTML entities: the parser saw {@code &rdquo;} as {@code ”} and six spaces.
   */
  static Statement cutFrom(InputCleaner.Cleaned cleaned, String text, Statement s) {
    Speaker sp = s.speaker();
    Speaker speaker = new Speaker(squeeze(sp.name()), sp.type(), sp.mention().map(m -> cut(cleaned, text, m)),
        sp.role().map(InputGuard::squeeze));
    List<Link> chain = s.chain().stream().map(l -> new Link(squeeze(l.name()), l.type())).toList();
    return new Statement(s.kind(), cut(cleaned, text, s.content()), s.cue().map(c -> cut(cleaned, text, c)),
        speaker, chain, s.rule(), s.confidence());
  }

  /** A name read across a blanked tag ({@code Jane <b>Lee</b>}) has runs of spaces: one is enough. */
  private static String squeeze(String name) {
    return name.strip().replaceAll("\\s+", " ");
  }

  private static Span cut(InputCleaner.Cleaned cleaned, String text, Span span) {
    return Span.of(text, cleaned.spanBegin(span.begin()), cleaned.spanEnd(span.end()));
  }

  @Override
  public String toString() {
    return "timeLimit=" + (timeLimit.isZero() ? "none" : seconds(timeLimit) + "s")
        + ", maxSentenceWords=" + maxSentenceWords;
  }
}
