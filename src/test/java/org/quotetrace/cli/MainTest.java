package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line arguments that fail before any model loads. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_noFiles_isUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no input files"));
  }

  @Test
  void run_unknownFormat_namesIt() {
    assertEquals(2, run("--format", "xml", "a.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'xml'"));
  }

  @Test
  void run_help_printsUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage:"));
  }

  @Test
  void idOf_dropsTxt(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("story-1.txt"), "x");
    assertEquals("story-1", Main.idOf(f));
  }
}
