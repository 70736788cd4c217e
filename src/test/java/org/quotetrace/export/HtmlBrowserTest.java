package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.Article;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;

/**
 * Opens pages in headless Chromium and checks the DOM after the page's script ran.
 *
 * <p>Skipped when there is no {@code /usr/bin/chromium} (nor {@code $QUOTETRACE_CHROMIUM}), unless the
 * environment variable {@code CI} is set: under CI a missing browser is a failure, not a skip.
 */
class HtmlBrowserTest {

  private static Path browser;

  @BeforeAll
  static void findBrowser() {
    Optional<Path> found = Chromium.find();
    if (found.isEmpty() && System.getenv("CI") == null) {
      Assumptions.abort("no /usr/bin/chromium and CI is not set: skipping the browser test");
    }
    browser = found.orElseThrow(() -> new AssertionError(
        "CI is set but there is no browser: install Debian's chromium package (/usr/bin/chromium)"));
  }

  /** The attributes of the opening tag of each element with {@code id="s<n>"}, by statement index. */
  private static Map<Integer, String> headTags(String dom) {
    Map<Integer, String> heads = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<mark\\b[^>]*\\bid=\"s(\\d+)\"[^>]*>").matcher(dom);
    while (m.find()) {
      heads.put(Integer.parseInt(m.group(1)), m.group());
    }
    return heads;
  }

  private static String attr(String tag, String name) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + tag);
    }
    return m.group(1);
  }

  /** FNV-1a over UTF-16 code units, as the page's script computes it. */
  static String fnv(String s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 16777619;
    }
    return String.format(java.util.Locale.ROOT, "%08x", h);
  }

  private static void assertRenderedLikeReport(Report report, String dom) {
    assertTrue(dom.contains("data-qt-ready=\"" + report.statements().size() + "\""),
        "the page script ran to the end");
    Map<Integer, String> heads = headTags(dom);
    assertEquals(report.statements().size(), heads.size(), "one focusable highlight per statement");
    for (int i = 0; i < report.statements().size(); i++) {
      Statement s = report.statements().get(i);
      String tag = heads.get(i);
      String expected = Markup.sanitize(s.content().text());
      assertEquals(Integer.toString(expected.length()), attr(tag, "data-rendered-length"), "length of " + i);
      assertEquals(fnv(expected), attr(tag, "data-rendered-hash"), "text of statement " + i);
      assertEquals(Integer.toString(s.content().begin()), attr(tag, "data-begin"));
      assertEquals(Integer.toString(s.content().end()), attr(tag, "data-end"));
    }
  }

  @Test
  void browser_seedReport_highlightsMatchStatements(@TempDir Path dir) throws IOException {
    Report report = Fixtures.seedReport();
    Path page = HtmlExporter.writeTo(report, dir);
    long start = System.nanoTime();
    String dom = Chromium.dumpDom(browser, Chromium.url(page));
    System.out.printf("chromium --dump-dom took %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertRenderedLikeReport(report, dom);
    assertTrue(dom.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\" class=\"js\""),
        dom.substring(0, Math.min(400, dom.length())));
  }

  @Test
  void browser_overlapsEmojiAndCarriageReturns_renderExactly(@TempDir Path dir) throws IOException {
    String text = "Fans 🎉 said: \"we won\r\n\r\nthe 🏆 <again> & again\" — Ann & 'Bob'.\r\nEnd \uD800 odd.";
    Speaker ann = new Speaker("Ann \"A\" <Lee>", SpeakerType.PERSON,
        Optional.of(Fixtures.find(text, "Ann")), Optional.empty());
    Report report = new Report(Article.of(text), List.of(
        Fixtures.statement(StatementKind.DIRECT, Fixtures.find(text, "\"we won\r\n\r\nthe 🏆 <again> & again\""),
            Optional.of(Fixtures.find(text, "said")), ann, List.of(), "quote.said-before", 0.9),
        Fixtures.statement(StatementKind.DIRECT, Fixtures.find(text, "the 🏆 <again> & again\" — Ann"),
            Optional.empty(), Speaker.unknown(), List.of(), "test.overlap", 0.2),
        Fixtures.statement(StatementKind.INDIRECT, Span.of(text, text.indexOf("End"), text.length()),
            Optional.empty(), Speaker.unknown(), List.of(), "test.lone-surrogate", 0.1)));
    Path page = dir.resolve("edge.html");
    Files.writeString(page, HtmlExporter.render(report), StandardCharsets.UTF_8);
    assertRenderedLikeReport(report, Chromium.dumpDom(browser, Chromium.url(page)));
  }

  @Test
  void screenshot_writesPng(@TempDir Path dir) throws IOException {
    Path page = HtmlExporter.writeTo(Fixtures.seedReport(), dir);
    Path png = Screenshot.take(page, dir.resolve("page.png"), 800, 600);
    byte[] head = new byte[8];
    System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
    assertEquals("\u0089PNG\r\n\u001a\n", new String(head, StandardCharsets.ISO_8859_1));
  }
}
