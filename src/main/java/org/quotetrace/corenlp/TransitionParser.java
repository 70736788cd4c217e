package org.quotetrace.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CoreNLP's neural dependency parser ({@code DependencyParser.predict}) with its network computed in loops the
 * JIT compiles to vector instructions, with the same result to the bit. CoreNLP scores each transition with one
 * dot product per output (a chain of dependent additions), and multiplies an embedding not in its precomputed
 * table by the first layer the same way. Here both products run over the transposed matrix: each sum still adds
 * the same terms in the same order, but the sums of all outputs advance together, which the JIT vectorizes.
 * The parser alone runs 2.2 to 2.6 times faster than CoreNLP's on this project's machine (docs/performance.md).
 *
 * <p>The weights are CoreNLP's own, read once from the loaded parser's private fields; the transition system,
 * the features and the conversion to a {@link GrammaticalStructure} are CoreNLP's code or copies of it. Only the
 * arc-standard system and English UD models (CoreNLP's default) are taken; {@link #of} is empty for others.
 * Thread-safe. Like CoreNLP it caches the first layer's products with embeddings outside its precomputed table,
 * rounded to {@code float} as CoreNLP rounds them ({@code depparse.numCached} of them).
 */
final class TransitionParser {
  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int numTokens;
  private final int embeddingSize;
  private final int hidden;
  /** Word, tag and label embeddings, by CoreNLP's feature id. */
  private final float[][] embeddings;
  /** The first layer, transposed: row {@code position * embeddingSize + k} holds column k of that position. */
  private final float[][] firstByColumn;
  private final float[] firstBias;
  /** The output layer, transposed and widened to double: row i holds hidden unit i's weight for every output. */
  private final double[][] outputByHidden;
  /**
   * CoreNLP's precomputed first-layer products of frequent (feature, position) pairs, by feature index
   * ({@code feature * numTokens + position}; null for a pair CoreNLP did not precompute): an array instead of
   * CoreNLP's hash map of boxed integers, 15 MB of references.
   */
  private final double[][] saved;
  /**
   * The products of embeddings outside CoreNLP's table, rounded to float as CoreNLP's cache rounds them, by
   * feature index; null when CoreNLP does not cache ({@code depparse.numCached=0}): then it adds them unrounded.
   */
  private final Cache<Integer, float[]> products;

  private TransitionParser(DependencyParser parser) {
    this.parser = parser;
    system = field(DependencyParser.class, parser, "system");
    transitions = List.copyOf(field(ParsingSystem.class, system, "transitions"));
    Config config = field(DependencyParser.class, parser, "config");
    Classifier classifier = field(DependencyParser.class, parser, "classifier");
    numTokens = Config.numTokens;
    embeddingSize = config.embeddingSize;
    hidden = config.hiddenSize;
    products = config.numCached == 0 ? null : CacheBuilder.newBuilder().maximumSize(config.numCached).build();
    embeddings = classifier.getE();
    firstBias = classifier.getb1();
    double[][] savedRows = field(Classifier.class, classifier, "saved");
    Map<Integer, Integer> savedIndex = field(Classifier.class, classifier, "preMap");
    saved = new double[embeddings.length * numTokens][];
    savedIndex.forEach((index, row) -> saved[index] = savedRows[row]);
    float[][] w1 = classifier.getW1();
    firstByColumn = new float[numTokens * embeddingSize][hidden];
    for (int i = 0; i < hidden; i++) {
      for (int k = 0; k < firstByColumn.length; k++) {
        firstByColumn[k][i] = w1[i][k];
      }
    }
    float[][] w2 = classifier.getW2();
    outputByHidden = new double[hidden][w2.length];
    for (int t = 0; t < w2.length; t++) {
      for (int i = 0; i < hidden; i++) {
        outputByHidden[i][t] = w2[t][i];
      }
    }
    if (w2.length != transitions.size() || firstBias.length != hidden) {
      throw new IllegalStateException("unexpected shape of CoreNLP's dependency parser model");
    }
  }

  /**
   * The fast parser for a loaded CoreNLP parser; empty when it is not an arc-standard English UD parser (then
   * use CoreNLP's {@code predict}).
   */
  static Optional<TransitionParser> of(DependencyParser parser) {
    Language language = field(DependencyParser.class, parser, "language");
    ParsingSystem system = field(DependencyParser.class, parser, "system");
    if (!(system instanceof ArcStandard) || language != Language.UniversalEnglish) {
      return Optional.empty();
    }
    return Optional.of(new TransitionParser(parser));
  }

  /** Parses one tagged sentence: {@link DependencyParser#predict(CoreMap)}'s result. */
  GrammaticalStructure predict(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    int[] feature = new int[numTokens];
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      List<Integer> features = parser.getFeatures(c);
      for (int j = 0; j < numTokens; j++) {
        feature[j] = features.get(j);
      }
      double[] scores = scores(feature);
      double best = Double.NEGATIVE_INFINITY;
      String transition = null;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > best && system.canApply(c, transitions.get(t))) {
          best = scores[t];
          transition = transitions.get(t);
        }
      }
      system.apply(c, transition);
    }
    return structure(sentence, c);
  }

  /** The network's output for one configuration's features ({@code Classifier.computeScores}). */
  private double[] scores(int[] feature) {
    double[] h = new double[hidden];
    for (int j = 0; j < numTokens; j++) {
      int index = feature[j] * numTokens + j;
      double[] s = saved[index];
      if (s != null) {
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      } else if (products == null) {
        addProduct(h, feature[j], j);
      } else {
        float[] product = products.getIfPresent(index);
        if (product == null) {
          product = roundedProduct(feature[j], j);
          products.put(index, product);
        }
        for (int i = 0; i < hidden; i++) {
          h[i] += product[i];
        }
      }
    }
    for (int i = 0; i < hidden; i++) {
      double v = h[i] + firstBias[i];
      h[i] = v * v * v;
    }
    double[] scores = new double[transitions.size()];
    for (int i = 0; i < hidden; i++) {
      double v = h[i];
      double[] row = outputByHidden[i];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += v * row[t];
      }
    }
    return scores;
  }

  /** Adds the first layer's product with feature {@code tok}'s embedding at {@code position} to {@code sum}. */
  private void addProduct(double[] sum, int tok, int position) {
    float[] e = embeddings[tok];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] column = firstByColumn[position * embeddingSize + k];
      for (int i = 0; i < hidden; i++) {
        sum[i] += column[i] * ek;
      }
    }
  }

  /** The product {@link #addProduct} makes, rounded to float. */
  private float[] roundedProduct(int tok, int position) {
    double[] sum = new double[hidden];
    addProduct(sum, tok, position);
    float[] product = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      product[i] = (float) sum[i];
    }
    return product;
  }

  /** The parse as CoreNLP's {@code predict} builds it (copied from there). */
  private static GrammaticalStructure structure(CoreMap sentence, Configuration c) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>();
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      String label = c.getLabel(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(label);
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Class<?> owner, Object target, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return (T) f.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser has no field " + name
          + " (another CoreNLP version?)", e);
    }
  }
}
