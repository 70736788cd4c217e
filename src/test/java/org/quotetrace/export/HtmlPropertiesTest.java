package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quotetrace.Article;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;
import org.w3c.dom.Document;

/** Random texts and random, freely overlapping spans always give well-formed pages that show every span. */
class HtmlPropertiesTest {

  /** Characters, one code point each, that stress escaping, paragraphs and UTF-16. */
  private static final List<String> PIECES = List.of("a", "b", "c", " ", " ", "<", ">", "&", "\"", "'", "\n",
      "\r\n", "\n\n", "\t", "é", "🎉", "𝒳", "“", "]]>", "\u0007", "\u00a0");

  private static final List<String> NAMES = List.of("Ann", "Bob \"B\"", "<Cy & Co>", "Dé 🎉", "unknown",
      "a senior official");

  @Property(tries = 250)
  void html_randomSpans_areWellFormedAndHighlightTheirText(@ForAll("reports") Report report) {
    Document doc = Xhtml.parse(HtmlExporter.render(report));
    for (int i = 0; i < report.statements().size(); i++) {
      assertEquals(Markup.sanitize(report.statements().get(i).content().text()), Xhtml.highlightText(doc, i));
    }
    assertEquals(Markup.sanitize(report.article().text()), Xhtml.articleText(doc));
    Xhtml.parse(GraphExporter.svg(report));
  }

  @Provide
  Arbitrary<Report> reports() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).flatMap(pieces -> {
      StringBuilder sb = new StringBuilder();
      List<Integer> cuts = new ArrayList<>();
      cuts.add(0);
      for (String p : pieces) {
        sb.append(p);
        cuts.add(sb.length());
      }
      String text = sb.toString();
      Arbitrary<Span> spans = Combinators.combine(Arbitraries.of(cuts), Arbitraries.of(cuts))
          .as((x, y) -> Span.of(text, Math.min(x, y), Math.max(x, y)));
      Arbitrary<Statement> statements = Combinators.combine(
          spans, spans.optional(), spans.optional(), Arbitraries.of(NAMES), Arbitraries.of(SpeakerType.values()),
          Arbitraries.of(StatementKind.values()), Arbitraries.doubles().between(0, 1))
          .as((content, cue, mention, name, type, kind, confidence) -> {
            Speaker speaker = new Speaker(name, type, mention, Optional.of("role <" + name + ">"));
            List<Link> chain = List.of(new Link("Pub & <Co>", SpeakerType.OUTLET), speaker.asLink());
            return new Statement(kind, content, cue, speaker, chain, "rule.\"x\"", confidence);
          });
      return statements.list().ofMaxSize(7).map(list -> new Report(
          Article.of(text).withPublisher("Pub & <Co>"), sorted(list)));
    });
  }

  private static List<Statement> sorted(List<Statement> list) {
    List<Statement> copy = new ArrayList<>(list);
    copy.sort((a, b) -> a.content().compareTo(b.content()));
    return copy;
  }
}
