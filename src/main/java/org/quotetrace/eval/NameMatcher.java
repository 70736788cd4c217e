package org.quotetrace.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two names name the same person, allowing a fuller or shorter form of the name.
 *
 * <p>Names are compared as sets of words, case-insensitive, with accents folded and titles
 * ({@code Mr.}, {@code Dr.}, {@code President}, {@code Sen.} ...) and a possessive {@code 's} dropped. Two
 * names match when the words of one are all among the words of the other: {@code López Obrador} matches
 * {@code Andrés Manuel López Obrador} and {@code Biden} matches {@code Joe Biden}, but {@code Joe Biden} does
 * not match {@code Hunter Biden}. {@code unknown} and names with no words left match nothing.
 */
final class NameMatcher {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
      "president", "vice", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
      "governor", "gen", "general", "secretary", "sir", "dame", "lord", "lady", "rev", "reverend", "judge",
      "justice", "mayor", "chairman", "chairwoman", "minister", "prime", "former", "the", "jr", "sr");

  private NameMatcher() {}

  /** Returns whether {@code a} and {@code b} name the same person by the rule above. */
  static boolean sameName(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    return wa.containsAll(wb) || wb.containsAll(wa);
  }

  /** Returns the words of a name that take part in matching. */
  static Set<String> words(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]s\\b", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    Set<String> words = new LinkedHashSet<>(Arrays.asList(folded.split(" ")));
    words.remove("");
    words.removeAll(TITLES);
    if (words.equals(Set.of("unknown"))) {
      return Set.of();
    }
    return words;
  }
}
