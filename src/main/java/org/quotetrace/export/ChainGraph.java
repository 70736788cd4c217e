package org.quotetrace.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotetrace.Link;
import org.quotetrace.Report;
import org.quotetrace.Statement;

/**
 * The outlet chains of a report as one graph: a node per source, an edge per pair of consecutive links,
 * counted by statement, and a layered layout (columns by depth in the chains, rows by order).
 */
final class ChainGraph {

  /** A source and its place in the layout. */
  record Node(Sources.Source source, int column, int row) {}

  /** Consecutive links of one or more chains; {@code count} statements pass along it. */
  record Edge(Node from, Node to, int count) {}

  private final List<Node> nodes;
  private final List<Edge> edges;

  private ChainGraph(List<Node> nodes, List<Edge> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
  }

  /** The nodes, column by column, top to bottom. */
  List<Node> nodes() {
    return nodes;
  }

  /** The edges, in order of first appearance. */
  List<Edge> edges() {
    return edges;
  }

  /** Builds the graph of {@code report}: every source it names, joined along every chain. */
  static ChainGraph of(Report report, Sources sources) {
    Objects.requireNonNull(report, "report");
    Map<String, Integer> depth = new LinkedHashMap<>();
    report.publisher().ifPresent(p -> depth.put(p.name(), 0));
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (Statement s : report.statements()) {
      List<String> names = names(s);
      for (int i = 0; i < names.size(); i++) {
        depth.merge(names.get(i), i, Math::max);
        if (i > 0) {
          counts.merge(List.of(names.get(i - 1), names.get(i)), 1, Integer::sum);
        }
      }
    }
    // Rows: first appearance, then each column sorted by the mean row of its parents, which keeps
    // most edges from crossing without a full crossing-minimisation pass.
    Map<String, Double> row = new LinkedHashMap<>();
    int columns = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<List<String>> byColumn = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      byColumn.add(new ArrayList<>());
    }
    depth.forEach((name, c) -> byColumn.get(c).add(name));
    for (int c = 0; c < columns; c++) {
      List<String> column = byColumn.get(c);
      Map<String, Double> key = new LinkedHashMap<>();
      for (int i = 0; i < column.size(); i++) {
        String name = column.get(i);
        double sum = 0;
        int n = 0;
        for (List<String> e : counts.keySet()) {
          if (e.get(1).equals(name) && row.containsKey(e.get(0)) && depth.get(e.get(0)) < c) {
            sum += row.get(e.get(0));
            n++;
          }
        }
        key.put(name, n == 0 ? Double.MAX_VALUE : sum / n);
      }
      List<String> sorted = new ArrayList<>(column);
      // List.sort is stable, so ties keep the order of first appearance.
      sorted.sort(Comparator.comparingDouble(key::get));
      byColumn.set(c, sorted);
      for (int i = 0; i < sorted.size(); i++) {
        row.put(sorted.get(i), (double) i);
      }
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (int c = 0; c < columns; c++) {
      List<String> column = byColumn.get(c);
      for (int i = 0; i < column.size(); i++) {
        nodes.put(column.get(i), new Node(sources.get(column.get(i)), c, i));
      }
    }
    List<Edge> edges = new ArrayList<>();
    counts.forEach((e, n) -> edges.add(new Edge(nodes.get(e.get(0)), nodes.get(e.get(1)), n)));
    return new ChainGraph(new ArrayList<>(nodes.values()), edges);
  }

  /** The names along a statement's chain, ending with its speaker, without repeating a link. */
  private static List<String> names(Statement s) {
    List<String> names = new ArrayList<>();
    for (Link l : s.chain()) {
      if (names.isEmpty() || !names.get(names.size() - 1).equals(l.name())) {
        names.add(l.name());
      }
    }
    if (!names.get(names.size() - 1).equals(s.speaker().name())) {
      names.add(s.speaker().name());
    }
    return names;
  }
}
