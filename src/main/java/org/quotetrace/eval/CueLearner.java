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
import org.quotetrace.rules.QuoteFinder;

/**
 * Learns the cue lexicon ({@code cues.tsv}) from an annotated corpus: for every verb outside quotations
 * that takes a complement (a clause, an infinitive, an object, or a clause before it), counts how often the
 * annotators made it the cue of a relation whose content overlaps that complement. Keeps the verb-frame
 * pairs annotated often enough and precisely enough, plus verbs of saying seen too rarely to count, with a
 * prior. Writes counts only: no text of the corpus.
 *
 * <pre>java -jar target/quotetrace.jar learn-cues --brat DIR [--parse-cache DIR] [--min-annotated N]
 *     [--min-precision P] &gt; src/main/resources/org/quotetrace/rules/cues.tsv</pre>
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
  private static final List<String> FOR_VERBS = List.of("call", "push", "advocate", "press", "argue", "lobby");
  private static final double SAYING_PRIOR = 0.8;

  private CueLearner() {}

  /** Runs {@code learn-cues}; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Path brat = null;
    Path cache = null;
    int minAnnotated = 2;
    double minPrecision = 0.35;
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
        default -> {
          err.println("learn-cues: unknown option " + a);
          return 2;
        }
      }
    }
    if (brat == null) {
      err.println("usage: learn-cues --brat DIR [--parse-cache DIR] [--min-annotated N] [--min-precision P]");
      return 2;
    }
    try {
      Parser parser = cache != null
          ? new ParseCache(() -> CoreNlpParser.load(true, new Properties()), cache)
          : CoreNlpParser.load(true, new Properties());
      Map<String, int[]> counts = count(BratCorpus.read(brat), parser, err);
      write(counts, minAnnotated, minPrecision, out);
      return 0;
    } catch (IOException e) {
      err.println("learn-cues: " + e.getMessage());
      return 1;
    }
  }

  /** For each "lemma TAB frame": {annotated, seen}. */
  static Map<String, int[]> count(BratCorpus corpus, Parser parser, PrintStream err) {
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
          int[] k = counts.computeIfAbsent(t.lemma() + "\t" + frame, x -> new int[2]);
          k[1]++;
          if (annotated) {
            k[0]++;
          }
        }
      }
    }
    return counts;
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

  static void write(Map<String, int[]> counts, int minAnnotated, double minPrecision, PrintStream out) {
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
      # with PREP (X referred to ..., X asked if ...).
      # annotated/seen: how often a verb with that complement, outside quotations, is annotated as a cue in
      # an attribution corpus (counts only, no text); confidence = (annotated + 1) / (seen + 2), or a prior
      # of 0.8 for verbs of saying seen too rarely to count. Made by CueLearner (learn-cues, see README).
      """;

}
