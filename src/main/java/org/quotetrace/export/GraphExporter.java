package org.quotetrace.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.quotetrace.Report;
import org.quotetrace.SpeakerType;

/**
 * Draws the outlet chains of a report as a graph: the publisher, each outlet and each speaker is a node,
 * and every statement adds one to the count on each edge along its chain (publisher → outlet → speaker).
 *
 * <p>Three forms: Graphviz DOT ({@link #dot}), Mermaid for Markdown pages such as GitHub's
 * ({@link #mermaid}), and inline SVG laid out here, with no external tool ({@link #svg}). All are
 * deterministic: the same report gives the same text, byte for byte. This class is thread-safe.
 */
public final class GraphExporter {
  private GraphExporter() {}

  /**
   * Returns the graph as a Graphviz {@code digraph}, left to right; render it with
   * {@code dot -Tsvg graph.dot > graph.svg}. Node ids are {@code p0}, {@code p1}, ...; names are in labels.
   */
  public static String dot(Report report) {
    Objects.requireNonNull(report, "report");
    Sources sources = Sources.of(report);
    ChainGraph graph = ChainGraph.of(report, sources);
    StringBuilder sb = new StringBuilder();
    sb.append("digraph quotetrace {\n");
    sb.append("  graph [rankdir=LR, label=").append(dotString("Outlet chains: " + title(report)))
        .append(", labelloc=t, fontname=\"Helvetica,Arial,sans-serif\", fontsize=12];\n");
    sb.append("  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, style=filled, penwidth=1.5];\n");
    sb.append("  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=10, color=\"#6b7280\"];\n");
    for (ChainGraph.Node n : graph.nodes()) {
      Sources.Source s = n.source();
      sb.append("  ").append(s.id()).append(" [label=").append(dotString(s.name()))
          .append(", tooltip=").append(dotString(describe(s)))
          .append(", shape=").append(dotShape(s.type()))
          .append(", style=").append(dotString(dotStyle(s)))
          .append(", fillcolor=").append(dotString(s.color().background()))
          .append(", color=").append(dotString(s.color().accent()));
      if (s.publisher()) {
        sb.append(", penwidth=2.5");
      }
      sb.append("];\n");
    }
    for (ChainGraph.Edge e : graph.edges()) {
      sb.append("  ").append(e.from().source().id()).append(" -> ").append(e.to().source().id())
          .append(" [label=\"").append(e.count()).append("\"];\n");
    }
    return sb.append("}\n").toString();
  }

