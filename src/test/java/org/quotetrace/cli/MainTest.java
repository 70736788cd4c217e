package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
  void run_threadsZero_isUsageErrorNamingTheValue() {
    assertEquals(2, run("--threads", "0", "a.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads must be a whole number >= 1, not '0'"));
  }

  @Test
  void run_threadsNotANumber_isUsageError() {
    assertEquals(2, run("--threads", "two", "a.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not 'two'"));
  }

  @Test
  void run_threadsWithoutValue_isUsageError() {
    assertEquals(2, run("a.txt", "--threads"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads needs a number"));
  }

  @Test
  void parseThreads_acceptsPositiveNumbers() {
    assertEquals(1, Main.parseThreads("1"));
    assertEquals(8, Main.parseThreads(" 8 "));
    assertThrows(IllegalArgumentException.class, () -> Main.parseThreads("-2"));
    assertThrows(IllegalArgumentException.class, () -> Main.parseThreads(""));
  }

  @Test
  void run_benchWithBadOption_isUsageError() {
    assertEquals(2, run("bench", "--articles", "0", "a.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--articles must be a whole number >= 1, not 0"));
  }

  @Test
  void run_benchWithoutRounds_isUsageError() {
    assertEquals(2, run("bench", "--rounds", "0", "a.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rounds must be a whole number >= 1, not 0"));
  }

  @Test
  void run_benchHelp_printsUsage() {
    assertEquals(0, run("bench", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: bench"));
  }

  @Test
  void idOf_dropsTxt(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("story-1.txt"), "x");
    assertEquals("story-1", Main.idOf(f));
  }
}
