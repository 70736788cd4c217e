package org.quotetrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.quotetrace.Article;
import org.quotetrace.QuoteTracer;
import org.quotetrace.Report;
import org.quotetrace.TraceResult;
import org.quotetrace.corenlp.CoreNlpBaseline;
import org.quotetrace.corenlp.CoreNlpParser;
import org.quotetrace.rules.Attributor;
import org.quotetrace.export.JsonExporter;

/**
 * The {@code bench} command: runs the same articles through quotetrace and through CoreNLP's default quote
 * pipeline in one JVM and prints, per system, model load time, time per article, throughput and peak heap,
 * and the ratios.
 *
 * <pre>
 * bench [--articles N] [--threads N] [--warmup N] [--rounds N] [--system both|quotetrace|corenlp] [--format table|json]
 *       [--no-coref] [--set KEY=VALUE]... [--profile] FILE|DIR...
 * </pre>
 *
 * <p>quotetrace runs first, then its models are dropped and CoreNLP's pipeline is loaded, so that each
 * system's heap is measured alone. Each system traces {@code --warmup} articles first (not counted), then
 * every article once on one thread (the time per article), then quotetrace traces the batch once on
 * {@code --threads} threads as a warm-up (the JIT compiler still at work) and again in {@code --rounds} rounds
 * of one run on {@code --threads} threads and one on a single thread, which of the two first alternating, and
 * checks that the results are the same: the speed-up compares the mean times, all run warm. CoreNLP's quote
 * pipeline is not thread-safe, so it runs on one thread only. {@code --profile} instead loads quotetrace's
 * CoreNLP pipeline alone and prints how long each annotator took to load and to annotate.
 */
public final class BenchCommand {
  static final String USAGE = String.join("\n",
      "usage: bench [options] FILE|DIR...",
      "  --articles N            the first N articles, in name order (default 20)",
      "  --threads N             threads for quotetrace's batch run (default: one per core)",
      "  --warmup N              articles traced before timing starts, per system (default 2)",
      "  --rounds N              rounds of the batch on --threads threads and on one, compared (default 2)",
      "  --system S              both (default), quotetrace or corenlp",
      "  --format table|json     output format (default table)",
      "  --no-coref              quotetrace without coreference",
      "  --set KEY=VALUE         a CoreNLP property for quotetrace's pipeline (repeatable)",
      "  --profile               load and time each annotator of quotetrace's pipeline instead",
      "Run with a heap large enough for CoreNLP's quote pipeline: java -Xmx6g -jar quotetrace.jar bench ...");

  private static final int DEFAULT_ARTICLES = 20;
  private static final int DEFAULT_WARMUP = 2;
  private static final int DEFAULT_ROUNDS = 2;
  private static final double MB = 1 << 20;

  private BenchCommand() {}

  /** Runs the command and returns its exit status: 0 done, 1 failed, 2 bad usage. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (o.help) {
      out.println(USAGE);
      return 0;
    }
    try {
      List<Input> inputs = read(o);
      if (o.profile) {
        profile(o, inputs, out, err);
        return 0;
      }
      List<Figures> figures = new ArrayList<>();
      if (!o.system.equals("corenlp")) {
        figures.add(measure("quotetrace", () -> {
          QuoteTracer.Builder b = QuoteTracer.builder().coreference(o.coref);
          o.properties.forEach((k, v) -> b.coreNlpProperty((String) k, (String) v));
          QuoteTracer tracer = b.build();
          return new Loaded(tracer::trace, Optional.of(tracer));
        }, inputs, o, err));
        CoreNlpParser.releaseCachedModels();
      }
      if (!o.system.equals("quotetrace")) {
        figures.add(measure("corenlp-quote", () -> {
          CoreNlpBaseline baseline = CoreNlpBaseline.load();
          return new Loaded(baseline::trace, Optional.empty());
        }, inputs, o, err));
        CoreNlpParser.releaseCachedModels();
      }
      ObjectNode json = toJson(o, inputs, figures);
      if (o.format.equals("json")) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
      } else {
        out.print(table(o, inputs, figures));
      }
      out.flush();
      return 0;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      err.println("bench: " + e.getMessage());
      return 1;
    }
  }

  /** One article with its token count. */
  record Input(Article article, int tokens) {}

