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

  @Test
  void trace_predicateAdjectiveWithInfinitive_speakerIsTheSubjectOfTheAdjective() {
    Statement s = only("Senator Maria Lopez was quick to add that the plan would cost jobs in the valley.");
    assertEquals("that the plan would cost jobs in the valley", s.content().text());
    assertEquals("Senator Maria Lopez", mention(s));
  }

  @Test
  void trace_verbConjoinedToPredicateNoun_speakerIsTheSubjectOfTheNoun() {
    Statement s = only("Tom Reyes is no fan of the mayor but praised her budget plan for the schools.");
    assertEquals("praised", s.cue().orElseThrow().text());
    assertEquals("Tom Reyes", mention(s));
  }

  @Test
  void trace_quoteThenVerbThenDescription_descriptionIsTheSpeaker() {
    assertEquals("the 46-year-old", mention(only("“We will win this race in November,” said the 46-year-old.")));
    assertEquals("one commenter", mention(only("“The vote was rigged from the start,” wrote one commenter.")));
  }

  @Test
  void trace_quoteThenNameTaggedAsAdjective_nameIsTheSpeaker() {
    assertEquals("Devine", mention(only("“We are nowhere near the end game,” Devine declared.")));
  }

  @Test
  void trace_clausalComplementsBeforeAndAfterVerb_theOneAfterIsWhatWasSaid() {
    List<Statement> all = SharedTracer.get().trace("The White House contends that it is still on track to meet "
        + "those targets, and Brian Deese, the climate adviser, said he and his staff were preparing new plans.")
        .statements();
    Statement said = all.stream().filter(s -> s.cue().orElseThrow().text().equals("said")).findFirst()
        .orElseThrow();
    assertEquals("he and his staff were preparing new plans", said.content().text());
  }

  @Test
  void trace_stanceVerbThenCommaParticiple_twoStatements() {
    List<Statement> all = SharedTracer.get().trace("Erin Brockovich endorsed Sanders’ approach on Saturday, "
        + "saying she had not yet called for the resignation of the governor.").statements();
    assertEquals(2, all.size(), all::toString);
    assertEquals("Sanders’ approach", all.get(0).content().text());
    assertEquals("she had not yet called for the resignation of the governor", all.get(1).content().text());
  }

  @Test
  void trace_sentenceClosedByAttribution_isClauseLast() {
    Statement s = only("With that issue unresolved, the agency has not regularly been using social media "
        + "references, federal officials said.");
    assertEquals("reported.clause-last", s.rule());
    assertEquals("With that issue unresolved, the agency has not regularly been using social media references",
        s.content().text());
    assertEquals("federal officials", mention(s));
  }

  @Test
  void trace_sentenceClosedByInvertedAttribution_speakerAfterTheVerb() {
    Statement s = only("Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of "
        + "economics.");
    assertEquals("Nor are tariffs likely to bring many of these jobs back", s.content().text());
    assertEquals("David Autor", s.speaker().name());
  }

  @Test
  void trace_attributionInTheMiddle_contentRunsOnPastIt() {
    Statement s = only("Nor does Mayor Cole have any plans, advisers say, to raise taxes next year.");
    assertEquals("reported.clause-first", s.rule());
    assertEquals("Nor does Mayor Cole have any plans, advisers say, to raise taxes next year", s.content().text());
    assertEquals("advisers", mention(s));
  }
}
