package org.quotetrace.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An article of a brat corpus with the relations of the one annotation file scored.
 *
 * @param id the text file's name without {@code .txt}
 * @param textFile the article's text file
 * @param text the article text as read (UTF-8)
 * @param annotationFile the annotation file used
 * @param relations the relations that have a content, in file order
 */
record GoldArticle(String id, Path textFile, String text, Path annotationFile, List<GoldRelation> relations) {

  GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(textFile, "textFile");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(annotationFile, "annotationFile");
    relations = List.copyOf(relations);
  }
}
