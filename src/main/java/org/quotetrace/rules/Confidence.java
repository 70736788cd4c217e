package org.quotetrace.rules;

/**
 * How often each rule is right: the share of its statements that match an annotated relation (more than
 * 30% of the content covered) on 806 PolNeAR train articles, measured with
 * {@code java -jar target/quotetrace.jar evaluate --brat DIR}; a rule seen fewer than 30 times there keeps a
 * prior (credit, per, citing). Reported speech takes its confidence from the
 * cue lexicon instead, per verb and frame.
 */
final class Confidence {
  private Confidence() {}

  static final double QUOTE_ATTACHED = 0.92;
  static final double QUOTE_INTRODUCED = 0.95;
  static final double QUOTE_TRAILING = 0.70;
  static final double QUOTE_MIXED = 0.93;
  static final double QUOTE_OTHER_VERB = 0.9;
  static final double QUOTE_FOLLOW_ON = 0.51;
  static final double QUOTE_BLOCK = 0.8;
  static final double QUOTE_CREDIT = 0.8;
  static final double LABEL_COLON = 0.82;
  /** headline.verb: 16 of its 20 statements right on train (on words tagged as nouns mostly). */
  static final double HEADLINE_VERB = 0.8;
  /** headline.verb on a word tagged as a verb: below every statement the verb rules make (their threshold). */
  static final double HEADLINE_VERB_TAGGED = 0.3;
  static final double SMALL_CLAUSE = 0.73;
  static final double FINDING = 0.88;
  static final double ACCORDING_TO = 0.89;
  static final double IN_POLL = 0.79;
  static final double PER = 0.6;
  static final double CITING = 0.7;
  /**
   * Not a rule's: the least confidence for a statement whose reporting clause hangs beside another statement's
   * content to count as a statement of its own (below it, half of them match an annotated relation on train).
   */
  static final double BESIDE = 0.8;
}
