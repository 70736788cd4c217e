package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "report or error" of one article in a batch. */
class TraceResultTest {
  private final Article article = Article.fromPlainText("a1", "Nothing was said.");

  @Test
  void of_report_isOkWithoutError() {
    TraceResult r = TraceResult.of(3, new Report(article, List.of()));
    assertTrue(r.ok());
    assertEquals(3, r.index());
    assertEquals(Optional.empty(), r.errorMessage());
    assertEquals("TraceResult[3 a1: 0 statements]", r.toString());
  }

  @Test
  void failed_keepsArticleAndMessage() {
    TraceResult r = TraceResult.failed(0, article, new IllegalArgumentException("too long"));
    assertFalse(r.ok());
    assertEquals(article, r.article());
    assertEquals(Optional.of("IllegalArgumentException: too long"), r.errorMessage());
    assertTrue(r.toString().contains("error \"IllegalArgumentException: too long\""), r.toString());
  }

  @Test
  void new_bothOrNeither_isRejected() {
    Report report = new Report(article, List.of());
    assertThrows(IllegalArgumentException.class,
        () -> new TraceResult(0, article, Optional.of(report), Optional.of(new RuntimeException())));
    assertThrows(IllegalArgumentException.class,
        () -> new TraceResult(0, article, Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> TraceResult.of(-1, report));
  }
}
