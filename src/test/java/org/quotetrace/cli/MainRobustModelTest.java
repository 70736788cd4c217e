package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of bad inputs through the command line: every file gives exactly one line, in order, flushed as
 * it goes, and a failure names the file and the problem.
 */
class MainRobustModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void run_batchOfBadInputs_oneLinePerFileInOrderWithClearErrors(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(dir.resolve("01-good.txt"), "“Taxes will fall,” Governor Ann Lee said."));
    files.add(dir.resolve("02-gone.txt"));
    // A directory named like an article, inside a directory given on the command line.
    Path sub = Files.createDirectory(dir.resolve("03"));
    files.add(Files.createDirectory(sub.resolve("03-dir.txt")));
    files.add(Files.write(dir.resolve("04-latin1.txt"), "caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1)));
    files.add(Files.write(dir.resolve("05-utf16.txt"), "\uFEFFhi".getBytes(StandardCharsets.UTF_16LE)));
    files.add(Files.write(dir.resolve("06-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}));
    files.add(Files.writeString(dir.resolve("07-controls.txt"), "\u0001\u0002\u0003\u0004\u0005\u0006\u0007"
        + "\u0008\u000e\u000f\u0010 junk"));
    Path huge = dir.resolve("08-huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: no disk used; reading it whole would throw OutOfMemoryError
    }
    files.add(huge);
    files.add(Files.writeString(dir.resolve("09-long.txt"), "word ".repeat(40_001)));
    files.add(Files.writeString(dir.resolve("10-html.txt"),
        "<p>&ldquo;We will fix the roads,&rdquo; <b>Mayor Jane Holloway</b> said.</p>"));
    files.add(Files.writeString(dir.resolve("11-spanish.txt"), "“Vamos a arreglar las carreteras antes del "
        + "invierno”, dijo el martes la alcaldesa. Ella dijo a la radio que los impuestos bajarían pronto."));
    files.add(Files.writeString(dir.resolve("12-blank.txt"), " \r\n\t\n"));
    files.add(Files.writeString(dir.resolve("13-good.txt"), "Police Chief Ron Daniels said crime had fallen."));

    CountingStream counting = new CountingStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = files.stream().map(f -> f.equals(sub.resolve("03-dir.txt")) ? sub : f).map(Path::toString)
        .toArray(String[]::new);
    int status = Main.run(args,
        new PrintStream(counting, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, status);
    List<String> lines = counting.text().lines().toList();
    assertEquals(files.size(), lines.size(), lines::toString);
    assertEquals(IntStream.rangeClosed(1, files.size()).boxed().toList(),
        counting.flushedAt.stream().distinct().toList(), "flushed after every line");
    List<JsonNode> json = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = JSON.readTree(lines.get(i));
      assertEquals(Main.idOf(files.get(i)), n.get("id").asText(), "line " + i + " is for the wrong file");
      json.add(n);
    }
    assertEquals("Ann Lee", json.get(0).at("/statements/0/speaker/name").asText());
    assertError(json.get(1), "02-gone.txt: no such file");
    assertError(json.get(2), "03-dir.txt: is a directory, not a file");
    assertError(json.get(3), "04-latin1.txt: not valid UTF-8 text");
    assertError(json.get(4), "05-utf16.txt: not valid UTF-8 text (it starts like UTF-16)");
    assertError(json.get(5), "06-binary.txt: looks binary (contains NUL characters)");
    assertError(json.get(6), "07-controls.txt: looks binary (11 control characters in 16)");
    assertError(json.get(7), "08-huge.txt: too large for an article (3221225472 bytes; the limit is 67108864)");
    assertError(json.get(8), "09-long.txt: article 09-long has 200005 characters, more than the limit of 200000");
    JsonNode html = json.get(9);
    assertEquals("Jane Holloway", html.at("/statements/0/speaker/name").asText(), html::toString);
    assertEquals("&ldquo;We will fix the roads,&rdquo;", html.at("/statements/0/content/text").asText());
    assertTrue(html.at("/warnings/0").asText().startsWith("html: "), html::toString);
    assertEquals(0, json.get(10).get("statements").size());
    assertTrue(json.get(10).at("/warnings/0").asText().startsWith("not-english: "), json.get(10)::toString);
    assertEquals(0, json.get(11).get("statements").size());
    assertFalse(json.get(11).has("warnings"));
    assertEquals("Ron Daniels", json.get(12).at("/statements/0/speaker/name").asText());
  }

  /**
   * A parse-cache entry whose dependency tree has a cycle (a damaged or hand-edited cache) would send the
   * rules into endless recursion: the cache refuses it and the article is parsed again.
   */
  @Test
  void run_damagedCacheEntry_isParsedAgainAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    String text = "Jane Lee said taxes fall.";
    Path cache = Files.createDirectory(dir.resolve("cache"));
    String entry = String.join("\n", "quotetrace-parse 1", "S\t0\t6",
        "T\t0\t0\t4\tJane\tjane\tNNP\tPERSON\t1\tcompound",
        "T\t0\t5\t8\tLee\tlee\tNNP\tPERSON\t2\tnsubj",
        "T\t0\t9\t13\tsaid\tsay\tVBD\tO\t4\tccomp",
        "T\t0\t14\t19\ttaxes\ttax\tNNS\tO\t4\tnsubj",
        "T\t0\t20\t24\tfall\tfall\tVBP\tO\t2\tccomp",
        "T\t0\t24\t25\t.\t.\t.\tO\t2\tpunct") + "\n";
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(cache.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".tsv.gz")))) {
      out.write(entry.getBytes(StandardCharsets.UTF_8));
    }
    Path a = Files.writeString(dir.resolve("a.txt"), "“Taxes will fall,” Governor Ann Lee said.");
    Path b = Files.writeString(dir.resolve("b.txt"), text);
    Path c = Files.writeString(dir.resolve("c.txt"), "Police Chief Ron Daniels said crime had fallen.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"--parse-cache", cache.toString(), a.toString(), b.toString(), c.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, status);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), lines::toString);
    assertEquals("Ann Lee", JSON.readTree(lines.get(0)).at("/statements/0/speaker/name").asText());
    assertEquals("Jane Lee", JSON.readTree(lines.get(1)).at("/statements/0/speaker/name").asText());
    assertEquals("Ron Daniels", JSON.readTree(lines.get(2)).at("/statements/0/speaker/name").asText());
  }

  private static void assertError(JsonNode line, String expected) {
    assertFalse(line.has("statements"), line::toString);
    String error = line.get("error").asText();
    assertTrue(error.endsWith(expected) || error.contains(expected + " "),
        () -> error + " should end with " + expected);
  }

  /** Remembers what was written and how many complete lines had been written at each flush. */
  private static final class CountingStream extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final List<Integer> flushedAt = new ArrayList<>();

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushedAt.add((int) text().chars().filter(c -> c == '\n').count());
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
