package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratCorpusTest {

  //                                 0         1         2         3         4         5         6
  //                                 0123456789012345678901234567890123456789012345678901234567890123
  static final String TEXT = "Rain is coming, the mayor said on Monday, and it will be heavy.\n";

  static void write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void read_discontinuousContent_isUnionOfItsSpans(@TempDir Path dir) throws IOException {
    write(dir, "text/a_1.txt", TEXT);
    write(dir, "attributions/a_1_x1.ann", String.join("\n",
        "T1\tSource 16 25\tthe mayor",
        "T2\tCue 26 30\tsaid",
        "T3\tContent 0 14;46 62\tRain is coming it will be heavy",
        "T4\tAttribution 26 30\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ""));

    BratCorpus corpus = BratCorpus.read(dir);

    GoldArticle a = corpus.articles().get(0);
    assertEquals("a_1", a.id());
    GoldRelation r = a.relations().get(0);
    assertEquals(14 + 16, r.content().length());
    assertEquals("Rain is coming … it will be heavy", r.contentText());
    assertEquals("the mayor", r.sourceText());
    assertEquals("said", r.cueText());
    assertEquals(List.of(), corpus.warnings());
  }

  @Test
  void read_severalAnnotators_usesFirstAnnotationFileInNameOrder(@TempDir Path dir) throws IOException {
    write(dir, "text/a_1.txt", TEXT);
    write(dir, "attributions/a_1_bbbb.ann", "T1\tContent 0 14\tRain is coming\nE1\tAttribution:T1 Content:T1\n");
    write(dir, "attributions/a_1_aaaa.ann", "T1\tContent 46 62\tit will be heavy\n"
        + "T2\tCue 26 30\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n");

    BratCorpus corpus = BratCorpus.read(dir);

    assertEquals(1, corpus.articles().size());
    assertEquals("a_1_aaaa.ann", corpus.articles().get(0).annotationFile().getFileName().toString());
    assertEquals("it will be heavy", corpus.articles().get(0).relations().get(0).contentText());
    assertTrue(corpus.warnings().get(0).startsWith("1 further annotation files"), corpus.warnings().toString());
  }

  @Test
  void read_relationWithoutSource_hasNoSource(@TempDir Path dir) throws IOException {
    write(dir, "text/a.txt", TEXT);
    write(dir, "attributions/a_x.ann",
        "T1\tContent 0 14\tRain is coming\nT2\tCue 26 30\tsaid\nT3\tAttribution-no-source 26 30\tsaid\n"
            + "E1\tAttribution-no-source:T3 Content:T1 Cue:T2\n");

    GoldRelation r = BratCorpus.read(dir).articles().get(0).relations().get(0);

    assertEquals(Optional.empty(), r.source());
    assertEquals("", r.sourceText());
    assertEquals(SourceClass.MISSING, SourceClass.of(r.sourceText()));
  }

  @Test
  void read_relationWithoutContent_isSkippedAndCountedInAWarning(@TempDir Path dir) throws IOException {
    write(dir, "text/a.txt", TEXT);
    write(dir, "attributions/a_x.ann",
        "T1\tAttribution-no-source 26 30\tsaid\nE1\tAttribution-no-source:T1 \n"
            + "T2\tContent 0 14\tRain is coming\nE2\tAttribution:T1 Content:T2\n");

    BratCorpus corpus = BratCorpus.read(dir);

    assertEquals(1, corpus.articles().get(0).relations().size());
    assertEquals("E2", corpus.articles().get(0).relations().get(0).id());
    assertTrue(corpus.warnings().contains("1 relations without a Content: skipped"), corpus.warnings().toString());
  }

  @Test
  void read_strayLines_areIgnored(@TempDir Path dir) throws IOException {
    write(dir, "text/a.txt", TEXT);
    // An entity text with a line break spills onto the next line; notes are not relations either.
    write(dir, "attributions/a_x.ann", "T1\tContent 0 14\tRain is\n\ncoming\n#1\tAnnotatorNotes T1\tcheck\n"
        + "E1\tAttribution:T1 Content:T1\n");

    BratCorpus corpus = BratCorpus.read(dir);

    assertEquals(1, corpus.articles().get(0).relations().size());
    assertTrue(corpus.warnings().contains("2 lines that are neither T nor E lines: ignored"),
        corpus.warnings().toString());
  }

  @Test
  void read_numberedRole_joinsTheContentUnion(@TempDir Path dir) throws IOException {
    write(dir, "text/a.txt", TEXT);
    write(dir, "attributions/a_x.ann", "T1\tContent 0 4\tRain\nT2\tContent 46 62\tit will be heavy\n"
        + "T3\tCue 26 30\tsaid\nE1\tAttribution:T3 Content:T1 Content2:T2 Cue:T3\n");

    GoldRelation r = BratCorpus.read(dir).articles().get(0).relations().get(0);

    assertEquals(4 + 16, r.content().length());
  }

  @Test
  void parse_supplementaryCharacters_convertsCodePointOffsetsToStringIndices() {
    String text = "\uD83D\uDE00 Hi, he said.";  // an emoji (2 UTF-16 units, 1 code point), then text
    BratCorpus.Stats stats = new BratCorpus.Stats();

    // In code points "Hi" is [2, 4) and "he" is [6, 8); in Java indices they are one further on.
    List<GoldRelation> rs = BratCorpus.parse("a", text,
        List.of("T1\tContent 2 4\tHi", "T2\tSource 6 8\the", "E1\tAttribution:T2 Content:T1 Source:T2"), stats);

    assertEquals("Hi", rs.get(0).contentText());
    assertEquals("he", rs.get(0).sourceText());
  }

  @Test
  void parse_offsetOutsideText_dropsTheEntity() {
    BratCorpus.Stats stats = new BratCorpus.Stats();

    List<GoldRelation> rs = BratCorpus.parse("a", "short",
        List.of("T1\tContent 0 99\tx", "E1\tAttribution:T1 Content:T1"), stats);

    assertEquals(List.of(), rs);
    assertEquals(1, stats.badReference);
    assertEquals(1, stats.withoutContent);
  }

  @Test
  void read_folderWithoutLayout_throwsIllegalArgument(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BratCorpus.read(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void read_textWithoutAnnotation_isNotScored(@TempDir Path dir) throws IOException {
    write(dir, "text/a.txt", TEXT);
    write(dir, "text/b.txt", TEXT);
    write(dir, "attributions/a_x.ann", "T1\tContent 0 4\tRain\nE1\tAttribution:T1 Content:T1\n");

    BratCorpus corpus = BratCorpus.read(dir);

    assertEquals(List.of("a"), corpus.articles().stream().map(GoldArticle::id).toList());
    assertTrue(corpus.warnings().contains("1 text files without an annotation file: not scored"));
  }
}
