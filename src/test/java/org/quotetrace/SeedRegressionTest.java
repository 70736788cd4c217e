package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotetrace.export.JsonExporter;
import org.quotetrace.testing.SharedTracer;

/**
 * Every article in {@code seeds/} against its reviewed expected output, {@code NAME.expected.jsonl}. When a
 * rule change alters an output on purpose, review the difference and regenerate the file with
 * {@code java -jar target/quotetrace.jar seeds/NAME.txt > seeds/NAME.expected.jsonl}.
 */
class SeedRegressionTest {

  static Stream<Path> seeds() throws IOException {
    Path dir = SharedTracer.projectDir().resolve("seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no seed articles in " + dir);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void trace_seedArticle_matchesReviewedOutput(Path seed) throws IOException {
    String name = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    Path expected = seed.resolveSibling(name + ".expected.jsonl");
    String actual = JsonExporter.toJsonLine(SharedTracer.get().trace(Article.read(seed)));
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8).strip(), actual);
  }
}
