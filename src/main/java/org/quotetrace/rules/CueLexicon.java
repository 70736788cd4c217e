package org.quotetrace.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The verbs that introduce attributed statements, with the complements each takes. Immutable. */
public final class CueLexicon {

  /** How a cue verb takes its content. */
  enum Frame { CCOMP, PARATAXIS, XCOMP, OBJ, FOR }

  /**
   * A cue verb: the frames it takes, each with its confidence, and the prepositions (or clause markers) that
   * open an oblique content ({@code referred to ...}, {@code asked if ...}), each with its confidence.
   */
  record Entry(String lemma, Map<Frame, Double> frames, Map<String, Double> obliques) {}

  private final Map<String, Entry> entries;

  private CueLexicon(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The lexicon bundled with quotetrace ({@code cues.tsv}). */
  public static CueLexicon english() {
    try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cues.tsv is missing from the quotetrace jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CueLexicon parse(BufferedReader reader) throws IOException {
    Map<String, Map<Frame, Double>> map = new HashMap<>();
    Map<String, Map<String, Double>> obliques = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException("cue lexicon line needs lemma, frame and confidence: " + line);
      }
      String name = f[1].strip();
      if (name.startsWith("obl:") && name.length() > 4) {
        obliques.computeIfAbsent(f[0], k -> new HashMap<>()).put(name.substring(4), Double.parseDouble(f[2]));
        map.computeIfAbsent(f[0], k -> new java.util.EnumMap<>(Frame.class));
        continue;
      }
      Frame frame = Frame.valueOf(name.toUpperCase(java.util.Locale.ROOT));
      map.computeIfAbsent(f[0], k -> new java.util.EnumMap<>(Frame.class)).put(frame, Double.parseDouble(f[2]));
    }
    Map<String, Entry> entries = new HashMap<>();
    map.forEach((lemma, frames) -> entries.put(lemma,
        new Entry(lemma, Map.copyOf(frames), Map.copyOf(obliques.getOrDefault(lemma, Map.of())))));
    return new CueLexicon(entries);
  }

  Optional<Entry> lookup(String lemma) {
    return Optional.ofNullable(entries.get(lemma));
  }

  boolean allows(String lemma, Frame frame) {
    Entry e = entries.get(lemma);
    return e != null && e.frames().containsKey(frame);
  }

  /** The confidence of {@code lemma} used in {@code frame}; 0 when the lexicon does not have it. */
  double confidence(String lemma, Frame frame) {
    Entry e = entries.get(lemma);
    return e == null ? 0 : e.frames().getOrDefault(frame, 0.0);
  }

  /** The confidence of {@code lemma} with an oblique content opened by {@code word}; 0 when not a cue so. */
  double obliqueConfidence(String lemma, String word) {
    Entry e = entries.get(lemma);
    return e == null ? 0 : e.obliques().getOrDefault(word, 0.0);
  }

  int size() {
    return entries.size();
  }
}
