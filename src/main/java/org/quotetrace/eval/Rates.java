package org.quotetrace.eval;

import java.util.Locale;

/** Ratios as the evaluation reports them: 0 when there is nothing to divide by. */
final class Rates {

  private Rates() {}

  /** Returns {@code part / whole}, or 0 when {@code whole} is 0. */
  static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Returns {@code x} rounded to four decimals, for JSON output. */
  static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  /** Returns {@code x} with three decimals: {@code 0.512}. */
  static String format(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** Returns the first {@code max} characters of {@code s} on one line, with {@code …} when cut. */
  static String snippet(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }
}
