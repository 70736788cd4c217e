package org.quotetrace;

import java.util.Locale;

/** What kind of source a speaker is. */
public enum SpeakerType {
  /** A named person: {@code Andrés Manuel López Obrador}. */
  PERSON,
  /** A named organization that is not a news outlet: {@code Customs and Border Protection}. */
  ORGANIZATION,
  /** A news outlet: {@code NBC News}. */
  OUTLET,
  /** Several people described together: {@code Government officials from both nations}. */
  GROUP,
  /** A source the text does not name: {@code a senior Biden administration official}. */
  ANONYMOUS,
  /** Nobody could be identified: a passive without agent, or an unresolved pronoun. */
  UNKNOWN;

  /** The name used in the JSON output, in lower case. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #jsonName()}. */
  public static SpeakerType fromJsonName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
