package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedeHtmlInputTest {
  private final Lede lede = Lede.create();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = LedeHtmlInputTest.class.getResourceAsStream("/dev/lede/extract/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void anHtmlPageGivesItsMainTextAndMetadata() throws Exception {
    Digest d = lede.digest(fixture("news-article.html"), InputInfo.named("floating-library.html"));
    assertEquals("html", d.format());
    assertEquals("UTF-8", d.charset());
    assertEquals("Harbour town opens a floating library & reading room", d.title());
    assertTrue(d.text().startsWith("A converted grain barge"), "the cleaner takes the dateline off: " + d.text());
    assertEquals("PORTHAVEN", d.dateline());
    assertEquals(List.of("Mara Quill", "Tomas Reyes"), d.meta().authors());
    assertEquals("2024-03-05T09:30:00+01:00", d.meta().published());
    assertEquals("The Lede Gazette", d.meta().siteName());
    assertEquals("en-GB", d.meta().language());
    assertEquals("https://gazette.example/2024/03/05/floating-library", d.meta().url());
  }

  @Test
  void captionsCreditsAndTheHeadlineAreRecordedAsRemovedWithEmptySpans() throws Exception {
    Digest d = lede.digest(fixture("news-article.html"), InputInfo.named("page.html"));
    List<RemovalReason> reasons = d.removed().stream().map(Removal::reason).toList();
    assertTrue(reasons.containsAll(List.of(RemovalReason.TITLE, RemovalReason.CAPTION, RemovalReason.CREDIT)), reasons::toString);
    for (Removal r : d.removed()) {
      if (r.reason() == RemovalReason.CAPTION) {
        assertTrue(r.span().isEmpty(), "extraction removals stand at a point of the extracted text");
      }
    }
  }

  @Test
  void htmlIsRecognisedByMediaTypeOrContentWhateverTheName() throws Exception {
    byte[] page = fixture("br-separated.html");
    assertEquals("html", lede.digest(page, new InputInfo("x.bin", "text/html", null)).format());
    assertEquals("html", lede.digest(page, InputInfo.named("saved-page.txt")).format());
    assertEquals("html", lede.digest(new String(page, StandardCharsets.UTF_8), InputInfo.named("saved.txt")).format());
    assertEquals("text", lede.digest("Just a plain article. It has two sentences.", InputInfo.named("a.txt")).format());
  }

  @Test
  void aMarkdownFileGivesPlainTextAndFrontMatter() throws Exception {
    Digest d = lede.digest(fixture("storm-report.md"), InputInfo.named("storm.md"));
    assertEquals("markdown", d.format());
    assertEquals("Storm closes the coast road for a second day", d.title());
    assertEquals(List.of("Nadia Okafor"), d.meta().authors());
    assertEquals("2024-11-14", d.meta().published());
    assertFalse(d.text().contains("**"));
  }

  @Test
  void gzippedHtmlIsReadToo() throws Exception {
    java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bos)) {
      gz.write(fixture("split-article.html"));
    }
    Digest d = lede.digest(bos.toByteArray(), InputInfo.named("night-trains.html.gz"));
    assertEquals("html", d.format());
    assertTrue(d.text().startsWith("Night trains will run"));
  }

  @Test
  void theDocumentsOfHtmlAndMarkdownInputAreValid() throws Exception {
    for (String name : List.of("news-article.html", "br-separated.html", "layout-table.html", "storm-report.md")) {
      Digest d = lede.digest(fixture(name), InputInfo.named(name));
      SchemaAssert.assertValid(DigestJson.toBytes(java.util.Map.of("path", name), d, false));
    }
  }
}
