package org.quotetrace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The headline and byline lines at the top of a plain-text article. */
record FrontMatter(Optional<String> headline, Optional<String> author, Optional<String> publisher) {

  /** How many non-blank lines from the top a byline may stand at. */
  private static final int BYLINE_SEARCH_LINES = 3;

  private static final int MAX_HEADLINE_WORDS = 30;

  /** {@code By NAME – OUTLET}, {@code By NAME, OUTLET}, {@code By NAME | OUTLET} or {@code By NAME}. */
  private static final Pattern BYLINE = Pattern.compile(
      "^\\s*[Bb][Yy]:?\\s+(?<author>[\\p{Lu}][^–—|,\\n]{0,80}?)"
          + "(?:\\s*(?:[–—|,]|\\s-\\s)\\s*(?<outlet>[^\\n]{1,80}?))?\\s*$");

  static FrontMatter of(String text) {
    String[] lines = text.split("\\r?\\n|\\r", -1);
    Optional<String> headline = Optional.empty();
    Optional<String> author = Optional.empty();
    Optional<String> publisher = Optional.empty();
    int seen = 0;
    for (int i = 0; i < lines.length && seen < BYLINE_SEARCH_LINES; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher m = BYLINE.matcher(line);
      if (m.matches() && line.split("\\s+").length <= 16) {
        author = Optional.of(m.group("author").strip());
        publisher = Optional.ofNullable(m.group("outlet")).map(String::strip).filter(s -> !s.isEmpty());
        break;
      }
      if (seen == 1 && isHeadline(lines, i)) {
        headline = Optional.of(line);
      }
    }
    return new FrontMatter(headline, author, publisher);
  }

  /** Whether the first line is short and stands alone, as a headline does. */
  private static boolean isHeadline(String[] lines, int i) {
    String line = lines[i].strip();
    boolean standsAlone = i + 1 < lines.length && lines[i + 1].isBlank();
    return standsAlone && line.split("\\s+").length <= MAX_HEADLINE_WORDS;
  }

  /**
   * Returns the character range of the byline line in {@code text}, or {@code [-1, -1]} when there is none.
   * Statements are never taken from the byline, and its names are never speakers.
   */
  static int[] bylineRange(String text) {
    int pos = 0;
    int seen = 0;
    while (pos <= text.length() && seen < BYLINE_SEARCH_LINES) {
      int nl = nextLineEnd(text, pos);
      String line = text.substring(pos, nl);
      if (!line.isBlank()) {
        seen++;
        if (BYLINE.matcher(line.strip()).matches() && line.strip().split("\\s+").length <= 16) {
          return new int[] {pos, nl};
        }
      }
      if (nl >= text.length()) {
        break;
      }
      pos = nl + (text.startsWith("\r\n", nl) ? 2 : 1);
    }
    return new int[] {-1, -1};
  }

  private static int nextLineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }
}
