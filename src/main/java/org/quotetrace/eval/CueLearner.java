package org.quotetrace.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.quotetrace.corenlp.CoreNlpParser;
import org.quotetrace.parse.ParseCache;
import org.quotetrace.parse.ParsedText;
import org.quotetrace.parse.Parser;
import org.quotetrace.parse.Token;
import org.quotetrace.rules.CueContext;
import org.quotetrace.rules.CueLexicon;
import org.quotetrace.rules.QuoteFinder;

/**
 * Learns the cue lexicon ({@code cues.tsv}) from an annotated corpus: for every verb outside quotations
 * that takes a complement (a clause, an infinitive, an object, or a clause before it), counts how often the
 * annotators made it the cue of a relation whose content overlaps that complement. Keeps the verb-frame
 * pairs annotated often enough, plus verbs of saying seen too rarely to count, with a prior; and learns the
 * cue scorer, which decides in context whether a listed frame is a cue (see {@link #weights}). Writes counts
 * and weights only: no text of the corpus.
 *
 * <pre>java -jar target/quotetrace.jar learn-cues --brat DIR [--parse-cache DIR] [--min-annotated N]
 *     [--min-precision P] [--threshold T] &gt; src/main/resources/org/quotetrace/rules/cues.tsv</pre>
 */
public final class CueLearner {
  /** Verbs of saying that keep a clause frame even when the corpus has too few of them to count. */
  private static final List<String> SAYING_VERBS = List.of("say", "tell", "add", "write", "note", "report",
      "announce", "explain", "argue", "claim", "state", "declare", "insist", "warn", "tweet", "reply",
      "respond", "acknowledge", "admit", "confirm", "deny", "suggest", "indicate", "predict", "reveal",
      "recall", "assert", "contend", "maintain", "emphasize", "stress", "concede", "complain", "boast", "joke",
      "quip", "testify", "allege", "conclude", "find", "show", "estimate", "agree", "promise", "vow", "pledge",
      "point", "question", "imply", "demonstrate", "recognize", "caution", "signal", "observe", "remark",
      "mention", "lament", "assure", "remind", "inform", "learn");
  /** The least share of a frame listed at all, and the scorer's threshold: chosen on PolNeAR dev (docs/accuracy.md). */
  static final double DEFAULT_MIN_SHARE = 0.2;
  static final double DEFAULT_THRESHOLD = 0.3;
  private static final List<String> FOR_VERBS = List.of("call", "push", "advocate", "press", "argue", "lobby");
  private static final double SAYING_PRIOR = 0.8;
  /** Full-batch gradient steps, step size and L2 penalty of the scorer's logistic regression. */
  private static final int STEPS = 2000;
  private static final double RATE = 1.0;
  private static final double L2 = 1e-3;

  /** One verb with one complement seen in the corpus: its lemma and frame, whether annotated, its context. */
  record Row(String key, boolean annotated, List<String> context) {}

  private CueLearner() {}

  /** Runs {@code learn-cues}; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Path brat = null;
    Path cache = null;
    int minAnnotated = 2;
    double minPrecision = DEFAULT_MIN_SHARE;
    double threshold = DEFAULT_THRESHOLD;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (i + 1 >= args.size()) {
        err.println("learn-cues: " + a + " needs a value");
        return 2;
      }
      String v = args.get(++i);
      switch (a) {
        case "--brat" -> brat = Path.of(v);
        case "--parse-cache" -> cache = Path.of(v);
        case "--min-annotated" -> minAnnotated = Integer.parseInt(v);
        case "--min-precision" -> minPrecision = Double.parseDouble(v);
        case "--threshold" -> threshold = Double.parseDouble(v);
        default -> {
          err.println("learn-cues: unknown option " + a);
          return 2;
        }
      }
    }
    if (brat == null) {
      err.println("usage: learn-cues --brat DIR [--parse-cache DIR] [--min-annotated N] [--min-precision P]"
          + " [--threshold T]");
      return 2;
    }
    try {
      Parser parser = cache != null
          ? new ParseCache(() -> CoreNlpParser.load(true, new Properties()), cache)
          : CoreNlpParser.load(true, new Properties());
      List<Row> rows = new ArrayList<>();
      Map<String, int[]> counts = count(BratCorpus.read(brat), parser, rows, err);
      write(counts, weights(counts, rows, minAnnotated), threshold, minAnnotated, minPrecision, out);
      return 0;
    } catch (IOException e) {
      err.println("learn-cues: " + e.getMessage());
      return 1;
    }
  }

  /** For each "lemma TAB frame": {annotated, seen}; adds to {@code rows} each verb and complement seen. */
  static Map<String, int[]> count(BratCorpus corpus, Parser parser, List<Row> rows, PrintStream err) {
    Map<String, int[]> counts = new TreeMap<>();
    int n = 0;
    for (GoldArticle article : corpus.articles()) {
      err.printf(Locale.ROOT, "[%d/%d] %s%n", ++n, corpus.articles().size(), article.id());
      ParsedText p = parser.parse(article.text());
      List<QuoteFinder.Quote> quotes = QuoteFinder.find(article.text());
      for (Token t : p.tokens()) {
        if (!t.isVerb() || quotes.stream().anyMatch(q -> q.contains(t.begin()))) {
          continue;
        }
        int v = t.index();
        for (int c : p.children(v)) {
          String frame = frameOf(p, v, c);
          if (frame == null) {
            continue;
          }
          Ranges complement = Ranges.of(p.token(p.subtreeFirst(c)).begin(), p.token(p.subtreeEnd(c) - 1).end());
          Ranges cue = Ranges.of(t.begin(), t.end());
          boolean annotated = article.relations().stream().anyMatch(r ->
              r.cue().isPresent() && r.cue().get().overlaps(cue) && r.content().overlaps(complement));
          rows.add(new Row(t.lemma() + "\t" + frame, annotated, CueContext.of(p, v)));
          int[] k = counts.computeIfAbsent(t.lemma() + "\t" + frame, x -> new int[2]);
          k[1]++;
          if (annotated) {
            k[0]++;
          }
        }
        countNouns(article, p, t, counts);
      }
    }
    return counts;
  }

