package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile pages get a clear result, and no stack overflow or hang. The time limits are hang guards,
 * generous on purpose (the build machine is shared), not performance assertions.
 */
class HostileHtmlTest {
  private static final Duration GUARD = Duration.ofSeconds(120);
  private static final String PARAGRAPH = "<p>A sentence that is long enough to count as prose, with a comma, and more.</p>";
  private final Lede lede = Lede.create();

  private Digest digest(String html) throws Exception {
    return lede.digest(html.getBytes(StandardCharsets.UTF_8), InputInfo.named("page.html"));
  }

  @Test
  void tenThousandNestedElements() {
    String html = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPH + "</div>".repeat(10_000) + "</body></html>";
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(html));
    assertEquals("html", d.format());
    assertEquals("A sentence that is long enough to count as prose, with a comma, and more.", d.text());
  }

  @Test
  void jsoupItselfCopesWithDeepInputAtItsDepthCap() {
    String html = "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000);
    assertTimeoutPreemptively(GUARD, () -> {
      Document doc = org.jsoup.parser.Parser.htmlParser().setMaxDepth(HtmlExtractor.MAX_DEPTH).parseInput(html, "");
      assertEquals("deep", doc.text());
      assertTrue(doc.outerHtml().length() > 0);
      assertEquals("deep", new HtmlExtractor().extract(html).text());
    });
  }

  @Test
  void unclosedTagsEverywhere() {
    String html = "<html><body>" + "<div><p><span><b><i>unclosed words, and more words ".repeat(20_000);
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(html));
    assertTrue(d.text().contains("unclosed words, and more words"));
  }

  @Test
  void aFiveMegabytePage() {
    StringBuilder sb = new StringBuilder("<html><head><title>Big page</title></head><body><article>");
    // Every sentence differs (its number), so the cleaner's repeat removal leaves them all in.
    for (int i = 0; sb.length() < 5_000_000; i++) {
      sb.append(PARAGRAPH.replace("A sentence", "Sentence " + i)).append('\n');
    }
    String html = sb.substring(0, 5_000_000);
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(html));
    assertTrue(d.text().length() > 4_000_000, "keeps the text of a big article");
  }

  @Test
  void aFiveMegabyteSingleLine() {
    String html = "<p>" + "word ".repeat(999_000) + "</p>";
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(html));
    assertTrue(d.text().startsWith("word word"));
  }

  @Test
  void aPageOfManyLinksOrManyTinyBlocks() {
    String links = "<div>" + "<a href=\"/x\">link</a> ".repeat(150_000) + "</div>";
    assertTimeoutPreemptively(GUARD, () -> digest(links));
    String divs = "<div>A tiny block of text, with a comma.</div>".repeat(100_000);
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(divs));
    assertTrue(d.text().startsWith("A tiny block of text, with a comma."));
  }

  @Test
  void scriptsOnlyGiveAnEmptyDigestNotAnError() {
    String html = "<html><head><script>var a = 1;</script></head><body><script>" + "x();".repeat(100_000)
        + "</script><style>p { color: red }</style></body></html>";
    Digest d = assertTimeoutPreemptively(GUARD, () -> digest(html));
    assertEquals("", d.text());
    assertEquals(null, d.summary());
  }

  @Test
  void aWrongDeclaredCharsetStillReadsTheText() throws Exception {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>In S\u00e3o Paulo, Jos\u00e9 "
        + "said \u201cquoted\u201d words, long enough to count as a paragraph of prose.</p></body></html>";
    Digest d = digest(page); // UTF-8 bytes that claim to be Windows-1252
    assertEquals("In S\u00e3o Paulo, Jos\u00e9 said \u201cquoted\u201d words, long enough to count as a paragraph of prose.", d.text());
    assertEquals("UTF-8", d.charset());
    String latin = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 cr\u00e8me, long enough to count as a "
        + "paragraph of prose in a page that lies about its charset.</p></body></html>";
    Digest d2 = lede.digest(latin.getBytes(Charset.forName("windows-1252")), InputInfo.named("page.html"));
    assertTrue(d2.text().startsWith("Caf\u00e9 cr\u00e8me"), "stray Windows-1252 bytes in a UTF-8 page still read");
  }

  @Test
  void aLongScriptHeadIsNotMistakenForBinary() throws Exception {
    String html = "<html><head><script>" + "x=[1,2];".repeat(5_000) + "</script></head><body>" + PARAGRAPH + "</body></html>";
    assertEquals("html", digest(html).format());
  }
}
