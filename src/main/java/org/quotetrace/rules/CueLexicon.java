package org.quotetrace.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs that introduce attributed statements, with the complements each takes, and the scorer that
 * weighs a verb's frame in its context ({@link CueContext}): a logistic model over the frame's learned share
 * and the verb's form, place, subject, negation and modality. A frame is taken when its score reaches the
 * lexicon's threshold; a lexicon without weights takes every frame it lists, at its confidence. Immutable.
 */
public final class CueLexicon {

  /** How a cue verb takes its content. */
  enum Frame { CCOMP, PARATAXIS, XCOMP, OBJ, FOR }

  /**
   * A cue verb: the frames it takes, each with its confidence, and the prepositions (or clause markers) that
   * open an oblique content ({@code referred to ...}, {@code asked if ...}), each with its confidence.
   */
  record Entry(String lemma, Map<Frame, Double> frames, Map<String, Double> obliques) {}

  /** The name of the weight of the frame's learned share (its log-odds) in the scorer. */
  public static final String SHARE = "share";
  /** The least confidence of a frame that makes its verb one that quotations are attached to. */
  static final double QUOTING_CONFIDENCE = 0.35;
  /** The least confidence of a frame that makes its verb one of saying in itself, whatever it is attached to. */
  static final double SAYING_CONFIDENCE = 0.8;
  /**
   * The prefix of a noun frame: {@code allegation <TAB> noun:against} says that the object noun "allegation"
   * of any verb, with a phrase opened by "against", is a cue ({@code made allegations against the mayor});
   * {@code noun:that} for a clause opened by "that" ({@code voiced doubts that ...}).
   */
  public static final String NOUN = "noun:";
  /** The name of the scorer's constant weight. */
  public static final String BIAS = "bias";

  private final Map<String, Entry> entries;
  private final Map<String, Map<String, Double>> nouns;
  private final Map<String, Double> weights;
  private final double threshold;

  private CueLexicon(Map<String, Entry> entries, Map<String, Map<String, Double>> nouns, Map<String, Double> weights,
      double threshold) {
    this.entries = Map.copyOf(entries);
    this.nouns = Map.copyOf(nouns);
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
  }

