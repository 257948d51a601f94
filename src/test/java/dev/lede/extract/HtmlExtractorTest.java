package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"news-article", "br-separated", "layout-table", "split-article"})
  void extractsTheMainTextOfGoldenPages(String name) {
    Extraction e = extractor.extract(Fixtures.read(name + ".html"));
    assertEquals(Fixtures.expected(name + ".expected.txt"), e.text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"news-article", "br-separated", "layout-table", "split-article"})
  void extractingTheExtractedTextAgainChangesNothing(String name) {
    String once = extractor.extract(Fixtures.read(name + ".html")).text();
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (String p : once.split("\n\n")) {
      html.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>");
    }
    html.append("</article></body></html>");
    assertEquals(once, extractor.extract(html.toString()).text());
  }

  @Test
  void leavesOutNavigationAdsShareBarsRelatedLinksCommentsAndCookieNotices() {
    String text = extractor.extract(Fixtures.read("news-article.html")).text();
    for (String chrome :
        List.of("Home", "Share on Facebook", "Advertisement", "Lighthouse keeper", "lovely idea",
            "cookies", "Most read", "All rights reserved", "window.ads", "display: none")) {
      assertFalse(text.contains(chrome), () -> "left in: " + chrome);
    }
  }

  @Test
  void keepsHeadingsListsAndQuotesInDocumentOrder() {
    String text = extractor.extract(Fixtures.read("news-article.html")).text();
    int heading = text.indexOf("Books on the water");
    int item = text.indexOf("Opening hours");
    int quote = text.indexOf("A library that floats");
    int last = text.indexOf("The barge will spend");
    assertTrue(0 < heading && heading < item && item < quote && quote < last, text);
  }

  @Test
  void reportsCaptionsCreditsAndTheRepeatedHeadlineInsteadOfKeepingThem() {
    Extraction e = extractor.extract(Fixtures.read("news-article.html"));
    assertEquals(
        List.of(
            new DroppedText(DroppedText.Kind.TITLE, "Harbour town opens a floating library & reading room", 0),
            new DroppedText(DroppedText.Kind.CAPTION, "The converted barge moored at the north quay.", 0),
            new DroppedText(DroppedText.Kind.CREDIT, "Photo: Harbour Trust", e.text().length())),
        e.dropped());
    assertFalse(e.text().contains("converted barge moored"));
  }

  @Test
  void captionsInsideTheTextAreReportedWhereTheyStood() {
    String html =
        "<html><body><article>"
            + "<p>The first paragraph of the story is long enough to count as prose, with commas, and words.</p>"
            + "<div class=\"image-caption\">A ferry at dawn. (Photo: Coast Weekly)</div>"
            + "<p>The second paragraph of the story is long enough to count as prose, with commas, and words.</p>"
            + "</article></body></html>";
    Extraction e = extractor.extract(html);
    int second = e.text().indexOf("The second paragraph");
    assertEquals(List.of(new DroppedText(DroppedText.Kind.CAPTION, "A ferry at dawn. (Photo: Coast Weekly)", second)), e.dropped());
  }

  @Test
  void keepsEmbeddedPostsAndBlockQuotesThatLiveInSocialWrappers() {
    String html =
        "<html><body><article><div class=\"entry-content\">"
            + "<p>Residents reacted quickly online to the new slogan, with commas, and a lot of jokes about it.</p>"
            + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>This slogan is something else "
            + "<a href=\"https://t.co/x\">https://t.co/x</a></p>— A Resident (@resident) <a href=\"#\">May 1, 2024</a>"
            + "</blockquote></div>"
            + "<p>The state said the campaign would run until the end of the year, with commas, as planned before.</p>"
            + "</div></article></body></html>";
    assertTrue(extractor.extract(html).text().contains("This slogan is something else"));
  }

  @Test
  void theDeclaredArticleBodyStandsInWhenTheExtractionMissesMostOfIt() {
    String p1 = "The first paragraph of the declared article body is written out in full here, with commas, "
        + "so that it is long enough to count, and to be compared with the page.";
    String p2 = "The second paragraph goes on with the story, quoting an official who said the plan would be "
        + "finished by the end of the year, weather permitting, and within its budget.";
    String p3 = "The third paragraph closes the story with a look at what comes next for the town, its "
        + "harbour, and the people who work there in every season of the year, fair weather or foul.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "\"articleBody\": \"" + p1 + "\\n" + p2 + "\\n" + p3 + "\"}</script></head>"
        + "<body><div class=\"teaser\"><p>Only a short teaser of the story is in the page body itself.</p></div>"
        + "<div class=\"app-root\"></div></body></html>";
    assertEquals(List.of(p1, p2, p3), extractor.extract(html).paragraphs());
  }

  @Test
  void theDeclaredArticleBodyDoesNotReplaceAGoodExtraction() {
    String text = extractor.extract(Fixtures.read("news-article.html")).text();
    assertEquals(Fixtures.expected("news-article.expected.txt"), text);
  }

  @Test
  void aPageWithoutTextGivesNoParagraphs() {
    assertEquals(List.of(), extractor.extract("").paragraphs());
    assertEquals(List.of(), extractor.extract("<html><head><script>x()</script></head><body></body></html>").paragraphs());
  }

  @Test
  void readsAFragmentWithoutHtmlOrBody() {
    Extraction e = extractor.extract("<p>Just one paragraph of text, without any page around it, and that is fine.</p>");
    assertEquals("Just one paragraph of text, without any page around it, and that is fine.", e.text());
  }
}
