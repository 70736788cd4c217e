package org.quotetrace.corenlp;

import edu.stanford.nlp.coref.data.Mention;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefModel;
import edu.stanford.nlp.coref.neural.CategoricalFeatureExtractor;
import edu.stanford.nlp.coref.neural.EmbeddingExtractor;
import edu.stanford.nlp.neural.NeuralUtils;
import edu.stanford.nlp.stats.Counter;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * The network of CoreNLP's {@code fastneural} coreference model ({@code FastNeuralCorefModel.score}),
 * computed with less work per mention pair and the same result up to rounding. The model concatenates an
 * antecedent vector, an anaphor vector and a pair vector, and multiplies that by its first layer; the
 * antecedent's and the anaphor's parts of the product depend on one mention each, so they are computed once
 * per mention here instead of once per pair, and the sparse pair features are multiplied as such. One
 * instance per document: it caches per mention. Not thread-safe.
 */
final class PairScorer {
  private final Weights w;
  /** The first layer times each mention's vector, as an antecedent and as an anaphor, by mention id. */
  private final Map<Integer, double[]> asAntecedent = new HashMap<>();
  private final Map<Integer, double[]> asAnaphor = new HashMap<>();

  PairScorer(Weights w) {
    this.w = w;
  }

  /**
   * The score of {@code antecedent} for {@code anaphor}, or of {@code anaphor} starting a new entity when
   * {@code antecedent} is null (then both feature counters of the pair are null too).
   */
  double score(Mention antecedent, Mention anaphor, Counter<String> antecedentFeatures,
      Counter<String> anaphorFeatures, Counter<String> pairFeatures) {
    int n = w.hidden;
    double[] ant = antecedent == null ? w.newEntityPart
        : asAntecedent.computeIfAbsent(antecedent.mentionID, id -> w.firstLayerPart(
            mentionVector(w.antecedentKernel, w.antecedentBias, antecedent, antecedentFeatures), 0));
    double[] ana = asAnaphor.computeIfAbsent(anaphor.mentionID, id -> w.firstLayerPart(
        mentionVector(w.anaphorKernel, w.anaphorBias, anaphor, anaphorFeatures), n));
    // The pair vector: its kernel times the sparse pair features (none for a new entity), plus its bias.
    double[] pair = w.pairBias.clone();
    if (pairFeatures != null) {
      for (Map.Entry<String, Double> f : pairFeatures.entrySet()) {
        Integer id = w.pairFeatureIds.get(f.getKey());
        if (id != null) {
          addColumn(pair, w.pairKernel[id], f.getValue());
        }
      }
      int base = w.pairFeatureIds.size();
      addDistance(pair, base, anaphor.sentNum - antecedent.sentNum);
      addDistance(pair, base + 11, anaphor.mentionNum - antecedent.mentionNum - 1);
      if (antecedent.sentNum == anaphor.sentNum && antecedent.endIndex > anaphor.startIndex) {
        addColumn(pair, w.pairKernel[base + 22], 1);
      }
    }
    relu(pair);
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = w.firstBias[i] + ant[i] + ana[i];
    }
    for (int k = 0; k < pair.length; k++) {
      double p = pair[k];
      double[] column = w.firstPairColumns[k];
      for (int i = 0; i < n; i++) {
        h[i] += column[i] * p;
      }
    }
    for (int l = 0; l < w.layers.size(); l++) {
      relu(h);
      h = w.layers.get(l).apply(h);
    }
    double out = 0;
    for (double v : h) {
      out += v;
    }
    return out;
  }

  /** The model's vector for one mention: kernel times (word embeddings, mention features) plus bias. */
  private double[] mentionVector(SimpleMatrix kernel, SimpleMatrix bias, Mention m, Counter<String> features) {
    SimpleMatrix f = new SimpleMatrix(w.mentionFeatureIds.size(), 1);
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer id = w.mentionFeatureIds.get(e.getKey());
      if (id != null) {
        f.set(id, e.getValue());
      }
    }
    SimpleMatrix v = kernel.mult(NeuralUtils.concatenate(w.embeddings.getMentionEmbeddingsForFast(m), f))
        .plus(bias);
    return column(v);
  }

  /** Adds the kernel's columns for a distance, encoded as the model was trained (11 features from {@code base}). */
  private void addDistance(double[] pair, int base, int distance) {
    SimpleMatrix encoded = CategoricalFeatureExtractor.encodeDistance(distance);
    for (int i = 0; i < encoded.numRows(); i++) {
      if (encoded.get(i) != 0) {
        addColumn(pair, w.pairKernel[base + i], encoded.get(i));
      }
    }
  }

  private static void addColumn(double[] target, double[] column, double factor) {
    for (int i = 0; i < target.length; i++) {
      target[i] += column[i] * factor;
    }
  }

  private static void relu(double[] v) {
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.max(0, v[i]);
    }
  }

  private static double[] column(SimpleMatrix m) {
    double[] out = new double[m.numRows()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.get(i, 0);
    }
    return out;
  }

  /** The columns of {@code m}, each as an array. */
  private static double[][] columns(SimpleMatrix m) {
    double[][] out = new double[m.numCols()][m.numRows()];
    for (int j = 0; j < out.length; j++) {
      for (int i = 0; i < m.numRows(); i++) {
        out[j][i] = m.get(i, j);
      }
    }
    return out;
  }

  /**
   * A dense layer after the first: {@code weights * x + bias}, with the weights held by column so that the sums
   * of all outputs advance together (which the JIT vectorizes; each sum adds the same terms in the same order).
   */
  private record Layer(double[][] columns, double[] bias) {
    double[] apply(double[] x) {
      double[] out = bias.clone();
      for (int k = 0; k < x.length; k++) {
        double v = x[k];
        double[] column = columns[k];
        for (int i = 0; i < out.length; i++) {
          out[i] += column[i] * v;
        }
      }
      return out;
    }
  }

  /** The model's weights, read once from its (private) fields. Immutable, shared by all documents. */
  static final class Weights {
    final EmbeddingExtractor embeddings;
    final Map<String, Integer> pairFeatureIds;
    final Map<String, Integer> mentionFeatureIds;
    final SimpleMatrix anaphorKernel;
    final SimpleMatrix anaphorBias;
    final SimpleMatrix antecedentKernel;
    final SimpleMatrix antecedentBias;
    /** The pair features' kernel, by column (one array per pair feature). */
    final double[][] pairKernel;
    final double[] pairBias;
    /** The first layer, by column: the antecedent's {@code hidden} columns, the anaphor's, the pair vector's. */
    final double[][] first;
    /** The pair vector's columns of the first layer ({@code first} from {@code 2 * hidden}). */
    final double[][] firstPairColumns;
    final double[] firstBias;
    final List<Layer> layers;
    final int hidden;
    /** The first layer's product with the vector that stands for "no antecedent" (a new entity). */
    final double[] newEntityPart;

    Weights(FastNeuralCorefModel model) {
      embeddings = model.getEmbeddingExtractor();
      pairFeatureIds = model.getPairFeatureIds();
      mentionFeatureIds = model.getMentionFeatureIds();
      anaphorKernel = field(model, "anaphorKernel");
      anaphorBias = field(model, "anaphorBias");
      antecedentKernel = field(model, "antecedentKernel");
      antecedentBias = field(model, "antecedentBias");
      pairKernel = columns(field(model, "pairFeaturesKernel"));
      pairBias = column(field(model, "pairFeaturesBias"));
      List<SimpleMatrix> network = field(model, "networkLayers");
      first = columns(network.get(0));
      firstBias = column(network.get(1));
      hidden = anaphorBias.numRows();
      if (first.length != 2 * hidden + pairBias.length || network.size() < 4
          || network.get(network.size() - 2).numRows() != 1) {
        throw new IllegalStateException("unexpected shape of CoreNLP's fastneural coreference model");
      }
      firstPairColumns = java.util.Arrays.copyOfRange(first, 2 * hidden, first.length);
      layers = new java.util.ArrayList<>();
      for (int i = 2; i < network.size(); i += 2) {
        layers.add(new Layer(columns(network.get(i)), column(network.get(i + 1))));
      }
      newEntityPart = firstLayerPart(column(field(model, "NARepresentation")), 0);
    }

    /** The first layer's columns {@code [offset, offset + hidden)} times the rectified {@code vector}. */
    double[] firstLayerPart(double[] vector, int offset) {
      double[] out = new double[firstBias.length];
      for (int k = 0; k < vector.length; k++) {
        double v = Math.max(0, vector[k]);
        double[] column = first[offset + k];
        for (int i = 0; i < out.length; i++) {
          out[i] += column[i] * v;
        }
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(FastNeuralCorefModel model, String name) {
      try {
        Field f = FastNeuralCorefModel.class.getDeclaredField(name);
        f.setAccessible(true);
        return (T) f.get(model);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("CoreNLP's fastneural model has no field " + name
            + " (another CoreNLP version?)", e);
      }
    }
  }
}
