package org.quotetrace.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Knows which names are news outlets: a list of well-known outlets with their other names, and the
 * words that make a name an outlet's ({@code News}, {@code Times}, {@code Post}, ...). Immutable.
 */
public final class OutletDirectory {

  /** Last words that make an organization's name an outlet's name. */
  static final Set<String> OUTLET_WORDS = Set.of("news", "times", "post", "journal", "tribune", "herald",
      "gazette", "magazine", "chronicle", "observer", "telegraph", "guardian", "press", "daily", "network",
      "channel", "radio", "tv", "television", "wire", "review", "examiner", "inquirer", "globe", "sun",
      "star", "register", "bulletin", "newsletter", "dispatch", "courier", "reporter", "beacon", "monitor",
      "newsweek", "report", "caller", "beast", "insider", "newshour");

  /** Common nouns that refer back to an outlet: {@code the outlet}, {@code the newspaper}. */
  static final Set<String> OUTLET_NOUNS = Set.of("outlet", "newspaper", "paper", "network", "publication",
      "broadcaster", "magazine", "site", "website", "channel", "station", "tabloid", "daily", "newsroom");

  private final Map<String, String> canonicalByName;

  private OutletDirectory(Map<String, String> canonicalByName) {
    this.canonicalByName = Map.copyOf(canonicalByName);
  }

  /** The directory bundled with quotetrace ({@code outlets.txt}). */
  public static OutletDirectory english() {
    try (InputStream in = OutletDirectory.class.getResourceAsStream("outlets.txt")) {
      if (in == null) {
        throw new IllegalStateException("outlets.txt is missing from the quotetrace jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> names = List.of(line.split("\\|"));
        String canonical = names.get(0).strip();
        for (String n : names) {
          map.put(key(n), canonical);
        }
      }
      return new OutletDirectory(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lookup key of a name: lower case, without a leading "the", spaces collapsed. */
  static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("\\s+", " ");
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The canonical name of a well-known outlet called {@code name}, if it is one. */
  public Optional<String> known(String name) {
    return Optional.ofNullable(canonicalByName.get(key(name)));
  }

  /**
   * Whether {@code name}, an organization's name, names an outlet: a known outlet, or a name whose last
   * word is an outlet word ({@code The Des Moines Register}).
   */
  public boolean isOutletName(String name) {
    if (known(name).isPresent()) {
      return true;
    }
    String[] words = key(name).split(" ");
    return words.length >= 2 && OUTLET_WORDS.contains(words[words.length - 1]);
  }

  /** Whether a common noun refers to an outlet ({@code outlet}, {@code newspaper}). */
  public static boolean isOutletNoun(String lemma) {
    return OUTLET_NOUNS.contains(lemma);
  }
}
