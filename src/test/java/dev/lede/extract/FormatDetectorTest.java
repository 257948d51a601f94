package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  @ParameterizedTest
  @CsvSource({
    "story.html, HTML", "story.HTM, HTML", "page.xhtml, HTML", "story.html.gz, HTML",
    "notes.md, MARKDOWN", "notes.markdown, MARKDOWN", "story.txt, TEXT"
  })
  void theExtensionDecidesWhenNothingIsDeclared(String name, InputFormat expected) {
    assertEquals(expected, FormatDetector.detect(name, null, "Plain words."));
  }

  @Test
  void aDeclaredMediaTypeWinsOverTheName() {
    assertEquals(InputFormat.HTML, FormatDetector.detect("story.txt", "text/html; charset=utf-8", "x"));
    assertEquals(InputFormat.MARKDOWN, FormatDetector.detect("story.txt", "text/markdown", "x"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<!DOCTYPE html><html><body>x</body></html>",
        "\uFEFF  <html lang=en><p>x</p>",
        "<!-- saved page --><head><title>x</title></head>",
        "<p>One.</p><p>Two.</p><p>Three.</p>"
      })
  void htmlSavedAsTextIsReadAsHtml(String content) {
    assertEquals(InputFormat.HTML, FormatDetector.detect("saved.txt", "text/plain", content));
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    assertEquals(InputFormat.HTML, FormatDetector.detect("saved.txt", null, FormatDetector.asciiHead(bytes)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "# Not a heading, just plain text",
        "Prices rose 3% <5% forecast> on Monday.",
        "Use <b> for bold, someone wrote."
      })
  void plainTextStaysPlainText(String content) {
    assertEquals(InputFormat.TEXT, FormatDetector.detect("story.txt", null, content));
  }
}
