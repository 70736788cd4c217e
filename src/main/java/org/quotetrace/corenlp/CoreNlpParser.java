package org.quotetrace.corenlp;

import edu.stanford.nlp.coref.data.CorefCluster;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.Mention;
import org.quotetrace.parse.MentionFocus;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Parser;
import org.quotetrace.parse.Sentence;
import org.quotetrace.parse.Token;

/**
 * The one place that talks to Stanford CoreNLP: runs its pipeline and turns the annotation into a
 * {@link ParsedText}. Thread-safe: the annotators it uses (tokenizer, tagger, NER, dependency parser,
 * coreference) may annotate different documents at once. It does not use CoreNLP's quote annotator, whose
 * speaker attribution is not thread-safe and whose defects the rules in {@code org.quotetrace.rules} replace.
 *
 * <p>Coreference is CoreNLP's {@code fastneural} model, run by {@link FocusedCoreference} on the mentions a
 * {@link MentionFocus} chooses (and their antecedents) rather than on all of them.
 *
 * <p>The annotators' models are loaded in parallel (coreference alone takes about half of the load time) into
 * CoreNLP's process-wide annotator cache, from which {@code StanfordCoreNLP} then assembles the usual
 * pipeline; a second parser with the same settings in the same JVM reuses the loaded models.
 */
public final class CoreNlpParser implements Parser {

  /** The Maven coordinates of the models jar, named in errors when the models are missing. */
  public static final String MODELS_ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10:models";

  /** CoreNLP's {@code dcoref/gender.data.gz} without the lines that give {@code Gender.UNKNOWN}. */
  static final String GENDER_NUMBER = "org/quotetrace/corenlp/gender-number.data.gz";
  /** CoreNLP's {@code coref/statistical/word_counts.ser.gz} with only the words counted more than 20 times. */
  static final String WORD_COUNTS = "org/quotetrace/corenlp/word-counts.ser.gz";

  /**
   * quotetrace's own annotators ({@code depparse}, {@code coref}) by name and properties, held like CoreNLP's
   * annotator cache holds CoreNLP's.
   */
  private static final Map<String, SoftReference<Object>> OWN_ANNOTATORS = new HashMap<>();
  private static final Set<String> OWN = Set.of("depparse", "coref");

  private final StanfordCoreNLP pipeline;
  private final DependencyAnnotator dependencies;
  private final FocusedCoreference coreference;
  private final MentionFocus focus;
  private final Map<String, Double> loadSeconds;
  private final LongAdder parseNanos = new LongAdder();
  private final LongAdder mentionNanos = new LongAdder();
  private final LongAdder corefNanos = new LongAdder();

  private CoreNlpParser(StanfordCoreNLP pipeline, DependencyAnnotator dependencies,
      FocusedCoreference coreference, MentionFocus focus, Map<String, Double> loadSeconds) {
    this.pipeline = pipeline;
    this.dependencies = dependencies;
    this.coreference = coreference;
    this.focus = focus;
    this.loadSeconds = Map.copyOf(loadSeconds);
  }

  /**
   * Loads the pipeline with complete coreference (10-30 seconds the first time in a JVM).
   *
   * @param coreference whether to run coreference resolution
   * @param overrides CoreNLP properties that override the defaults chosen here (an escape hatch)
   * @throws IllegalStateException if the CoreNLP models are not on the class path
   */
  public static CoreNlpParser load(boolean coreference, Properties overrides) {
    return load(coreference, overrides, MentionFocus.ALL);
  }

