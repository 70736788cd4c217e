package org.quotetrace;

import java.util.Objects;
import java.util.Optional;

/** The outlet that published an article, and the author it names. */
public record Publisher(String name, Optional<String> author) {

  public Publisher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(author, "author");
  }

  /** The publisher as the first link of every outlet chain. */
  public Link asLink() {
    return new Link(name, SpeakerType.OUTLET);
  }

  @Override
  public String toString() {
    return name + author.map(a -> " (by " + a + ")").orElse("");
  }
}
