package org.quotetrace.eval;

import java.util.Objects;
import java.util.Optional;
import org.quotetrace.Statement;

/**
 * What the scorer needs of one predicted statement.
 *
 * @param content the statement's content span
 * @param mention where the statement names its speaker, if it does
 * @param cue the statement's cue span, if any
 * @param kind the statement kind's JSON name ({@code direct})
 * @param speakerName the speaker's canonical name
 * @param contentText the content text
 * @param rule the rule that produced it
 * @param confidence how sure that rule is
 */
record Prediction(
    Ranges content,
    Optional<Ranges> mention,
    Optional<Ranges> cue,
    String kind,
    String speakerName,
    String contentText,
    String rule,
    double confidence) {

  Prediction {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speakerName, "speakerName");
    Objects.requireNonNull(contentText, "contentText");
    Objects.requireNonNull(rule, "rule");
  }

  /** Returns the prediction a statement makes. */
  static Prediction of(Statement s) {
    return new Prediction(Ranges.of(s.content().begin(), s.content().end()),
        s.speaker().mention().map(m -> Ranges.of(m.begin(), m.end())),
        s.cue().map(c -> Ranges.of(c.begin(), c.end())),
        s.kind().jsonName(), s.speaker().name(), s.content().text(), s.rule(), s.confidence());
  }
}
