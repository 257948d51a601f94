package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataReaderTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private HtmlMetadata read(String head, String body) {
    return extractor.metadata("<html><head>" + head + "</head><body>" + body + "</body></html>");
  }

  @Test
  void readsEveryFieldOfAWellMarkedPage() {
    HtmlMetadata m = extractor.metadata(Fixtures.read("news-article.html"));
    assertEquals("Harbour town opens a floating library & reading room", m.title());
    assertEquals(List.of("Mara Quill", "Tomas Reyes"), m.authors());
    assertEquals("2024-03-05T09:30:00+01:00", m.published().iso());
    assertEquals("The Lede Gazette", m.siteName());
    assertEquals("en-GB", m.language());
    assertEquals("https://gazette.example/2024/03/05/floating-library", m.url());
  }

  @Test
  void titleComesFromJsonLdThenOpenGraphThenTheDocumentTitle() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script>";
    String og = "<meta property=\"og:title\" content=\"From Open Graph\">";
    String title = "<title>From the document title element | Site</title>";
    assertEquals("From JSON-LD", read(ld + og + title, "").title());
    assertEquals("From Open Graph", read(og + title, "").title());
    assertEquals("From the document title element", read(title, "").title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Mayor opens the new bridge over the river | Valley News; Mayor opens the new bridge over the river",
        "Valley News - Mayor opens the new bridge over the river; Mayor opens the new bridge over the river",
        "Mayor opens the new bridge – Valley News; Mayor opens the new bridge",
        "Home - Valley News; Home - Valley News"
      })
  void theDocumentTitleLosesItsSiteName(String documentTitle, String expected) {
    assertEquals(expected, read("<title>" + documentTitle + "</title>", "").title());
  }

  @Test
  void aSiteNameSuffixGoesWhenTheSiteNameIsKnown() {
    String head = "<title>Floods: what we know – Valley News</title><meta property=\"og:site_name\" content=\"Valley News\">";
    assertEquals("Floods: what we know", read(head, "").title());
  }

  @Test
  void theSingleH1StandsInForAMissingTitle() {
    assertEquals("A headline only in the body", read("", "<h1>A headline only in the body</h1><p>Text.</p>").title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "By Jane Doe; Jane Doe",
        "BY JANE DOE | March 3, 2020; JANE DOE",
        "Par Jean Dupont; Jean Dupont",
        "Jane Doe, Updated 3 March 2020; Jane Doe",
        "Written by Jane Doe on 3 March; Jane Doe"
      })
  void bylinesKeepTheNamesOnly(String printed, String expected) {
    assertEquals(List.of(expected), read("", "<p class=\"byline\">" + printed + "</p>").authors());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Email the author", "March 3, 2020", "Follow", "https://example.org/jane"})
  void bylinesThatNameNobodyAreIgnored(String printed) {
    assertEquals(List.of(), read("<meta name=\"author\" content=\"" + printed + "\">", "").authors());
  }

  @Test
  void bylinesInListsOfOtherStoriesAreNotTheAuthor() {
    String body = "<ul class=\"related\"><li><span class=\"author\">Someone Else</span></li></ul>"
        + "<div class=\"story\"><span class=\"author\">The Writer</span></div>";
    assertEquals(List.of("The Writer"), read("", body).authors());
  }

  @Test
  void publishedTimeComesFromMetaTagsTimeElementsOrTheUrl() {
    assertEquals("2021-06-01T08:00:00Z",
        read("<meta property=\"article:published_time\" content=\"2021-06-01T08:00:00Z\">", "").published().iso());
    assertEquals("2021-06-02",
        read("", "<article><time datetime=\"2021-06-02\">2 June</time></article>").published().iso());
    assertEquals("2021-06-03",
        read("<link rel=\"canonical\" href=\"https://news.example/2021/06/03/story\">", "").published().iso());
    assertNull(read("", "<p>No date here.</p>").published());
  }

  @Test
  void languageComesFromTheHtmlElementOrOpenGraphLocale() {
    assertEquals("pt-BR", extractor.metadata("<html lang=\"pt-BR\"><body></body></html>").language());
    assertEquals("en-US", read("<meta property=\"og:locale\" content=\"en_US\">", "").language());
    assertNull(extractor.metadata("<html lang=\"not a tag!\"><body></body></html>").language());
  }

  @Test
  void relativeOrOddCanonicalUrlsAreNotReported() {
    assertNull(read("<link rel=\"canonical\" href=\"/relative/path\">", "").url());
    assertEquals("https://a.example/x", read("<link rel=\"canonical\" href=\"https://a.example/x\">", "").url());
  }

  @Test
  void malformedJsonLdFallsBackToMetaTags() {
    String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
        + "<meta property=\"og:title\" content=\"Meta title\">";
    assertEquals("Meta title", read(head, "").title());
  }
}
