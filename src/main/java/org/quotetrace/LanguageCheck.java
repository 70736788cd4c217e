package org.quotetrace;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap guess whether a text is English, made before parsing so that an article in another language gives
 * an empty report with a {@code not-english} warning instead of English rules run over foreign words.
 *
 * <p>English prose is about 40% function words ({@code the}, {@code of}, {@code said}...), other languages
 * written in Latin letters 5% or less of these particular words; a text mostly in another script is not
 * English either. Short texts (fewer than {@value #MIN_WORDS} words) are always taken as English: too little
 * evidence, and a wrong "not English" loses statements.
 */
final class LanguageCheck {

  static final int MIN_WORDS = 12;

  /** Below this share of English function words, a text is not English. */
  private static final double MIN_FUNCTION_SHARE = 0.12;

  /** English function words that are rarely words in the other languages of Western news. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "is", "was", "were", "are", "that", "with", "for", "it", "he", "she", "they",
      "his", "her", "their", "this", "have", "has", "had", "be", "been", "on", "at", "by", "from", "will",
      "would", "not", "but", "which", "who", "an", "as", "said", "says", "told", "we", "you", "our", "its",
      "or", "after", "about", "there", "what", "when", "could", "should", "can", "also", "more", "than",
      "into", "over", "them", "him", "i", "my", "me", "us", "do", "did", "does", "a", "in", "if", "no", "so");

  private LanguageCheck() {}

  /** Returns a {@code not-english: ...} warning when the text does not look English. */
  static Optional<String> notEnglish(String text) {
    int latin = 0;
    int otherLetters = 0;
    int words = 0;
    int function = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.codePointAt(i)) || text.charAt(i) == '\'')) {
        int c = text.codePointAt(i);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        } else if (Character.isLetter(c)) {
          otherLetters++;
        }
        i += Character.charCount(c);
      }
      words++;
      if (FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    if (otherLetters > latin && otherLetters >= 20) {
      return Optional.of(String.format(Locale.ROOT,
          "not-english: %d of %d letters are not Latin; not traced", otherLetters, latin + otherLetters));
    }
    if (words >= MIN_WORDS && function < MIN_FUNCTION_SHARE * words) {
      return Optional.of(String.format(Locale.ROOT,
          "not-english: %d of %d words are English function words; not traced", function, words));
    }
    return Optional.empty();
  }
}