  private static List<Input> read(Options o) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : o.paths) {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          files.addAll(s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList());
        }
      } else {
        files.add(p);
      }
    }
    List<Input> inputs = new ArrayList<>();
    for (Path f : files.subList(0, Math.min(o.articles, files.size()))) {
      Article a = Article.read(f);
      inputs.add(new Input(a, CoreNlpParser.countTokens(a.text())));
    }
    if (inputs.isEmpty()) {
      throw new IOException("no articles in " + o.paths);
    }
    return inputs;
  }

  /** A loaded system: how it traces one article, and the tracer when it can trace a batch on threads. */
  record Loaded(Function<Article, Report> trace, Optional<QuoteTracer> tracer) {}

  @FunctionalInterface
  interface Loader {
    Loaded load();
  }

  /** What was measured of one system. */
  record Figures(String system, double loadSeconds, double loadCpuSeconds, double firstResultSeconds,
      List<Double> millis, List<Double> cpuMillis,
      double batchSeconds, Optional<Double> threadedSeconds, Optional<Boolean> threadedIdentical,
      List<Double> oneThreadRounds, List<Double> threadedRounds, Optional<Double> threadedWarmupSeconds,
      long peakHeap, long retainedHeap, long tokens, List<String> failures) {

    double median() {
      return percentile(millis, 0.5);
    }

    double cpuMedian() {
      return percentile(cpuMillis, 0.5);
    }

    double p90() {
      return percentile(millis, 0.9);
    }

    double mean() {
      return BenchCommand.mean(millis);
    }

    double tokensPerSecond() {
      return tokens / batchSeconds;
    }

    /** Loading plus the batch on as many threads as the system can use. */
    double wholeRunSeconds() {
      return loadSeconds + threadedSeconds.orElse(batchSeconds);
    }
  }

  private static Figures measure(String name, Loader loader, List<Input> inputs, Options o, PrintStream err) {
    long settled = HeapMeter.settledUsed();
    try (HeapMeter meter = new HeapMeter()) {
      meter.reset();
      err.printf(Locale.ROOT, "bench: loading %s ...%n", name);
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      Loaded loaded = loader.load();
      double load = seconds(t0);
      double loadCpu = (processCpuNanos() - cpu0) / 1e9;
      Report first = loaded.trace().apply(inputs.get(0).article());
      double firstResult = seconds(t0);
      Objects.requireNonNull(first);
      long retained = HeapMeter.settledUsed() - settled;
      err.printf(Locale.ROOT, "bench: %s loaded in %.1f s, first result at %.1f s; warming up%n", name, load,
          firstResult);
      for (int i = 1; i < o.warmup; i++) {
        loaded.trace().apply(inputs.get(i % inputs.size()).article());
      }
      List<Double> millis = new ArrayList<>();
      List<Double> cpuMillis = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      long tokens = 0;
      long b0 = System.nanoTime();
      for (Input in : inputs) {
        long s = System.nanoTime();
        // The whole process's CPU time: quotetrace traces on a worker thread (for its time limit), and the
        // JIT and the collector work for the article too.
        long c = processCpuNanos();
        try {
          Report r = loaded.trace().apply(in.article());
          millis.add((System.nanoTime() - s) / 1e6);
          cpuMillis.add((processCpuNanos() - c) / 1e6);
          lines.add(JsonExporter.toJsonLine(r));
          tokens += in.tokens();
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(in.article().id() + ": " + e);
          lines.add("error");
        }
      }
      double batch = seconds(b0);
      err.printf(Locale.ROOT, "bench: %s traced %d articles in %.1f s on one thread%n", name, inputs.size(), batch);
      Optional<Double> threaded = Optional.empty();
      Optional<Boolean> identical = Optional.empty();
      List<Double> oneRounds = new ArrayList<>();
      List<Double> threadedRounds = new ArrayList<>();
      Optional<Double> warmupThreaded = Optional.empty();
      if (loaded.tracer().isPresent() && o.threads > 1) {
        // Timed after the pass above, in rounds of one run on threads and one on a single thread, which goes
        // first alternating (threads, one, one, threads, ...): a JIT still warming up favours neither side.
        QuoteTracer tracer = loaded.tracer().get();
        List<Article> articles = inputs.stream().map(Input::article).toList();
        // The first run on threads is a warm-up: the JIT compiler is still at work after the pass above, and on
        // threads it takes its CPU from them instead of an idle core (in it, two threads spend more CPU).
        long w0 = System.nanoTime();
        long wc = processCpuNanos();
        tracer.traceAll(articles, o.threads);
        warmupThreaded = Optional.of(seconds(w0));
        err.printf(Locale.ROOT, "bench: %s warm-up run on %d threads: %.1f s, process CPU %.1f s%n", name, o.threads,
            warmupThreaded.get(), (processCpuNanos() - wc) / 1e9);
        boolean same = true;
        double threadedCpu = 0;
        double oneCpu = 0;
        for (int r = 0; r < o.rounds; r++) {
          for (int k = 0; k < 2; k++) {
            boolean onThreads = (k == 0) == (r % 2 == 0);
            long n0 = System.nanoTime();
            long c0 = processCpuNanos();
            List<TraceResult> results = tracer.traceAll(articles, onThreads ? o.threads : 1);
            (onThreads ? threadedRounds : oneRounds).add(seconds(n0));
            double cpu = (processCpuNanos() - c0) / 1e9;
            if (onThreads) {
              threadedCpu += cpu;
            } else {
              oneCpu += cpu;
            }
            for (TraceResult result : results) {
              String line = result.report().map(JsonExporter::toJsonLine).orElse("error");
              same &= line.equals(lines.get(result.index()));
            }
          }
        }
        batch = mean(oneRounds);
        threaded = Optional.of(mean(threadedRounds));
        identical = Optional.of(same);
        // Process CPU time too: on one thread the JIT compiler and the collector use the other cores.
        err.printf(Locale.ROOT, "bench: %s traced them in %s s on %d threads, %s s on one (%s); process CPU "
            + "%.1f s and %.1f s per run%n", name, secondsList(threadedRounds), o.threads, secondsList(oneRounds),
            same ? "same results" : "DIFFERENT results", threadedCpu / o.rounds, oneCpu / o.rounds);
      }
      long peak = meter.peak();
      return new Figures(name, load, loadCpu, firstResult, millis, cpuMillis, batch, threaded, identical, oneRounds,
          threadedRounds, warmupThreaded, peak - settled, retained, tokens, failures);
    }
  }

  private static void profile(Options o, List<Input> inputs, PrintStream out, PrintStream err) {
    Properties props = new Properties();
    props.putAll(o.properties);
    err.println("bench: loading quotetrace's CoreNLP pipeline ...");
    long t0 = System.nanoTime();
    CoreNlpParser parser = CoreNlpParser.load(o.coref, props, Attributor.english()::mentionsToResolve);
    double load = seconds(t0);
    for (int i = 0; i < o.warmup; i++) {
      parser.parse(inputs.get(i % inputs.size()).article().text());
    }
    long tokens = 0;
    long b0 = System.nanoTime();
    for (Input in : inputs) {
      parser.parse(in.article().text());
      tokens += in.tokens();
    }
    double batch = seconds(b0);
    out.printf(Locale.ROOT, "load %.1f s (annotators in parallel); each annotator's own load time:%n", load);
    for (Map.Entry<String, Double> e : parser.loadSeconds().entrySet()) {
      out.printf(Locale.ROOT, "  %-10s %6.1f s%n", e.getKey(), e.getValue());
    }
    out.printf(Locale.ROOT, "%d articles, %d tokens: %.0f ms/article, %.0f tokens/s (incl. %d warm-up articles "
        + "in the timings below)%n", inputs.size(), tokens, batch * 1000 / inputs.size(), tokens / batch, o.warmup);
    out.println(parser.timingInformation());
  }

  /** CPU time used by this process so far, all threads, or 0 when the JVM does not say. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static String secondsList(List<Double> values) {
    return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    if (p == 0.5 && sorted.size() % 2 == 0) {
      return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  private static ObjectNode toJson(Options o, List<Input> inputs, List<Figures> figures) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("articles", inputs.size());
    root.put("tokens", inputs.stream().mapToLong(Input::tokens).sum());
    root.put("warmup", o.warmup);
    root.put("threads", o.threads);
    root.put("rounds", o.rounds);
    root.put("cores", Runtime.getRuntime().availableProcessors());
    root.put("java", System.getProperty("java.version"));
    root.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / MB));
    ObjectNode props = root.putObject("quotetrace_properties");
    o.properties.forEach((k, v) -> props.put((String) k, (String) v));
    root.put("coreference", o.coref);
    ObjectNode systems = root.putObject("systems");
    for (Figures f : figures) {
      ObjectNode s = systems.putObject(f.system());
      s.put("load_s", round(f.loadSeconds(), 2));
      s.put("load_cpu_s", round(f.loadCpuSeconds(), 2));
      s.put("first_result_s", round(f.firstResultSeconds(), 2));
      s.put("median_ms", round(f.median(), 1));
      s.put("p90_ms", round(f.p90(), 1));
      s.put("cpu_median_ms", round(f.cpuMedian(), 1));
      s.put("mean_ms", round(f.mean(), 1));
      s.put("tokens_per_s", round(f.tokensPerSecond(), 1));
      s.put("batch_1_thread_s", round(f.batchSeconds(), 2));
      f.threadedSeconds().ifPresent(t -> s.put("batch_" + o.threads + "_threads_s", round(t, 2)));
      f.threadedSeconds().ifPresent(t -> s.put("thread_speedup", round(f.batchSeconds() / t, 3)));
      f.threadedIdentical().ifPresent(b -> s.put("threads_identical", b));
      if (!f.threadedRounds().isEmpty()) {
        ArrayNode one = s.putArray("batch_1_thread_rounds_s");
        f.oneThreadRounds().forEach(v -> one.add(round(v, 2)));
        ArrayNode many = s.putArray("batch_" + o.threads + "_threads_rounds_s");
        f.threadedRounds().forEach(v -> many.add(round(v, 2)));
        f.threadedWarmupSeconds().ifPresent(v -> s.put("batch_" + o.threads + "_threads_warmup_s", round(v, 2)));
      }
      s.put("whole_run_s", round(f.wholeRunSeconds(), 2));
      s.put("peak_heap_mb", Math.round(f.peakHeap() / MB));
      s.put("models_heap_mb", Math.round(f.retainedHeap() / MB));
      ArrayNode ms = s.putArray("ms_per_article");
      f.millis().forEach(v -> ms.add(round(v, 1)));
      ArrayNode failed = s.putArray("failures");
      f.failures().forEach(failed::add);
    }
    if (figures.size() == 2) {
      Figures q = figures.get(0);
      Figures c = figures.get(1);
      ObjectNode r = root.putObject("ratios");
      r.put("load", round(q.loadSeconds() / c.loadSeconds(), 3));
      r.put("median_ms", round(q.median() / c.median(), 3));
      r.put("p90_ms", round(q.p90() / c.p90(), 3));
      r.put("cpu_median_ms", round(q.cpuMedian() / c.cpuMedian(), 3));
      r.put("mean_ms", round(q.mean() / c.mean(), 3));
      r.put("batch_1_thread", round(q.batchSeconds() / c.batchSeconds(), 3));
      r.put("whole_run", round(q.wholeRunSeconds() / c.wholeRunSeconds(), 3));
      r.put("peak_heap", round((double) q.peakHeap() / c.peakHeap(), 3));
    }
    return root;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Double.isFinite(v) ? Math.round(v * f) / f : v;
  }

  private static String table(Options o, List<Input> inputs, List<Figures> figures) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d articles, %d tokens; warm-up %d; Java %s, %d cores, max heap %d MB%n",
        inputs.size(), inputs.stream().mapToLong(Input::tokens).sum(), o.warmup, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Math.round(Runtime.getRuntime().maxMemory() / MB)));
    if (!o.properties.isEmpty() || !o.coref) {
      sb.append("quotetrace settings: ").append(o.coref ? "" : "no coreference ").append(o.properties).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-30s", ""));
    for (Figures f : figures) {
      sb.append(String.format(Locale.ROOT, "%15s", f.system()));
    }
    if (figures.size() == 2) {
      sb.append(String.format(Locale.ROOT, "%10s", "ratio"));
    }
    sb.append('\n');
    row(sb, figures, "model load (s)", Figures::loadSeconds, 1);
    row(sb, figures, "model load, CPU time (s)", Figures::loadCpuSeconds, 1);
    row(sb, figures, "load to first result (s)", Figures::firstResultSeconds, 1);
    row(sb, figures, "median ms/article", Figures::median, 0);
    row(sb, figures, "p90 ms/article", Figures::p90, 0);
    row(sb, figures, "mean ms/article", Figures::mean, 0);
    row(sb, figures, "median CPU ms/article", Figures::cpuMedian, 0);
    row(sb, figures, "tokens/s, one thread", Figures::tokensPerSecond, 0);
    row(sb, figures, "batch, one thread (s)", Figures::batchSeconds, 1);
    if (o.threads > 1) {
      row(sb, figures, "batch, " + o.threads + " threads (s)", f -> f.threadedSeconds().orElse(Double.NaN), 1);
    }
    row(sb, figures, "whole run: load + batch (s)", Figures::wholeRunSeconds, 1);
    row(sb, figures, "peak heap (MB)", f -> f.peakHeap() / MB, 0);
    row(sb, figures, "heap held by models (MB)", f -> f.retainedHeap() / MB, 0);
    for (Figures f : figures) {
      f.threadedSeconds().ifPresent(t -> sb.append(String.format(Locale.ROOT,
          "%s: %d threads give %.2fx the throughput of one; results %s%n", f.system(), o.threads,
          f.batchSeconds() / t, f.threadedIdentical().orElse(false) ? "identical" : "DIFFER")));
      if (!f.failures().isEmpty()) {
        sb.append(f.system()).append(": ").append(f.failures().size()).append(" articles failed: ")
            .append(f.failures()).append('\n');
      }
    }
    sb.append("whole run = model load + the batch (quotetrace on ").append(o.threads)
        .append(o.threads == 1 ? " thread" : " threads").append(", CoreNLP's quote pipeline on one)\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, List<Figures> figures, String label,
      java.util.function.ToDoubleFunction<Figures> f, int digits) {
    sb.append(String.format(Locale.ROOT, "%-30s", label));
    for (Figures x : figures) {
      sb.append(String.format(Locale.ROOT, "%15." + digits + "f", f.applyAsDouble(x)));
    }
    if (figures.size() == 2) {
      double ratio = f.applyAsDouble(figures.get(0)) / f.applyAsDouble(figures.get(1));
      sb.append(String.format(Locale.ROOT, "%10.2f", ratio));
    }
    sb.append('\n');
  }

  /** The parsed command line. */
  static final class Options {
    int articles = DEFAULT_ARTICLES;
    int threads = Runtime.getRuntime().availableProcessors();
    int warmup = DEFAULT_WARMUP;
    int rounds = DEFAULT_ROUNDS;
    String system = "both";
    String format = "table";
    boolean coref = true;
    boolean profile;
    boolean help;
    final Properties properties = new Properties();
    final List<Path> paths = new ArrayList<>();

    static Options parse(List<String> args) {
      Options o = new Options();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "-h", "--help" -> o.help = true;
          case "--no-coref" -> o.coref = false;
          case "--profile" -> o.profile = true;
          case "--articles" -> o.articles = number(a, value(args, ++i, a), 1);
          case "--threads" -> o.threads = number(a, value(args, ++i, a), 1);
          case "--warmup" -> o.warmup = number(a, value(args, ++i, a), 0);
          case "--rounds" -> o.rounds = number(a, value(args, ++i, a), 1);
          case "--system" -> {
            o.system = value(args, ++i, a);
            if (!List.of("both", "quotetrace", "corenlp").contains(o.system)) {
              throw new IllegalArgumentException("--system must be both, quotetrace or corenlp, not " + o.system);
            }
          }
          case "--format" -> {
            o.format = value(args, ++i, a);
            if (!o.format.equals("table") && !o.format.equals("json")) {
              throw new IllegalArgumentException("--format must be table or json, not " + o.format);
            }
          }
          case "--set" -> {
            String kv = value(args, ++i, a);
            int eq = kv.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException("--set needs KEY=VALUE, not " + kv);
            }
            o.properties.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
          }
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option: " + a);
            }
            o.paths.add(Path.of(a));
          }
        }
      }
      if (o.paths.isEmpty() && !o.help) {
        throw new IllegalArgumentException("no input files");
      }
      return o;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args.get(i);
    }

    private static int number(String option, String v, int min) {
      try {
        int n = Integer.parseInt(v);
        if (n >= min) {
          return n;
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below, which names the value.
      }
      throw new IllegalArgumentException(option + " must be a whole number >= " + min + ", not " + v);
    }
  }
}
