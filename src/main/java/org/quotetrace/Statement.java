package org.quotetrace;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One attributed statement of an article.
 *
 * @param kind how it is reported
 * @param content what was said: the quotation, or the reported clause
 * @param cue the verb or phrase of saying ({@code told}, {@code according to}), if there is one
 * @param speaker who said it
 * @param chain how it reached the reader: the publisher (when known), each outlet it passed through, and
 *     the speaker last; never empty
 * @param rule the name of the rule that produced this attribution ({@code quote.said-after})
 * @param confidence how sure that rule is, from 0 to 1
 */
public record Statement(
    StatementKind kind,
    Span content,
    Optional<Span> cue,
    Speaker speaker,
    List<Link> chain,
    String rule,
    double confidence) {

  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    chain = List.copyOf(chain);
    Objects.requireNonNull(rule, "rule");
    checkArgument(!chain.isEmpty(), "chain must not be empty");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence (%s) must be in [0, 1]", confidence);
  }

  /** The chain as text: {@code The Postmillennial → NBC News → a senior official}. */
  public String chainText() {
    return String.join(" → ", chain.stream().map(Link::name).toList());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s %s ← %s [%s %.2f]", kind.jsonName(),
        Abbrev.quote(content.text(), 50), cue.map(c -> "(" + c.text() + ")").orElse(""),
        chainText(), rule, confidence);
  }
}
