package org.quotetrace.parse;

/** Turns text into tokens, sentences, dependency trees and coreference clusters. Implementations are thread-safe. */
public interface Parser {

  /** Parses {@code text}; token offsets index into it. */
  ParsedText parse(String text);
}
