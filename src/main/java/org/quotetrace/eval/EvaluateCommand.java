package org.quotetrace.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.quotetrace.Article;
import org.quotetrace.QuoteTracer;
import org.quotetrace.Statement;
import org.quotetrace.corenlp.CoreNlpBaseline;

/**
 * The {@code evaluate} command: scores quotetrace, CoreNLP's quote annotator, or a file of predictions against
 * annotated articles.
 *
 * <pre>
 * evaluate --brat DIR [--predictions FILE.jsonl | --baseline corenlp] [--format table|json] [--limit N] [--worst N]
 * evaluate --quotes FILE.jsonl [--predictions FILE.jsonl | --baseline corenlp] [--format table|json] ...
 * </pre>
 *
 * <p>{@code --brat} reads a PolNeAR/PARC-style corpus ({@code DIR/text}, {@code DIR/attributions}); see
 * {@link BratScorer} for what is measured and {@link GreedyMatcher} for how statements are paired with
 * relations. {@code --quotes} reads a quote set (see {@link QuoteSet}) and measures found quotes and speaker
 * names. Without {@code --predictions} or {@code --baseline}, quotetrace traces every article in this JVM.
 * Articles are traced one at a time, or {@code --threads N} at a time; one that fails is reported and counts as
 * having no predictions.
 * Progress goes to {@code err}, the result to {@code out}.
 */
public final class EvaluateCommand {

  static final String USAGE = String.join("\n",
      "usage: evaluate --brat DIR [options]",
      "       evaluate --quotes FILE.jsonl [options]",
      "options:",
      "  --predictions FILE.jsonl  score quotetrace's JSON Lines output instead of tracing",
      "  --baseline corenlp        score CoreNLP's own quote annotator instead of quotetrace",
      "  --format table|json       output format (default: table)",
      "  --limit N                 score only the first N articles, in name order",
      "  --worst N                 list N worst misses and N false alarms (default: 10)",
      "  --parse-cache DIR         keep CoreNLP's parses in DIR, so that a rerun skips parsing",
      "  --threads N               trace N articles at a time (default 1; the scores do not depend on it)");

  private static final int DEFAULT_WORST = 10;
  private static final int MAX_LISTED_IDS = 20;

  private EvaluateCommand() {}

  /** Runs the command from the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code evaluate} (a leading {@code evaluate} is accepted too)
   * @return the exit status: 0 when scored, 1 when the input could not be read, 2 for a usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("evaluate: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    try {
      return options.brat().isPresent() ? runBrat(options, out, err) : runQuotes(options, out, err);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // IllegalStateException: the tracer or the baseline could not load (models missing, heap too small).
      err.println("evaluate: " + e.getMessage());
      return 1;
    }
  }

  /** The parsed command line. */
  record Options(Optional<Path> brat, Optional<Path> quotes, Optional<Path> predictions, Optional<String> baseline,
      String format, int limit, int worst, boolean help, Optional<Path> parseCache, int threads) {

    static Options parse(List<String> args) {
      List<String> rest = new ArrayList<>(args);
      if (!rest.isEmpty() && rest.get(0).equals("evaluate")) {
        rest.remove(0);
      }
      Optional<Path> brat = Optional.empty();
      Optional<Path> quotes = Optional.empty();
      Optional<Path> predictions = Optional.empty();
      Optional<String> baseline = Optional.empty();
      Optional<Path> parseCache = Optional.empty();
      String format = "table";
      int limit = Integer.MAX_VALUE;
      int worst = DEFAULT_WORST;
      int threads = 1;
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        if (a.equals("--help") || a.equals("-h")) {
          return new Options(brat, quotes, predictions, baseline, format, limit, worst, true, parseCache, threads);
        }
        if (!a.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument: " + a);
        }
        if (!seen.add(a)) {
          throw new IllegalArgumentException(a + " given twice");
        }
        if (i + 1 >= rest.size()) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = rest.get(++i);
        switch (a) {
          case "--brat" -> brat = Optional.of(existing(v, true, a));
          case "--quotes" -> quotes = Optional.of(existing(v, false, a));
          case "--predictions" -> predictions = Optional.of(existing(v, false, a));
          case "--baseline" -> {
            if (!v.equals("corenlp")) {
              throw new IllegalArgumentException("--baseline must be corenlp, not " + v);
            }
            baseline = Optional.of(v);
          }
          case "--format" -> {
            if (!v.equals("table") && !v.equals("json")) {
              throw new IllegalArgumentException("--format must be table or json, not " + v);
            }
            format = v;
          }
          case "--limit" -> limit = positive(a, v, false);
          case "--parse-cache" -> parseCache = Optional.of(Path.of(v));
          case "--worst" -> worst = positive(a, v, true);
          case "--threads" -> threads = positive(a, v, false);
          default -> throw new IllegalArgumentException("unknown option: " + a);
        }
      }
      if (brat.isPresent() == quotes.isPresent()) {
        throw new IllegalArgumentException("give exactly one of --brat DIR and --quotes FILE.jsonl");
      }
      if (predictions.isPresent() && baseline.isPresent()) {
        throw new IllegalArgumentException("give at most one of --predictions and --baseline");
      }
      return new Options(brat, quotes, predictions, baseline, format, limit, worst, false, parseCache, threads);
    }

