package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.text.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void aByteOrderMarkWins() {
    byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertEquals(StandardCharsets.UTF_8, CharsetSniffer.sniff(b));
    assertEquals(StandardCharsets.UTF_16LE, CharsetSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0}));
  }

  @Test
  void readsMetaCharsetAndHttpEquiv() {
    String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head></html>";
    assertEquals(CP1252, CharsetSniffer.sniff(page.getBytes(CP1252)));
    String equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
        + "<body>Gr\u00fc\u00dfe</body></html>";
    assertEquals(CP1252, CharsetSniffer.sniff(equiv.getBytes(CP1252)), "ISO-8859-1 is read as Windows-1252, as browsers do");
  }

  @Test
  void decodesAPageInItsDeclaredCharset() {
    String page = "<html><head><meta charset=iso-8859-1></head><body><p>Caf\u00e9 cr\u00e8me \u2013 na\u00efve</p></body></html>";
    byte[] bytes = page.getBytes(CP1252);
    String text = TextDecoder.decode(bytes, CharsetSniffer.sniff(bytes)).text();
    assertEquals("Caf\u00e9 cr\u00e8me \u2013 na\u00efve", new HtmlExtractor().extract(text).text());
  }

  @Test
  void aWrongDeclarationGivesWayToWellFormedUtf8() {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>S\u00e3o Paulo, \u201cquoted\u201d</p></body></html>";
    assertEquals(StandardCharsets.UTF_8, CharsetSniffer.sniff(page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ignoresDeclarationsInCommentsAndUnknownLabels() {
    assertNull(CharsetSniffer.sniff("<!-- <meta charset=\"koi8-r\"> --><p>x</p>".getBytes(StandardCharsets.US_ASCII)));
    assertNull(CharsetSniffer.sniff("<meta charset=\"no-such-charset\"><p>x</p>".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void readsGbkAndShiftJisLabelsAsBrowsersDo() {
    String zh = "<meta charset=\"gb2312\"><p>\u4e2d\u6587\u65b0\u95fb</p>";
    byte[] b = zh.getBytes(Charset.forName("GBK"));
    assertEquals(Charset.forName("GBK"), CharsetSniffer.sniff(b));
    assertEquals("\u4e2d\u6587\u65b0\u95fb", new HtmlExtractor().extract(TextDecoder.decode(b, CharsetSniffer.sniff(b)).text()).text());
  }
}
