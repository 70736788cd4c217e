package org.quotetrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.Article;
import org.quotetrace.QuoteTracer;
import org.quotetrace.Report;
import org.quotetrace.TraceException;
import org.quotetrace.TraceResult;
import org.quotetrace.bench.BenchCommand;
import org.quotetrace.corenlp.CoreNlpLogging;
import org.quotetrace.eval.CueLearner;
import org.quotetrace.eval.EvaluateCommand;
import org.quotetrace.export.GraphExporter;
import org.quotetrace.export.HtmlExporter;
import org.quotetrace.export.JsonExporter;
import org.quotetrace.export.TextExporter;

/**
 * The command line: {@code java -jar quotetrace.jar [--format jsonl|text] FILE...}. Loads the models once,
 * traces every file in order, and writes one result per file, flushed as it goes. An article that fails
 * gives an error line and the batch goes on; the exit status is 1 when any article failed.
 */
public final class Main {
  static final String USAGE = """
      usage: java -jar quotetrace.jar [--format jsonl|text|html|dot|mermaid] [--out DIR] [--no-coref]
                                      [--parse-cache DIR] [--threads N] FILE...
             java -jar quotetrace.jar evaluate --brat DIR [--baseline corenlp] [--format table|json] ...
             java -jar quotetrace.jar bench [--articles N] [--threads N] [--format table|json] FILE|DIR...
        Traces who said what in each plain-text (UTF-8) news article FILE and prints, per file:
          jsonl  one JSON object per line (default; see docs/json-format.md)
          text   a readable summary
          html   a page per article in --out DIR (default quotetrace-html), and index.html for a batch;
                 prints the paths written
          dot, mermaid  the sourcing graph (Graphviz, Mermaid)
        A directory stands for the *.txt files in it. --threads N traces N articles at a time (default: one
        per core); the output is the same and in the same order for any N.
        Exit status: 0 all articles traced, 1 some failed (their lines carry an "error"), 2 bad usage.
      """;

