package org.quotetrace.rules;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/** One-sentence parses built by hand for the rules' tests: no models. */
final class HandParse {
  private HandParse() {
  }

  /** An item that is no token but a paragraph break in the text. */
  static final String PARAGRAPH = "¶";

  /**
   * A one-sentence parse of space-separated {@code word/POS}, {@code word/POS/NER} or {@code word/POS/NER/lemma}
   * items with the given dependencies (tokens without one are roots). Without a tag, proper nouns are
   * {@code PERSON} and the rest {@code O}; without a lemma, it is the lower-cased word with a plural {@code -s}
   * dropped from common nouns. A {@link #PARAGRAPH} item breaks the paragraph.
   */
  static Doc doc(String tagged, List<Dependency> deps) {
    return doc(tagged, deps, -1);
  }

  /** The same, with a second sentence from token {@code second} on (none when it is -1). */
  static Doc doc(String tagged, List<Dependency> deps, int second) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.split(" ")) {
      if (item.equals(PARAGRAPH)) {
        text.append('\n');
        continue;
      }
      String[] f = item.split("/");
      String w = f[0];
      String pos = f[1];
      String ner = f.length > 2 ? f[2] : pos.startsWith("NNP") ? "PERSON" : "O";
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(w);
      String lemma = w.toLowerCase(java.util.Locale.ROOT);
      if (f.length > 3) {
        lemma = f[3];
      } else if (pos.equals("NNS") && lemma.endsWith("s")) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      int sentence = second >= 0 && tokens.size() >= second ? 1 : 0;
      tokens.add(new Token(tokens.size(), sentence, begin, begin + w.length(), w, lemma, pos, ner));
    }
    List<Sentence> sentences = second < 0 ? List.of(new Sentence(0, 0, tokens.size()))
        : List.of(new Sentence(0, 0, second), new Sentence(1, second, tokens.size()));
    return new Doc(new ParsedText(text.toString(), tokens, sentences, deps, List.of()));
  }
}
