package org.quotetrace.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.quotetrace.Article;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.SpeakerType;
import org.quotetrace.Statement;
import org.quotetrace.StatementKind;

/**
 * Finds quotations and their speakers with CoreNLP's own quote annotator, as a baseline to measure
 * quotetrace against.
 *
 * <p>It runs {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with CoreNLP's default properties and
 * turns each top-level quotation into a {@link StatementKind#DIRECT} statement with rule {@code corenlp.quote}
 * and confidence 0.5. The speaker mention is the token range CoreNLP links the quote to, the speaker name is
 * the speaker CoreNLP resolves it to ({@code unknown} when none).
 *
 * <p>Not safe for concurrent use: CoreNLP's quote attribution keeps state per document and fails under
 * concurrency (in {@code DeterministicSpeakerSieve}), so {@link #trace} is synchronized and articles are
 * annotated one at a time.
 */
public final class CoreNlpBaseline {

  /** The rule name every baseline statement carries. */
  public static final String RULE = "corenlp.quote";

  private static final double CONFIDENCE = 0.5;

  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads CoreNLP's default quote pipeline (tens of seconds, a few GB of heap).
   *
   * @throws IllegalStateException if the CoreNLP models are not on the class path or the heap is too small
   */
  public static CoreNlpBaseline load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    try {
      return new CoreNlpBaseline(new StanfordCoreNLP(props));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Could not load CoreNLP's quote pipeline; are the models ("
          + CoreNlpParser.MODELS_ARTIFACT + ") on the class path? " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException("Not enough memory to load CoreNLP's quote pipeline: run the JVM with "
          + "at least -Xmx4g (the heap now is " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)", e);
    }
  }

  /** Returns the quotations CoreNLP finds in the article, in text order. */
  public synchronized Report trace(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Statement> statements = new ArrayList<>();
    for (CoreMap quote : quotes == null ? List.<CoreMap>of() : quotes) {
      Optional<Span> content = span(text,
          quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      if (content.isEmpty()) {
        continue;
      }
      Optional<Span> mention = tokenSpan(text, tokens,
          quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      if (mention.isEmpty()) {
        // Without a mention CoreNLP may still have linked the speaker to a canonical entity mention.
        mention = tokenSpan(text, tokens,
            quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
            quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      }
      String name = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      boolean known = name != null && !name.isBlank();
      Speaker speaker = new Speaker(known ? name.strip() : "unknown",
          known ? SpeakerType.PERSON : SpeakerType.UNKNOWN, mention, Optional.empty());
      statements.add(new Statement(StatementKind.DIRECT, content.get(), Optional.empty(), speaker,
          List.of(speaker.asLink()), RULE, CONFIDENCE));
    }
    statements.sort(Comparator.comparing(Statement::content));
    return new Report(article, statements);
  }

  /** The span of tokens {@code first..last}, both inclusive document token indices, as CoreNLP sets them. */
  private static Optional<Span> tokenSpan(String text, List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || tokens == null || first < 0 || last < first || last >= tokens.size()) {
      return Optional.empty();
    }
    return span(text, tokens.get(first).beginPosition(), tokens.get(last).endPosition());
  }

  private static Optional<Span> span(String text, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end > text.length() || end <= begin) {
      return Optional.empty();
    }
    return Optional.of(Span.of(text, begin, end));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CoreNlpBaseline[%s]", RULE);
  }
}
