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
                                      [--parse-cache DIR] FILE...
             java -jar quotetrace.jar evaluate --brat DIR [--baseline corenlp] [--format table|json] ...
        Traces who said what in each plain-text (UTF-8) news article FILE and prints, per file:
          jsonl  one JSON object per line (default; see docs/json-format.md)
          text   a readable summary
          html   a page per article in --out DIR (default quotetrace-html), and index.html for a batch;
                 prints the paths written
          dot, mermaid  the sourcing graph (Graphviz, Mermaid)
        A directory stands for the *.txt files in it.
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
    String format = "jsonl";
    boolean coref = true;
    Path cache = null;
    Path outDir = Path.of("quotetrace-html");
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
    int failed = 0;
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String id = idOf(f);
      String line;
      try {
        Report r = tracer.trace(Article.read(f));
        line = switch (format) {
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
      } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
        failed++;
        String message = e instanceof IOException ? e.getMessage()
            : e instanceof TraceException || e instanceof IllegalArgumentException ? f + ": " + e.getMessage()
            : f + ": " + e;
        line = format.equals("jsonl") ? JsonExporter.errorLine(id, message) + "\n"
            : "== " + id + "\n   ERROR " + message + "\n";
      }
      out.print(line);
      out.flush();
      if (files.size() > 1 && ((i + 1) % 10 == 0 || i + 1 == files.size())) {
        err.printf(Locale.ROOT, "quotetrace: %d/%d articles%s%n", i + 1, files.size(),
            failed > 0 ? " (" + failed + " failed)" : "");
      }
    }
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
