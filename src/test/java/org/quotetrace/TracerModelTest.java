package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotetrace.testing.SharedTracer;

/** The rules on small hand-written articles, through the real CoreNLP pipeline (shared by the whole run). */
class TracerModelTest {

  private static Report trace(String text) {
    return SharedTracer.get().trace(text);
  }

  private static Statement only(Report r) {
    assertEquals(1, r.statements().size(), () -> "expected one statement: " + r.statements());
    return r.statements().get(0);
  }

  private static void assertSpansMatchText(Report r) {
    String text = r.article().text();
    for (Statement s : r.statements()) {
      List<Span> spans = new java.util.ArrayList<>(List.of(s.content()));
      s.cue().ifPresent(spans::add);
      s.speaker().mention().ifPresent(spans::add);
      for (Span span : spans) {
        assertEquals(text.substring(span.begin(), span.end()), span.text());
      }
    }
  }

  @Test
  void trace_quoteThenSaid_attributesNamedSpeakerWithRole() {
    Statement s = only(trace("“We will fix the roads before winter,” Mayor Jane Holloway said on Tuesday."));
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("“We will fix the roads before winter,”", s.content().text());
    assertEquals("said", s.cue().orElseThrow().text());
    assertEquals("Jane Holloway", s.speaker().name());
    assertEquals(SpeakerType.PERSON, s.speaker().type());
    assertEquals(Optional.of("Mayor"), s.speaker().role());
  }

  @Test
  void trace_saidThenQuote_attributesSpeaker() {
    Statement s = only(trace("Mayor Jane Holloway said on Tuesday: “We will fix the roads before winter.”"));
    assertEquals("Jane Holloway", s.speaker().name());
    assertTrue(s.content().text().contains("We will fix the roads"), s.content().text());
  }

  @Test
  void trace_pronounForAGroup_typedLikeTheGroupItStandsFor() {
    Statement s = only(trace("Senate Democrats blocked the bill on Monday.\n\nThey said the bill was flawed and "
        + "would hurt families."));
    assertEquals("Senate Democrats", s.speaker().name());
    assertEquals(SpeakerType.GROUP, s.speaker().type());
    assertEquals("They", s.speaker().mention().orElseThrow().text());
  }

  @Test
  void trace_pronounInMidSentence_resolvesToNamedPerson() {
    Report r = trace("Senator Tom Baker spoke to reporters on Monday. "
        + "“Nobody in this state wants higher taxes,” he said.");
    Statement s = only(r);
    assertEquals("Tom Baker", s.speaker().name());
    assertEquals("he", s.speaker().mention().orElseThrow().text());
    assertSpansMatchText(r);
  }

  @Test
  void trace_newsStyleMultiParagraphQuote_keepsEveryParagraph() {
    String text = "The governor, Maria Lopez, said: “This budget protects schools.\n"
        + "“It also protects hospitals.\n“And it balances the books.”\n\nThe legislature votes next week.";
    Statement s = only(trace(text));
    assertTrue(s.content().text().contains("This budget protects schools."), s.content().text());
    assertTrue(s.content().text().endsWith("balances the books.”"), s.content().text());
    assertEquals("Maria Lopez", s.speaker().name());
  }

  @Test
  void trace_bylineAndOutletAliases_mergeOutletAndHeadChainWithPublisher() {
    Report r = trace("City Council approves new park\n\nBy Sam Writer – The Springfield Gazette\n\n"
        + "The council approved the park on Monday, according to NBC. The project will cost $2 million, "
        + "per NBC News. The park will open in May, according to the outlet.");
    assertEquals(Optional.of(new Publisher("The Springfield Gazette", Optional.of("Sam Writer"))), r.publisher());
    List<Statement> sourced = r.statements().stream().filter(s -> s.kind() == StatementKind.ACCORDING_TO).toList();
    assertEquals(3, sourced.size(), r.statements()::toString);
    for (Statement s : sourced) {
      assertEquals("NBC News", s.speaker().name());
      assertEquals(SpeakerType.OUTLET, s.speaker().type());
      assertEquals("The Springfield Gazette → NBC News", s.chainText());
      assertTrue(!s.content().text().contains("according to") && !s.content().text().contains("per NBC"),
          s.content().text());
    }
    for (Statement s : r.statements()) {
      assertTrue(!s.speaker().name().contains("Sam Writer"), "byline name became a speaker");
    }
    assertSpansMatchText(r);
  }

