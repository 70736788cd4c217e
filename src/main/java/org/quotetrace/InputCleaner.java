package org.quotetrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the text that CoreNLP parses out of an article's text, character for character the same length, so
 * that every offset of the parse indexes the article's own text too: HTML tags, comments and scripts become
 * spaces (a block tag such as {@code <p>} a line break, which ends a sentence), an entity becomes the
 * character it stands for followed by spaces, control characters and unpaired surrogates become spaces,
 * and a run of more than {@code maxSentenceWords} words without a sentence end is broken by a line break.
 * The spans of a report are then cut from the article's own text (see {@link InputGuard}).
 */
final class InputCleaner {

  /**
   * What the parser sees, and what was changed to get it.
   *
   * @param entities the ranges of the text's HTML entities, begin and end by turns, in text order: a span
   *     that ends after an entity's character ends after the entity (and one that begins in it, at its start)
   */
  record Cleaned(String text, List<String> warnings, int[] entities) {

    /** {@code end} moved to the end of the entity it falls inside, if any. */
    int spanEnd(int end) {
      int i = inside(end);
      return i < 0 ? end : entities[i + 1];
    }

    /** {@code begin} moved to the start of the entity it falls inside, if any. */
    int spanBegin(int begin) {
      int i = inside(begin);
      return i < 0 ? begin : entities[i];
    }

