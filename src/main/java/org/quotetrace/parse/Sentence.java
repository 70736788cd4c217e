package org.quotetrace.parse;

/**
 * A sentence: the document token indices {@code [first, end)}.
 *
 * @param index position in the document, from 0
 * @param first index of its first token
 * @param end index just past its last token
 */
public record Sentence(int index, int first, int end) {

  public int size() {
    return end - first;
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }
}