  @Test
  void trace_toldOutlet_putsOutletInChain() {
    Report r = trace("Police Chief Ron Daniels said the department would hire 40 officers. "
        + "He told CNN that crime had fallen by 10 percent.");
    assertEquals(2, r.statements().size(), r.statements()::toString);
    Statement told = r.statements().get(1);
    assertEquals("that crime had fallen by 10 percent", told.content().text());
    assertEquals("Ron Daniels", told.speaker().name());
    assertEquals(List.of("CNN", "Ron Daniels"), told.chain().stream().map(Link::name).toList());
  }

  @Test
  void trace_anonymousSource_isTypedAnonymous() {
    Statement s = only(trace("A senior administration official said the talks would resume in March."));
    assertEquals(SpeakerType.ANONYMOUS, s.speaker().type());
    assertEquals("a senior administration official", s.speaker().name());
  }

  @Test
  void trace_narrationOnly_findsNothing() {
    assertEquals(List.of(), trace("The bridge opened in 1932. It carries 40,000 cars a day.").statements());
  }

  @Test
  void trace_blankText_givesEmptyReport() {
    assertEquals(List.of(), trace(" \n\t ").statements());
  }

  @Test
  void trace_tooLong_failsWithLimitInMessage() {
    QuoteTracer small = SharedTracer.get();
    String text = "word ".repeat(QuoteTracer.Builder.DEFAULT_MAX_CHARS / 5 + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.trace(text));
    assertTrue(e.getMessage().contains("limit of 200000"), e.getMessage());
  }

  @Test
  void trace_quoteSaidQuoteInOneParagraph_isOneStatement() {
    Statement s = only(trace("“This is a disgusting day,” said Rep. Tom Baker, head of the caucus. "
        + "“It is a fraud from start to finish.”"));
    assertTrue(s.content().text().startsWith("“This is a disgusting day,”"), s.content().text());
    assertTrue(s.content().text().endsWith("from start to finish.”"), s.content().text());
    assertEquals("Tom Baker", s.speaker().name());
  }

  @Test
  void trace_quoteOnlyParagraphAfterADirectStatement_continuesIt() {
    // Annotators join such paragraphs into one statement (38 of 49 on train).
    Statement s = only(trace("“We will not raise taxes,” Governor Ann Lee said on Monday.\n\n"
        + "“Not this year, and not next year either, whatever the legislature decides.”"));
    assertTrue(s.content().text().startsWith("“We will not raise taxes,”"), s.content().text());
    assertTrue(s.content().text().endsWith("whatever the legislature decides.”"), s.content().text());
    assertEquals("Ann Lee", s.speaker().name());
  }

  @Test
  void trace_saidThenName_takesTheNameNotTheQuoteAsSpeaker() {
    Statement s = only(trace("“Wall Street is a pretty cynical place,” said Tim Hess, a developer in Virginia."));
    assertEquals("Tim Hess", s.speaker().name());
    // The mention is the noun phrase with its apposition, as annotators mark a source.
    assertEquals("Tim Hess, a developer in Virginia", s.speaker().mention().orElseThrow().text());
  }

  @Test
  void trace_transcriptLabel_attributesLineToLabelledSpeaker() {
    Report r = trace("WALLACE: Will she be at the debate tomorrow night?\n\n"
        + "PENCE: She will not be attending the debate tomorrow night.");
    assertEquals(2, r.statements().size(), r.statements()::toString);
    assertEquals("label.colon", r.statements().get(1).rule());
    assertEquals("PENCE", r.statements().get(1).speaker().mention().orElseThrow().text());
  }

  @Test
  void trace_quoteWithDashCredit_attributesToCreditedName() {
    Statement s = only(trace("“He represents our greatest shame and nothing else.” ― Sonya Herridge"));
    assertEquals("quote.credit", s.rule());
    assertEquals("Sonya Herridge", s.speaker().name());
  }
}
