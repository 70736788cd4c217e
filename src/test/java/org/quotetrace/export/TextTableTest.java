package org.quotetrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.quotetrace.Article;
import org.quotetrace.Report;
import org.quotetrace.Span;
import org.quotetrace.Speaker;
import org.quotetrace.StatementKind;

class TextTableTest {

  @Test
  void table_seedReport_hasHeaderRuleAndOneRowPerStatement() {
    String table = TextTable.of(Fixtures.seedReport());
    List<String> lines = table.lines().toList();
    assertTrue(lines.get(0).startsWith("Mexico demands Biden"), lines.get(0));
    assertTrue(lines.get(0).endsWith("· 8 statements"));
    assertTrue(lines.get(1).matches("#\\s+kind\\s+speaker \\(type\\)\\s+cue\\s+content\\s+chain"), lines.get(1));
    assertTrue(lines.get(2).matches("─+"));
    assertEquals(3 + 8, lines.size());
    assertTrue(lines.get(8).contains("a senior Biden administration official…  told"), lines.get(8));
  }

  @Test
  void table_columnsLineUp_inTerminalColumns() {
    String table = TextTable.of(Fixtures.seedReport());
    List<String> lines = table.lines().skip(1).toList();
    int contentAt = TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf("content")));
    for (String line : lines.subList(2, lines.size())) {
      // The content column starts at the same terminal column on every row.
      String before = line.substring(0, line.indexOf("  ", line.indexOf(")  ") + 3) + 2);
      assertTrue(TextTable.width(before) <= contentAt, line);
    }
    int chainAt = TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf("chain")));
    for (String line : lines.subList(2, lines.size())) {
      assertEquals(chainAt, TextTable.width(line.substring(0, line.indexOf("The Postmillennial"))), line);
    }
  }

  @Test
  void table_content_isTruncatedToSixtyColumnsOnOneLine() {
    String text = "She said \"" + "word ".repeat(40) + "\nand more\" today.";
    Report report = new Report(Article.of(text), List.of(Fixtures.statement(StatementKind.DIRECT,
        Span.of(text, text.indexOf('"'), text.lastIndexOf('"') + 1), Optional.empty(), Speaker.unknown(),
        List.of(), "r", 0.5)));
    String row = TextTable.of(report).lines().toList().get(3);
    assertTrue(row.contains("\"word word"), row);
    assertTrue(row.contains("…"));
    assertFalse(row.contains("and more"));
  }

  @Test
  void truncate_neverSplitsSurrogatePairs() {
    String s = "🎉".repeat(40);
    String t = TextTable.truncate(s, 11);
    assertEquals("🎉".repeat(5) + "…", t);
    assertEquals(11, TextTable.width(t));
    assertEquals("𝒳𝒳𝒳𝒳…", TextTable.truncate("𝒳".repeat(10), 5));
  }

  @Test
  void truncate_keepsCombiningMarksWithTheirBase() {
    String e = "e\u0301";
    assertEquals(e.repeat(4) + "…", TextTable.truncate(e.repeat(10), 5));
    assertEquals(5, TextTable.width(e.repeat(5)));
  }

  @Test
  void table_emptyReport_saysSo() {
    assertTrue(TextTable.of(new Report(Article.of("x"), List.of())).endsWith("(no statements)\n"));
  }

  @Property(tries = 300)
  void truncate_isValidUnicodeAndFits(@ForAll("unicode") String s, @ForAll @IntRange(min = 1, max = 40) int max) {
    String t = TextTable.truncate(s, max);
    assertTrue(TextTable.width(t) <= max, t);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1)), "split pair in " + t);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "split pair in " + t);
      }
    }
    assertTrue(t.equals(s) || t.endsWith("…"));
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc XYZ é".toCharArray()),
        // Lone surrogates in the input are not truncate's doing, so the input has none.
        Arbitraries.strings().all().filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)),
        Arbitraries.of("🎉", "𝒳", "e\u0301", "漢", "a").list().ofMaxSize(50).map(l -> String.join("", l)));
  }
}
