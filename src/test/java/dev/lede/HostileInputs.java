package dev.lede;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The catalogue of hostile inputs (issue 6) that every entry point is tested with: the core, each core
 * stage, the command line and the Lambda handler. Each case is a file name (whose extension lies as
 * often as not) and bytes built here, deterministically, from text written for this project, and the
 * outcome every entry point must reach: a summary document, or an error document with a given code.
 *
 * <p>Bytes are built on first use and kept, so the large cases cost their construction once per JVM.
 */
public final class HostileInputs {
  /** What an entry point must make of a case. */
  public enum Expect {
    SUMMARY,
    NOT_TEXT,
    TOO_LARGE,
    BAD_COMPRESSION;

    /** The error code an error document carries, or null for a summary. */
    public String code() {
      return this == SUMMARY ? null : ErrorCode.valueOf(name()).code();
    }
  }

  /**
   * One hostile input.
   *
   * @param id a short name for reports
   * @param fileName the name it is uploaded or saved under (its extension may lie)
   * @param expect the outcome every entry point must reach
   * @param large true for the multi-megabyte cases the small-heap run proves the caps with
   * @param mustContain text a summary document's {@code text} must hold (what decoding must keep), or null
   */
  public record Case(
      String id, String fileName, Expect expect, boolean large, Supplier<byte[]> source, String mustContain) {
    Case(String id, String fileName, Expect expect, boolean large, Supplier<byte[]> source) {
      this(id, fileName, expect, large, source, null);
    }

    public byte[] bytes() {
      return CACHE.computeIfAbsent(id, k -> source.get()).clone();
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private static final Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CAP = Lede.DEFAULT_MAX_BYTES;

  /** A short news article written for these tests, one paragraph a line. */
  public static final String ARTICLE =
      String.join(
          "\n",
          "Harbour council approves tram plan",
          "NØRREBY -- The harbour council on Tuesday approved a tram line that will link the old port"
              + " with the university, at a cost of 84 million kroner.",
          "Mayor Ellen Sørensen said the vote ended “three years of arguing about rails” and that"
              + " work would start in the spring of 2027.",
          "Opponents, led by councillor Jonas Berg, had asked for a referendum. \"We will keep"
              + " asking questions,\" Berg said after the vote.",
          "The line is expected to carry 12,000 passengers a day when it opens in 2029.",
          "");

  /** A line of {@link #ARTICLE} with non-ASCII letters and curly quotes, which decoding must keep. */
  private static final String QUOTED = "Mayor Ellen Sørensen said the vote ended “three years";

  private static final String CJK =
      "港口议会周二批准了一条新的有轨电车线路。该线路将连接旧港口和大学。工程预计明年春季开始。";
  private static final String ARABIC =
      "وافق مجلس الميناء يوم الثلاثاء على خط ترام جديد. وسيربط الخط الميناء القديم بالجامعة.";
  private static final String CYRILLIC =
      "Совет порта во вторник одобрил новую трамвайную линию. Работы начнутся весной.";
  private static final String EMOJI =
      "Residents 🎉 cheered the vote 👍🏽 outside the hall. A family 👨‍👩‍👧 waved flags 🇩🇰 all afternoon.";

  private HostileInputs() {}

  /** Every case, in a fixed order. */
  public static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // Empty and blank.
    c.add(summary("empty", "articles/empty.txt", () -> new byte[0]));
    c.add(summary("whitespace-only", "articles/blank.txt", () -> ascii(" \t\n\r\n \u000B\f  \n".repeat(200))));
    // Binary with a text extension.
    c.add(new Case("png-as-txt", "articles/photo.txt", Expect.NOT_TEXT, false, HostileInputs::png));
    c.add(new Case("jpeg-as-txt", "articles/photo2.txt", Expect.NOT_TEXT, false, HostileInputs::jpeg));
    c.add(new Case("pdf-as-txt", "articles/report.txt", Expect.NOT_TEXT, false, HostileInputs::pdf));
    c.add(new Case("zip-as-txt", "articles/archive.txt", Expect.NOT_TEXT, false, HostileInputs::zip));
    c.add(new Case("tar-as-txt", "articles/archive2.txt", Expect.NOT_TEXT, false, HostileInputs::tar));
    c.add(new Case("random-bytes", "articles/noise.txt", Expect.NOT_TEXT, false, () -> random(64 * 1024, 6)));
    c.add(new Case("random-bytes-as-html", "articles/noise.html", Expect.NOT_TEXT, false, () -> random(64 * 1024, 7)));
    // Compressed.
    c.add(summary("gzip-article", "articles/story.txt", () -> gzip(utf8(ARTICLE)), QUOTED));
    c.add(new Case("gzip-bomb", "articles/bomb.txt", Expect.TOO_LARGE, false, HostileInputs::gzipBomb));
    c.add(new Case("gzip-truncated", "articles/cut.txt", Expect.BAD_COMPRESSION, false, HostileInputs::gzipTruncated));
    c.add(new Case("gzip-of-gzip", "articles/twice.txt", Expect.NOT_TEXT, false, () -> gzip(gzip(utf8(ARTICLE)))));
    c.add(new Case("gzip-of-png", "articles/photo3.txt", Expect.NOT_TEXT, false, () -> gzip(png())));
    // Encodings.
    c.add(summary("utf16le-bom", "articles/u16le.txt",
        () -> bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE), QUOTED));
    c.add(summary("utf16be-bom", "articles/u16be.txt",
        () -> bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE), QUOTED));
    c.add(summary("utf16le-no-bom", "articles/u16le-nobom.txt", () -> ARTICLE.getBytes(StandardCharsets.UTF_16LE), QUOTED));
    c.add(summary("utf16be-no-bom", "articles/u16be-nobom.txt", () -> ARTICLE.getBytes(StandardCharsets.UTF_16BE), QUOTED));
    c.add(summary("windows-1252", "articles/cp1252.txt", () -> ARTICLE.replace("Ø", "O").replace("ø", "o")
        .getBytes(Charset.forName("windows-1252")), "Mayor Ellen Sorensen said the vote ended “three years"));
    c.add(summary("invalid-utf8-scattered", "articles/broken.txt", HostileInputs::invalidUtf8, "Sørensen"));
    c.add(summary("control-characters", "articles/controls.txt", HostileInputs::controls, "84 million kroner"));
    // Size.
    c.add(new Case("one-5mb-line", "articles/line.txt", Expect.SUMMARY, true, HostileInputs::fiveMegabyteLine));
    c.add(new Case("5mb-token-without-space", "articles/token.txt", Expect.SUMMARY, true, () -> ascii("x".repeat(CAP - 1))));
    c.add(new Case("sentence-x1000000", "articles/repeat.txt", Expect.TOO_LARGE, true,
        () -> ascii("The council met on Tuesday. ".repeat(1_000_000))));
    c.add(new Case("sentence-x1000000-gzipped", "articles/repeat-gz.txt", Expect.TOO_LARGE, false,
        () -> gzip(ascii("The council met on Tuesday. ".repeat(1_000_000)))));
    c.add(new Case("sentence-repeated-to-the-cap", "articles/repeat-cap.txt", Expect.SUMMARY, true,
        () -> ascii("The council met on Tuesday. ".repeat((CAP - 1) / 28))));
    c.add(new Case("article-x1000", "articles/copies.txt", Expect.SUMMARY, true, () -> utf8(ARTICLE.repeat(1000))));
    c.add(new Case("one-byte-over-the-cap", "articles/over.txt", Expect.TOO_LARGE, true, () -> ascii("a".repeat(CAP + 1))));
    // Structure storms.
    c.add(new Case("100000-tiny-paragraphs", "articles/paras.txt", Expect.SUMMARY, false, () -> ascii("Ok.\n\n".repeat(100_000))));
    c.add(new Case("100000-quote-marks", "articles/quotes.txt", Expect.SUMMARY, false,
        () -> utf8("He said " + "\"".repeat(50_000) + "“”".repeat(25_000) + " and left.")));
    c.add(new Case("mr-storm", "articles/mr.txt", Expect.SUMMARY, true, () -> ascii("Mr. ".repeat(1_000_000))));
    c.add(new Case("abbreviation-storm", "articles/abbr.txt", Expect.SUMMARY, true,
        () -> ascii("U.S. Jan. Dr. a.m. No. St. Gen. e.g. ".repeat(100_000))));
    c.add(new Case("deep-brackets", "articles/brackets.txt", Expect.SUMMARY, false,
        () -> ascii("(".repeat(100_000) + "It rained in the port." + ")".repeat(100_000) + " Then it stopped.")));
    c.add(new Case("deep-mixed-brackets", "articles/brackets2.txt", Expect.SUMMARY, false,
        () -> ascii("([{\"'".repeat(40_000) + "Deep.")));
    // Scripts.
    c.add(summary("mixed-scripts", "articles/world.txt",
        () -> utf8(String.join("\n", CJK, ARABIC, CYRILLIC, EMOJI, ARTICLE)), "A family 👨‍👩‍👧 waved flags 🇩🇰"));
    c.add(summary("cjk-only", "articles/cjk.txt", () -> utf8(CJK.repeat(20)), "该线路将连接旧港口和大学。"));
    c.add(summary("emoji-storm", "articles/emoji.txt", () -> utf8("👨‍👩‍👧🇩🇰👍🏽".repeat(20_000))));
    // Markup saved as text.
    c.add(summary("html-as-txt", "articles/page.txt", HostileInputs::htmlPage, "at a cost of 84 million kroner"));
    c.add(summary("json-as-txt", "articles/data.txt", HostileInputs::json));
    c.add(summary("deep-html-as-txt", "articles/deep.txt",
        () -> ascii("<html><body>" + "<div>".repeat(50_000) + "<p>Deep text here.</p>" + "</div>".repeat(50_000))));
    // Crafted against the expressions the code runs (README, "Reliability and security": the regex
    // review): one match of a separator class spanning a whole line, long tokens under the ordinal
    // and date-stamp checks, and the shapes that hurt backtracking engines (alternation under a star,
    // a reluctant group under a counted repeat, repeated words a back-reference would chase).
    c.add(new Case("separator-runs", "articles/separators.txt", Expect.SUMMARY, false, HostileInputs::separatorRuns));
    c.add(new Case("ordinal-and-date-storm", "articles/dates.txt", Expect.SUMMARY, false, HostileInputs::ordinalStorm));
    c.add(new Case("backtracking-bait", "articles/bait.txt", Expect.SUMMARY, false, HostileInputs::backtrackingBait));
    return List.copyOf(c);
  }

  /**
   * Lines whose separators are one long run: what {@code split("[\s.]+")}, {@code "[\s,|]+"},
   * {@code "[\s/:,;]+"} and {@code "\s+"} (dateline, date-stamp, credit and title checks) meet as a
   * single match, on a line that also opens like a dateline, a credit and a titled headline.
   */
  private static byte[] separatorRuns() {
    String run = " . , | / : ; \t".repeat(40_000);
    return ascii(String.join("\n",
        "Council approves tram line -" + run + "example.com",
        "LONDON," + run + "-- The harbour council on Tuesday approved a tram line.",
        "Photo" + run + "Xinhua",
        "18 March 2014" + run + "09:22 GMT",
        ARTICLE));
  }

  /**
   * Ordinals and date stamps with tokens of a hundred thousand characters: {@code \d{1,2}(st|nd|rd|th)}
   * and the date-stamp suffix check ({@code st|nd|rd|th|am|pm|h}) run once per token, never once per
   * character of it.
   */
  private static byte[] ordinalStorm() {
    return ascii(String.join("\n",
        "LONDON, March 1st " + "2nd. 3rd. 4th. ".repeat(30_000) + "-- The council met on Tuesday.",
        "18 " + "9".repeat(200_000) + "pm",
        "1" + "st".repeat(100_000),
        "Mon 18 Jan 2021 " + "10.32.".repeat(50_000) + "h",
        "WASHINGTON, " + "12th ".repeat(50_000) + "-- Officials said the vote was close.",
        ARTICLE));
  }

  /**
   * The inputs that break backtracking engines: {@code (a|b)*}-shaped runs (half a megabyte of "ab"), a run
   * that almost matches a nested quantifier ({@code (a+)+b} against a's and a bang), a line of a
   * hundred thousand commas ({@code ^(.*?,){11}P}), and a word repeated a hundred thousand times (what a
   * back-reference such as {@code \b(\w+) \1\b} chases).
   */
  private static byte[] backtrackingBait() {
    return ascii(String.join("\n",
        "ab".repeat(250_000),
        "a".repeat(200_000) + "!",
        "x,".repeat(100_000) + "Q",
        "the ".repeat(100_000) + "end.",
        ARTICLE));
  }

  /** The cases as JUnit arguments. */
  public static Stream<Case> cases() {
    return all().stream();
  }

  /** The multi-megabyte cases. */
  public static Stream<Case> largeCases() {
    return all().stream().filter(Case::large);
  }

  /** The case with this id. */
  public static Case byId(String id) {
    return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /** Writes every case's bytes under {@code dir} (for a forked JVM), keyed by id. */
  public static Map<String, Path> writeAll(Path dir, List<Case> cases) throws IOException {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Case c : cases) {
      Path p = dir.resolve(c.id() + ".bin");
      Files.write(p, c.bytes());
      out.put(c.id(), p);
    }
    return out;
  }

  private static Case summary(String id, String fileName, Supplier<byte[]> bytes) {
    return new Case(id, fileName, Expect.SUMMARY, false, bytes);
  }

  private static Case summary(String id, String fileName, Supplier<byte[]> bytes, String mustContain) {
    return new Case(id, fileName, Expect.SUMMARY, false, bytes, mustContain);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bom(byte[] bom, Charset charset) {
    byte[] body = ARTICLE.getBytes(charset);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] png() {
    byte[] b = random(20_000, 1);
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }

  private static byte[] jpeg() {
    byte[] b = random(20_000, 2);
    byte[] magic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }

  /** A PDF whose page text is readable ASCII: only its magic number tells it from prose. */
  private static byte[] pdf() {
    String body = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + "4 0 obj\n<< /Length 120 >>\nstream\nBT /F1 12 Tf 72 712 Td (" + ARTICLE.lines().findFirst().orElseThrow()
        + ") Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] zip() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(buf)) {
      z.putNextEntry(new ZipEntry("article.txt"));
      z.write(utf8(ARTICLE));
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  /** A ustar archive of one text file: mostly readable text and NUL padding, no magic at offset 0. */
  private static byte[] tar() {
    byte[] body = utf8(ARTICLE);
    int blocks = 1 + (body.length + 511) / 512 + 2;
    byte[] t = new byte[blocks * 512];
    byte[] name = ascii("article.txt");
    System.arraycopy(name, 0, t, 0, name.length);
    System.arraycopy(ascii("0000644\0"), 0, t, 100, 8);
    System.arraycopy(ascii(String.format("%011o\0", body.length)), 0, t, 124, 12);
    System.arraycopy(ascii("ustar\0" + "00"), 0, t, 257, 8);
    System.arraycopy(body, 0, t, 512, body.length);
    return t;
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(buf)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  /** 256 MiB of spaces, compressed to about 250 KB: fifty times the cap once expanded. */
  private static byte[] gzipBomb() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(buf, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 256; i++) {
        g.write(spaces);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  private static byte[] gzipTruncated() {
    byte[] whole = gzip(utf8(ARTICLE.repeat(20)));
    return java.util.Arrays.copyOf(whole, whole.length / 2);
  }

  /**
   * The article in UTF-8 with a stray invalid byte (lone continuation and lead bytes, a surrogate's
   * first byte) before every fifth space: the words around them must come through intact.
   */
  private static byte[] invalidUtf8() {
    byte[] good = utf8(ARTICLE.repeat(3));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] junk = {(byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0xF5, (byte) 0xBF};
    int spaces = 0;
    for (byte b : good) {
      if (b == ' ' && spaces++ % 5 == 4) {
        out.write(junk[spaces % junk.length]);
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /** The article with escape sequences, bells, backspaces and DEL between words (but few of them). */
  private static byte[] controls() {
    String[] words = ARTICLE.split(" ");
    String[] junk = {"\u001B[31m", "\u0007", "\b", "\u007F", "\u001B[0m", "\u0001"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sb.append(words[i]);
      if (i % 7 == 3) {
        sb.append(junk[i % junk.length]);
      }
      sb.append(' ');
    }
    return utf8(sb.toString());
  }

  /** Just under 5 MB of prose words on one line, with sentence ends now and then. */
  private static byte[] fiveMegabyteLine() {
    String[] words = ARTICLE.replace('\n', ' ').split(" ");
    StringBuilder sb = new StringBuilder(5_000_100);
    int i = 0;
    while (sb.length() < 5_000_000) {
      sb.append(words[i % words.length]).append(' ');
      i++;
    }
    return utf8(sb.substring(0, 5_000_000));
  }

  private static byte[] htmlPage() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Harbour council approves tram plan</title>"
        + "<script>var x = '<p>not text</p>'; for (;;) {}</script><style>p{color:red}</style></head><body>"
        + "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>Harbour council approves tram plan</h1>");
    for (String line : ARTICLE.split("\n")) {
      if (!line.isBlank() && !line.startsWith("Harbour")) {
        sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    sb.append("</article><footer>© Port Gazette</footer></body></html>");
    return utf8(sb.toString());
  }

  private static byte[] json() {
    String body = ARTICLE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return utf8("{\"headline\": \"Harbour council approves tram plan\", \"body\": \"" + body
        + "\", \"tags\": [\"port\", \"tram\"], \"nested\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
  }
}
