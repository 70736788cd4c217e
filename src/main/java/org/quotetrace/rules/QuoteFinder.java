package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in raw text, with their quotation marks: curly ({@code “…”}), straight ({@code "…"}),
 * doubled apostrophes ({@code ''…''}, as some newspapers' archives write them) and guillemets. Works on
 * characters, not tokens, so that it sees paragraph breaks: a quotation in news style may run over
 * several paragraphs, each opening a quotation mark and only the last closing it; such a quotation is one
 * {@link Quote}. An unbalanced mark ends at its paragraph and yields nothing.
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  /** A quotation from its opening mark (inclusive) to just past its closing mark. */
  public record Quote(int begin, int end) {
    /** Whether the character at {@code offset} lies inside the quotation, marks included. */
    public boolean contains(int offset) {
      return offset >= begin && offset < end;
    }
  }

  /** The longest quotation considered; a longer one is taken to be an unbalanced mark. */
  static final int MAX_QUOTE_CHARS = 5_000;

  /** The quotations of {@code text}, in order, not overlapping. */
  public static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    String closer = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        String opened = opener(text, i);
        if (opened != null) {
          open = i;
          closer = opened;
          i += markLength(text, i) - 1;
        }
        continue;
      }
      int closeLength = closes(text, i, closer);
      if (closeLength > 0) {
        quotes.add(new Quote(open, i + closeLength));
        open = -1;
        i += closeLength - 1;
        continue;
      }
      if (c == '\n' || c == '\r') {
        int next = skipBlank(text, i);
        // News style: an unclosed quotation continues when the next paragraph opens the same kind of mark.
        if (next < text.length() && closer.equals(opener(text, next)) && i - open < MAX_QUOTE_CHARS) {
          i = next + markLength(text, next) - 1;
        } else {
          open = -1;
        }
      } else if (i - open > MAX_QUOTE_CHARS) {
        open = -1;
      }
    }
    return List.copyOf(quotes);
  }

  /** The closing mark for a quotation opened at {@code i}, or null when no quotation opens there. */
  private static String opener(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„') {
      return "”";
    }
    if (c == '«') {
      return "»";
    }
    if (c == '"' && opensStraight(text, i, 1)) {
      return "\"";
    }
    if (c == '\'' && text.startsWith("''", i) && opensStraight(text, i, 2)) {
      return "''";
    }
    return null;
  }

  private static int markLength(String text, int i) {
    return text.startsWith("''", i) ? 2 : 1;
  }

  /** Length of the closing mark at {@code i}, or 0. */
  private static int closes(String text, int i, String closer) {
    char c = text.charAt(i);
    if (closer.equals("”") && (c == '”' || (c == '"' && !opensStraight(text, i, 1)))) {
      return 1;
    }
    if (closer.equals("\"") && c == '"') {
      return 1;
    }
    if (closer.equals("''") && text.startsWith("''", i)) {
      return 2;
    }
    return closer.equals("»") && c == '»' ? 1 : 0;
  }

  /** A straight mark opens when it follows a space, a line start or an opening bracket, and precedes text. */
  private static boolean opensStraight(String text, int i, int length) {
    if (i + length >= text.length() || Character.isWhitespace(text.charAt(i + length))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == ':';
  }

  private static int skipBlank(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