  /**
   * Counts the noun frames of verb {@code t} ({@link CueLexicon#NOUN}): for its object noun, each phrase of the
   * noun opened by a preposition, and each clause opened by "that", keyed by the noun's lemma; annotated when a
   * relation's cue overlaps the noun and its content overlaps the phrase. Not a row of the scorer.
   */
  private static void countNouns(GoldArticle article, ParsedText p, Token t, Map<String, int[]> counts) {
    int v = t.index();
    for (int n : p.children(v)) {
      if (n < v || !p.relation(n).equals("obj") || !p.token(n).pos().startsWith("NN")) {
        continue;
      }
      for (int c : p.children(n)) {
        String word = CueContext.nounFrameWord(p, c);
        if (c < n || word == null) {
          continue;
        }
        Ranges complement = Ranges.of(p.token(p.subtreeFirst(c)).begin(), p.token(p.subtreeEnd(c) - 1).end());
        Ranges cue = Ranges.of(p.token(n).begin(), p.token(n).end());
        boolean annotated = article.relations().stream().anyMatch(r ->
            r.cue().isPresent() && r.cue().get().overlaps(cue) && r.content().overlaps(complement));
        int[] k = counts.computeIfAbsent(p.token(n).lemma() + "\t" + CueLexicon.NOUN + word, x -> new int[2]);
        k[1]++;
        if (annotated) {
          k[0]++;
        }
      }
    }
  }

