package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.Report;
import org.quotetrace.Statement;
import org.quotetrace.testing.SharedTracer;

/** Reported speech on invented sentences, through the real pipeline. */
class ReportedSpeechRuleModelTest {

  private static Statement only(String text) {
    Report r = SharedTracer.get().trace(text);
    assertEquals(1, r.statements().size(), r.statements()::toString);
    return r.statements().get(0);
  }

  private static String mention(Statement s) {
    return s.speaker().mention().orElseThrow().text();
  }

  @Test
  void trace_stanceVerbWithForPhrase_contentRunsPastTheObject() {
    Statement s = only("Senator Maria Lopez blamed the governor for the closures of three rural hospitals.");
    assertEquals("reported.object", s.rule());
    assertEquals("the governor for the closures of three rural hospitals", s.content().text());
    assertEquals("Senator Maria Lopez", mention(s));
  }

  @Test
  void trace_stanceVerbWithBareNameObject_theNameIsTheContent() {
    Statement s = only("Governor Ellen Park endorsed Tom Reyes on Friday.");
    assertEquals("reported.object", s.rule());
    assertEquals("Tom Reyes", s.content().text());
    assertEquals("Ellen Park", s.speaker().name());
  }

  @Test
  void trace_spokeAbout_isAnObliqueStatement() {
    Statement s = only("Governor Ellen Park spoke about the new water rules at a town hall in Fresno.");
    assertEquals("reported.oblique", s.rule());
    assertEquals("spoke", s.cue().orElseThrow().text());
    assertEquals("the new water rules at a town hall in Fresno", s.content().text());
    assertEquals("Ellen Park", s.speaker().name());
  }

  @Test
  void trace_askedIf_contentIsTheQuestion() {
    Statement s = only("The union asked if the company would reopen the plant in Dayton.");
    assertEquals("reported.oblique", s.rule());
    assertEquals("the company would reopen the plant in Dayton", s.content().text());
    assertEquals("The union", mention(s));
  }

  @Test
  void trace_passiveObliqueWithoutSpeaker_findsNothing() {
    assertEquals(List.of(), SharedTracer.get().trace("Park was asked about the new water rules.").statements());
  }

  @Test
  void trace_commaSaying_takesTheSubjectOfTheClauseAbove() {
    Statement s = only("The senator's office put out a statement on Monday, saying the vote would be delayed "
        + "until spring.");
    assertEquals("the vote would be delayed until spring", s.content().text());
    assertEquals("saying", s.cue().orElseThrow().text());
    assertEquals("The senator's office", mention(s));
  }

  @Test
  void trace_bySaying_takesTheSubjectOfTheClauseAbove() {
    Statement s = only("Mayor Ann Cole opened the meeting by saying that the budget was balanced.");
    assertEquals("that the budget was balanced", s.content().text());
    assertEquals("Mayor Ann Cole", mention(s));
  }

  @Test
  void trace_quoteWhosePassiveAuxiliaryIsQuoted_keepsTheSpeaker() {
    Statement s = only("“I know what a good deal is,” Lopez said.");
    assertEquals("Lopez", mention(s));
  }
}