    /** The index of the entity whose range has {@code pos} strictly inside it, or -1. */
    private int inside(int pos) {
      int lo = 0;
      int hi = entities.length / 2 - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (entities[2 * mid + 1] <= pos) {
          lo = mid + 1;
        } else if (entities[2 * mid] >= pos) {
          hi = mid - 1;
        } else {
          return 2 * mid;
        }
      }
      return -1;
    }
  }

  private static final String BLOCK_TAGS = "p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|thead|tbody|blockquote|"
      + "article|section|header|footer|aside|nav|figure|figcaption|hr|title|head|body|html|pre|dl|dt|dd|main";
  private static final String INLINE_TAGS = "a|abbr|b|i|u|s|em|strong|small|span|sub|sup|cite|code|q|time|"
      + "img|iframe|meta|link|picture|source|video|audio|svg|path|button|form|input|label|select|option|"
      + "mark|font|center|wbr|noscript|base|caption|col|colgroup";

  /** Elements whose content is not prose: blanked with their tags. */
  private static final List<String> NON_PROSE = List.of("script", "style", "noscript", "svg");

  private static final Pattern TAG = Pattern.compile(
      "(?is)<!--.*?-->|<!doctype[^>]*>|<(/?)(" + BLOCK_TAGS + "|" + INLINE_TAGS
          + ")(?=[\\s/>])(?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*>");

  private static final Pattern BLOCK = Pattern.compile("(?i)" + BLOCK_TAGS);

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
      Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("bdquo", "„"), Map.entry("laquo", "«"),
      Map.entry("raquo", "»"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"),
      Map.entry("eacute", "é"), Map.entry("aacute", "á"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
      Map.entry("uacute", "ú"), Map.entry("ntilde", "ñ"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
      Map.entry("auml", "ä"), Map.entry("ccedil", "ç"), Map.entry("copy", "©"), Map.entry("reg", "®"),
      Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("shy", ""),
      Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("thinsp", " "), Map.entry("ensp", " "),
      Map.entry("emsp", " "));

  /** Characters that may end a sentence for CoreNLP's sentence splitter. */
  private static final Set<Character> SENTENCE_END = Set.of('.', '!', '?');

  private InputCleaner() {}

  /** Cleans {@code text}; the result has exactly its length. */
  static Cleaned clean(String text, int maxSentenceWords) {
    char[] c = text.toCharArray();
    List<String> warnings = new ArrayList<>();
    int tags = 0;
    int entities = 0;
    List<Integer> ranges = new ArrayList<>();
    if (text.indexOf('<') >= 0) {
      tags += blankNonProse(text, c);
      Matcher m = TAG.matcher(new String(c));
      while (m.find()) {
        blank(c, m.start(), m.end());
        if (m.group(2) != null && BLOCK.matcher(m.group(2)).matches()) {
          c[m.start()] = '\n';
        }
        tags++;
      }
    }
    if (text.indexOf('&') >= 0) {
      Matcher m = ENTITY.matcher(new String(c));
      while (m.find()) {
        String decoded = decode(m.group(1));
        if (decoded == null || decoded.length() > m.end() - m.start()) {
          continue;
        }
        blank(c, m.start(), m.end());
        decoded.getChars(0, decoded.length(), c, m.start());
        entities++;
        ranges.add(m.start());
        ranges.add(m.end());
      }
    }
    if (tags > 0 || entities > 0) {
      warnings.add(String.format(Locale.ROOT,
          "html: %d tags and %d entities read as spaces (offsets still index the text as given)", tags, entities));
    }
    int odd = 0;
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (Character.isHighSurrogate(ch) && i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
        i++;
      } else if (Character.isSurrogate(ch) || ch == '\uFEFF' || ch == '\uFFFD'
          || (Character.getType(ch) == Character.CONTROL && ch != '\n' && ch != '\r' && ch != '\t')) {
        c[i] = ' ';
        odd++;
      } else if (ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
        c[i] = '\n';
      }
    }
    if (odd > 0) {
      warnings.add(String.format(Locale.ROOT,
          "control-characters: %d control, replacement or unpaired surrogate characters read as spaces", odd));
    }
    int breaks = breakLongSentences(c, maxSentenceWords);
    if (breaks > 0) {
      warnings.add(String.format(Locale.ROOT,
          "long-sentence: %d line breaks added to runs of more than %d words without a sentence end",
          breaks, maxSentenceWords));
    }
    return new Cleaned(new String(c), warnings, ranges.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Puts a line break (which ends a sentence) in place of the space after every {@code max} words that no
   * sentence end interrupts: CoreNLP's dependency parser and coreference grow faster than linearly in the
   * length of a sentence, and a transcript without punctuation would otherwise run for minutes.
   */
  static int breakLongSentences(char[] c, int max) {
    int words = 0;
    int breaks = 0;
    boolean inWord = false;
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch == '\n' || ch == '\r') {
        words = 0;
        inWord = false;
      } else if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        if (inWord && words >= max && (ch == ' ' || ch == '\t' || ch == '\u00a0')) {
          c[i] = '\n';
          breaks++;
          words = 0;
        }
        inWord = false;
      } else {
        if (!inWord) {
          words++;
          inWord = true;
        }
        if (SENTENCE_END.contains(ch)) {
          words = 0;
        }
      }
    }
    return breaks;
  }

  /**
   * Blanks {@code <script>...</script>} and the like, scanning once (a regular expression would rescan
   * the rest of the text for every unclosed opening tag).
   */
  private static int blankNonProse(String text, char[] c) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      return 0; // a few characters change length in lower case; then offsets would not match: skip
    }
    int count = 0;
    for (String name : NON_PROSE) {
      int from = 0;
      while (true) {
        int open = lower.indexOf("<" + name, from);
        if (open < 0) {
          break;
        }
        int after = open + 1 + name.length();
        if (after < lower.length() && !Character.isWhitespace(lower.charAt(after)) && lower.charAt(after) != '>') {
          from = after;
          continue;
        }
        int close = lower.indexOf("</" + name, after);
        int end = close < 0 ? -1 : lower.indexOf('>', close);
        if (end < 0) {
          break;
        }
        blank(c, open, end + 1);
        count++;
        from = end + 1;
      }
    }
    return count;
  }

  private static void blank(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      // Line breaks stay, so that a tag spanning lines keeps the paragraphs around it apart.
      if (c[i] != '\n' && c[i] != '\r') {
        c[i] = ' ';
      }
    }
  }

  private static String decode(String name) {
    if (name.charAt(0) == '#') {
      int cp;
      try {
        cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
      } catch (NumberFormatException e) {
        return null;
      }
      if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
        return " ";
      }
      return new String(Character.toChars(cp));
    }
    String d = ENTITIES.get(name);
    return d != null ? d : ENTITIES.get(name.toLowerCase(Locale.ROOT));
  }
}
