package org.quotetrace.parse;

import java.util.Set;

/**
 * Chooses the coreference mentions whose antecedents a parser has to find. Resolving every mention of a
 * news article costs more than parsing it; the rules need the antecedents of the few mentions that name a
 * speaker. The parser follows each chosen mention back to its antecedent, that one to its own, and so on,
 * and leaves the other mentions alone.
 */
@FunctionalInterface
public interface MentionFocus {

  /** Every mention: complete coreference, as CoreNLP's own annotator resolves it. */
  MentionFocus ALL = parsed -> Set.copyOf(parsed.mentions());

  /**
   * The mentions to resolve.
   *
   * @param parsed the parse with every detected mention in a cluster of its own
   * @return some of {@code parsed.mentions()}
   */
  Set<Mention> select(ParsedText parsed);
}
