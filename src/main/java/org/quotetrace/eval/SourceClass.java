package org.quotetrace.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rough class of a gold Source text, for the breakdown: which kinds of sources a tracer gets right.
 * The rules are tried in the order of the constants; the first that applies wins.
 */
enum SourceClass {
  /** The relation has no Source. */
  MISSING,
  /** A pronoun: {@code he}, {@code they}, {@code who}. */
  PRONOUN,
  /** Mentions a news outlet, a report or a poll: {@code The New York Post}, {@code a CNN poll}. */
  OUTLET,
  /** An unnamed source: {@code a senior Biden administration official}, {@code people familiar with...}. */
  ANONYMOUS,
  /**
   * Starts with a capital letter, as a name does ({@code Hillary Clinton}), or contains a full name
   * ({@code spokesman Josh Earnest}).
   */
  PERSON,
  /** Anything else: {@code the campaign}, {@code critics}. */
  OTHER;

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who",
      "whom", "whose", "which", "that", "this", "these", "those", "his", "her", "their", "its", "our", "my",
      "your", "him", "them", "us", "me", "one", "himself", "herself", "themselves");

  private static final Pattern OUTLET_WORD = Pattern.compile("\\b(?:times|post|news|journal|cnn|nbc|abc|cbs|fox"
      + "|reuters|associated press|ap|politico|breitbart|reports?|polls?|surveys?|newspapers?|magazines?)\\b");

  private static final Pattern ANONYMOUS_WORD = Pattern.compile("\\b(?:officials?|sources?|aides?|person"
      + "|people familiar|spokes\\w*|advisers?|advisors?|insiders?|strategists?|operatives?)\\b");

  /**
   * Two capitalised words in a row, the shape of a full name ({@code Josh Earnest}); a capitalised word
   * alone ({@code Biden administration official}) does not make an anonymous source named.
   */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}[\\p{L}'’.-]*");

  /** Leading words that are capitalised only because they begin the text. */
  private static final Pattern LEADING_FUNCTION_WORD =
      Pattern.compile("^(?:A|An|The|One|Two|Three|Some|Several|Many|Other|Another)\\s+");

  /** Returns the class of a gold Source text; blank means missing. */
  static SourceClass of(String source) {
    String s = source.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return MISSING;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower.replaceAll("[^\\p{L}]", ""))) {
      return PRONOUN;
    }
    if (OUTLET_WORD.matcher(lower).find()) {
      return OUTLET;
    }
    if (ANONYMOUS_WORD.matcher(lower).find()
        && !NAME.matcher(LEADING_FUNCTION_WORD.matcher(s).replaceFirst("")).find()) {
      return ANONYMOUS;
    }
    if (Character.isUpperCase(s.codePointAt(0)) || NAME.matcher(s).find()) {
      return PERSON;
    }
    return OTHER;
  }

  /** The name used in outputs, in lower case. */
  String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