  /**
   * Loads the pipeline (10-30 seconds the first time in a JVM).
   *
   * @param coreference whether to run coreference resolution
   * @param overrides CoreNLP properties that override the defaults chosen here (an escape hatch)
   * @param focus the mentions whose antecedents to find ({@link MentionFocus#ALL}: CoreNLP's coreference)
   * @throws IllegalStateException if the CoreNLP models are not on the class path
   */
  public static CoreNlpParser load(boolean coreference, Properties overrides, MentionFocus focus) {
    Objects.requireNonNull(focus, "focus");
    Properties props = defaultProperties(coreference);
    props.putAll(overrides);
    // As in StanfordCoreNLP: the tokenizer splits sentences itself, so ssplit is not a separate step. The
    // depparse and coref annotators are replaced by quotetrace's own, loaded here with the same properties.
    List<String> annotators = List.of(props.getProperty("annotators").split("[,\\s]+"));
    props.setProperty("annotators", String.join(",", annotators.stream().filter(n -> !OWN.contains(n)).toList()));
    List<String> names = annotators.stream().filter(n -> !n.isEmpty() && !n.equals("ssplit")).toList();
    try {
      Map<String, Double> seconds = new LinkedHashMap<>();
      // The one-annotator pipelines hold their annotators strongly (the cache holds them softly) until the
      // full pipeline has taken them.
      Map<String, Object> loaded = preload(names, props, seconds);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
      DependencyAnnotator dependencies = (DependencyAnnotator) loaded.get("depparse");
      FocusedCoreference resolver = (FocusedCoreference) loaded.get("coref");
      loaded.clear();
      if (resolver != null && dependencies == null) {
        throw new IllegalArgumentException("coreference needs the dependency parser (depparse)");
      }
      return new CoreNlpParser(pipeline, dependencies, resolver, focus, seconds);
    } catch (RuntimeException e) {
      if (isMissingModel(e)) {
        throw new IllegalStateException("CoreNLP models not found on the class path; add the Maven dependency "
            + MODELS_ARTIFACT + " (" + rootMessage(e) + ")", e);
      }
      throw e;
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException("Not enough memory to load the CoreNLP models: run the JVM with at least "
          + "-Xmx3g (the heap now is " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)", e);
    }
  }

