package org.quotetrace;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A stretch of an article's text: {@code begin} inclusive, {@code end} exclusive, both Java {@code String}
 * indices (UTF-16 code units), and the text between them, so that
 * {@code article.text().substring(begin, end).equals(text)}.
 */
public record Span(int begin, int end, String text) implements Comparable<Span> {

  public Span {
    Objects.requireNonNull(text, "text");
    checkArgument(begin >= 0, "span begin (%s) must be >= 0", begin);
    checkArgument(end >= begin, "span end (%s) must be >= begin (%s)", end, begin);
    checkArgument(text.length() == end - begin,
        "span text length (%s) must equal end - begin (%s)", text.length(), end - begin);
  }

  /** Returns the span of {@code source} from {@code begin} to {@code end}. */
  public static Span of(String source, int begin, int end) {
    Objects.requireNonNull(source, "source");
    checkArgument(begin >= 0 && end <= source.length() && begin <= end,
        "span [%s, %s) must lie inside the text (length %s)", begin, end, source.length());
    return new Span(begin, end, source.substring(begin, end));
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - begin;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(begin, other.begin);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ") " + Abbrev.quote(text, 60);
  }
}
