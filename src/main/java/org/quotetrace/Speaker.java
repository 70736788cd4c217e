package org.quotetrace;

import java.util.Objects;
import java.util.Optional;

/**
 * Who made a statement.
 *
 * @param name the canonical name: the most complete name the article gives this entity, or the
 *     description of an anonymous source ({@code a senior Biden administration official})
 * @param type what kind of source it is
 * @param mention where the text names the speaker for this statement (a pronoun, a short name or a
 *     description), if it does
 * @param role the role or title the text gives the speaker ({@code Homeland Security Secretary}), if any
 */
public record Speaker(String name, SpeakerType type, Optional<Span> mention, Optional<String> role) {

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(role, "role");
  }

  /** A speaker nobody could identify. */
  public static Speaker unknown() {
    return new Speaker("unknown", SpeakerType.UNKNOWN, Optional.empty(), Optional.empty());
  }

  /** Whether a speaker was identified. */
  public boolean isKnown() {
    return type != SpeakerType.UNKNOWN;
  }

  /** This speaker as a link in an outlet chain. */
  public Link asLink() {
    return new Link(name, type);
  }

  @Override
  public String toString() {
    return name + " (" + type.jsonName() + role.map(r -> ", " + r).orElse("") + ")";
  }
}
