package org.quotetrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotetrace.testing.SharedTracer;

/** What the bundled article must give: the cases the project was founded on. */
class SeedArticleTest {
  private static Report report;

  @BeforeAll
  static void trace() throws IOException {
    report = SharedTracer.get().trace(Article.read(
        SharedTracer.projectDir().resolve("seeds/postmillennial-mexico-amnesty.txt")));
  }

  private static Statement statementContaining(String words) {
    return report.statements().stream().filter(s -> s.content().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement contains \"" + words + "\": " + report.statements()));
  }

  private static List<String> chain(Statement s) {
    return s.chain().stream().map(Link::name).toList();
  }

  @Test
  void publisherAndAuthor_comeFromTheByline() {
    assertEquals(Optional.of(new Publisher("The Postmillennial", Optional.of("Darian Douraghy"))),
        report.publisher());
  }

  @Test
  void quote_isTheAnonymousOfficialsThroughNbc_notBidens() {
    Statement s = statementContaining("has a very ambitious agenda");
    assertEquals("a senior Biden administration official", s.speaker().name());
    assertEquals(SpeakerType.ANONYMOUS, s.speaker().type());
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals("told", s.cue().orElseThrow().text());
    assertEquals(List.of("The Postmillennial", "NBC News", "a senior Biden administration official"), chain(s));
  }

  @Test
  void reportedSpeech_withoutQuotes_isAttributed() {
    Statement call = statementContaining("for the US to approve an initiative");
    assertEquals("Andrés Manuel López Obrador", call.speaker().name());
    assertEquals(SpeakerType.PERSON, call.speaker().type());
    assertEquals("López Obrador", call.speaker().mention().orElseThrow().text());

    Statement officials = statementContaining("Mexico also has its own list of desired actions");
    assertEquals(SpeakerType.GROUP, officials.speaker().type());
    assertEquals(List.of("The Postmillennial", "NBC News", "Government officials from both nations"),
        chain(officials));

    Statement leverage = statementContaining("Mexico holds significant leverage");
    assertEquals(SpeakerType.GROUP, leverage.speaker().type());
    assertTrue(chain(leverage).contains("NBC News"), "reportedly: " + chain(leverage));
  }

  @Test
  void sourcePhrases_nbcAndNbcNewsAndTheOutlet_areOneOutlet() {
    for (String words : List.of("beginning to depend more and more on Mexico", "traveled to Mexico last month",
        "300,000 illegal immigrants were processed", "hopes that Joe Biden wins re-election")) {
      Statement s = statementContaining(words);
      assertEquals("NBC News", s.speaker().name(), words);
      assertEquals(SpeakerType.OUTLET, s.speaker().type(), words);
      assertEquals(List.of("The Postmillennial", "NBC News"), chain(s), words);
    }
  }

  @Test
  void everySpan_matchesTheText() {
    String text = report.article().text();
    for (Statement s : report.statements()) {
      assertEquals(text.substring(s.content().begin(), s.content().end()), s.content().text());
      s.cue().ifPresent(c -> assertEquals(text.substring(c.begin(), c.end()), c.text()));
      s.speaker().mention().ifPresent(m -> assertEquals(text.substring(m.begin(), m.end()), m.text()));
    }
  }

  @Test
  void byline_givesNoStatementAndNoSpeaker() {
    for (Statement s : report.statements()) {
      assertTrue(!s.speaker().name().contains("Douraghy") && !s.content().text().contains("Douraghy"));
    }
  }
}
