package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotetrace.testing.SharedTracer;

/**
 * Runs each program under {@code examples/} (compiled with the tests) as a user would, and checks what it
 * prints. The examples build their own tracer; CoreNLP's annotator pool makes that cheap once the shared
 * tracer has loaded the models.
 */
class ExamplesModelTest {

  private static String run(String className, String... args) throws Exception {
    SharedTracer.get();
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) args);
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void traceArticle_onSeed_printsOfficialThroughNbc() throws Exception {
    String out = run("TraceArticle",
        SharedTracer.projectDir().resolve("seeds/postmillennial-mexico-amnesty.txt").toString());
    assertTrue(out.contains("The Postmillennial → NBC News → a senior Biden administration official"), out);
  }

  @Test
  void outletChains_countsStatementsByChain() throws Exception {
    String out = run("OutletChains");
    assertTrue(out.contains("The Example Times → NBC News"), out);
    assertTrue(out.contains("anonymous sources: 1"), out);
  }
}
