package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrace.testing.SharedTracer;

/** Bad input through the real pipeline: a clear answer, within limits, never a hang. */
class LimitsModelTest {

  private static String wordsWithoutEnd(int n) {
    String[] words = "the mayor said that roads and bridges in the city would be repaired by workers who".split(" ");
    Random rnd = new Random(1);
    StringBuilder sb = new StringBuilder("Mayor Jane Holloway said ");
    for (int i = 0; i < n; i++) {
      sb.append(words[rnd.nextInt(words.length)]).append(' ');
    }
    return sb.toString();
  }

  @Test
  void trace_emptyAndBlank_giveEmptyReportsWithoutWarnings() {
    for (String text : List.of("", " ", "\r\n\r\n", "\t \u00a0\n")) {
      Report r = SharedTracer.get().trace(text);
      assertEquals(List.of(), r.statements());
      assertEquals(List.of(), r.warnings());
    }
  }

  @Test
  void trace_null_failsNamingIt() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> SharedTracer.get().trace((String) null)).getMessage());
    assertEquals("article", assertThrows(NullPointerException.class,
        () -> SharedTracer.get().trace((Article) null)).getMessage());
  }

  @Test
  void trace_sentenceOf600WordsWithoutEnd_isBrokenUpAndFinishes() {
    long t0 = System.nanoTime();
    Report r = SharedTracer.get().trace(wordsWithoutEnd(600));
    double s = (System.nanoTime() - t0) / 1e9;
    assertTrue(s < 60, "took " + s + " s");
    assertTrue(r.warnings().get(0).startsWith("long-sentence: 4 line breaks"), r.warnings()::toString);
    TracerPropertiesModelTest.assertSpansInsideAndMatching(r);
  }

  @Test
  void trace_htmlArticle_sameWhoSaidWhatAsPlainTextAndSpansIndexTheMarkup() {
    String html = "<html><body><h1>Roads plan</h1>\n<p>&ldquo;We will fix the roads before winter,&rdquo; "
        + "<a href=\"/people/holloway\">Mayor Jane Holloway</a> said on Tuesday.</p>\n"
        + "<p>She told <b>CNN</b> that taxes would fall.<br/>The council meets on Monday.</p></body></html>";
    String plain = "Roads plan\n\n“We will fix the roads before winter,” Mayor Jane Holloway said on Tuesday.\n\n"
        + "She told CNN that taxes would fall.\nThe council meets on Monday.";
    Report r = SharedTracer.get().trace(html);
    TracerPropertiesModelTest.assertSpansInsideAndMatching(r);
    assertEquals(TracerPropertiesModelTest.whoSaidWhat(SharedTracer.get().trace(plain)),
        TracerPropertiesModelTest.whoSaidWhat(r));
    assertEquals(2, r.statements().size(), r.statements()::toString);
    Statement quote = r.statements().get(0);
    assertEquals("&ldquo;We will fix the roads before winter,&rdquo;", quote.content().text());
    assertEquals("Jane Holloway", quote.speaker().name());
    assertEquals("Mayor Jane Holloway", quote.speaker().mention().orElseThrow().text());
    Statement told = r.statements().get(1);
    assertEquals("Jane Holloway", told.speaker().name());
    assertEquals(List.of("CNN", "Jane Holloway"), told.chain().stream().map(Link::name).toList());
    assertTrue(r.warnings().get(0).startsWith("html: "), r.warnings()::toString);
  }

  @Test
  void trace_spanishAndChinese_giveEmptyMarkedReports() {
    for (String text : List.of("“Vamos a arreglar las carreteras antes del invierno”, dijo el martes la "
        + "alcaldesa Juana Holloway. Ella dijo a la radio que los impuestos bajarían, según El País.",
        "市长周二表示：“我们将在冬天之前修好道路。”她告诉记者，税收将会下降。")) {
      Report r = SharedTracer.get().trace(text);
      assertEquals(List.of(), r.statements());
      assertTrue(r.warnings().get(0).startsWith("not-english: "), r.warnings()::toString);
    }
  }

  /**
   * A tracer with a tiny time limit (same CoreNLP settings, so it shares the loaded models) gives up on a
   * long text on time; the abandoned parse stops at CoreNLP's next interruption check.
   */
  @Test
  void trace_overTimeLimit_throwsOnTimeAndTheWorkerStops() throws Exception {
    QuoteTracer hasty = QuoteTracer.builder().timeLimit(Duration.ofMillis(300)).build();
    long t0 = System.nanoTime();
    TraceTimeoutException e = assertThrows(TraceTimeoutException.class, () -> hasty.trace(wordsWithoutEnd(1_500)));
    double s = (System.nanoTime() - t0) / 1e9;
    assertTrue(s < 5, "took " + s + " s");
    assertTrue(e.getMessage().contains("longer than the limit of 0.300 s"), e.getMessage());
    long stopped = System.nanoTime();
    while (busyWorkers() > 0) {
      assertTrue(System.nanoTime() - stopped < 30e9, "the interrupted parse is still running after 30 s");
      Thread.sleep(50);
    }
    System.err.printf(java.util.Locale.ROOT,
        "LimitsModelTest: timed out after %.2f s; the worker stopped %.2f s later%n", s,
        (System.nanoTime() - stopped) / 1e9);
    assertFalse(SharedTracer.get().trace("“Taxes will fall,” Governor Ann Lee said.").statements().isEmpty());
  }

  /** Worker threads that are inside CoreNLP or the rules right now. */
  private static long busyWorkers() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("quotetrace-worker-"))
        .map(Map.Entry::getValue)
        .filter(stack -> List.of(stack).stream().anyMatch(f -> f.getClassName().startsWith("edu.stanford.nlp")
            || f.getClassName().startsWith("org.quotetrace.rules")))
        .count();
  }
}
