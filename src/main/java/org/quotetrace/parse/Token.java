package org.quotetrace.parse;

/**
 * One token of a parsed text.
 *
 * @param index position in the whole document, from 0
 * @param sentence index of its sentence
 * @param begin character offset of its first character in the text
 * @param end character offset just past it
 * @param word the token as written
 * @param lemma its lemma, in lower case
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its coarse named-entity tag ({@code PERSON}, {@code ORGANIZATION}, ...) or {@code O}
 */
public record Token(int index, int sentence, int begin, int end, String word, String lemma, String pos,
    String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Whether the token is a verb in a present or past tense form (VBD, VBZ, VBP): it can head a finite clause. */
  public boolean isFiniteVerb() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("WP");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  @Override
  public String toString() {
    return word + "/" + pos + "#" + index;
  }
}
