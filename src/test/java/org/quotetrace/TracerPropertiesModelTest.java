package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.quotetrace.testing.SharedTracer;

/**
 * Invariants of tracing over generated articles, through the real pipeline (shared by the whole run).
 *
 * <p>Articles are built from sentence templates over a small vocabulary of names, verbs of saying, outlets
 * and quotation-mark styles, so that most of them contain real attributions, then salted with noise:
 * unbalanced and nested quotation marks, control characters, emoji and other surrogate pairs, very long
 * tokens, HTML leftovers, CRLF line breaks.
 *
 * <p>Tries and seeds: each try parses one to three articles (0.2-1 s each), so the tries are few (30-40 per
 * property, 20-40 s for the class) and the seeds fixed, so that a CI failure reproduces. To explore
 * further, change a seed or raise the tries locally; jqwik prints the seed and the shrunk article of a
 * failure. Shrinking is bounded to keep a failing run short.
 */
class TracerPropertiesModelTest {

  private static final List<String> NAMES = List.of("Jane Holloway", "Tom Baker", "Maria Lopez",
      "Governor Ann Lee", "Police Chief Ron Daniels", "A senior official", "Officials", "The mayor",
      "Dr. Amara Okafor", "Senator Li Wei");
  private static final List<String> VERBS = List.of("said", "says", "added", "warned", "argued", "insisted");
  private static final List<String> OUTLETS = List.of("CNN", "NBC News", "Reuters", "The New York Times");
  private static final List<String> SAYINGS = List.of("We will fix the roads before winter",
      "Taxes will fall next year", "Nobody in this state wants higher taxes", "The plan is dead",
      "I have never seen anything like it", "This budget protects schools and hospitals");
  private static final List<String> CLAUSES = List.of("the city would hire 40 officers",
      "crime had fallen by 10 percent", "the talks would resume in March", "the bridge was unsafe");
  private static final List<String> NARRATION = List.of("The bridge opened in 1932.",
      "It carries 40,000 cars a day.", "The council meets on Mondays.", "Rain is expected later this week.");

  /** Quotation-mark styles: open, close. */
  private static final List<String[]> QUOTES = List.of(new String[] {"“", "”"}, new String[] {"\"", "\""},
      new String[] {"‘", "’"}, new String[] {"'", "'"}, new String[] {"«", "»"}, new String[] {"„", "“"});

  private static final List<String> NOISE = List.of("\u0000", "\u0007", "\u001b[1m", "🎉", "𝒳", "\uD83D",
      "\uDE00", "\t", "\u00a0", "\u200b", "“", "”", "\"", "'", "«", "<p>", "</b>", "&amp;", "&rdquo;",
      "x".repeat(300), "https://example.com/" + "a".repeat(120), "\r", "\n\n", "!!!", "...", "—");

  private static Report trace(String text) {
    return SharedTracer.get().trace(text);
  }

  @Property(tries = 40, seed = "20261129", shrinking = ShrinkingMode.BOUNDED)
  void trace_anyArticle_spansMatchTextAndResultIsDeterministic(@ForAll("noisyArticles") String text) {
    Report first;
    try {
      first = trace(text);
    } catch (IllegalArgumentException | TraceException e) {
      // The documented failures; the generated articles are short, so neither is expected in practice.
      throw new AssertionError("documented failure on a short article: " + e.getMessage(), e);
    }
    assertSpansInsideAndMatching(first);
    Report second = trace(text);
    assertEquals(first.statements(), second.statements());
    assertEquals(first.warnings(), second.warnings());
  }

