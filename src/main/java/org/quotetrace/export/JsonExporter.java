package org.quotetrace.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Statement;

/**
 * Writes reports as JSON Lines, format version {@value #FORMAT_VERSION}: the public contract documented
 * in {@code docs/json-format.md}. Fields are only ever added, never renamed or dropped. Thread-safe.
 */
public final class JsonExporter {
  /** The version of the JSON format written here. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonExporter() {}

  /** One report as one line of JSON, without the line break. */
  public static String toJsonLine(Report report) {
    Objects.requireNonNull(report, "report");
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("format_version", FORMAT_VERSION);
      g.writeStringField("id", report.article().id());
      writeOptional(g, "headline", report.article().headline());
      if (report.publisher().isPresent()) {
        g.writeObjectFieldStart("publisher");
        g.writeStringField("name", report.publisher().get().name());
        writeOptional(g, "author", report.publisher().get().author());
        g.writeEndObject();
      } else {
        g.writeNullField("publisher");
      }
      g.writeArrayFieldStart("statements");
      for (Statement s : report.statements()) {
        writeStatement(g, s);
      }
      g.writeEndArray();
      if (!report.warnings().isEmpty()) {
        // Written only when there are warnings, so that ordinary lines stay as they were before the field.
        g.writeArrayFieldStart("warnings");
        for (String w : report.warnings()) {
          g.writeString(w);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  /** The line written for an article that could not be traced. */
  public static String errorLine(String id, String message) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("format_version", FORMAT_VERSION);
      g.writeStringField("id", id);
      g.writeStringField("error", message);
      g.writeEndObject();
    });
  }

  private static void writeStatement(JsonGenerator g, Statement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.kind().jsonName());
    writeSpan(g, "content", Optional.of(s.content()));
    writeSpan(g, "cue", s.cue());
    g.writeObjectFieldStart("speaker");
    g.writeStringField("name", s.speaker().name());
    g.writeStringField("type", s.speaker().type().jsonName());
    writeSpan(g, "mention", s.speaker().mention());
    writeOptional(g, "role", s.speaker().role());
    g.writeEndObject();
    g.writeArrayFieldStart("chain");
    for (Link l : s.chain()) {
      g.writeStartObject();
      g.writeStringField("name", l.name());
      g.writeStringField("type", l.type().jsonName());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("rule", s.rule());
    g.writeNumberField("confidence", s.confidence());
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, String field, Optional<Span> span) throws IOException {
    if (span.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("begin", span.get().begin());
    g.writeNumberField("end", span.get().end());
    g.writeStringField("text", span.get().text());
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
