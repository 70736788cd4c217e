package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.export.JsonExporter;
import org.quotetrace.testing.SharedTracer;

/** Tracing a batch on several threads: input order, per-article failures, same output as one thread. */
class BatchModelTest {

  private static final List<Article> ARTICLES = List.of(
      Article.fromPlainText("a", "“Taxes will fall,” Governor Ann Lee said on Monday."),
      Article.fromPlainText("b", "The senator said that the bill would pass. She added: “We have the votes.”"),
      Article.fromPlainText("c", "According to NBC News, officials plan to close the border crossing."),
      Article.fromPlainText("d", "Nothing in this sentence is attributed to anyone."),
      Article.fromPlainText("e", "Mayor Tom Reed criticized the plan. “It is a mistake,” he told reporters."),
      Article.fromPlainText("f", ""));

  private static List<String> json(List<TraceResult> results) {
    return results.stream().map(r -> r.report().map(JsonExporter::toJsonLine).orElse("error")).toList();
  }

  @Test
  void traceAll_threeThreads_sameOutputAsOneThreadInInputOrder() {
    QuoteTracer tracer = SharedTracer.get();
    List<TraceResult> one = tracer.traceAll(ARTICLES, 1);
    List<TraceResult> three = tracer.traceAll(ARTICLES, 3);
    assertEquals(ARTICLES.size(), three.size());
    for (int i = 0; i < ARTICLES.size(); i++) {
      assertEquals(i, three.get(i).index());
      assertEquals(ARTICLES.get(i).id(), three.get(i).article().id());
      assertTrue(three.get(i).ok(), three.get(i)::toString);
    }
    assertEquals(json(one), json(three));
    assertEquals("Ann Lee", three.get(0).report().get().statements().get(0).speaker().name());
  }

  @Test
  void traceAll_failingArticle_staysPerArticle() {
    String tooLong = "x".repeat(QuoteTracer.Builder.DEFAULT_MAX_CHARS + 1);
    List<Article> batch = new ArrayList<>(ARTICLES.subList(0, 2));
    batch.add(1, Article.fromPlainText("long", tooLong));
    List<TraceResult> results = SharedTracer.get().traceAll(batch, 2);
    assertEquals(List.of("a", "long", "b"), results.stream().map(r -> r.article().id()).toList());
    assertTrue(results.get(0).ok());
    assertFalse(results.get(1).ok());
    assertTrue(results.get(1).error().get() instanceof IllegalArgumentException, results.get(1)::toString);
    assertTrue(results.get(1).errorMessage().get().contains("more than the limit"), results.get(1)::toString);
    assertTrue(results.get(2).ok());
  }

  @Test
  void traceEach_deliversInInputOrderOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> seen = new ArrayList<>();
    List<Article> withNull = Arrays.asList(ARTICLES.get(4), null, ARTICLES.get(3), ARTICLES.get(0));
    SharedTracer.get().traceEach(withNull, 2, r -> {
      assertEquals(caller, Thread.currentThread());
      seen.add(r.index());
      if (r.index() == 1) {
        assertTrue(r.error().get() instanceof NullPointerException, r::toString);
      } else {
        assertTrue(r.ok(), r::toString);
      }
    });
    assertEquals(List.of(0, 1, 2, 3), seen);
  }

  @Test
  void traceEach_sinkThrows_stopsTheBatchAndPropagates() {
    List<Integer> seen = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SharedTracer.get().traceEach(ARTICLES, 2, r -> {
          seen.add(r.index());
          throw new IllegalStateException("sink full");
        }));
    assertEquals("sink full", e.getMessage());
    assertEquals(List.of(0), seen);
  }

  @Test
  void traceAll_zeroThreads_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> SharedTracer.get().traceAll(ARTICLES, 0));
  }
}
