package org.quotetrace.parse;

/**
 * A coreference mention: document tokens {@code [first, end)} with its head token.
 *
 * @param cluster the id of its coreference cluster
 * @param first index of its first token
 * @param end index just past its last token
 * @param head index of its head token
 */
public record Mention(int cluster, int first, int end, int head) {

  public boolean contains(int token) {
    return token >= first && token < end;
  }
}
