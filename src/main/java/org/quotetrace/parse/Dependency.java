package org.quotetrace.parse;

/**
 * A basic Universal Dependencies edge.
 *
 * @param governor document token index of the head, or -1 for the root
 * @param dependent document token index of the dependent
 * @param relation the relation with its subtype, such as {@code nsubj}, {@code obl:tmod} or {@code root}
 */
public record Dependency(int governor, int dependent, String relation) {}
