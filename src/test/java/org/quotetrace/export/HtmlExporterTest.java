package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.export.Fixtures.find;
import static org.quotetrace.export.Fixtures.statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.Article;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlExporterTest {

  private static Speaker person(String name) {
    return new Speaker(name, SpeakerType.PERSON, Optional.empty(), Optional.empty());
  }

  private static Statement direct(Span content, Speaker who) {
    return statement(StatementKind.DIRECT, content, Optional.empty(), who, List.of(), "test.rule", 0.5);
  }

  /** Asserts the page parses as XML and each statement's highlight text is its content. */
  private static Document assertHighlightsMatch(Report report) {
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    for (int i = 0; i < report.statements().size(); i++) {
      assertEquals(Markup.sanitize(report.statements().get(i).content().text()), Xhtml.highlightText(doc, i),
          "highlight of statement " + i);
    }
    assertEquals(Markup.sanitize(report.article().text()), Xhtml.articleText(doc));
    return doc;
  }

  @Test
  void html_seedReport_isWellFormedXml() {
    Document doc = Xhtml.parse(HtmlExporter.render(Fixtures.seedReport()));
    assertEquals("en", doc.getDocumentElement().getAttribute("lang"));
    assertEquals(1, Xhtml.elements(doc, "article").size());
  }

  @Test
  void html_statementSpans_matchContent() {
    Document doc = assertHighlightsMatch(Fixtures.seedReport());
    assertEquals(8, Xhtml.elements(doc, "mark").stream().filter(e -> e.hasAttribute("tabindex")).count());
  }

  @Test
  void html_highlight_carriesDataAttributes() {
    Report report = Fixtures.seedReport();
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    Statement s = report.statements().get(5);
    Element head = Xhtml.fragments(doc, 5).get(0);
    assertEquals("s5", head.getAttribute("id"));
    assertEquals("0", head.getAttribute("tabindex"));
    assertEquals(s.speaker().name(), head.getAttribute("data-speaker"));
    assertEquals("anonymous", head.getAttribute("data-type"));
    assertEquals("mixed", head.getAttribute("data-kind"));
    assertEquals("reported.told", head.getAttribute("data-rule"));
    assertEquals("0.85", head.getAttribute("data-confidence"));
    assertEquals(Integer.toString(s.content().begin()), head.getAttribute("data-begin"));
    assertEquals(Integer.toString(s.content().end()), head.getAttribute("data-end"));
    assertEquals("The Postmillennial → NBC News → a senior Biden administration official",
        head.getAttribute("data-chain"));
    assertTrue(head.getAttribute("aria-label").contains("a senior Biden administration official"));
  }

  @Test
  void html_cueAndMention_areMarked() {
    Report report = Fixtures.seedReport();
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    List<Element> spans = Xhtml.elements(doc, "span");
    Element cue = spans.stream().filter(e -> Xhtml.hasClass(e, "cue") && e.getAttribute("data-stmt").equals("5"))
        .findFirst().orElseThrow();
    assertEquals("told", cue.getTextContent());
    Element who = spans.stream().filter(e -> Xhtml.hasClass(e, "who") && e.getAttribute("data-stmt").equals("5"))
        .findFirst().orElseThrow();
    assertEquals("A senior Biden administration official", who.getTextContent());
  }

  @Test
  void html_nestedSpans_nestElements() {
    String text = "Alice said: \"Bob told me 'we win' yesterday.\"";
    Span outer = find(text, "Bob told me 'we win' yesterday.");
    Span inner = find(text, "we win");
    Report report = new Report(Article.of(text),
        List.of(direct(outer, person("Alice")), direct(inner, person("Bob"))));
    Document doc = assertHighlightsMatch(report);
    assertEquals(1, Xhtml.fragments(doc, 0).size());
    assertEquals(1, Xhtml.fragments(doc, 1).size());
    assertTrue(Xhtml.isInside(Xhtml.fragments(doc, 1).get(0), Xhtml.fragments(doc, 0).get(0)));
  }

  @Test
  void html_overlappingSpans_splitIntoWellFormedFragments() {
    String text = "one two three four five six";
    Report report = new Report(Article.of(text), List.of(
        direct(find(text, "one two three"), person("A")),
        direct(find(text, "two three four five"), person("B")),
        direct(find(text, "four five six"), person("C"))));
    Document doc = assertHighlightsMatch(report);
    assertTrue(Xhtml.fragments(doc, 1).size() >= 2, "the middle statement overlaps both others");
    // Only the first fragment is a tab stop, so a keyboard user visits each statement once.
    assertEquals(3, Xhtml.elements(doc, "mark").stream().filter(e -> e.hasAttribute("tabindex")).count());
  }

  @Test
  void html_mentionInsideOtherContent_isWellFormed() {
    String text = "Smith said \"Jones is wrong,\" and Jones replied that he was right.";
    Speaker smith = new Speaker("John Smith", SpeakerType.PERSON, Optional.of(find(text, "Smith")), Optional.empty());
    Speaker jones = new Speaker("Mary Jones", SpeakerType.PERSON, Optional.of(find(text, "Jones", 1)),
        Optional.empty());
    Speaker he = new Speaker("John Smith", SpeakerType.PERSON, Optional.of(find(text, "Jones", 0)),
        Optional.empty());
    Report report = new Report(Article.of(text), List.of(
        statement(StatementKind.DIRECT, find(text, "\"Jones is wrong,\""), Optional.of(find(text, "said")), smith,
            List.of(), "quote.said-after", 0.9),
        statement(StatementKind.INDIRECT, find(text, "he was right"), Optional.of(find(text, "replied")), jones,
            List.of(), "reported.that", 0.8),
        // A mention that lies inside another statement's content and overlaps nothing else.
        statement(StatementKind.INDIRECT, find(text, "Jones replied"), Optional.empty(), he,
            List.of(), "test.overlap", 0.1)));
    Document doc = assertHighlightsMatch(report);
    Element mention = Xhtml.elements(doc, "span").stream()
        .filter(e -> Xhtml.hasClass(e, "who") && e.getAttribute("data-stmt").equals("2")).findFirst().orElseThrow();
    assertTrue(Xhtml.isInside(mention, Xhtml.fragments(doc, 0).get(0)));
  }

  @Test
  void html_spanAcrossParagraphs_isSplitAtTheBreak() {
    String text = "First paragraph starts \"here and\r\n\r\ngoes on\" there.\r\n\r\nThird.";
    Report report = new Report(Article.of(text),
        List.of(direct(find(text, "here and\r\n\r\ngoes on"), person("A"))));
    Document doc = assertHighlightsMatch(report);
    assertEquals(3, Xhtml.elements(doc, "p").stream().filter(p -> Xhtml.isInside(p, Xhtml.article(doc))).count());
    assertEquals(2, Xhtml.fragments(doc, 0).size());
  }

  @Test
  void html_escapesMarkupCharacters() {
    String text = "<script>alert(\"x\")</script> & 'quoted' said O'Brien <b>";
    Speaker who = new Speaker("O'Brien \"<the> & co\"", SpeakerType.PERSON,
        Optional.of(find(text, "O'Brien")), Optional.of("<role>"));
    Report report = new Report(Article.of(text).withPublisher("A&B <News>").withAuthor("\"Q\""), List.of(
        statement(StatementKind.DIRECT, find(text, "<script>alert(\"x\")</script> & 'quoted'"),
            Optional.of(find(text, "said")), who, List.of(new Link("A&B <News>", SpeakerType.OUTLET)),
            "rule<&>\"'", 1.0)));
    String html = HtmlExporter.render(report);
    assertFalse(html.contains("<script>alert"), "article text must not become markup");
    assertFalse(html.contains("O'Brien</span> <b>"));
    assertTrue(html.contains("&lt;b&gt;"));
    assertFalse(html.contains("<the>"));
    Document doc = assertHighlightsMatch(report);
    Element head = Xhtml.fragments(doc, 0).get(0);
    assertEquals("O'Brien \"<the> & co\"", head.getAttribute("data-speaker"));
    assertEquals("<role>", head.getAttribute("data-role"));
    assertEquals("rule<&>\"'", head.getAttribute("data-rule"));
    assertEquals("A&B <News> → O'Brien \"<the> & co\"", head.getAttribute("data-chain"));
  }

  @Test
  void html_emojiAndSurrogates_areKeptWhole() {
    String text = "The fans 🎉 shouted \"we won 🏆 again\" loudly. 𝒳 marks it.";
    Report report = new Report(Article.of(text), List.of(
        direct(find(text, "we won 🏆 again"), person("Fans 🎉")),
        direct(find(text, "🎉 shouted"), person("𝒳 person"))));
    Document doc = assertHighlightsMatch(report);
    assertTrue(Xhtml.highlightText(doc, 0).contains("🏆"));
  }

  @Test
  void html_loneSurrogateAndControls_becomeReplacementKeepingLength() {
    String text = "bad \uD83D here \u0001 and \uFFFF \"quote \uDC00 end\" fine";
    Report report = new Report(Article.of(text), List.of(direct(find(text, "quote \uDC00 end"), person("A"))));
    Document doc = assertHighlightsMatch(report);
    assertEquals("quote \uFFFD end", Xhtml.highlightText(doc, 0));
    assertEquals(text.length(), Xhtml.articleText(doc).length());
  }

  @Test
  void html_spanSplittingASurrogatePair_staysWellFormed() {
    String text = "abc 🎉 def";
    int mid = text.indexOf("🎉") + 1;
    Report report = new Report(Article.of(text), List.of(direct(Span.of(text, 0, mid), person("A"))));
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    assertEquals("abc \uFFFD", Xhtml.highlightText(doc, 0));
    assertEquals(text.length(), Xhtml.articleText(doc).length());
  }

  @Test
  void html_carriageReturns_areKeptAsReferences() {
    String text = "Line one said \"a\r\nb\" ok";
    Report report = new Report(Article.of(text), List.of(direct(find(text, "a\r\nb"), person("A"))));
    assertTrue(HtmlExporter.render(report).contains("a&#13;\n"));
    assertHighlightsMatch(report);
  }

  @Test
  void html_emptyAndZeroLengthContent_areRendered() {
    String text = "Nothing here.";
    Report empty = new Report(Article.of(text), List.of());
    Document doc = assertHighlightsMatch(empty);
    assertEquals(0, Xhtml.elements(doc, "mark").stream().filter(e -> e.hasAttribute("data-stmt")).count());
    Report zero = new Report(Article.of(text), List.of(direct(Span.of(text, text.length(), text.length()),
        Speaker.unknown())));
    Document zdoc = assertHighlightsMatch(zero);
    assertEquals(1, Xhtml.fragments(zdoc, 0).size());
    assertHighlightsMatch(new Report(Article.of(""), List.of()));
  }

  @Test
  void html_headerShowsHeadlinePublisherAndAuthor() {
    Report report = Fixtures.seedReport();
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    String h1 = Xhtml.elements(doc, "h1").get(0).getTextContent();
    assertTrue(h1.startsWith("Mexico demands Biden give amnesty"), h1);
    String header = Xhtml.elements(doc, "header").get(0).getTextContent();
    assertTrue(header.contains("By Darian Douraghy"), header);
    assertTrue(header.contains("The Postmillennial"), header);
  }

  @Test
  void html_panel_groupsSourcesByType() {
    Document doc = Xhtml.parse(HtmlExporter.render(Fixtures.seedReport()));
    Element panel = Xhtml.elements(doc, "aside").get(0);
    List<String> groups = Xhtml.elements(doc, "h3").stream().filter(h -> Xhtml.isInside(h, panel))
        .map(h -> h.getFirstChild().getTextContent()).toList();
    assertEquals(List.of("Named people and organizations", "Groups", "Anonymous and unknown", "Outlets"), groups);
    List<Element> buttons = Xhtml.elements(doc, "button").stream().filter(b -> b.hasAttribute("data-source"))
        .toList();
    Element nbc = buttons.stream().filter(b -> b.getTextContent().startsWith("NBC News")).findFirst().orElseThrow();
    assertEquals("8", nbc.getElementsByTagName("span").item(2).getTextContent(), "every statement went via NBC");
  }

  @Test
  void html_sameSpeaker_keepsColourAcrossArticles() {
    String text = "Ann said \"x\". Bob said \"y\".";
    Report both = new Report(Article.of(text), List.of(direct(find(text, "x"), person("Ann Lee")),
        direct(find(text, "y"), person("Bob Ray"))));
    Report alone = new Report(Article.of(text), List.of(direct(find(text, "y"), person("Bob Ray"))));
    assertEquals(Sources.of(both).get("Bob Ray").color(), Sources.of(alone).get("Bob Ray").color());
    assertNotEquals(Sources.of(both).get("Ann Lee").color(), Sources.of(both).get("Bob Ray").color());
  }

  @Test
  void html_isSelfContained() {
    String html = HtmlExporter.render(Fixtures.seedReport());
    Matcher m = Pattern.compile("(?i)https?://[^\"'\\s)]+").matcher(html);
    while (m.find()) {
      assertTrue(m.group().equals("http://www.w3.org/1999/xhtml") || m.group().equals("http://www.w3.org/2000/svg"),
          "no network reference: " + m.group());
    }
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("@import"));
    assertFalse(html.contains(" src="));
    assertTrue(html.contains("<meta name=\"viewport\""));
  }

  @Test
  void html_isDeterministic() {
    assertEquals(HtmlExporter.render(Fixtures.seedReport()), HtmlExporter.render(Fixtures.seedReport()));
  }

  @Test
  void renderIndex_linksEachReport_andEscapesHrefs() {
    Report seed = Fixtures.seedReport();
    Report other = new Report(Article.of("x").withId("a&b"), List.of());
    String html = HtmlExporter.renderIndex(List.of(seed, other), r -> r.article().id() + ".html?x=\"1\"&y=<2>");
    Document doc = Xhtml.parse(html);
    List<String> hrefs = Xhtml.elements(doc, "a").stream().map(a -> a.getAttribute("href")).toList();
    assertEquals(List.of("postmillennial-mexico-amnesty.html?x=\"1\"&y=<2>", "a&b.html?x=\"1\"&y=<2>"), hrefs);
    assertThrows(NullPointerException.class, () -> HtmlExporter.renderIndex(List.of(seed), r -> null));
  }

  @Test
  void writeTo_directory_writesIdDotHtml(@TempDir Path dir) throws IOException {
    Path file = HtmlExporter.writeTo(Fixtures.seedReport(), dir);
    assertEquals(dir.resolve("postmillennial-mexico-amnesty.html"), file);
    assertEquals(HtmlExporter.render(Fixtures.seedReport()), Files.readString(file, StandardCharsets.UTF_8));
    Path named = HtmlExporter.writeTo(Fixtures.seedReport(), dir.resolve("page.html"));
    assertTrue(Files.isRegularFile(named));
    assertEquals("__x_y.html", HtmlExporter.fileName("../x/y"));
  }
}
