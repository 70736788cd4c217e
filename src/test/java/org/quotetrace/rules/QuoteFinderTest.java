package org.quotetrace.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quoted(String text) {
    return QuoteFinder.find(text).stream().map(q -> text.substring(q.begin(), q.end())).toList();
  }

  @Test
  void find_curlyQuotes_includesMarks() {
    assertEquals(List.of("“We won,”"), quoted("“We won,” she said."));
  }

  @Test
  void find_straightQuotes_pairsOpenAndClose() {
    assertEquals(List.of("\"We won,\"", "\"again.\""), quoted("\"We won,\" she said, \"again.\""));
  }

  @Test
  void find_doubledApostrophes_areQuotationMarks() {
    assertEquals(List.of("''This isn't reform,''"), quoted("''This isn't reform,'' said Mr. Cole."));
  }

  @Test
  void find_newsStyleMultiParagraph_isOneQuote() {
    String text = "She said: “First paragraph.\n\n“Second paragraph.\n\n“Last one.”\n\nNarration.";
    assertEquals(List.of("“First paragraph.\n\n“Second paragraph.\n\n“Last one.”"), quoted(text));
  }

  @Test
  void find_unclosedQuoteAtParagraphEnd_yieldsNothing() {
    assertEquals(List.of(), quoted("He said “this never closes.\n\nNext paragraph is narration."));
  }

  @Test
  void find_apostrophesInWords_areNotQuotes() {
    assertEquals(List.of(), quoted("It's López Obrador’s plan, isn't it?"));
  }

  @Property
  void find_anyText_quotesLieInsideTextAndDoNotOverlap(@ForAll String text) {
    int last = 0;
    for (QuoteFinder.Quote q : QuoteFinder.find(text)) {
      assertTrue(q.begin() >= last && q.end() <= text.length() && q.begin() < q.end(), q.toString());
      last = q.end();
    }
  }
}
