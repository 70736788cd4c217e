package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTest {

  @Test
  void fromPlainText_headlineAndDashByline_givesAuthorAndPublisher() {
    Article a = Article.fromPlainText("Mexico makes demands\n\nBy Jane Roe – The Daily Example\n\nBody text.");
    assertEquals(Optional.of("Mexico makes demands"), a.headline());
    assertEquals(Optional.of("Jane Roe"), a.author());
    assertEquals(Optional.of("The Daily Example"), a.publisher());
  }

  @Test
  void fromPlainText_bylineWithoutOutlet_givesAuthorOnly() {
    Article a = Article.fromPlainText("Headline here\n\nBy Jane Roe\n\nBody text.");
    assertEquals(Optional.of("Jane Roe"), a.author());
    assertEquals(Optional.empty(), a.publisher());
  }

  @Test
  void fromPlainText_noFrontMatter_givesNothing() {
    Article a = Article.fromPlainText("Just one paragraph that says a lot, and then some more words.");
    assertEquals(Optional.empty(), a.author());
    assertEquals(Optional.empty(), a.headline());
  }

  @Test
  void bylineRange_coversTheBylineLine() {
    String text = "Headline\r\n\r\nBy Jane Roe – Example News\r\n\r\nBody.";
    int[] r = FrontMatter.bylineRange(text);
    assertEquals("By Jane Roe – Example News", text.substring(r[0], r[1]));
  }

  @Test
  void read_invalidUtf8_failsWithClearMessage(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    IOException e = assertThrows(IOException.class, () -> Article.read(f));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void read_file_usesNameWithoutTxtAsId(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("some-story.txt");
    Files.writeString(f, "Text.");
    assertEquals("some-story", Article.read(f).id());
  }

  @Test
  void constructor_nullText_failsNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Article.of(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void span_endBeforeBegin_failsWithValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 2, ""));
    assertEquals("span end (2) must be >= begin (5)", e.getMessage());
  }

  @Test
  void toString_longText_isOneBoundedLine() {
    String s = Span.of("x".repeat(500) + "\n", 0, 501).toString();
    assertTrue(s.length() < 90 && !s.contains("\n"), s);
  }
}
