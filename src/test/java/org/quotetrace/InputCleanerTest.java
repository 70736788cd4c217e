package org.quotetrace;

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
import org.junit.jupiter.api.Test;

/** The text given to the parser: same length, markup and junk blanked, endless sentences broken. */
class InputCleanerTest {

  private static String clean(String text) {
    return InputCleaner.clean(text, 150).text();
  }

  @Test
  void clean_htmlTags_becomeSpacesOfEqualLengthAndBlockTagsBreakLines() {
    String html = "<p>“Roads first,” <b>Jane Lee</b> said.</p><p>She told <a href='x\"y'>CNN</a> more.</p>";
    InputCleaner.Cleaned c = InputCleaner.clean(html, 150);
    assertEquals(html.length(), c.text().length());
    assertEquals("\n  " + "“Roads first,” " + sp(3) + "Jane Lee" + sp(4) + " said." + "\n   " + "\n  "
        + "She told " + sp(14) + "CNN" + sp(4) + " more." + "\n   ", c.text());
    assertTrue(c.warnings().get(0).startsWith("html: 8 tags and 0 entities"), c.warnings()::toString);
  }

  private static String sp(int n) {
    return " ".repeat(n);
  }

  @Test
  void clean_entities_becomeTheirCharacterThenSpaces() {
    assertEquals("“" + sp(6) + "Yes" + "”" + sp(6) + ", she said &" + sp(4) + " left." + sp(5),
        clean("&ldquo;Yes&rdquo;, she said &amp; left&#x2e;"));
  }

  @Test
  void spanEnds_insideAnEntity_stretchOverIt() {
    String text = "&ldquo;Yes&rdquo; x &amp;";
    InputCleaner.Cleaned c = InputCleaner.clean(text, 150);
    assertEquals(17, c.spanEnd(11));
    assertEquals(17, c.spanEnd(17));
    assertEquals(10, c.spanEnd(10));
    assertEquals(0, c.spanBegin(1));
    assertEquals(7, c.spanBegin(7));
    assertEquals(text.length(), c.spanEnd(text.length() - 2));
    assertEquals(20, c.spanBegin(20));
  }

  @Test
  void clean_scriptAndComments_areBlankedWhole() {
    String text = "A<script>var s = \"<p>\";</script>B<!-- <p>hidden</p> -->C";
    assertEquals("A" + sp("<script>var s = \"<p>\";</script>".length()) + "B"
        + sp("<!-- <p>hidden</p> -->".length()) + "C", clean(text));
  }

  @Test
  void clean_adversarialMarkupAt200000Characters_takesUnderTwoSeconds() {
    for (String unit : List.of("<a \"", "<script ", "<p title='", "&amp", "<a href=x ")) {
      String text = unit.repeat(200_000 / unit.length());
      long t0 = System.nanoTime();
      assertEquals(text.length(), clean(text).length());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(ms < 2_000, unit + ": " + ms + " ms");
    }
  }

  @Test
  void clean_lessThanInProse_isKept() {
    String text = "Prices rose 3 < 5 and x<y, she said. <Ann> said so.";
    assertEquals(text, clean(text));
    assertEquals(List.of(), InputCleaner.clean(text, 150).warnings());
  }

  @Test
  void clean_controlCharactersAndLoneSurrogates_becomeSpacesButEmojiStay() {
    String text = "a\u0000b\u0007c\u001b[1m\uD800d🎉e\r\nf\tg\uFEFF";
    assertEquals("a b c [1m d🎉e\r\nf\tg ", clean(text));
  }

  @Test
  void clean_runWithoutSentenceEnd_getsLineBreakEvery150Words() {
    String text = "word ".repeat(400);
    InputCleaner.Cleaned c = InputCleaner.clean(text, 150);
    assertEquals(text.length(), c.text().length());
    assertEquals(2, c.text().chars().filter(ch -> ch == '\n').count());
    assertEquals(150, c.text().substring(0, c.text().indexOf('\n')).split(" ").length);
    assertTrue(c.warnings().get(0).startsWith("long-sentence: 2 line breaks"), c.warnings()::toString);
  }

  @Test
  void clean_ordinaryProse_isUnchanged() {
    String text = "“We will fix the roads,” Mayor Jane Holloway said.\r\n\r\nIt was 5 p.m. on Tuesday!";
    assertEquals(text, clean(text));
  }

  @Property(tries = 300)
  void clean_anyText_keepsLengthAndLineBreaks(@ForAll("junk") String text) {
    String c = clean(text);
    assertEquals(text.length(), c.length());
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        assertEquals('\n', c.charAt(i));
      }
    }
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.of("<p>", "</p>", "<a href='x'>", "<", ">", "&amp;", "&#128512;", "&#0;", "&bogus;",
        "&", ";", "word", " ", "\n", "\r\n", ".", "\u0000", "\uD800", "🎉", "<!--", "-->", "<script>",
        "</script>", "\"", "“").list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Test
  void notEnglish_spanishAndGerman_areMarked() {
    Optional<String> es = LanguageCheck.notEnglish("“Vamos a arreglar las carreteras antes del invierno”, dijo el "
        + "martes la alcaldesa Juana Holloway. Ella dijo a la radio que los impuestos bajarían pronto.");
    assertTrue(es.isPresent() && es.get().startsWith("not-english: "), es::toString);
    assertTrue(LanguageCheck.notEnglish("„Wir werden die Straßen vor dem Winter reparieren“, sagte "
        + "Bürgermeisterin Jane Holloway am Dienstag. Sie sagte der Zeitung, die Steuern würden sinken.").isPresent());
  }

  @Test
  void notEnglish_otherScript_isMarked() {
    assertTrue(LanguageCheck.notEnglish("市长周二表示，我们将在冬天之前修好道路。她告诉记者，税收将会下降。").isPresent());
  }

  @Test
  void notEnglish_englishNewsAndShortText_areNotMarked() {
    assertFalse(LanguageCheck.notEnglish("“We will fix the roads before winter,” Mayor Jane Holloway said on "
        + "Tuesday. She told CNN that taxes would fall, according to a city spokesman.").isPresent());
    assertFalse(LanguageCheck.notEnglish("Trump: Biden wrong").isPresent());
    assertFalse(LanguageCheck.notEnglish("Mexico demands Biden give amnesty to 10 MILLION illegal immigrants\n\n"
        + "By Darian Douraghy – The Postmillennial\n\nMexican President Andrés Manuel López Obrador is "
        + "urging President Biden to provide amnesty.").isPresent());
  }
}