  /** The lexicon bundled with quotetrace ({@code cues.tsv}). */
  public static CueLexicon english() {
    try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cues.tsv is missing from the quotetrace jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CueLexicon parse(BufferedReader reader) throws IOException {
    Map<String, Map<Frame, Double>> map = new HashMap<>();
    Map<String, Map<String, Double>> obliques = new HashMap<>();
    Map<String, Map<String, Double>> nouns = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    double threshold = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("@threshold") && f.length == 2) {
        threshold = Double.parseDouble(f[1]);
        continue;
      }
      if (f.length < 3) {
        throw new IllegalArgumentException("cue lexicon line needs lemma, frame and confidence: " + line);
      }
      if (f[0].equals("@weight")) {
        weights.put(f[1], Double.parseDouble(f[2]));
        continue;
      }
      String name = f[1].strip();
      if (name.startsWith(NOUN) && name.length() > NOUN.length()) {
        nouns.computeIfAbsent(f[0], k -> new HashMap<>()).put(name.substring(NOUN.length()), Double.parseDouble(f[2]));
        continue;
      }
      if (name.startsWith("obl:") && name.length() > 4) {
        obliques.computeIfAbsent(f[0], k -> new HashMap<>()).put(name.substring(4), Double.parseDouble(f[2]));
        map.computeIfAbsent(f[0], k -> new java.util.EnumMap<>(Frame.class));
        continue;
      }
      Frame frame = Frame.valueOf(name.toUpperCase(java.util.Locale.ROOT));
      map.computeIfAbsent(f[0], k -> new java.util.EnumMap<>(Frame.class)).put(frame, Double.parseDouble(f[2]));
    }
    Map<String, Entry> entries = new HashMap<>();
    map.forEach((lemma, frames) -> entries.put(lemma,
        new Entry(lemma, Map.copyOf(frames), Map.copyOf(obliques.getOrDefault(lemma, Map.of())))));
    Map<String, Map<String, Double>> nounFrames = new HashMap<>();
    nouns.forEach((lemma, words) -> nounFrames.put(lemma, Map.copyOf(words)));
    return new CueLexicon(entries, nounFrames, weights, threshold);
  }

  Optional<Entry> lookup(String lemma) {
    return Optional.ofNullable(entries.get(lemma));
  }

  /**
   * Whether a quotation attached to {@code lemma} is taken as said with it: when one of its frames, or one of
   * its obliques, has a confidence of at least {@link #QUOTING_CONFIDENCE}. The lexicon also lists frames that
   * are cues only in some contexts (the scorer decides on those); they do not make a verb one of quoting.
   */
  boolean quotes(String lemma) {
    return strongestFrame(lemma) >= QUOTING_CONFIDENCE;
  }

  /**
   * Whether {@code lemma} is a verb of saying in itself ({@code say}, {@code add}, {@code call}, {@code warn}):
   * one of its frames, or one of its obliques, has a confidence of at least {@link #SAYING_CONFIDENCE}. A
   * verb a quotation merely hangs on ({@code have}, {@code want}, {@code see}) is not.
   */
  boolean says(String lemma) {
    return strongestFrame(lemma) >= SAYING_CONFIDENCE;
  }

  /** The highest confidence of {@code lemma}'s frames and obliques; 0 when the lexicon does not list it. */
  private double strongestFrame(String lemma) {
    Entry e = entries.get(lemma);
    if (e == null) {
      return 0;
    }
    return Math.max(e.frames().values().stream().mapToDouble(Double::doubleValue).max().orElse(0),
        e.obliques().values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
  }

  boolean allows(String lemma, Frame frame) {
    Entry e = entries.get(lemma);
    return e != null && e.frames().containsKey(frame);
  }

  /** The confidence of {@code lemma} used in {@code frame}; 0 when the lexicon does not have it. */
  double confidence(String lemma, Frame frame) {
    Entry e = entries.get(lemma);
    return e == null ? 0 : e.frames().getOrDefault(frame, 0.0);
  }

  /** The confidence of {@code lemma} with an oblique content opened by {@code word}; 0 when not a cue so. */
  double obliqueConfidence(String lemma, String word) {
    Entry e = entries.get(lemma);
    return e == null ? 0 : e.obliques().getOrDefault(word, 0.0);
  }

  /**
   * The confidence of the noun {@code lemma} as the object of a verb, with a phrase or clause opened by
   * {@code word} as its content ({@link #NOUN}); 0 when the lexicon does not list it.
   */
  double nounConfidence(String lemma, String word) {
    return nouns.getOrDefault(lemma, Map.of()).getOrDefault(word, 0.0);
  }

  /**
   * How likely {@code lemma} in {@code frame} is a cue given the verb's context ({@link CueContext#of}): the
   * scorer's probability, or the frame's confidence when the lexicon has no weights or the frame is not a
   * learned one ({@code for}); 0 when the lexicon does not list the frame.
   */
  double score(String lemma, Frame frame, List<String> context) {
    double confidence = confidence(lemma, frame);
    return confidence == 0 || frame == Frame.FOR ? confidence
        : scored(confidence, frame.name().toLowerCase(Locale.ROOT), context);
  }

  /** {@link #score} for an oblique frame opened by {@code word} ({@code referred to ...}). */
  double obliqueScore(String lemma, String word, List<String> context) {
    double confidence = obliqueConfidence(lemma, word);
    return confidence == 0 ? 0 : scored(confidence, "obl", context);
  }

  /** Whether {@code lemma} is taken as a cue in {@code frame} in this context. */
  boolean accepts(String lemma, Frame frame, List<String> context) {
    return allows(lemma, frame) && score(lemma, frame, context) >= threshold;
  }

  /** Whether {@code lemma} is taken as a cue of an oblique frame opened by {@code word} in this context. */
  boolean acceptsOblique(String lemma, String word, List<String> context) {
    return obliqueConfidence(lemma, word) > 0 && obliqueScore(lemma, word, context) >= threshold;
  }

  private double scored(double confidence, String group, List<String> context) {
    if (weights.isEmpty()) {
      return confidence;
    }
    double z = linear(weights, logit(confidence), group, context);
    return 1 / (1 + Math.exp(-z));
  }

  /** The scorer's linear part: the share's log-odds weighed, plus the weight of each of {@link #featureNames}. */
  public static double linear(Map<String, Double> weights, double shareLogit, String group, List<String> context) {
    double z = weights.getOrDefault(SHARE, 0.0) * shareLogit;
    for (String f : featureNames(group, context)) {
      z += weights.getOrDefault(f, 0.0);
    }
    return z;
  }

  /** The names of the features {@link #linear} sums, besides the share. */
  public static List<String> featureNames(String group, List<String> context) {
    List<String> out = new java.util.ArrayList<>(2 + 2 * context.size());
    out.add(BIAS);
    out.add("frame=" + group);
    for (String f : context) {
      out.add(f);
      out.add(group + "|" + f);
    }
    return out;
  }

  /** The log-odds of a share, bounded away from 0 and 1. */
  public static double logit(double share) {
    double q = Math.min(Math.max(share, 1e-3), 1 - 1e-3);
    return Math.log(q / (1 - q));
  }

  int size() {
    return entries.size();
  }
}
