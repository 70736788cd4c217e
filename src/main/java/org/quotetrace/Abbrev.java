package org.quotetrace;

/** Short, escaped, bounded renderings for {@code toString()}: friendly in JShell. */
final class Abbrev {
  private Abbrev() {}

  /** Returns {@code s} in double quotes, with control characters escaped and cut to {@code max} chars. */
  static String quote(String s, int max) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 8).append('"');
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (n >= max) {
        sb.append('…');
        break;
      }
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (Character.isISOControl(c)) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
      n++;
    }
    return sb.append('"').toString();
  }
}