  /**
   * Loads each annotator into CoreNLP's annotator cache on its own thread (as many at once as there are
   * cores, coreference first since it is the slowest), puts how long each took into {@code seconds} and
   * returns the one-annotator pipelines (and the coreference models) by name. An annotator already in the
   * cache takes no time.
   */
  private static Map<String, Object> preload(List<String> names, Properties props, Map<String, Double> seconds) {
    int threads = Math.max(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotetrace-load");
      t.setDaemon(true);
      return t;
    });
    try {
      List<String> order = new ArrayList<>(names);
      order.sort((a, b) -> Boolean.compare(!a.equals("coref"), !b.equals("coref")));
      Map<String, Future<Object>> futures = new LinkedHashMap<>();
      Map<String, Double> took = new java.util.concurrent.ConcurrentHashMap<>();
      for (String name : order) {
        Callable<Object> load = OWN.contains(name) ? () -> own(name, props) : () -> {
          Properties one = new Properties();
          one.putAll(props);
          one.setProperty("annotators", name);
          // A pipeline of this one annotator: loading it puts it in the cache the full pipeline reads.
          return new StanfordCoreNLP(one, false);
        };
        futures.put(name, pool.submit(() -> {
          long t0 = System.nanoTime();
          Object loaded = load.call();
          took.put(name, (System.nanoTime() - t0) / 1e9);
          return loaded;
        }));
      }
      Map<String, Object> loaded = new LinkedHashMap<>();
      for (String name : names) {
        loaded.put(name, futures.get(name).get());
        seconds.put(name, took.get(name));
      }
      return loaded;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * quotetrace's annotator {@code name} ({@code depparse} or {@code coref}) for {@code props}, loaded once per
   * JVM (until {@link #releaseCachedModels}).
   */
  private static Object own(String name, Properties props) {
    Map<String, String> key = new TreeMap<>();
    for (String property : props.stringPropertyNames()) {
      if (property.startsWith(name + ".")) {
        key.put(property, props.getProperty(property));
      }
    }
    String id = name + key;
    // Loaded outside the lock, so that the two load in parallel; a rare second load of the same one is harmless.
    synchronized (OWN_ANNOTATORS) {
      SoftReference<Object> cached = OWN_ANNOTATORS.get(id);
      if (cached != null && cached.get() != null) {
        return cached.get();
      }
    }
    Object loaded = name.equals("depparse") ? DependencyAnnotator.load(props) : FocusedCoreference.load(props);
    synchronized (OWN_ANNOTATORS) {
      OWN_ANNOTATORS.put(id, new SoftReference<>(loaded));
    }
    return loaded;
  }

  /** The properties quotetrace runs CoreNLP with. */
  public static Properties defaultProperties(boolean coreference) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (coreference ? ",coref" : ""));
    p.setProperty("tokenize.language", "en");
    // A line break ends a sentence: a headline or byline must not merge into the first sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("coref.algorithm", "fastneural");
    p.setProperty("coref.language", "en");
    // The same data as CoreNLP's own files, without the entries its loaders throw away (gender counts that
    // decide no gender; words seen 20 times or fewer): the same coreference, loaded in seconds less.
    p.setProperty("coref.big.gender.number", GENDER_NUMBER);
    p.setProperty("coref.statistical.wordCounts", WORD_COUNTS);
    return p;
  }

  private static boolean isMissingModel(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof java.io.IOException || m.contains("unable to open") || m.contains("could not find")
          || m.contains("no such file")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  @Override
  public String toString() {
    return "CoreNlpParser[" + String.join(",", loadSeconds().keySet()) + "]";
  }

  @Override
  public ParsedText parse(String text) {
    Objects.requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    if (dependencies != null) {
      long t = System.nanoTime();
      dependencies.annotate(doc);
      parseNanos.add(System.nanoTime() - t);
    }
    ParsedText parsed = convert(text, doc);
    if (coreference == null) {
      return parsed;
    }
    long t0 = System.nanoTime();
    Document document = coreference.detect(doc);
    long t1 = System.nanoTime();
    mentionNanos.add(t1 - t0);
    // Each detected mention alone in a cluster whose id is CoreNLP's mention id.
    List<Mention> detected = new ArrayList<>();
    for (List<edu.stanford.nlp.coref.data.Mention> sentence : document.predictedMentions) {
      for (edu.stanford.nlp.coref.data.Mention m : sentence) {
        detected.add(mention(parsed, m.mentionID, m));
      }
    }
    ParsedText alone = parsed.withMentions(sorted(detected));
    Set<Integer> wanted = new HashSet<>();
    for (Mention m : focus.select(alone)) {
      wanted.add(m.cluster());
    }
    long t2 = System.nanoTime();
    coreference.resolve(document, wanted);
    corefNanos.add(System.nanoTime() - t2);
    List<Mention> clustered = new ArrayList<>();
    for (CorefCluster c : FocusedCoreference.clusters(document)) {
      for (edu.stanford.nlp.coref.data.Mention m : c.getCorefMentions()) {
        clustered.add(mention(parsed, c.clusterID, m));
      }
    }
    return parsed.withMentions(sorted(clustered));
  }

  private static Mention mention(ParsedText parsed, int cluster, edu.stanford.nlp.coref.data.Mention m) {
    int base = parsed.sentences().get(m.sentNum).first();
    return new Mention(cluster, base + m.startIndex, base + m.endIndex, base + m.headIndex);
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    mentions.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    return mentions;
  }

  /**
   * Lets go of the models in CoreNLP's process-wide annotator cache (quotetrace's and the baseline's), so that
   * dropped pipelines can be garbage-collected and the next one loads its models afresh. For benchmarks.
   */
  public static void releaseCachedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
    synchronized (OWN_ANNOTATORS) {
      OWN_ANNOTATORS.clear();
    }
  }

  /** How long each annotator took to load, in seconds, in pipeline order (they load in parallel). */
  public Map<String, Double> loadSeconds() {
    Map<String, Double> ordered = new LinkedHashMap<>();
    for (String name : List.of("tokenize", "pos", "lemma", "ner", "depparse", "coref")) {
      if (loadSeconds.containsKey(name)) {
        ordered.put(name, loadSeconds.get(name));
      }
    }
    return ordered;
  }

  /** CoreNLP's report of the time each annotator spent annotating so far (summed over threads). */
  public String timingInformation() {
    return pipeline.timingInformation() + String.format(Locale.ROOT, "%nquotetrace's DependencyAnnotator: %.1f sec."
        + "%nquotetrace's FocusedCoreference: mention detection %.1f sec, antecedents %.1f sec.",
        parseNanos.sum() / 1e9, mentionNanos.sum() / 1e9, corefNanos.sum() / 1e9);
  }

  /** The number of tokens CoreNLP's tokenizer makes of {@code text}, as this parser tokenizes it. */
  public static int countTokens(String text) {
    return TokenCounter.count(text);
  }

  private static ParsedText convert(String text, Annotation doc) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sents == null ? List.<CoreMap>of() : sents) {
      int si = sentences.size();
      int first = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        String ner = t.ner() == null ? "O" : t.ner();
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        tokens.add(new Token(tokens.size(), si, t.beginPosition(), t.endPosition(), t.word(),
            lemma.toLowerCase(Locale.ROOT), t.tag() == null ? "" : t.tag(), ner));
      }
      sentences.add(new Sentence(si, first, tokens.size()));
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          deps.add(new Dependency(-1, first + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
              e.getRelation().toString()));
        }
      }
    }
    return new ParsedText(text, tokens, sentences, deps, List.of());
  }
}
