package org.quotetrace.corenlp;

import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.coref.CorefUtils;
import edu.stanford.nlp.coref.data.CorefCluster;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.data.DocumentMaker;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefModel;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefProperties;
import edu.stanford.nlp.coref.statistical.CompressedFeatureVector;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.StatisticalCorefProperties;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.pipeline.CorefMentionAnnotator;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code fastneural} coreference, run only where it is needed. CoreNLP scores every mention against
 * up to 50 earlier ones, building string features for each pair: 70% of the time quotetrace spends on an
 * article. The rules need the antecedents of the few mentions that name a speaker. This class makes the same
 * decision as CoreNLP for each mention it is asked about (the same candidates, features, model and threshold,
 * as in {@code FastNeuralCorefAlgorithm}), then for that mention's antecedent, and so on back to the first
 * mention of the entity; mentions not on such a path stay alone. Asked about every mention, it gives CoreNLP's
 * clusters exactly. Thread-safe once loaded, like CoreNLP's annotators.
 */
final class FocusedCoreference {
  private final CorefMentionAnnotator mentionDetector;
  private final DocumentMaker documentMaker;
  private final FeatureExtractor features;
  private final PairScorer.Weights weights;
  private final double greedyness;
  private final int maxMentionDistance;
  private final int maxMentionDistanceWithStringMatch;

  private FocusedCoreference(Properties props) throws Exception {
    Dictionaries dictionaries = new Dictionaries(props);
    mentionDetector = new CorefMentionAnnotator(props);
    documentMaker = new DocumentMaker(props, dictionaries);
    features = new FeatureExtractor(props, dictionaries, null, StatisticalCorefProperties.wordCountsPath(props));
    FastNeuralCorefModel model =
        IOUtils.readObjectFromURLOrClasspathOrFileSystem(FastNeuralCorefProperties.modelPath(props));
    weights = new PairScorer.Weights(model);
    greedyness = FastNeuralCorefProperties.greedyness(props);
    maxMentionDistance = CorefProperties.maxMentionDistance(props);
    maxMentionDistanceWithStringMatch = CorefProperties.maxMentionDistanceWithStringMatch(props);
  }

  /**
   * Loads the models (the {@code coref.*} properties apply, as for CoreNLP's coref annotator).
   *
   * @throws IllegalArgumentException if {@code coref.algorithm} is not {@code fastneural}
   */
  static FocusedCoreference load(Properties props) {
    if (CorefProperties.algorithm(props) != CorefProperties.CorefAlgorithmType.FASTNEURAL) {
      throw new IllegalArgumentException("quotetrace runs CoreNLP's fastneural coreference; coref.algorithm="
          + props.getProperty("coref.algorithm") + " is not supported");
    }
    try {
      return new FocusedCoreference(props);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot load CoreNLP's coreference models: " + e.getMessage(), e);
    }
  }

  /** Finds the mentions of an annotated text (up to the dependency parse), each in a cluster of its own. */
  Document detect(Annotation annotation) {
    mentionDetector.annotate(annotation);
    try {
      return documentMaker.makeDocument(annotation);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare the text for coreference: " + e.getMessage(), e);
    }
  }

  /**
   * Links each of {@code anaphors} (mention ids of {@code document}) to the antecedent CoreNLP would give it,
   * then each antecedent to its own, until no new mention is reached. Merges {@code document}'s clusters.
   */
  void resolve(Document document, Collection<Integer> anaphors) {
    Map<Integer, List<Integer>> candidates = CorefUtils.heuristicFilter(CorefUtils.getSortedMentions(document),
        maxMentionDistance, maxMentionDistanceWithStringMatch);
    Compressor<String> compressor = new Compressor<>();
    PairScorer model = new PairScorer(weights);
    Set<Integer> decided = new HashSet<>();
    List<Pair<Integer, Integer>> links = new ArrayList<>();
    Set<Integer> round = new HashSet<>(anaphors);
    while (!round.isEmpty()) {
      round.removeIf(id -> !decided.add(id) || !candidates.containsKey(id));
      Map<Pair<Integer, Integer>, Boolean> pairs = new HashMap<>();
      for (int anaphor : round) {
        for (int antecedent : candidates.get(anaphor)) {
          pairs.put(new Pair<>(antecedent, anaphor), true);
        }
      }
      DocumentExamples examples = features.extract(0, document, pairs, compressor);
      Map<Integer, Counter<String>> mentionFeatures = new HashMap<>();
      for (Map.Entry<Integer, CompressedFeatureVector> e : examples.mentionFeatures.entrySet()) {
        mentionFeatures.put(e.getKey(), compressor.uncompress(e.getValue()));
      }
      Map<Pair<Integer, Integer>, Double> scores = new HashMap<>();
      for (Example pair : examples.examples) {
        checkInterrupt();
        scores.put(new Pair<>(pair.mentionId1, pair.mentionId2), model.score(
            document.predictedMentionsByID.get(pair.mentionId1),
            document.predictedMentionsByID.get(pair.mentionId2),
            mentionFeatures.get(pair.mentionId1),
            mentionFeatures.get(pair.mentionId2),
            compressor.uncompress(pair.pairwiseFeatures)));
      }
      Set<Integer> next = new HashSet<>();
      for (int anaphor : round) {
        checkInterrupt();
        // The score of starting a new entity, as in FastNeuralCorefAlgorithm.
        double best = model.score(null, document.predictedMentionsByID.get(anaphor), null,
            mentionFeatures.get(anaphor), null)
            - 50 * (greedyness - 0.5);
        int antecedent = -1;
        for (int candidate : candidates.get(anaphor)) {
          double score = scores.get(new Pair<>(candidate, anaphor));
          if (score > best) {
            best = score;
            antecedent = candidate;
          }
        }
        if (antecedent > 0) { // "> 0" as in CoreNLP: the first mention of the text is never an antecedent
          links.add(new Pair<>(antecedent, anaphor));
          next.add(antecedent);
        }
      }
      round = next;
    }
    for (Pair<Integer, Integer> link : links) {
      CorefUtils.mergeCoreferenceClusters(link, document);
    }
  }

  /** The clusters of {@code document} with more than one mention. */
  static List<CorefCluster> clusters(Document document) {
    List<CorefCluster> out = new ArrayList<>();
    for (CorefCluster c : document.corefClusters.values()) {
      if (c.getCorefMentions().size() > 1) {
        out.add(c);
      }
    }
    return out;
  }

  private static void checkInterrupt() {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
  }
}