  /**
   * Returns the graph as a Mermaid {@code flowchart LR}, ready for a {@code ```mermaid} block; node ids are
   * {@code p0}, {@code p1}, ..., names are quoted labels with Mermaid's {@code #code;} escapes.
   */
  public static String mermaid(Report report) {
    Objects.requireNonNull(report, "report");
    Sources sources = Sources.of(report);
    ChainGraph graph = ChainGraph.of(report, sources);
    StringBuilder sb = new StringBuilder();
    sb.append("flowchart LR\n");
    sb.append("  %% Outlet chains: ").append(oneLine(title(report)).replace("%%", "% %")).append('\n');
    for (ChainGraph.Node n : graph.nodes()) {
      Sources.Source s = n.source();
      String[] shape = mermaidShape(s.type());
      sb.append("  ").append(s.id()).append(shape[0]).append('"').append(mermaidLabel(s.name())).append('"')
          .append(shape[1]).append('\n');
    }
    for (ChainGraph.Edge e : graph.edges()) {
      sb.append("  ").append(e.from().source().id()).append(" -->|").append(e.count()).append("| ")
          .append(e.to().source().id()).append('\n');
    }
    for (ChainGraph.Node n : graph.nodes()) {
      Sources.Source s = n.source();
      sb.append("  style ").append(s.id()).append(" fill:").append(s.color().background())
          .append(",stroke:").append(s.color().accent()).append(",color:#111827")
          .append(s.publisher() ? ",stroke-width:3px" : "")
          .append(s.type() == SpeakerType.ANONYMOUS || s.type() == SpeakerType.UNKNOWN
              ? ",stroke-dasharray:4 3" : "")
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the graph as a standalone {@code <svg>} element in the SVG namespace, drawn in columns by
   * depth in the chains, to embed in HTML or save as a {@code .svg} file.
   */
  public static String svg(Report report) {
    Objects.requireNonNull(report, "report");
    Sources sources = Sources.of(report);
    return svg(report, sources, ChainGraph.of(report, sources));
  }

  // Layout constants, in CSS pixels.
  private static final int PAD = 16;
  private static final int NODE_H = 40;
  private static final int ROW_GAP = 14;
  private static final int COL_GAP = 110;
  private static final int MAX_NAME = 34;
  private static final double NAME_PX = 12.5;

  static String svg(Report report, Sources sources, ChainGraph graph) {
    List<ChainGraph.Node> nodes = graph.nodes();
    String font = Markup.attr(PageAssets.SANS);
    if (nodes.isEmpty()) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qt-graph\" role=\"img\" width=\"240\" "
          + "height=\"40\" viewBox=\"0 0 240 40\" aria-label=\"No outlet chains\"><text x=\"8\" y=\"24\" "
          + "font-family=\"" + font + "\" font-size=\"13\" fill=\"#4b5563\">No outlet chains</text></svg>";
    }
    int columns = nodes.stream().mapToInt(ChainGraph.Node::column).max().orElse(0) + 1;
    int[] colWidth = new int[columns];
    int[] colRows = new int[columns];
    Map<ChainGraph.Node, Integer> width = new LinkedHashMap<>();
    for (ChainGraph.Node n : nodes) {
      String label = TextTable.truncate(n.source().name(), MAX_NAME);
      int w = (int) Math.ceil(Math.max(estimateWidth(label) * NAME_PX, typeLabel(n.source()).length() * 6.2)) + 26;
      w = Math.max(w, 96);
      width.put(n, w);
      colWidth[n.column()] = Math.max(colWidth[n.column()], w);
      colRows[n.column()] = Math.max(colRows[n.column()], n.row() + 1);
    }
    int[] colX = new int[columns];
    int x = PAD;
    for (int c = 0; c < columns; c++) {
      colX[c] = x;
      x += colWidth[c] + COL_GAP;
    }
    boolean backEdges = graph.edges().stream().anyMatch(e -> e.to().column() <= e.from().column());
    int totalW = x - COL_GAP + PAD + (backEdges ? 48 : 0);
    int maxRows = 0;
    for (int r : colRows) {
      maxRows = Math.max(maxRows, r);
    }
    int totalH = PAD * 2 + maxRows * NODE_H + (maxRows - 1) * ROW_GAP;
    Map<ChainGraph.Node, double[]> box = new LinkedHashMap<>();
    for (ChainGraph.Node n : nodes) {
      int colH = colRows[n.column()] * NODE_H + (colRows[n.column()] - 1) * ROW_GAP;
      double top = PAD + (totalH - 2 * PAD - colH) / 2.0 + n.row() * (NODE_H + ROW_GAP);
      // Narrow nodes sit centred in their column so edges keep a common length.
      double left = colX[n.column()] + (colWidth[n.column()] - width.get(n)) / 2.0;
      box.put(n, new double[] {left, top, width.get(n), NODE_H});
    }

    StringBuilder sb = new StringBuilder();
    String title = "Outlet chains: " + title(report);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qt-graph\" role=\"img\" width=\"")
        .append(totalW).append("\" height=\"").append(totalH).append("\" viewBox=\"0 0 ").append(totalW)
        .append(' ').append(totalH).append("\" aria-labelledby=\"qt-graph-title qt-graph-desc\">\n");
    sb.append("<title id=\"qt-graph-title\">").append(Markup.text(title)).append("</title>\n");
    List<String> desc = new ArrayList<>();
    for (ChainGraph.Edge e : graph.edges()) {
      desc.add(e.from().source().name() + " → " + e.to().source().name() + ": " + count(e.count()));
    }
    sb.append("<desc id=\"qt-graph-desc\">").append(Markup.text(String.join("; ", desc))).append("</desc>\n");
    sb.append("<defs><marker id=\"qt-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
        .append("markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker></defs>\n");
    sb.append("<g fill=\"none\" stroke=\"#9ca3af\" stroke-width=\"1.6\">\n");
    List<String> labels = new ArrayList<>();
    for (ChainGraph.Edge e : graph.edges()) {
      double[] a = box.get(e.from());
      double[] b = box.get(e.to());
      double x1 = a[0] + a[2];
      double y1 = a[1] + a[3] / 2;
      double x2;
      double y2 = b[1] + b[3] / 2;
      double c1x;
      double c2x;
      if (e.to().column() > e.from().column()) {
        x2 = b[0] - 1;
        double dx = (x2 - x1) / 2;
        c1x = x1 + dx;
        c2x = x2 - dx;
      } else {
        // A chain that goes back (or stays in a column) loops round the right-hand side.
        x2 = b[0] + b[2] + 1;
        c1x = Math.max(x1, x2) + 60;
        c2x = c1x;
      }
      double width2 = e.count() > 1 ? 1.6 + Math.min(e.count(), 6) * 0.5 : 1.6;
      sb.append(String.format(Locale.ROOT,
          "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" stroke-width=\"%.1f\" "
              + "marker-end=\"url(#qt-arrow)\"><title>%s</title></path>\n",
          x1, y1, c1x, y1, c2x, y2, x2, y2, width2,
          Markup.text(e.from().source().name() + " → " + e.to().source().name() + ": " + count(e.count()))));
      double mx = (x1 + 3 * c1x + 3 * c2x + x2) / 8;
      double my = (y1 + 3 * y1 + 3 * y2 + y2) / 8;
      String n = Integer.toString(e.count());
      double lw = 10 + 7 * n.length();
      labels.add(String.format(Locale.ROOT,
          "<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"8\" fill=\"#ffffff\" "
              + "stroke=\"#d1d5db\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>\n",
          mx - lw / 2, my - 8, lw, mx, my + 4, n));
    }
    sb.append("</g>\n");
    sb.append("<g font-family=\"").append(font).append("\" font-size=\"11\" font-weight=\"600\" fill=\"#374151\">\n");
    labels.forEach(sb::append);
    sb.append("</g>\n");
    sb.append("<g font-family=\"").append(font).append("\">\n");
    for (ChainGraph.Node n : nodes) {
      Sources.Source s = n.source();
      double[] r = box.get(n);
      double rx = switch (s.type()) {
        case PERSON, ANONYMOUS, UNKNOWN -> NODE_H / 2.0;
        case OUTLET -> 3;
        default -> 8;
      };
      String dash = s.type() == SpeakerType.ANONYMOUS || s.type() == SpeakerType.UNKNOWN
          ? " stroke-dasharray=\"5 3\"" : "";
      sb.append("<g><title>").append(Markup.text(describe(s))).append("</title>");
      sb.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
              + "stroke-width=\"%s\"%s/>",
          r[0], r[1], r[2], r[3], rx, s.color().background(), s.color().accent(),
          s.publisher() ? "2.5" : "1.5", dash));
      double cx = r[0] + r[2] / 2;
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" "
              + "fill=\"#111827\">%s</text>",
          cx, r[1] + 17, Markup.text(TextTable.truncate(s.name(), MAX_NAME))));
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" fill=\"#374151\">%s</text>",
          cx, r[1] + 31, Markup.text(typeLabel(s))));
      sb.append("</g>\n");
    }
    sb.append("</g>\n</svg>");
    return sb.toString();
  }

  private static String typeLabel(Sources.Source s) {
    return s.publisher() ? "publisher" : s.type().jsonName();
  }

  /** A rough width of {@code s} in ems, for sizing boxes without font metrics. */
  private static double estimateWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if ("iljtfI.,;:'!|() ".indexOf(cp) >= 0) {
        w += 0.34;
      } else if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
        w += 0.88;
      } else if (Character.isUpperCase(cp)) {
        w += 0.7;
      } else {
        w += TextTable.width(new String(Character.toChars(cp))) * 0.62;
      }
    }
    return w;
  }

  static String title(Report report) {
    return report.article().headline().orElse(report.article().id());
  }

  private static String describe(Sources.Source s) {
    return s.name() + " (" + typeLabel(s) + s.role().map(r -> ", " + r).orElse("") + "): "
        + count(s.spoken()) + " made, " + count(s.relayed()) + " through";
  }

  private static String count(int n) {
    return n + (n == 1 ? " statement" : " statements");
  }

  private static String dotShape(SpeakerType type) {
    return switch (type) {
      case OUTLET -> "note";
      case PERSON -> "ellipse";
      case ORGANIZATION -> "box";
      case GROUP -> "hexagon";
      case ANONYMOUS, UNKNOWN -> "ellipse";
    };
  }

  private static String dotStyle(Sources.Source s) {
    return switch (s.type()) {
      case ORGANIZATION -> "filled,rounded";
      case ANONYMOUS -> "filled,dashed";
      case UNKNOWN -> "filled,dotted";
      default -> "filled";
    };
  }

  /** Returns {@code s} as a DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
  static String dotString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> { }
        default -> sb.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return sb.append('"').toString();
  }

  /** Returns {@code s} for a quoted Mermaid label: characters Mermaid reads as syntax become entity codes. */
  static String mermaidLabel(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '&' -> sb.append("#amp;");
        case '`' -> sb.append("#96;");
        case '|' -> sb.append("#124;");
        default -> sb.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString();
  }

  private static String[] mermaidShape(SpeakerType type) {
    return switch (type) {
      case OUTLET -> new String[] {"[[", "]]"};
      case PERSON -> new String[] {"([", "])"};
      case ORGANIZATION -> new String[] {"(", ")"};
      case GROUP -> new String[] {"{{", "}}"};
      case ANONYMOUS -> new String[] {">", "]"};
      case UNKNOWN -> new String[] {"((", "))"};
    };
  }
}