  @Property(tries = 30, seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
  void trace_curlyOrStraightQuotes_sameSpeakersInOrder(@ForAll("curlyArticles") String curly) {
    String straight = curly.replace('“', '"').replace('”', '"');
    assertEquals(whoSaidWhat(trace(curly)), whoSaidWhat(trace(straight)),
        () -> "curly:    " + curly + "\nstraight: " + straight);
  }

  @Property(tries = 30, seed = "20261201", shrinking = ShrinkingMode.BOUNDED)
  void trace_lfOrCrlf_sameSpeakersInOrder(@ForAll("articles") String lf) {
    String crlf = lf.replace("\n", "\r\n");
    Report a = trace(lf);
    Report b = trace(crlf);
    assertSpansInsideAndMatching(b);
    assertEquals(whoSaidWhat(a), whoSaidWhat(b), () -> "article: " + lf);
  }

  /** Speaker name, type and statement kind, per statement in order: who said what, without offsets. */
  static List<String> whoSaidWhat(Report r) {
    return r.statements().stream()
        .map(s -> s.kind().jsonName() + " " + s.speaker().type().jsonName() + " " + s.speaker().name())
        .toList();
  }

  static void assertSpansInsideAndMatching(Report r) {
    String text = r.article().text();
    for (Statement s : r.statements()) {
      List<Span> spans = new ArrayList<>(List.of(s.content()));
      s.cue().ifPresent(spans::add);
      s.speaker().mention().ifPresent(spans::add);
      for (Span span : spans) {
        assertTrue(span.begin() >= 0 && span.end() <= text.length(), () -> span + " outside the text");
        assertEquals(text.substring(span.begin(), span.end()), span.text());
      }
      assertTrue(!s.chain().isEmpty());
    }
  }

  // ---- generators ----

  /** Articles of two to six sentences in one to three paragraphs, LF line breaks, any quote style. */
  @Provide
  Arbitrary<String> articles() {
    return paragraphs(Arbitraries.of(QUOTES), false);
  }

  /**
   * Articles whose quotations all use curly double quotes, all closed: an unclosed straight quotation mark is
   * ambiguous where an unclosed curly one is not, so that case is left out of the comparison.
   */
  @Provide
  Arbitrary<String> curlyArticles() {
    return paragraphs(Arbitraries.just(QUOTES.get(0)), true);
  }

  /** Articles with noise put in at random places, sometimes with CRLF line breaks. */
  @Provide
  Arbitrary<String> noisyArticles() {
    Arbitrary<List<String>> noise = Arbitraries.of(NOISE).list().ofMaxSize(6);
    Arbitrary<List<Double>> where = Arbitraries.doubles().between(0, 1).list().ofSize(6);
    return Combinators.combine(articles(), noise, where, Arbitraries.of(false, true))
        .as((text, pieces, places, crlf) -> {
          StringBuilder sb = new StringBuilder(crlf ? text.replace("\n", "\r\n") : text);
          for (int i = 0; i < pieces.size(); i++) {
            int at = (int) (places.get(i) * sb.length());
            sb.insert(at, pieces.get(i));
          }
          return sb.toString();
        });
  }

  private static Arbitrary<String> paragraphs(Arbitrary<String[]> quotes, boolean balanced) {
    Arbitrary<String> paragraph = sentence(quotes, balanced).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join(" ", l));
    return paragraph.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n\n", l));
  }

  private static Arbitrary<String> sentence(Arbitrary<String[]> quotes, boolean balanced) {
    Arbitrary<String> name = Arbitraries.of(NAMES);
    Arbitrary<String> verb = Arbitraries.of(VERBS);
    Arbitrary<String> saying = Arbitraries.of(SAYINGS);
    Arbitrary<String> clause = Arbitraries.of(CLAUSES);
    Arbitrary<String> outlet = Arbitraries.of(OUTLETS);
    Arbitrary<Integer> templates = Arbitraries.integers().between(0, 8).filter(t -> !balanced || t != 5);
    return Combinators.combine(templates, quotes, name, verb, saying, clause, outlet,
        Arbitraries.of(NARRATION)).as((template, q, n, v, say, cl, out, narration) -> switch (template) {
          case 0 -> q[0] + say + "," + q[1] + " " + n + " " + v + ".";
          case 1 -> n + " " + v + ": " + q[0] + say + "." + q[1];
          case 2 -> n + " told " + out + " that " + cl + ".";
          case 3 -> "According to " + out + ", " + cl + ".";
          case 4 -> n + " " + v + " " + cl + ".";
          // Unbalanced: the quotation never closes.
          case 5 -> q[0] + say + ", " + n + " " + v + ".";
          // Nested: a quotation inside a quotation, the inner one in single marks.
          case 6 -> n + " " + v + ": " + q[0] + "He told me ‘" + say + ".’ I believed him." + q[1];
          case 7 -> q[0] + say + "." + q[1];
          default -> narration;
        });
  }
}