    private static Path existing(String v, boolean directory, String option) {
      Path p = Path.of(v);
      if (directory ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
        throw new IllegalArgumentException(option + " " + v + ": no such " + (directory ? "folder" : "file"));
      }
      return p;
    }

    private static int positive(String option, String v, boolean zeroAllowed) {
      try {
        int n = Integer.parseInt(v);
        if (n > 0 || (zeroAllowed && n == 0)) {
          return n;
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below, which names the value.
      }
      throw new IllegalArgumentException(option + " must be a " + (zeroAllowed ? "non-negative" : "positive")
          + " integer, not " + v);
    }

    /** What the predictions come from, for the output. */
    String system() {
      return predictions.map(p -> "file:" + p).orElse(baseline.map(b -> "baseline:" + b).orElse("quotetrace"));
    }
  }

  /** Predicts the statements of one article. */
  @FunctionalInterface
  interface Predictor {
    List<Prediction> predict(Article article) throws Exception;
  }

  /** A predictor and what the run should say about it afterwards. */
  private record Source(Predictor predictor, boolean slow, List<String> warnings, Optional<PredictionsFile> file,
      Optional<QuoteTracer> tracer) {}

  private static Source source(Options options, PrintStream err) throws IOException {
    if (options.predictions().isPresent()) {
      Path p = options.predictions().get();
      PredictionsFile file;
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        file = PredictionsFile.read(r, p.getFileName().toString());
      }
      Predictor predictor = article -> {
        PredictionsFile.Entry e = file.articles().get(article.id());
        if (e == null) {
          return List.of();
        }
        if (e.error().isPresent()) {
          throw new IllegalStateException("error line in the predictions: " + e.error().get());
        }
        return e.predictions();
      };
      return new Source(predictor, false, file.warnings(), Optional.of(file), Optional.empty());
    }
    if (options.baseline().isPresent()) {
      err.println("loading CoreNLP's quote pipeline ...");
      CoreNlpBaseline baseline = CoreNlpBaseline.load();
      return new Source(a -> predictions(baseline.trace(a).statements()), true, List.of(), Optional.empty(),
          Optional.empty());
    }
    QuoteTracer.Builder builder = QuoteTracer.builder();
    options.parseCache().ifPresent(builder::parseCache);
    QuoteTracer tracer = builder.build();
    return new Source(a -> predictions(tracer.trace(a).statements()), true, List.of(), Optional.empty(),
        Optional.of(tracer));
  }

  /**
   * With {@code --threads N} above 1: traces the articles that quotetrace will be asked about, N at a time,
   * and returns a source that answers from those results (the same as tracing them one by one).
   */
  private static Source prefetched(Source source, List<Article> articles, int threads, PrintStream err) {
    if (source.tracer().isEmpty() || threads <= 1 || articles.isEmpty()) {
      return source;
    }
    java.util.Map<Article, org.quotetrace.TraceResult> results = new java.util.IdentityHashMap<>();
    source.tracer().get().traceEach(articles, threads, r -> {
      err.printf(Locale.ROOT, "[%d/%d] %s%n", r.index() + 1, articles.size(), r.article().id());
      results.put(articles.get(r.index()), r);
    });
    Predictor predictor = a -> {
      org.quotetrace.TraceResult r = results.get(a);
      if (r == null) {
        return source.predictor().predict(a);
      }
      if (r.error().isPresent()) {
        Throwable t = r.error().get();
        if (t instanceof Exception e) {
          throw e;
        }
        throw (Error) t;
      }
      return predictions(r.report().get().statements());
    };
    return new Source(predictor, false, source.warnings(), source.file(), source.tracer());
  }

  private static List<Prediction> predictions(List<Statement> statements) {
    return statements.stream().map(Prediction::of).toList();
  }

  /** One article's predictions, or none with the reason when predicting failed. */
  private static List<Prediction> predict(Source source, Article article, int index, int total,
      List<String> failures, PrintStream err) {
    if (source.slow()) {
      err.printf(Locale.ROOT, "[%d/%d] %s%n", index, total, article.id());
    }
    try {
      return source.predictor().predict(article);
    } catch (Exception | StackOverflowError e) {
      String message = article.id() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
      failures.add(message);
      err.println("  failed, counted as no predictions: " + message);
      return List.of();
    }
  }

  private static int runBrat(Options options, PrintStream out, PrintStream err) throws IOException {
    BratCorpus corpus = BratCorpus.read(options.brat().get());
    List<GoldArticle> articles = corpus.articles().subList(0, Math.min(options.limit(), corpus.articles().size()));
    Source source = source(options, err);
    List<String> warnings = new ArrayList<>(corpus.warnings());
    warnings.addAll(source.warnings());
    List<String> failures = new ArrayList<>();
    BratScorer scorer = new BratScorer();
    List<Optional<Article>> read = new ArrayList<>();
    for (GoldArticle g : articles) {
      try {
        read.add(Optional.of(source.file().isPresent() ? Article.fromPlainText(g.id(), g.text())
            : Article.read(g.textFile())));
      } catch (IOException e) {
        failures.add(g.id() + ": " + e.getMessage());
        read.add(Optional.empty());
      }
    }
    source = prefetched(source, read.stream().flatMap(Optional::stream).toList(), options.threads(), err);
    for (int i = 0; i < articles.size(); i++) {
      GoldArticle g = articles.get(i);
      Optional<Article> article = read.get(i);
      scorer.add(g.id(), g.relations(), article.isEmpty() ? List.of()
          : predict(source, article.get(), i + 1, articles.size(), failures, err));
    }
    source.file().ifPresent(f -> warnings.addAll(coverageWarnings(f, articles.stream().map(GoldArticle::id)
        .toList())));
    print(options, out, "brat", options.brat().get(), scorer.toJson(options.worst()),
        () -> scorer.toTable(options.worst()), warnings, failures);
    return 0;
  }

  private static int runQuotes(Options options, PrintStream out, PrintStream err) throws IOException {
    Path path = options.quotes().get();
    QuoteSet set;
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      set = QuoteSet.read(r, path.getFileName().toString());
    }
    List<QuoteSet.Item> items = set.articles().subList(0, Math.min(options.limit(), set.articles().size()));
    Source source = source(options, err);
    List<String> warnings = new ArrayList<>(set.warnings());
    warnings.addAll(source.warnings());
    List<String> failures = new ArrayList<>();
    QuoteScorer scorer = new QuoteScorer();
    List<Article> read = items.stream().map(item -> Article.fromPlainText(item.id(), item.text())).toList();
    source = prefetched(source, read, options.threads(), err);
    for (int i = 0; i < items.size(); i++) {
      QuoteSet.Item item = items.get(i);
      scorer.add(item.id(), item.text(), item.quotes(), predict(source, read.get(i), i + 1, items.size(), failures,
          err));
    }
    source.file().ifPresent(f -> warnings.addAll(coverageWarnings(f, items.stream().map(QuoteSet.Item::id)
        .toList())));
    print(options, out, "quotes", path, scorer.toJson(options.worst()), () -> scorer.toTable(options.worst()),
        warnings, failures);
    return 0;
  }

  /** Warnings about gold articles the predictions file lacks, and predicted articles the gold lacks. */
  static List<String> coverageWarnings(PredictionsFile file, List<String> goldIds) {
    List<String> warnings = new ArrayList<>();
    List<String> missing = goldIds.stream().filter(id -> !file.articles().containsKey(id)).toList();
    if (!missing.isEmpty()) {
      warnings.add(missing.size() + " articles missing from the predictions, counted as no predictions: "
          + listed(missing));
    }
    Set<String> gold = Set.copyOf(goldIds);
    List<String> extra = file.articles().keySet().stream().filter(id -> !gold.contains(id)).toList();
    if (!extra.isEmpty()) {
      warnings.add(extra.size() + " predicted articles not in the gold, ignored: " + listed(extra));
    }
    return warnings;
  }

  private static String listed(List<String> ids) {
    String shown = String.join(", ", ids.subList(0, Math.min(MAX_LISTED_IDS, ids.size())));
    return ids.size() > MAX_LISTED_IDS ? shown + ", ..." : shown;
  }

  private static void print(Options options, PrintStream out, String goldFormat, Path gold, ObjectNode scores,
      Supplier<String> table, List<String> warnings, List<String> failures) throws IOException {
    if (options.format().equals("json")) {
      ObjectNode o = scores.objectNode();
      o.put("gold_format", goldFormat);
      o.put("gold_path", gold.toString());
      o.put("system", options.system());
      o.setAll(scores);
      ArrayNode f = o.putArray("failed_articles");
      failures.forEach(f::add);
      ArrayNode w = o.putArray("warnings");
      warnings.forEach(w::add);
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
      return;
    }
    out.println("Evaluation of " + options.system() + " against " + gold);
    out.print(table.get());
    if (!failures.isEmpty()) {
      out.println();
      out.println("Failed articles (counted as no predictions)");
      failures.forEach(m -> out.println("  " + m));
    }
    if (!warnings.isEmpty()) {
      out.println();
      out.println("Warnings");
      warnings.forEach(m -> out.println("  " + m));
    }
  }
}
