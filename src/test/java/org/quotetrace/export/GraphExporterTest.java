package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

class GraphExporterTest {

  private static final String NASTY = "Say \"hi\" [x] {y} (z) <b> & #1 | `c` \\n 🎉 é";

  /** A report whose publisher, outlet and speaker names hold every character the syntaxes care about. */
  private static Report nastyReport() {
    String text = "He said \"one\". She said \"two\".";
    Link pub = new Link("Pub \"A\" [B]", SpeakerType.OUTLET);
    Link outlet = new Link(NASTY, SpeakerType.OUTLET);
    Speaker he = new Speaker("O'Neil \\ \"Jr.\"", SpeakerType.PERSON, Optional.empty(), Optional.empty());
    Speaker she = new Speaker("unknown", SpeakerType.UNKNOWN, Optional.empty(), Optional.empty());
    return new Report(Article.of(text).withPublisher("Pub \"A\" [B]"), List.of(
        new Statement(StatementKind.DIRECT, Fixtures.find(text, "\"one\""), Optional.empty(), he,
            List.of(pub, outlet, he.asLink()), "r", 0.5),
        new Statement(StatementKind.DIRECT, Fixtures.find(text, "\"two\""), Optional.empty(), she,
            List.of(pub, outlet, she.asLink()), "r", 0.5)));
  }

  @Test
  void dot_seedReport_hasNodesAndCountedEdges() {
    String dot = GraphExporter.dot(Fixtures.seedReport());
    assertTrue(dot.startsWith("digraph quotetrace {\n"));
    assertTrue(dot.contains("p0 [label=\"The Postmillennial\""));
    assertTrue(dot.contains("p1 [label=\"NBC News\""));
    assertTrue(dot.contains("p0 -> p1 [label=\"8\"];"), dot);
    assertTrue(dot.contains("shape=hexagon"), "groups are hexagons");
    assertEquals(5, dot.lines().filter(l -> l.contains(" -> ")).count());
    assertTrue(dot.endsWith("}\n"));
  }

  @Test
  void dot_escapesQuotesBackslashesAndKeepsUnicode() {
    String dot = GraphExporter.dot(nastyReport());
    assertTrue(dot.contains("label=\"Say \\\"hi\\\" [x] {y} (z) <b> & #1 | `c` \\\\n 🎉 é\""), dot);
    assertTrue(dot.contains("label=\"O'Neil \\\\ \\\"Jr.\\\"\""), dot);
    // Every quoted string closes on its line: no quote is left unescaped.
    for (String line : dot.lines().toList()) {
      String unescaped = line.replace("\\\\", "").replace("\\\"", "");
      assertEquals(0, unescaped.chars().filter(c -> c == '"').count() % 2, line);
    }
  }

  @Test
  void dotString_escapesLineBreaksAndControls() {
    assertEquals("\"a\\nb c\"", GraphExporter.dotString("a\r\nb\u0007c"));
  }

  @Test
  void mermaid_seedReport_isFlowchartWithShapesAndCounts() {
    String mmd = GraphExporter.mermaid(Fixtures.seedReport());
    assertTrue(mmd.startsWith("flowchart LR\n"));
    assertTrue(mmd.contains("  p0[[\"The Postmillennial\"]]\n"));
    assertTrue(mmd.contains("  p3([\"Andrés Manuel López Obrador\"])\n"));
    assertTrue(mmd.contains("  p0 -->|8| p1\n"));
    assertTrue(mmd.contains("  style p4 fill:#"));
  }

  @Test
  void mermaid_escapesSyntaxCharactersAsEntityCodes() {
    String mmd = GraphExporter.mermaid(nastyReport());
    assertTrue(mmd.contains("[[\"Say #quot;hi#quot; [x] {y} (z) #lt;b#gt; #amp; #35;1 #124; #96;c#96; \\n 🎉 é\"]]"),
        mmd);
    assertTrue(mmd.contains("[[\"Pub #quot;A#quot; [B]\"]]"), mmd);
    // Outside entity codes, a label holds no quote and no '#'.
    Matcher m = Pattern.compile("^  p\\d+\\W+\"(.*)\"\\W*$", Pattern.MULTILINE).matcher(mmd);
    int labels = 0;
    while (m.find()) {
      labels++;
      String label = m.group(1).replaceAll("#[a-z0-9]+;", "");
      assertFalse(label.contains("\"") || label.contains("#") || label.contains("<"), label);
    }
    assertEquals(4, labels);
  }

  @Test
  void svg_isWellFormedAndDrawsEveryNodeAndEdge() {
    Report report = Fixtures.seedReport();
    Document doc = Xhtml.parse(GraphExporter.svg(report));
    Element svg = doc.getDocumentElement();
    assertEquals("svg", svg.getTagName());
    assertEquals("http://www.w3.org/2000/svg", svg.getAttribute("xmlns"));
    long nodes = Xhtml.elements(doc, "g").stream()
        .filter(g -> g.getFirstChild() instanceof Element t && t.getTagName().equals("title"))
        .count();
    assertEquals(6, nodes, "publisher, NBC News and four speakers");
    assertEquals(5, Xhtml.elements(doc, "path").stream().filter(p -> p.hasAttribute("marker-end")).count());
    String text = svg.getTextContent();
    assertTrue(text.contains("Andrés Manuel López Obrador"));
    assertTrue(text.contains("publisher"));
  }

  @Test
  void svg_escapesNamesAndSurvivesEmptyReports() {
    Xhtml.parse(GraphExporter.svg(nastyReport()));
    Document empty = Xhtml.parse(GraphExporter.svg(new Report(Article.of("x"), List.of())));
    assertTrue(empty.getDocumentElement().getTextContent().contains("No outlet chains"));
  }

  @Test
  void graph_chainGoingBack_isStillDrawn() {
    String text = "a b";
    Link x = new Link("X", SpeakerType.OUTLET);
    Link y = new Link("Y", SpeakerType.OUTLET);
    Speaker sx = new Speaker("X", SpeakerType.OUTLET, Optional.empty(), Optional.empty());
    Speaker sy = new Speaker("Y", SpeakerType.OUTLET, Optional.empty(), Optional.empty());
    Report report = new Report(Article.of(text), List.of(
        new Statement(StatementKind.ACCORDING_TO, Span.of(text, 0, 1), Optional.empty(), sy, List.of(x, y), "r", 1),
        new Statement(StatementKind.ACCORDING_TO, Span.of(text, 2, 3), Optional.empty(), sx, List.of(y, x), "r", 1)));
    Document doc = Xhtml.parse(GraphExporter.svg(report));
    assertEquals(2, Xhtml.elements(doc, "path").stream().filter(p -> p.hasAttribute("marker-end")).count());
    assertTrue(GraphExporter.dot(report).contains("p1 -> p0"));
  }

  @Test
  void graph_outputsAreDeterministic() {
    assertEquals(GraphExporter.dot(Fixtures.seedReport()), GraphExporter.dot(Fixtures.seedReport()));
    assertEquals(GraphExporter.mermaid(Fixtures.seedReport()), GraphExporter.mermaid(Fixtures.seedReport()));
    assertEquals(GraphExporter.svg(Fixtures.seedReport()), GraphExporter.svg(Fixtures.seedReport()));
  }
}
