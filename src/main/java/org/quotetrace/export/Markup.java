package org.quotetrace.export;

/**
 * Escaping for markup that both an HTML parser and an XML parser read the same way.
 *
 * <p>Every method maps one UTF-16 code unit of its input to exactly one character of the parsed result,
 * so that offsets and lengths measured in the browser (JavaScript strings are UTF-16 too) equal those of
 * the article text. Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF and unpaired
 * surrogates) cannot be written at all, not even as character references; they become U+FFFD.
 */
final class Markup {
  private Markup() {}

  /** The character that stands in for one that markup cannot carry. */
  static final char REPLACEMENT = '\uFFFD';

  /** Returns {@code s} escaped for element content. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    appendText(sb, s, 0, s.length());
    return sb.toString();
  }

  /** Appends {@code s[begin, end)} escaped for element content. */
  static void appendText(StringBuilder sb, String s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        // Both parsers turn a literal CR (or CRLF) into LF; a reference keeps the character itself.
        case '\r' -> sb.append("&#13;");
        default -> sb.append(safeChar(s, i, begin, end));
      }
    }
  }

  /** Returns {@code s} escaped for a double- or single-quoted attribute value. */
  static String attr(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        // XML normalises literal whitespace in attributes to spaces; references survive.
        case '\t' -> sb.append("&#9;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        default -> sb.append(safeChar(s, i, 0, s.length()));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the characters of {@code s} as the parsed markup will hold them: each character that
   * markup cannot carry replaced by {@link #REPLACEMENT}, everything else unchanged.
   */
  static String sanitize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(safeChar(s, i, 0, s.length()));
    }
    return sb.toString();
  }

  /**
   * Returns the character at {@code i}, or {@link #REPLACEMENT} when XML cannot carry it; a surrogate
   * counts as paired only when its partner lies inside {@code [begin, end)}, because markup is written
   * one segment at a time.
   */
  private static char safeChar(String s, int i, int begin, int end) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r' ? c : REPLACEMENT;
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return REPLACEMENT;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1)) ? c : REPLACEMENT;
    }
    if (Character.isLowSurrogate(c)) {
      return i - 1 >= begin && Character.isHighSurrogate(s.charAt(i - 1)) ? c : REPLACEMENT;
    }
    return c;
  }
}
