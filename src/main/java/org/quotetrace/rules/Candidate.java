package org.quotetrace.rules;

import org.quotetrace.StatementKind;

/**
 * A statement found by a rule, before its speaker is named and its chain is built.
 *
 * @param kind how it is reported
 * @param contentBegin first character of the content
 * @param contentEnd character just past the content
 * @param cueFirst first token of the cue, or -1 when there is none
 * @param cueEnd token just past the cue
 * @param source head token of the phrase naming the speaker, or -1 when the text names none
 * @param rule the rule's name
 * @param confidence how sure the rule is
 */
record Candidate(StatementKind kind, int contentBegin, int contentEnd, int cueFirst, int cueEnd, int source,
    String rule, double confidence) {

  boolean hasCue() {
    return cueFirst >= 0;
  }

  int contentLength() {
    return contentEnd - contentBegin;
  }

  Candidate withKind(StatementKind k) {
    return new Candidate(k, contentBegin, contentEnd, cueFirst, cueEnd, source, rule, confidence);
  }

  Candidate withContent(int begin, int end) {
    return new Candidate(kind, begin, end, cueFirst, cueEnd, source, rule, confidence);
  }

}