  private static String frameOf(ParsedText p, int v, int c) {
    if (p.hasRelation(c, "ccomp")) {
      return "ccomp";
    }
    if (p.hasRelation(c, "xcomp")) {
      return "xcomp";
    }
    if (p.relation(c).equals("obj")) {
      return "obj";
    }
    if (p.hasRelation(c, "parataxis") && c < v) {
      return "parataxis";
    }
    if ((p.hasRelation(c, "obl") || p.hasRelation(c, "advcl")) && c > v) {
      // "referred to ...", "spoke about ...", "called on ... to ...", "asked if ...": keyed by the preposition
      for (int w : p.children(c)) {
        if (w < c && (p.hasRelation(w, "case") || p.hasRelation(w, "mark"))) {
          return "obl:" + p.token(w).word().toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  /**
   * The scorer's weights: a logistic regression, over the verbs whose frame is annotated at least
   * {@code minAnnotated} times, of whether the verb is annotated, given its frame's share (left out its own
   * use, so that a frame seen once does not vouch for itself) and its context.
   */
  static Map<String, Double> weights(Map<String, int[]> counts, List<Row> rows, int minAnnotated) {
    Map<String, Integer> index = new TreeMap<>();
    List<int[]> xs = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Row r : rows) {
      int[] k = counts.get(r.key());
      if (k == null || k[0] < minAnnotated) {
        continue;
      }
      int y = r.annotated() ? 1 : 0;
      shares.add(CueLexicon.logit((k[0] - y + 1.0) / (k[1] - 1 + 2.0)));
      ys.add((double) y);
      List<String> names = CueLexicon.featureNames(CueContext.group(r.key().split("\t")[1]), r.context());
      int[] x = new int[names.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = index.computeIfAbsent(names.get(i), n -> index.size());
      }
      xs.add(x);
    }
    int n = xs.size();
    double[] w = new double[index.size()];
    double ws = 0;
    for (int step = 0; step < STEPS && n > 0; step++) {
      double[] g = new double[w.length];
      double gs = 0;
      for (int i = 0; i < n; i++) {
        double z = ws * shares.get(i);
        for (int f : xs.get(i)) {
          z += w[f];
        }
        double e = 1 / (1 + Math.exp(-z)) - ys.get(i);
        gs += e * shares.get(i);
        for (int f : xs.get(i)) {
          g[f] += e;
        }
      }
      for (int f = 0; f < w.length; f++) {
        w[f] -= RATE * (g[f] / n + L2 * w[f]);
      }
      ws -= RATE * (gs / n + L2 * ws);
    }
    Map<String, Double> out = new TreeMap<>();
    if (n > 0) {
      out.put(CueLexicon.SHARE, ws);
      index.forEach((name, i) -> out.put(name, w[i]));
    }
    return out;
  }

  static void write(Map<String, int[]> counts, int minAnnotated, double minPrecision, PrintStream out) {
    write(counts, Map.of(), DEFAULT_THRESHOLD, minAnnotated, minPrecision, out);
  }

  static void write(Map<String, int[]> counts, Map<String, Double> weights, double threshold, int minAnnotated,
      double minPrecision, PrintStream out) {
    Map<String, String> lines = new TreeMap<>();
    counts.forEach((key, k) -> {
      if (k[0] >= minAnnotated && k[0] >= minPrecision * k[1]) {
        lines.put(key, key + "\t" + round((k[0] + 1.0) / (k[1] + 2.0)) + "\t" + k[0] + "\t" + k[1]);
      }
    });
    for (String verb : SAYING_VERBS) {
      for (String frame : List.of("ccomp", "parataxis")) {
        String key = verb + "\t" + frame;
        int[] k = counts.getOrDefault(key, new int[2]);
        boolean knownBad = k[1] >= 4 && k[0] < 0.4 * k[1];
        if (!lines.containsKey(key) && !knownBad) {
          lines.put(key, key + "\t" + round((k[0] + 3 * SAYING_PRIOR) / (k[1] + 3.0)) + "\t" + k[0] + "\t" + k[1]);
        }
      }
    }
    for (String verb : FOR_VERBS) {
      lines.put(verb + "\tfor", verb + "\tfor\t" + (verb.equals("call") ? "0.8" : "0.6") + "\t0\t0");
    }
    out.print(HEADER);
    lines.values().forEach(out::println);
    if (!weights.isEmpty()) {
      out.println("@threshold\t" + threshold);
      weights.forEach((name, w) -> out.println("@weight\t" + name + "\t" + String.format(Locale.ROOT, "%.4f", w)));
    }
    out.flush();
  }

  private static String round(double x) {
    return String.format(Locale.ROOT, "%.2f", x).replaceFirst("0$", "").replaceFirst("\\.$", ".0");
  }

  private static final String HEADER = """
      # Cues: the verbs that introduce an attributed statement, and how each takes its content.
      # lemma <TAB> frame <TAB> confidence <TAB> annotated <TAB> seen
      # Frames: ccomp = a clause after the verb (X said that ...); parataxis = the clause comes first
      # (..., X said); xcomp = an infinitive (X promised to ...); obj = a direct object (X criticized the plan);
      # for = a "for" phrase (X called for ...); obl:PREP = a phrase or clause after the verb that opens
      # with PREP (X referred to ..., X asked if ...); noun:WORD, keyed by a noun, not a verb = the noun is
      # the object of any verb and its phrase or clause opened by WORD is the content (X made allegations
      # against ..., X voiced doubts that ...).
      # annotated/seen: how often a verb with that complement, outside quotations, is annotated as a cue in
      # an attribution corpus (counts only, no text); confidence = (annotated + 1) / (seen + 2), or a prior
      # of 0.8 for verbs of saying seen too rarely to count. Made by CueLearner (learn-cues, see README).
      # @weight lines: the cue scorer, a logistic regression learned on the same corpus over the frame's
      # confidence (its log-odds, "share") and the verb's context (CueContext: part of speech, relation to
      # its head, kind of subject, negation, modality; each alone and per frame group). A frame is taken
      # where the scorer's probability reaches @threshold.
      """;

}
