package org.quotetrace.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quotetrace.Report;
import org.quotetrace.Statement;

/**
 * Formats a report as a compact table for a terminal: one row per statement with its number, kind,
 * speaker and type, cue, content (cut to about 60 columns) and outlet chain.
 *
 * <p>Widths are measured in terminal columns, not chars: a character outside the Basic Multilingual
 * Plane counts once, East Asian wide characters and emoji count twice, combining marks not at all, and
 * truncation never splits a surrogate pair or separates a combining mark from its base. Line breaks and
 * tabs in the text become spaces, so each statement stays on one line. This class is thread-safe.
 */
public final class TextTable {
  private TextTable() {}

  /** Widest the content column gets. */
  static final int CONTENT_WIDTH = 60;
  private static final int SPEAKER_WIDTH = 40;
  private static final int CUE_WIDTH = 20;
  private static final int CHAIN_WIDTH = 60;

  /** Returns the table for {@code report}, headed by a line naming the article, ending with a newline. */
  public static String of(Report report) {
    Objects.requireNonNull(report, "report");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "kind", "speaker (type)", "cue", "content", "chain"});
    List<Statement> statements = report.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      rows.add(new String[] {
          Integer.toString(i + 1),
          s.kind().jsonName(),
          truncate(oneLine(s.speaker().name()) + " (" + s.speaker().type().jsonName() + ")", SPEAKER_WIDTH),
          truncate(s.cue().map(c -> oneLine(c.text())).orElse("–"), CUE_WIDTH),
          truncate(oneLine(s.content().text()), CONTENT_WIDTH),
          truncate(oneLine(s.chainText()), CHAIN_WIDTH)});
    }
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(oneLine(GraphExporter.title(report)));
    report.publisher().ifPresent(p -> sb.append(" · ").append(oneLine(p.toString())));
    sb.append(String.format(Locale.ROOT, " · %d statement%s\n", statements.size(),
        statements.size() == 1 ? "" : "s"));
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append("  ");
        }
        if (c == 0) {
          line.append(" ".repeat(widths[c] - width(row[c]))).append(row[c]);
        } else {
          line.append(row[c]).append(" ".repeat(widths[c] - width(row[c])));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        sb.append("─".repeat(total + 2 * (columns - 1))).append('\n');
      }
    }
    if (statements.isEmpty()) {
      sb.append("(no statements)\n");
    }
    return sb.toString();
  }

  /**
   * Returns {@code s} cut to at most {@code max} terminal columns, with {@code …} at the end when cut;
   * never splits a surrogate pair or strips a combining mark from its base.
   */
  static String truncate(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    int used = 0;
    int end = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = width(cp);
      if (used + w > max - 1) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
      end = i;
    }
    // A trailing combining mark belongs to a base that was kept, so keeping it is right; dropping the
    // base alone cannot happen because zero-width marks never overflow.
    return s.substring(0, end).stripTrailing() + "…";
  }

  /** Returns how many terminal columns {@code s} takes. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    if (Character.isISOControl(cp)) {
      return 0;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian wide and fullwidth ranges, and the emoji blocks, which terminals draw two columns wide. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Returns {@code s} with every run of whitespace or control characters as one space. */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
