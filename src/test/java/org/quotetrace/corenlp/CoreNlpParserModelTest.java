package org.quotetrace.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotetrace.parse.Mention;
import org.quotetrace.parse.MentionFocus;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.testing.SharedTracer;

/**
 * quotetrace's own annotators against CoreNLP's depparse and coref annotators, on the seed article: the same
 * dependency trees (with CoreNLP's cache of first-layer products and without); asked about every mention, the
 * same coreference clusters; asked about one mention, a path from it back to the first mention of its entity
 * and no link CoreNLP would not make.
 */
class CoreNlpParserModelTest {
  private static String text;
  private static ParsedText complete;
  private static Annotation reference;

  @BeforeAll
  static void parseSeed() throws Exception {
    SharedTracer.get(); // the shared models, so that the parsers below take them from CoreNLP's cache
    text = Files.readString(SharedTracer.projectDir().resolve("seeds/postmillennial-mexico-amnesty.txt"));
    complete = CoreNlpParser.load(true, new Properties(), MentionFocus.ALL).parse(text);
    reference = new Annotation(text);
    new StanfordCoreNLP(CoreNlpParser.defaultProperties(true)).annotate(reference);
  }

  @Test
  void dependencies_sameTreesAsCoreNlpsDepparseAnnotator() {
    List<String> theirs = new ArrayList<>();
    int base = 0;
    for (CoreMap sentence : reference.get(CoreAnnotations.SentencesAnnotation.class)) {
      SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      for (SemanticGraphEdge e : g.edgeIterable()) {
        theirs.add((base + e.getDependent().index() - 1) + " <-" + e.getRelation() + "- "
            + (base + e.getGovernor().index() - 1));
      }
      base += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    List<String> ours = new ArrayList<>();
    for (int t = 0; t < complete.tokens().size(); t++) {
      if (complete.head(t) >= 0) {
        ours.add(t + " <-" + complete.relation(t) + "- " + complete.head(t));
      }
    }
    Collections.sort(theirs);
    Collections.sort(ours);
    assertTrue(ours.size() > 300, "the seed has a few hundred words");
    assertEquals(theirs, ours);
  }

  @Test
  void withoutCoreNlpsProductCache_sameParsesAsCoreNlpsParser() {
    // depparse.numCached=0: CoreNLP then adds the first layer's products unrounded, and so must we.
    Properties uncached = new Properties();
    uncached.setProperty("numCached", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, uncached);
    TransitionParser fast = TransitionParser.of(parser).orElseThrow();
    List<CoreMap> sentences = reference.get(CoreAnnotations.SentencesAnnotation.class);
    assertTrue(sentences.size() > 10);
    for (CoreMap sentence : sentences) {
      assertEquals(parser.predict(sentence).typedDependencies(), fast.predict(sentence).typedDependencies());
    }
  }

  @Test
  void everyMention_sameClustersAsCoreNlpsCorefAnnotator() {
    Set<Set<List<Integer>>> theirs = new HashSet<>();
    for (CorefChain chain : reference.get(CorefCoreAnnotations.CorefChainAnnotation.class).values()) {
      Set<List<Integer>> cluster = new HashSet<>();
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        int base = complete.sentences().get(m.sentNum - 1).first();
        cluster.add(List.of(base + m.startIndex - 1, base + m.endIndex - 1));
      }
      theirs.add(cluster);
    }
    assertTrue(theirs.size() > 5, "the seed has several entities mentioned more than once");
    assertEquals(theirs, clusters(complete));
  }

  @Test
  void oneMention_followedBackToTheFirstMentionOfItsEntity() {
    Map<Integer, List<Mention>> byCluster = new HashMap<>();
    for (Mention m : complete.mentions()) {
      byCluster.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m);
    }
    Set<Set<List<Integer>>> all = clusters(complete);
    for (List<Mention> cluster : byCluster.values()) {
      Mention first = cluster.get(0);
      Mention last = cluster.get(cluster.size() - 1);
      ParsedText focused = CoreNlpParser.load(true, new Properties(), parsed -> Set.copyOf(parsed.mentions().stream()
          .filter(m -> m.first() == last.first() && m.end() == last.end()).toList())).parse(text);
      Set<Set<List<Integer>>> found = clusters(focused);
      assertFalse(found.isEmpty(), "cluster of " + complete.textOf(last.first(), last.end()));
      for (Set<List<Integer>> c : found) {
        assertTrue(all.stream().anyMatch(a -> a.containsAll(c)), "links only what CoreNLP links: " + c);
      }
      assertTrue(found.stream().anyMatch(c -> c.contains(List.of(first.first(), first.end()))
          && c.contains(List.of(last.first(), last.end()))), complete.textOf(last.first(), last.end())
          + " leads back to " + complete.textOf(first.first(), first.end()));
    }
  }

  @Test
  void anotherCoreferenceAlgorithm_refusedWithTheReason() {
    Properties statistical = new Properties();
    statistical.setProperty("coref.algorithm", "statistical");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoreNlpParser.load(true, statistical));
    assertTrue(e.getMessage().contains("coref.algorithm=statistical is not supported"), e.getMessage());
  }

  private static Set<Set<List<Integer>>> clusters(ParsedText p) {
    Map<Integer, Set<List<Integer>>> byCluster = new HashMap<>();
    for (Mention m : p.mentions()) {
      byCluster.computeIfAbsent(m.cluster(), k -> new HashSet<>()).add(List.of(m.first(), m.end()));
    }
    return new HashSet<>(byCluster.values());
  }
}
