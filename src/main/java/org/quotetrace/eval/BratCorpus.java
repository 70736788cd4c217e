package org.quotetrace.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of articles annotated with attribution relations in brat standoff, laid out as PolNeAR and PARC
 * are: {@code DIR/text/ARTICLE.txt} and {@code DIR/attributions/ARTICLE_ANNOTATOR.ann}.
 *
 * <p>The annotator is the part of the file name after the last {@code _}; when an article has several
 * annotation files, the first in name order is used. A relation ({@code E} line) contributes its
 * {@code Content}, {@code Source} and {@code Cue} arguments; numbered repeats of a role ({@code Content2})
 * join the same union. Relations without a content are skipped and counted in a warning, and lines that are
 * neither {@code T} nor {@code E} lines (notes, and the continuation lines of entity texts that contain a line
 * break) are ignored.
 *
 * <p>Brat offsets count code points; they are converted to Java {@code String} indices, which differ only
 * when the text has characters outside the Basic Multilingual Plane.
 *
 * @param articles the annotated articles, in name order
 * @param warnings what was skipped, for a person to read
 */
record BratCorpus(List<GoldArticle> articles, List<String> warnings) {

  private static final Pattern T_LINE =
      Pattern.compile("^(T\\d+)\\t([^\\t ]+) (\\d+ \\d+(?:;\\d+ \\d+)*)(?:\\t.*)?$");
  private static final Pattern E_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");
  /** A role with a repeat number, as brat writes a second argument of the same role: {@code Content2}. */
  private static final Pattern NUMBERED_ROLE = Pattern.compile("^(.*?)\\d+$");

  BratCorpus {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads the corpus in {@code dir}.
   *
   * @throws IllegalArgumentException if {@code dir} has no {@code text} or {@code attributions} folder
   * @throws IOException if a file cannot be read
   */
  static BratCorpus read(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException("brat corpus folder (" + dir + ") must contain text/ and attributions/");
    }
    // Name order decides which annotator is used; TreeMap keeps both articles and files sorted.
    Map<String, List<Path>> annByArticle = new TreeMap<>();
    try (Stream<Path> files = Files.list(annDir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        int us = name.lastIndexOf('_');
        if (!name.endsWith(".ann") || us <= 0) {
          continue;
        }
        annByArticle.computeIfAbsent(name.substring(0, us), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> warnings = new ArrayList<>();
    List<GoldArticle> articles = new ArrayList<>();
    Stats stats = new Stats();
    int extraAnnotators = 0;
    for (Map.Entry<String, List<Path>> e : annByArticle.entrySet()) {
      Path textFile = textDir.resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(textFile)) {
        warnings.add("no text file for " + e.getValue().get(0).getFileName() + ": skipped");
        continue;
      }
      extraAnnotators += e.getValue().size() - 1;
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        // Same as Article.read: a byte-order mark becomes a space so that every offset stays valid.
        text = ' ' + text.substring(1);
      }
      Path ann = e.getValue().get(0);
      List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
      articles.add(new GoldArticle(e.getKey(), textFile, text, ann, parse(e.getKey(), text, lines, stats)));
    }
    try (Stream<Path> files = Files.list(textDir)) {
      long unannotated = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !annByArticle.containsKey(n.substring(0, n.length() - 4)))
          .count();
      if (unannotated > 0) {
        warnings.add(unannotated + " text files without an annotation file: not scored");
      }
    }
    if (extraAnnotators > 0) {
      warnings.add(extraAnnotators + " further annotation files of already annotated articles: not used "
          + "(the first file in name order is scored)");
    }
    if (stats.withoutContent > 0) {
      warnings.add(stats.withoutContent + " relations without a Content: skipped");
    }
    if (stats.badReference > 0) {
      warnings.add(stats.badReference + " relation arguments naming an unknown or unusable entity: ignored");
    }
    if (stats.ignoredLines > 0) {
      warnings.add(stats.ignoredLines + " lines that are neither T nor E lines: ignored");
    }
    return new BratCorpus(articles, warnings);
  }

  /** Counts of what was skipped while parsing, for the warnings. */
  static final class Stats {
    int withoutContent;
    int badReference;
    int ignoredLines;
  }

  /** Returns the relations of one annotation file; {@code articleId} only names them in errors. */
  static List<GoldRelation> parse(String articleId, String text, List<String> lines, Stats stats) {
    int[] toUtf16 = codePointIndex(text);
    Map<String, Ranges> entities = new HashMap<>();
    List<Matcher> relations = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      Matcher t = T_LINE.matcher(line);
      Matcher e = E_LINE.matcher(line);
      if (t.matches()) {
        ranges(t.group(3), toUtf16).ifPresent(r -> entities.put(t.group(1), r));
      } else if (e.matches()) {
        relations.add(e);
      } else if (!line.isBlank()) {
        stats.ignoredLines++;
      }
    }
    List<GoldRelation> out = new ArrayList<>();
    for (Matcher e : relations) {
      Map<String, List<Ranges>> byRole = new HashMap<>();
      boolean first = true;
      for (String arg : e.group(2).strip().split("\\s+")) {
        if (first) {
          // The first argument is the trigger (Attribution:T4, Attribution-no-source:T83), not a role.
          first = false;
          continue;
        }
        int colon = arg.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        Matcher numbered = NUMBERED_ROLE.matcher(role);
        if (numbered.matches()) {
          role = numbered.group(1);
        }
        Ranges r = entities.get(arg.substring(colon + 1));
        if (r == null) {
          stats.badReference++;
          continue;
        }
        byRole.computeIfAbsent(role.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
      }
      Optional<Ranges> content = join(byRole.get("content"));
      if (content.isEmpty()) {
        stats.withoutContent++;
        continue;
      }
      Optional<Ranges> source = join(byRole.get("source"));
      Optional<Ranges> cue = join(byRole.get("cue"));
      out.add(new GoldRelation(e.group(1), content.get(), source, cue, content.get().textIn(text),
          source.map(s -> s.textIn(text)).orElse(""), cue.map(c -> c.textIn(text)).orElse("")));
    }
    return out;
  }

  private static Optional<Ranges> join(List<Ranges> parts) {
    if (parts == null) {
      return Optional.empty();
    }
    Ranges union = Ranges.unionOf(parts);
    return union.isEmpty() ? Optional.empty() : Optional.of(union);
  }

  /** Parses {@code 209 236;91 186} into Java indices, or empty when an offset lies outside the text. */
  private static Optional<Ranges> ranges(String spec, int[] toUtf16) {
    List<int[]> pairs = new ArrayList<>();
    for (String piece : spec.split(";")) {
      String[] be = piece.split(" ");
      int b = Integer.parseInt(be[0]);
      int e = Integer.parseInt(be[1]);
      if (b > e || e >= toUtf16.length) {
        return Optional.empty();
      }
      pairs.add(new int[] {toUtf16[b], toUtf16[e]});
    }
    return Optional.of(Ranges.union(pairs));
  }

  /** Maps each code-point offset {@code 0..codePointCount} of {@code text} to its UTF-16 index. */
  static int[] codePointIndex(String text) {
    int n = text.codePointCount(0, text.length());
    int[] map = new int[n + 1];
    int i = 0;
    for (int cp = 0; cp < n; cp++) {
      map[cp] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    map[n] = i;
    return map;
  }
}
