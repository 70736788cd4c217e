package org.quotetrace.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotetrace.parse.Dependency;
import org.quotetrace.parse.Mention;
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

  private final StanfordCoreNLP pipeline;
  private final Map<String, Double> loadSeconds;

  private CoreNlpParser(StanfordCoreNLP pipeline, Map<String, Double> loadSeconds) {
    this.pipeline = pipeline;
    this.loadSeconds = Map.copyOf(loadSeconds);
  }

  /**
   * Loads the pipeline (10-30 seconds the first time in a JVM).
   *
   * @param coreference whether to run coreference resolution
   * @param overrides CoreNLP properties that override the defaults chosen here (an escape hatch)
   * @throws IllegalStateException if the CoreNLP models are not on the class path
   */
  public static CoreNlpParser load(boolean coreference, Properties overrides) {
    Properties props = defaultProperties(coreference);
    props.putAll(overrides);
    // As in StanfordCoreNLP: the tokenizer splits sentences itself, so ssplit is not a separate step.
    List<String> names = List.of(props.getProperty("annotators").split("[,\\s]+")).stream()
        .filter(n -> !n.isEmpty() && !n.equals("ssplit")).toList();
    try {
      Map<String, Double> seconds = new LinkedHashMap<>();
      // The one-annotator pipelines hold their annotators strongly (the cache holds them softly) until the
      // full pipeline has taken them.
      List<StanfordCoreNLP> loaded = preload(names, props, seconds);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
      loaded.clear();
      return new CoreNlpParser(pipeline, seconds);
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
   * returns the one-annotator pipelines. An annotator already in the cache takes no time.
   */
  private static List<StanfordCoreNLP> preload(List<String> names, Properties props, Map<String, Double> seconds) {
    int threads = Math.max(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotetrace-load");
      t.setDaemon(true);
      return t;
    });
    try {
      List<String> order = new ArrayList<>(names);
      order.sort((a, b) -> Boolean.compare(!a.equals("coref"), !b.equals("coref")));
      Map<String, Future<StanfordCoreNLP>> futures = new LinkedHashMap<>();
      Map<String, Double> took = new java.util.concurrent.ConcurrentHashMap<>();
      for (String name : order) {
        futures.put(name, pool.submit(() -> {
          long t0 = System.nanoTime();
          Properties one = new Properties();
          one.putAll(props);
          one.setProperty("annotators", name);
          // A pipeline of this one annotator: loading it puts it in the cache the full pipeline reads.
          StanfordCoreNLP pipeline = new StanfordCoreNLP(one, false);
          took.put(name, (System.nanoTime() - t0) / 1e9);
          return pipeline;
        }));
      }
      List<StanfordCoreNLP> pipelines = new ArrayList<>();
      for (String name : names) {
        pipelines.add(futures.get(name).get());
        seconds.put(name, took.get(name));
      }
      return pipelines;
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
    return convert(text, doc);
  }

  /**
   * Lets go of the models in CoreNLP's process-wide annotator cache (quotetrace's and the baseline's), so that
   * dropped pipelines can be garbage-collected and the next one loads its models afresh. For benchmarks.
   */
  public static void releaseCachedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
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
    return pipeline.timingInformation();
  }

  /** The number of tokens CoreNLP's tokenizer makes of {@code text}, as this parser tokenizes it. */
  public static int countTokens(String text) {
    return TokenCounter.count(text);
  }

  private static ParsedText convert(String text, Annotation doc) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<Integer> sentenceStart = new ArrayList<>();
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sents == null ? List.<CoreMap>of() : sents) {
      int si = sentences.size();
      int first = tokens.size();
      sentenceStart.add(first);
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
    List<Mention> mentions = new ArrayList<>();
    Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains != null) {
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
          int base = sentenceStart.get(m.sentNum - 1);
          mentions.add(new Mention(chain.getChainID(), base + m.startIndex - 1, base + m.endIndex - 1,
              base + m.headIndex - 1));
        }
      }
    }
    mentions.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    return new ParsedText(text, tokens, sentences, deps, mentions);
  }
}
