package org.quotetrace.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's {@code depparse} annotator, making only the dependency graphs quotetrace reads: the basic tree (the
 * rules, coreference) and the enhanced graph (coreference's mention detection). CoreNLP's annotator converts
 * each parse into five graphs; the three nobody here reads (collapsed, CC-processed, enhanced++) cost about
 * an eighth of the parser's time. Same model, same properties ({@code depparse.*}), same two graphs; the
 * parser's network runs in {@link TransitionParser}, the same parse faster. Thread-safe.
 */
final class DependencyAnnotator {
  private final DependencyParser parser;
  /** The same parser with a faster network, or null for a model it does not take. */
  private final TransitionParser fast;
  private final GrammaticalStructure.Extras extras;

  private DependencyAnnotator(DependencyParser parser, GrammaticalStructure.Extras extras) {
    this.parser = parser;
    this.fast = TransitionParser.of(parser).orElse(null);
    this.extras = extras;
  }

  /** Loads the parser as CoreNLP's annotator does, from the {@code depparse.*} properties. */
  static DependencyAnnotator load(Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    DependencyParser parser = DependencyParser.loadFromModelFile(
        PropertiesUtils.getString(own, "model", DependencyParser.DEFAULT_MODEL), own);
    return new DependencyAnnotator(parser,
        MetaClass.cast(own.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class));
  }

  /** Parses every sentence of a tagged annotation. */
  void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      GrammaticalStructure gs = fast != null ? fast.predict(sentence) : parser.predict(sentence);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null));
      sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED, extras, null));
    }
  }
}
