package org.quotetrace;

import java.util.Locale;

/** How a statement is reported. */
public enum StatementKind {
  /** The words are quoted: {@code “We share the vision,” she said.} */
  DIRECT,
  /** Reported speech without quotation marks: {@code She said that they share the vision.} */
  INDIRECT,
  /** Reported speech that contains a quoted fragment: {@code She said they “share the vision”.} */
  MIXED,
  /** A source phrase: {@code according to NBC}, {@code per NBC}, {@code citing NBC}. */
  ACCORDING_TO;

  /** The name used in the JSON output: {@code direct}, {@code indirect}, {@code mixed}, {@code according-to}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a {@link #jsonName()}. */
  public static StatementKind fromJsonName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
