package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quotetrace.Article;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;

class JsonExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Report report(String text, int begin, int end, StatementKind kind) {
    Article article = Article.fromPlainText("story", text).withPublisher("Example News");
    Span mention = Span.of(text, 0, Math.min(1, text.length()));
    Speaker speaker = new Speaker("Jane Roe", SpeakerType.PERSON, Optional.of(mention), Optional.of("Mayor"));
    Statement s = new Statement(kind, Span.of(text, begin, end), Optional.empty(), speaker,
        List.of(new Link("Example News", SpeakerType.OUTLET), speaker.asLink()), "quote.attached", 0.91);
    return new Report(article, List.of(s));
  }

  @Test
  void toJsonLine_statement_hasEveryDocumentedField() throws Exception {
    JsonNode o = JSON.readTree(JsonExporter.toJsonLine(report("“We won,” she said.", 0, 9, StatementKind.DIRECT)));
    assertEquals(1, o.get("format_version").asInt());
    assertEquals("story", o.get("id").asText());
    assertEquals("Example News", o.get("publisher").get("name").asText());
    assertTrue(o.get("publisher").get("author").isNull());
    JsonNode s = o.get("statements").get(0);
    assertEquals("direct", s.get("kind").asText());
    assertEquals("“We won,”", s.get("content").get("text").asText());
    assertTrue(s.get("cue").isNull());
    assertEquals("person", s.get("speaker").get("type").asText());
    assertEquals("Mayor", s.get("speaker").get("role").asText());
    assertEquals(2, s.get("chain").size());
    assertEquals("outlet", s.get("chain").get(0).get("type").asText());
    assertEquals("quote.attached", s.get("rule").asText());
    assertEquals(0.91, s.get("confidence").asDouble());
  }

  @Test
  void errorLine_hasIdAndErrorOnly() throws Exception {
    JsonNode o = JSON.readTree(JsonExporter.errorLine("bad", "bad.txt: not valid UTF-8 text"));
    assertEquals("bad.txt: not valid UTF-8 text", o.get("error").asText());
    assertTrue(o.get("statements") == null);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(200)
        .withCharRange('\u0000', '\uffff').withChars("\"\\“”\n\r\t😀");
  }

  @Property(tries = 300)
  void toJsonLine_anyText_isOneLineAndSpansRoundTrip(@ForAll("texts") String text,
      @ForAll double a, @ForAll double b) throws Exception {
    int x = (int) Math.floor(Math.abs(a) % 1 * text.length());
    int y = (int) Math.floor(Math.abs(b) % 1 * text.length());
    int begin = Math.min(x, y);
    int end = Math.max(x, y);
    String line = JsonExporter.toJsonLine(report(text, begin, end, StatementKind.MIXED));
    assertTrue(!line.contains("\n") && !line.contains("\r"), "one line");
    JsonNode content = JSON.readTree(line).get("statements").get(0).get("content");
    assertEquals(begin, content.get("begin").asInt());
    assertEquals(end, content.get("end").asInt());
    assertEquals(text.substring(begin, end), content.get("text").asText());
  }
}
