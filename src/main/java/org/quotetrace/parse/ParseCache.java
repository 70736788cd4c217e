package org.quotetrace.parse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import com.google.common.base.Suppliers;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link Parser} that keeps each parse in a directory, keyed by a hash of the text, so that work on
 * the rules can re-run a corpus without re-running CoreNLP. Thread-safe; a damaged entry is parsed again.
 */
public final class ParseCache implements Parser {
  private static final String FORMAT = "quotetrace-parse 1";

  private final Supplier<Parser> parser;
  private final Path dir;

  /**
   * @param parser gives the parser for texts not in the cache; called only on the first such text, so
   *     that a run over a cached corpus never loads the models
   * @param dir where the entries are kept
   */
  public ParseCache(Supplier<Parser> parser, Path dir) {
    this.parser = Suppliers.memoize(Objects.requireNonNull(parser, "parser")::get);
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  @Override
  public ParsedText parse(String text) {
    Path file = dir.resolve(key(text) + ".tsv.gz");
    if (Files.isRegularFile(file)) {
      try {
        return read(text, file);
      } catch (IOException | RuntimeException e) {
        // Fall through and parse again: a cache must never make a result wrong.
      }
    }
    ParsedText parsed = parser.get().parse(text);
    try {
      write(parsed, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write parse cache entry " + file, e);
    }
    return parsed;
  }

  private static String key(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(ParsedText p, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "parse", ".tmp");
    try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
      w.write(FORMAT + "\n");
      for (Sentence s : p.sentences()) {
        w.write("S\t" + s.first() + "\t" + s.end() + "\n");
      }
      for (Token t : p.tokens()) {
        w.write("T\t" + t.sentence() + "\t" + t.begin() + "\t" + t.end() + "\t" + esc(t.word()) + "\t"
            + esc(t.lemma()) + "\t" + t.pos() + "\t" + t.ner() + "\t" + p.head(t.index()) + "\t"
            + p.relation(t.index()) + "\n");
      }
      for (Mention m : p.mentions()) {
        w.write("M\t" + m.cluster() + "\t" + m.first() + "\t" + m.end() + "\t" + m.head() + "\n");
      }
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static ParsedText read(String text, Path file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      if (!FORMAT.equals(r.readLine())) {
        throw new IOException("unknown cache format");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "S" -> sentences.add(new Sentence(sentences.size(), Integer.parseInt(f[1]), Integer.parseInt(f[2])));
          case "T" -> {
            int i = tokens.size();
            tokens.add(new Token(i, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                unesc(f[4]), unesc(f[5]), f[6], f[7]));
            deps.add(new Dependency(Integer.parseInt(f[8]), i, f[9]));
          }
          case "M" -> mentions.add(new Mention(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
              Integer.parseInt(f[3]), Integer.parseInt(f[4])));
          default -> throw new IOException("bad cache line: " + line);
        }
      }
    }
    for (Token t : tokens) {
      if (t.end() > text.length()) {
        throw new IOException("cache entry does not fit the text");
      }
    }
    int[] head = new int[tokens.size()];
    for (Dependency dep : deps) {
      if (dep.governor() >= tokens.size()) {
        throw new IOException("cache entry has a head outside the text");
      }
      head[dep.dependent()] = dep.governor();
    }
    for (int i = 0; i < head.length; i++) {
      int steps = 0;
      for (int t = i; t >= 0; t = head[t]) {
        if (++steps > head.length) {
          throw new IOException("cache entry has a cycle in its dependency tree");
        }
      }
    }
    return new ParsedText(text, tokens, sentences, deps, mentions);
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unesc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
