package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownExtractorTest {
  private final MarkdownExtractor extractor = new MarkdownExtractor();

  @Test
  void turnsAMarkdownArticleIntoPlainParagraphs() {
    Extraction e = extractor.extract(Fixtures.read("storm-report.md"));
    assertEquals(Fixtures.expected("storm-report.expected.txt"), e.text());
  }

  @Test
  void frontMatterGivesTitleAuthorAndDate() {
    HtmlMetadata m = extractor.extract(Fixtures.read("storm-report.md")).metadata();
    assertEquals("Storm closes the coast road for a second day", m.title());
    assertEquals(List.of("Nadia Okafor"), m.authors());
    assertEquals("2024-11-14", m.published().iso());
    assertEquals("en", m.language());
  }

  @Test
  void theHeadlineAndAStandaloneImageAreReportedNotKept() {
    Extraction e = extractor.extract(Fixtures.read("storm-report.md"));
    assertEquals(DroppedText.Kind.TITLE, e.dropped().get(0).kind());
    assertEquals(new DroppedText(DroppedText.Kind.CAPTION, "Waves breaking over the sea wall at Saltby",
        e.text().indexOf("What drivers")), e.dropped().get(1));
  }

  @Test
  void withoutFrontMatterTheFirstLevelOneHeadingIsTheTitle() {
    Extraction e = extractor.extract("Intro line.\n\n# The Real Title\n\nBody text here.\n\n# Another Section\n");
    assertEquals("The Real Title", e.metadata().title());
    assertEquals("Intro line.\n\nBody text here.\n\nAnother Section", e.text());
  }

  @Test
  void underlinedHeadingsCountToo() {
    Extraction e = extractor.extract("The Title\n=========\n\nA paragraph\nwrapped over two lines.\n\nSection\n-------\nMore.");
    assertEquals("The Title", e.metadata().title());
    assertEquals("A paragraph wrapped over two lines.\n\nSection\n\nMore.", e.text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "**bold** and __strong__ and *em* and _em_|bold and strong and em and em",
        "a [link](https://x.example \"title\") and [ref][1]|a link and ref",
        "an inline ![alt text](i.png) image|an inline alt text image",
        "snake_case_name and 2 * 3 * 4|snake_case_name and 2 * 3 * 4",
        "`code` and \\*escaped\\*|code and *escaped*",
        "<b>html</b> &amp; entities <https://x.example>|html & entities https://x.example"
      })
  void inlineMarkupBecomesPlainText(String markdown, String plain) {
    assertEquals(plain, extractor.extract(markdown).text());
  }

  @Test
  void noFrontMatterNoMetadata() {
    HtmlMetadata m = extractor.extract("Just text.").metadata();
    assertNull(m.title());
    assertEquals(List.of(), m.authors());
    assertNull(m.published());
  }

  @Test
  void hostileLinesStayLinear() {
    String brackets = "[".repeat(2_000_000) + "(" + "`".repeat(1_000_000) + "<".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(brackets));
    String lines = "- item\n".repeat(300_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(lines));
  }
}
