package org.quotetrace;

import java.util.Objects;

/** One step of an outlet chain: the publisher, a cited outlet, or the speaker. */
public record Link(String name, SpeakerType type) {

  public Link {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
