package org.quotetrace.export;

import java.util.Locale;
import java.util.Objects;
import org.quotetrace.Report;
import org.quotetrace.Statement;

/** Writes a report for a person to read: who said what, and through whom. Thread-safe. */
public final class TextExporter {
  private TextExporter() {}

  /** The report as lines of text, ending with a line break. */
  public static String toText(Report report) {
    Objects.requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(report.article().id());
    report.article().headline().ifPresent(h -> sb.append(": ").append(h));
    sb.append('\n');
    report.publisher().ifPresent(p -> sb.append("   published by ").append(p).append('\n'));
    if (report.statements().isEmpty()) {
      sb.append("   (no attributed statements)\n");
    }
    int n = 1;
    for (Statement s : report.statements()) {
      sb.append(String.format(Locale.ROOT, "%3d. %s%s%n", n++, s.speaker().name(),
          s.speaker().role().map(r -> " (" + r + ")").orElse("")));
      sb.append("     ").append(s.kind().jsonName())
          .append(s.cue().map(c -> ", cue \"" + c.text() + "\"").orElse(""))
          .append(String.format(Locale.ROOT, ", %s %.2f%n", s.rule(), s.confidence()));
      sb.append("     \"").append(oneLine(s.content().text())).append("\"\n");
      sb.append("     via ").append(s.chainText()).append('\n');
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
