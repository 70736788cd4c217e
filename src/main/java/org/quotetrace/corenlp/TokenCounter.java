package org.quotetrace.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.Objects;

/** Counts tokens the way CoreNLP's English tokenizer makes them, for throughput figures. */
final class TokenCounter {
  private TokenCounter() {}

  static int count(String text) {
    Objects.requireNonNull(text, "text");
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
        "invertible=false");
    int n = 0;
    while (tokenizer.hasNext()) {
      tokenizer.next();
      n++;
    }
    return n;
  }
}
