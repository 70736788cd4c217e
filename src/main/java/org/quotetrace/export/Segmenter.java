package org.quotetrace.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a text as paragraphs of well-formed markup with possibly nested and overlapping layers.
 *
 * <p>The text is cut at every point where a layer begins or ends. Between two points the set of open
 * layers does not change, so the markup is a stack of elements; when a layer ends below the top of the
 * stack, the layers above it are closed and opened again just after, as continuation fragments. Each layer
 * thus becomes one element when it nests, and a few fragments when it overlaps another or crosses a
 * paragraph. Every character of the text is written exactly once, in order.
 */
final class Segmenter {
  private Segmenter() {}

  /**
   * Something to mark in the text.
   *
   * @param begin first character, inclusive
   * @param end last character, exclusive; equal to {@code begin} for an empty element
   * @param rank which of two layers with equal ends goes outside: the lower rank
   * @param order which of two layers with equal ends and ranks goes outside: the lower order
   * @param open the opening tag; its argument says whether this is the layer's first fragment
   * @param close the closing tag
   */
  record Layer(int begin, int end, int rank, int order, Opener open, String close) {
    Layer {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("layer [" + begin + ", " + end + ") is not a valid range");
      }
    }
  }

  /** Writes the opening tag of a layer or of one of its continuation fragments. */
  @FunctionalInterface
  interface Opener {
    String open(boolean first);
  }

  /** Line breaks with at least one blank line between them. */
  private static final Pattern BLANK_LINES =
      Pattern.compile("[ \\t\\f]*(?:\\r\\n|\\r|\\n)(?:[ \\t\\f]*(?:\\r\\n|\\r|\\n))+[ \\t\\f]*");

  private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t\\f]*(?:\\r\\n|\\r|\\n)[ \\t\\f]*");

  /**
   * Returns where each paragraph starts and ends: blank lines separate paragraphs, or single line breaks
   * when the text has no blank line. The ranges cover the whole text, each paragraph keeping the break
   * that follows it, so no character is lost.
   */
  static List<int[]> paragraphs(String text) {
    Matcher m = BLANK_LINES.matcher(text);
    if (!m.find()) {
      m = LINE_BREAKS.matcher(text);
    } else {
      m.reset();
    }
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (m.find()) {
      if (m.end() == text.length()) {
        break;
      }
      if (m.start() > start) {
        out.add(new int[] {start, m.end()});
        start = m.end();
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  /** Appends {@code text} as {@code <p>} elements carrying the layers. */
  static void render(StringBuilder sb, String text, List<Layer> layers) {
    for (Layer l : layers) {
      if (l.end() > text.length()) {
        throw new IllegalArgumentException("layer [" + l.begin() + ", " + l.end()
            + ") must lie inside the text (length " + text.length() + ")");
      }
    }
    List<int[]> paragraphs = paragraphs(text);
    for (int k = 0; k < paragraphs.size(); k++) {
      int ps = paragraphs.get(k)[0];
      int pe = paragraphs.get(k)[1];
      boolean last = k == paragraphs.size() - 1;
      sb.append("<p>");
      paragraph(sb, text, ps, pe, last, layers);
      sb.append("</p>\n");
    }
  }

  /** A layer clipped to one paragraph. */
  private record Piece(Layer layer, int begin, int end) {}

  private static final Comparator<Piece> OUTER_FIRST = Comparator.comparingInt((Piece p) -> -p.end())
      .thenComparingInt(p -> p.layer().rank())
      .thenComparingInt(p -> p.layer().order());

  private static void paragraph(StringBuilder sb, String text, int ps, int pe, boolean last,
      List<Layer> layers) {
    List<Piece> pieces = new ArrayList<>();
    TreeSet<Integer> points = new TreeSet<>(List.of(ps, pe));
    for (Layer l : layers) {
      boolean empty = l.begin() == l.end();
      boolean inside = empty
          ? l.begin() >= ps && (l.begin() < pe || (last && l.begin() == pe))
          : l.begin() < pe && l.end() > ps;
      if (inside) {
        Piece p = new Piece(l, Math.max(l.begin(), ps), Math.min(l.end(), pe));
        pieces.add(p);
        points.add(p.begin());
        points.add(p.end());
      }
    }
    List<Piece> stack = new ArrayList<>();
    Integer p = points.first();
    while (p != null) {
      int at = p;
      List<Piece> opening = new ArrayList<>();
      int lowest = -1;
      for (int i = 0; i < stack.size(); i++) {
        if (stack.get(i).end() == at) {
          lowest = i;
          break;
        }
      }
      if (lowest >= 0) {
        while (stack.size() > lowest) {
          Piece top = stack.remove(stack.size() - 1);
          sb.append(top.layer().close());
          if (top.end() != at) {
            opening.add(top);
          }
        }
      }
      for (Piece piece : pieces) {
        if (piece.begin() == at && piece.end() == at) {
          sb.append(piece.layer().open().open(piece.begin() == piece.layer().begin()))
              .append(piece.layer().close());
        }
      }
      List<Piece> reopened = List.copyOf(opening);
      for (Piece piece : pieces) {
        if (piece.begin() == at && piece.end() > at) {
          opening.add(piece);
        }
      }
      opening.sort(OUTER_FIRST);
      for (Piece piece : opening) {
        boolean first = !reopened.contains(piece) && piece.begin() == piece.layer().begin();
        sb.append(piece.layer().open().open(first));
        stack.add(piece);
      }
      Integer next = points.higher(at);
      if (next != null) {
        Markup.appendText(sb, text, at, next);
      }
      p = next;
    }
    for (int i = stack.size() - 1; i >= 0; i--) {
      sb.append(stack.get(i).layer().close());
    }
  }
}
