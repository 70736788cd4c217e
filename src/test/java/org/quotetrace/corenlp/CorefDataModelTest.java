package org.quotetrace.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The reduced coreference data quotetrace ships ({@link CoreNlpParser#GENDER_NUMBER},
 * {@link CoreNlpParser#WORD_COUNTS}) gives CoreNLP exactly what its own files give it once loaded. {@link #main}
 * writes the two files again (for another CoreNLP version):
 * {@code java -cp target/test-classes:target/quotetrace.jar org.quotetrace.corenlp.CorefDataModelTest DIR}.
 */
class CorefDataModelTest {
  private static final String CORENLP_GENDER = "edu/stanford/nlp/models/dcoref/gender.data.gz";
  private static final String CORENLP_WORD_COUNTS = "edu/stanford/nlp/models/coref/statistical/word_counts.ser.gz";
  /** FeatureExtractor.MIN_WORD_COUNT in CoreNLP 4.5.10: only words counted more often are in its vocabulary. */
  private static final int MIN_WORD_COUNT = 20;

  @Test
  void genderNumber_sameMapAsCoreNlps() throws Exception {
    Map<List<String>, Dictionaries.Gender> ours = genderNumber(CoreNlpParser.GENDER_NUMBER);
    Map<List<String>, Dictionaries.Gender> theirs = genderNumber(CORENLP_GENDER);
    assertEquals(theirs.size(), ours.size());
    assertEquals(theirs, ours);
  }

  @Test
  void wordCounts_sameVocabularyAsCoreNlps() throws Exception {
    Set<String> ours = vocabulary(IOUtils.readObjectFromURLOrClasspathOrFileSystem(CoreNlpParser.WORD_COUNTS));
    Set<String> theirs = vocabulary(IOUtils.readObjectFromURLOrClasspathOrFileSystem(CORENLP_WORD_COUNTS));
    assertEquals(theirs, ours);
  }

  private static Map<List<String>, Dictionaries.Gender> genderNumber(String path) throws Exception {
    Properties p = new Properties();
    p.setProperty("coref.big.gender.number", path);
    return new Dictionaries(p).genderNumber;
  }

  private static Set<String> vocabulary(Counter<String> counts) {
    return counts.entrySet().stream().filter(e -> e.getValue() > MIN_WORD_COUNT).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Writes the reduced files into the folder {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<List<String>, Dictionaries.Gender> e : genderNumber(CORENLP_GENDER).entrySet()) {
      // Counts that CoreNLP's loader turns into the same gender.
      String counts = switch (e.getValue()) {
        case MALE -> "9 0 0 0";
        case FEMALE -> "0 9 0 0";
        case NEUTRAL -> "0 0 9 0";
        default -> throw new IllegalStateException("unexpected gender entry " + e);
      };
      lines.add(String.join(" ", e.getKey()) + "\t" + counts);
    }
    Collections.sort(lines);
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(
        new FileOutputStream(args[0] + "/gender-number.data.gz")), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line + "\n");
      }
    }
    Counter<String> all = IOUtils.readObjectFromURLOrClasspathOrFileSystem(CORENLP_WORD_COUNTS);
    ClassicCounter<String> kept = new ClassicCounter<>();
    for (Map.Entry<String, Double> e : all.entrySet()) {
      if (e.getValue() > MIN_WORD_COUNT) {
        kept.setCount(e.getKey(), e.getValue());
      }
    }
    try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(
        new FileOutputStream(args[0] + "/word-counts.ser.gz"))))) {
      o.writeObject(kept);
    }
  }
}
