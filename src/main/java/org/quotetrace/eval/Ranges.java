package org.quotetrace.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A set of character positions given as sorted, disjoint, non-adjacent half-open ranges: the union of a
 * discontinuous brat span, or a single predicted span.
 */
final class Ranges {

  private final int[] begins;
  private final int[] ends;

  private Ranges(int[] begins, int[] ends) {
    this.begins = begins;
    this.ends = ends;
  }

  /** Returns the range {@code [begin, end)}. */
  static Ranges of(int begin, int end) {
    return union(List.of(new int[] {begin, end}));
  }

  /**
   * Returns the union of the given {@code {begin, end}} pairs.
   *
   * @throws IllegalArgumentException if a pair is negative or has {@code end < begin}
   */
  static Ranges union(List<int[]> pairs) {
    List<int[]> sorted = new ArrayList<>();
    for (int[] p : pairs) {
      if (p.length != 2 || p[0] < 0 || p[1] < p[0]) {
        throw new IllegalArgumentException("range " + Arrays.toString(p) + " must be {begin >= 0, end >= begin}");
      }
      if (p[1] > p[0]) {
        sorted.add(p.clone());
      }
    }
    sorted.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] p : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && p[0] <= last[1]) {
        last[1] = Math.max(last[1], p[1]);
      } else {
        merged.add(p);
      }
    }
    int[] b = new int[merged.size()];
    int[] e = new int[merged.size()];
    for (int i = 0; i < merged.size(); i++) {
      b[i] = merged.get(i)[0];
      e[i] = merged.get(i)[1];
    }
    return new Ranges(b, e);
  }

  /** Returns the union of the given sets. */
  static Ranges unionOf(List<Ranges> sets) {
    List<int[]> pairs = new ArrayList<>();
    for (Ranges r : sets) {
      for (int i = 0; i < r.begins.length; i++) {
        pairs.add(new int[] {r.begins[i], r.ends[i]});
      }
    }
    return union(pairs);
  }

  /** Number of positions covered. */
  int length() {
    int n = 0;
    for (int i = 0; i < begins.length; i++) {
      n += ends[i] - begins[i];
    }
    return n;
  }

  /** Whether no position is covered. */
  boolean isEmpty() {
    return begins.length == 0;
  }

  /** The first position covered, or 0 when empty. */
  int begin() {
    return begins.length == 0 ? 0 : begins[0];
  }

  /** One past the last position covered, or 0 when empty. */
  int end() {
    return ends.length == 0 ? 0 : ends[ends.length - 1];
  }

  /** Number of positions both sets cover. */
  int intersection(Ranges other) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < begins.length && j < other.begins.length) {
      int lo = Math.max(begins[i], other.begins[j]);
      int hi = Math.min(ends[i], other.ends[j]);
      if (hi > lo) {
        n += hi - lo;
      }
      if (ends[i] < other.ends[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Whether the two sets share at least one position. */
  boolean overlaps(Ranges other) {
    return intersection(other) > 0;
  }

  /** The covered text, pieces joined with {@code " … "}. */
  String textIn(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < begins.length; i++) {
      if (i > 0) {
        sb.append(" … ");
      }
      sb.append(text, Math.min(begins[i], text.length()), Math.min(ends[i], text.length()));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ranges r && Arrays.equals(begins, r.begins) && Arrays.equals(ends, r.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(begins) + Arrays.hashCode(ends);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < begins.length; i++) {
      sb.append(i == 0 ? "" : ";").append(begins[i]).append(' ').append(ends[i]);
    }
    return sb.toString();
  }
}
