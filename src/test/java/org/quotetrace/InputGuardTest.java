package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Parser;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;
import org.quotetrace.rules.Attributor;

/** Limits and failures of one article, with stand-in parsers instead of CoreNLP. */
class InputGuardTest {

  private static final Article ARTICLE = Article.of("“Taxes will fall,” Ann Lee said. It was Monday, and the "
      + "council met in the hall of the city.");

  private static final Attributor RULES = Attributor.english();

  @Test
  void trace_parserOverflowsStack_givesTraceExceptionAndGuardStaysUsable() {
    InputGuard guard = new InputGuard(Duration.ofSeconds(10), 150);
    Parser deep = text -> recurse(0);
    TraceException e = assertThrows(TraceException.class, () -> guard.trace(ARTICLE, deep, RULES));
    assertTrue(e.getMessage().startsWith("article article: tracing ran out of stack"), e.getMessage());
    assertEquals(List.of(), guard.trace(ARTICLE, text -> empty(text), RULES).statements());
  }

  @Test
  void trace_parserOutOfMemory_givesTraceExceptionNamingTheHeap() {
    for (Duration limit : List.of(Duration.ZERO, Duration.ofSeconds(10))) {
      InputGuard guard = new InputGuard(limit, 150);
      Parser hungry = text -> {
        throw new OutOfMemoryError("Java heap space");
      };
      TraceException e = assertThrows(TraceException.class, () -> guard.trace(ARTICLE, hungry, RULES));
      assertTrue(e.getMessage().contains("ran out of memory") && e.getMessage().contains("-Xmx"), e.getMessage());
    }
  }

  @Test
  void trace_parserThrows_givesTraceExceptionWithCause() {
    Parser broken = text -> {
      throw new IllegalStateException("boom");
    };
    TraceException e = assertThrows(TraceException.class,
        () -> new InputGuard(Duration.ZERO, 150).trace(ARTICLE, broken, RULES));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
  }

  @Test
  void trace_slowParser_timesOutOnTimeAndInterruptsTheWorker() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Parser slow = text -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException ie) {
        interrupted.countDown();
      }
      return empty(text);
    };
    InputGuard guard = new InputGuard(Duration.ofMillis(300), 150);
    long t0 = System.nanoTime();
    TraceTimeoutException e = assertThrows(TraceTimeoutException.class, () -> guard.trace(ARTICLE, slow, RULES));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 5_000, "took " + ms + " ms");
    assertEquals("article article: tracing took longer than the limit of 0.300 s (see QuoteTracer.Builder.timeLimit)",
        e.getMessage());
    assertEquals(Duration.ofMillis(300), e.limit());
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the worker was not interrupted");
  }

  @Test
  void trace_notEnglish_skipsTheParserAndWarns() {
    Article es = Article.of("“Vamos a arreglar las carreteras antes del invierno”, dijo el martes la alcaldesa. "
        + "Ella dijo a la radio que los impuestos bajarían pronto.");
    Report r = new InputGuard(Duration.ZERO, 150).trace(es, text -> {
      throw new AssertionError("parsed");
    }, RULES);
    assertEquals(List.of(), r.statements());
    assertTrue(r.warnings().get(0).startsWith("not-english: "), r.warnings()::toString);
  }

  @Test
  void trace_onlyMarkup_isEmptyWithoutParsing() {
    Report r = new InputGuard(Duration.ZERO, 150).trace(Article.of("<p><br/></p>&nbsp;"), text -> {
      throw new AssertionError("parsed");
    }, RULES);
    assertEquals(List.of(), r.statements());
    assertEquals(1, r.warnings().size());
  }

  @Test
  void parseInChunks_longText_cutsAtParagraphsAndKeepsGlobalOffsets() {
    String para = "word ".repeat(1_000).strip() + ".\n\n";
    int paragraphs = 5 * InputGuard.CHUNK_CHARS / 2 / para.length();
    String text = para.repeat(paragraphs);
    List<String> pieces = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    ParsedText p = InputGuard.parseInChunks(t -> {
      calls.incrementAndGet();
      assertEquals(text.length(), t.length());
      pieces.add(t.strip());
      return oneTokenPerWord(t);
    }, text);
    assertTrue(calls.get() >= 3, calls + " pieces");
    assertEquals(paragraphs * 1_000, p.tokens().size());
    for (Token t : p.tokens()) {
      assertEquals(t.word(), text.substring(t.begin(), t.end()));
    }
    for (String piece : pieces) {
      assertTrue(piece.endsWith("word."), "cut inside a paragraph");
    }
    assertEquals(text, p.text());
  }

  @Test
  void builder_badLimits_failNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuoteTracer.builder().timeLimit(Duration.ofSeconds(-1)));
    assertEquals("timeLimit (PT-1S) must not be negative", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> QuoteTracer.builder().maxSentenceWords(3));
    assertEquals("maxSentenceWords (3) must be >= 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> QuoteTracer.builder().maxChars(0));
    assertEquals("maxChars (0) must be > 0", e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> QuoteTracer.builder().timeLimit(null));
    assertEquals("limit", n.getMessage());
  }

  @Test
  void article_nullsAndBlankId_failNamingTheProblem() {
    assertEquals("publisher", assertThrows(NullPointerException.class,
        () -> Article.of("x").withPublisher(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class, () -> Article.of("x").withDate(null)).getMessage());
    assertEquals("article id must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Article.of("x").withId(" ")).getMessage());
    assertEquals("id", assertThrows(NullPointerException.class,
        () -> Article.fromPlainText(null, "x")).getMessage());
  }

  private static ParsedText recurse(int depth) {
    return depth < 0 ? null : recurse(depth + 1);
  }

  private static ParsedText empty(String text) {
    return new ParsedText(text, List.of(), List.of(), List.of(), List.of());
  }

  /** A stand-in parse: one token per run of letters, one sentence per piece. */
  private static ParsedText oneTokenPerWord(String text) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z.]+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), 0, m.start(), m.end(), m.group(), m.group(), "NN", "O"));
    }
    return new ParsedText(text, tokens, List.of(new Sentence(0, 0, tokens.size())), List.of(), List.of());
  }
}