  private static final List<String> FORMATS = List.of("jsonl", "text", "html", "dot", "mermaid");

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs the command line and returns its exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("evaluate")) {
      CoreNlpLogging.quiet();
      return EvaluateCommand.run(List.of(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("learn-cues")) {
      CoreNlpLogging.quiet();
      return CueLearner.run(List.of(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("bench")) {
      CoreNlpLogging.quiet();
      return BenchCommand.run(List.of(args).subList(1, args.length), out, err);
    }
    String format = "jsonl";
    boolean coref = true;
    Path cache = null;
    Path outDir = Path.of("quotetrace-html");
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        case "--format" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--format needs a value: jsonl or text");
          }
          format = args[++i].toLowerCase(Locale.ROOT);
          if (!FORMATS.contains(format)) {
            return usage(err, "unknown format '" + args[i] + "': use one of " + FORMATS);
          }
        }
        case "--no-coref" -> coref = false;
        case "--out" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--out needs a directory");
          }
          outDir = Path.of(args[++i]);
        }
        case "--threads" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--threads needs a number");
          }
          try {
            threads = parseThreads(args[++i]);
          } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
          }
        }
        case "--parse-cache" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--parse-cache needs a directory");
          }
          cache = Path.of(args[++i]);
        }
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            return usage(err, "unknown option '" + a + "'");
          }
          try {
            files.addAll(expand(Path.of(a)));
          } catch (IOException | UncheckedIOException e) {
            return usage(err, "cannot list " + a + ": " + e.getMessage());
          }
        }
      }
    }
    if (files.isEmpty()) {
      return usage(err, "no input files");
    }
    CoreNlpLogging.quiet();
    long t0 = System.nanoTime();
    QuoteTracer.Builder builder = QuoteTracer.builder().coreference(coref);
    if (cache != null) {
      builder.parseCache(cache);
    }
    QuoteTracer tracer;
    try {
      tracer = builder.build();
    } catch (IllegalStateException e) {
      err.println("quotetrace: " + e.getMessage());
      return 1;
    }
    if (files.size() > 1) {
      err.printf(Locale.ROOT, "quotetrace: models loaded in %.1f s; tracing %d articles%n",
          (System.nanoTime() - t0) / 1e9, files.size());
    }
    // Files are read up front (they are small); one that cannot be read keeps its place in the output.
    List<Object> inputs = new ArrayList<>(files.size());
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      try {
        Article a = Article.read(f);
        inputs.add(a);
        articles.add(a);
      } catch (IOException | RuntimeException e) {
        inputs.add(e instanceof IOException ? e.getMessage() : f + ": " + e);
      }
    }
    Batch batch = new Batch(files, inputs, format, outDir, out, err);
    tracer.traceEach(articles, Math.min(threads, Math.max(1, articles.size())), batch::accept);
    batch.flushUnreadable();
    int failed = batch.failed;
    List<Report> reports = batch.reports;
    if (format.equals("html") && reports.size() > 1) {
      try {
        Path index = outDir.resolve("index.html");
        Files.writeString(index, HtmlExporter.renderIndex(reports, r -> r.article().id() + ".html"),
            StandardCharsets.UTF_8);
        out.println(index);
        out.flush();
      } catch (IOException e) {
        err.println("quotetrace: cannot write the index page: " + e.getMessage());
        return 1;
      }
    }
    return failed > 0 ? 1 : 0;
  }

  /** Writes results in input order, each as soon as it comes, with the files that could not be read in place. */
  private static final class Batch {
    final List<Path> files;
    final List<Object> inputs;
    final String format;
    final Path outDir;
    final PrintStream out;
    final PrintStream err;
    final List<Report> reports = new ArrayList<>();
    int next;
    int failed;

    Batch(List<Path> files, List<Object> inputs, String format, Path outDir, PrintStream out, PrintStream err) {
      this.files = files;
      this.inputs = inputs;
      this.format = format;
      this.outDir = outDir;
      this.out = out;
      this.err = err;
    }

    void accept(TraceResult result) {
      flushUnreadable();
      Path f = files.get(next);
      String line;
      if (result.report().isPresent()) {
        try {
          line = render(result.report().get(), f);
        } catch (IOException | RuntimeException | StackOverflowError e) {
          line = errorLine(f, e instanceof IOException ? e.getMessage() : f + ": " + e);
        }
      } else {
        Throwable e = result.error().get();
        // Our own exceptions carry a message for a person; anything else is named by its class.
        boolean explained = e instanceof TraceException || e instanceof IllegalArgumentException;
        line = errorLine(f, f + ": " + (explained ? e.getMessage() : e.toString()));
      }
      emit(line);
      flushUnreadable();
    }

    /** Writes the errors of unreadable files that come next in input order. */
    void flushUnreadable() {
      while (next < inputs.size() && inputs.get(next) instanceof String message) {
        emit(errorLine(files.get(next), message));
      }
    }

    private String render(Report r, Path f) throws IOException {
      return switch (format) {
        case "text" -> TextExporter.toText(r);
        case "dot" -> GraphExporter.dot(r);
        case "mermaid" -> GraphExporter.mermaid(r);
        case "html" -> {
          Files.createDirectories(outDir);
          reports.add(r);
          yield HtmlExporter.writeTo(r, outDir.resolve(r.article().id() + ".html")) + "\n";
        }
        default -> JsonExporter.toJsonLine(r) + "\n";
      };
    }

    private String errorLine(Path f, String message) {
      failed++;
      String id = idOf(f);
      return format.equals("jsonl") ? JsonExporter.errorLine(id, message) + "\n"
          : "== " + id + "\n   ERROR " + message + "\n";
    }

    private void emit(String line) {
      out.print(line);
      out.flush();
      next++;
      if (files.size() > 1 && (next % 10 == 0 || next == files.size())) {
        err.printf(Locale.ROOT, "quotetrace: %d/%d articles%s%n", next, files.size(),
            failed > 0 ? " (" + failed + " failed)" : "");
      }
    }
  }

  /** Parses a {@code --threads} value: a whole number from 1 up. */
  static int parseThreads(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below, which names the value.
    }
    throw new IllegalArgumentException("--threads must be a whole number >= 1, not '" + value + "'");
  }

  private static List<Path> expand(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (var s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  static String idOf(Path f) {
    String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("quotetrace: " + problem);
    err.print(USAGE);
    return 2;
  }
}
