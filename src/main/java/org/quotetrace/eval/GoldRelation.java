package org.quotetrace.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One annotated attribution relation.
 *
 * @param id the relation's id in its annotation file ({@code E3})
 * @param content the union of its Content spans (never empty), as Java {@code String} indices
 * @param source the union of its Source spans, when it has a source
 * @param cue the union of its Cue spans, when it has a cue
 * @param contentText the content text, pieces joined with {@code " … "}
 * @param sourceText the source text, empty when there is no source
 * @param cueText the cue text, empty when there is no cue
 */
record GoldRelation(
    String id,
    Ranges content,
    Optional<Ranges> source,
    Optional<Ranges> cue,
    String contentText,
    String sourceText,
    String cueText) {

  GoldRelation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(contentText, "contentText");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(cueText, "cueText");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("relation " + id + " must have a non-empty content");
    }
  }
}
