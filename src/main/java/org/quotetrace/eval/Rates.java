package org.quotetrace.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** Puts {@code PREFIX_precision SUFFIX}, {@code _recall} and {@code _f1} of {@code correct} into {@code o}. */
  static void putPrf(ObjectNode o, String prefix, String suffix, long correct, long predicted, long gold) {
    double p = ratio(correct, predicted);
    double r = ratio(correct, gold);
    o.put(prefix + "_precision" + suffix, round(p));
    o.put(prefix + "_recall" + suffix, round(r));
    o.put(prefix + "_f1" + suffix, round(f1(p, r)));
  }

  /** Appends a table row: label, precision, recall, F1 and count of {@code correct}. */
  static void prfRow(StringBuilder sb, int labelWidth, String label, long correct, long predicted, long gold) {
    double p = ratio(correct, predicted);
    double r = ratio(correct, gold);
    sb.append(String.format(Locale.ROOT, "%-" + labelWidth + "s %9s %9s %9s %9d%n", label, format(p), format(r),
        format(f1(p, r)), correct));
  }
}
