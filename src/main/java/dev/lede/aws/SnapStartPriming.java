package dev.lede.aws;

import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms the function before Lambda SnapStart takes its snapshot: a CRaC {@code beforeCheckpoint} hook
 * that runs the whole pipeline and the JSON mapping on a built-in article (written for the project:
 * {@code priming-article.txt}, as plain text, as an HTML page and as Markdown, so the extractors warm
 * too) and parses a built-in S3 event, enough times for the JIT to compile the hot code. The snapshot
 * then holds loaded, initialised and compiled classes, and a restored function's first invoke runs warm
 * code. It calls no AWS service (a snapshot must not hold connections or credentials) and writes no log
 * line. Outside a CRaC-capable runtime registering it does nothing.
 *
 * <p>Nothing is primed at a plain cold start: there the first request pays for what it uses, and
 * nothing else.
 */
final class SnapStartPriming implements Resource {
  /** Enough for tier-1 (C1) compilation of per-article methods (thresholds of some hundreds of calls). */
  static final int ROUNDS = 100;
  static final LocalDate REFERENCE = LocalDate.of(2025, 3, 18);

  private static final String EVENT = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\","
      + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2025-03-18T08:30:00.000Z\",\"eventName\":\"ObjectCreated:Put\","
      + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"priming\",\"arn\":\"arn:aws:s3:::priming\"},"
      + "\"object\":{\"key\":\"articles/priming+article%C3%A9.txt\",\"size\":4096,"
      + "\"eTag\":\"0123456789abcdef0123456789abcdef\",\"versionId\":\"v1\",\"sequencer\":\"0065A1B2C3D4E5F601\"}}}]}";

  private final Lede lede;
  private final byte[] text;
  private final byte[] html;
  private final byte[] markdown;

  SnapStartPriming(Lede lede) {
    this.lede = lede;
    String article = article();
    this.text = article.getBytes(StandardCharsets.UTF_8);
    this.html = asHtml(article).getBytes(StandardCharsets.UTF_8);
    this.markdown = asMarkdown(article).getBytes(StandardCharsets.UTF_8);
  }

  /** Registers the hook with the runtime's global CRaC context; the caller keeps the returned object. */
  static SnapStartPriming register(Lede lede) {
    SnapStartPriming priming = new SnapStartPriming(lede);
    Core.getGlobalContext().register(priming); // the context may hold it weakly: the handler keeps it
    return priming;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime(ROUNDS);
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // nothing to renew: the S3 client opens its connections on first use
  }

  /** Runs the pipeline {@code rounds} times over each sample; returns the bytes produced (so none is skipped). */
  long prime(int rounds) {
    long produced = 0;
    for (int r = 0; r < rounds; r++) {
      produced += document("articles/priming.txt", null, text);
      produced += document("articles/priming.html", "text/html", html);
      produced += document("articles/priming.md", "text/markdown", markdown);
      try {
        byte[] event = EVENT.getBytes(StandardCharsets.UTF_8);
        produced += EventShape.of(EventJson.read(event)).ordinal(); // how the handler tells shapes apart
        produced += S3EventParser.parse(new ByteArrayInputStream(event)).records().size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      produced += DigestJson.errorToBytes(source("articles/priming.bin"), "not_text", "input is binary data, not text", false).length;
    }
    return produced;
  }

  private long document(String key, String mediaType, byte[] bytes) {
    try {
      return DigestJson.toBytes(source(key), lede.digest(bytes, new InputInfo(key, mediaType, REFERENCE)), false).length;
    } catch (LedeException e) {
      throw new IllegalStateException("the priming article failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> source(String key) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("bucket", "priming");
    s.put("key", key);
    s.put("versionId", "v1");
    s.put("eTag", "0123456789abcdef0123456789abcdef");
    s.put("size", 4096L);
    s.put("sequencer", "0065A1B2C3D4E5F601");
    s.put("lastModified", "2025-03-18T08:30:00Z");
    return s;
  }

  static String article() {
    try (InputStream in = SnapStartPriming.class.getResourceAsStream("priming-article.txt")) {
      if (in == null) {
        throw new IllegalStateException("priming-article.txt missing from the package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String asHtml(String article) {
    StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Second ferry terminal approved | Lede Wire</title>")
        .append("<meta property=\"article:published_time\" content=\"2025-03-18T09:00:00Z\">")
        .append("<script>var a = 1;</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>")
        .append("<article><h1>Harbour Trust approves second ferry terminal</h1>")
        .append("<figure><img src=\"a.jpg\"><figcaption>A ferry leaves the old terminal. [Photo/Lede Wire]</figcaption></figure>");
    for (String line : article.split("\n")) {
      if (!line.isBlank()) {
        b.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
      }
    }
    return b.append("</article><footer>&copy; Lede Wire</footer></body></html>").toString();
  }

  private static String asMarkdown(String article) {
    return "---\ntitle: Harbour Trust approves second ferry terminal\ndate: 2025-03-18\n---\n\n"
        + "# Harbour Trust approves second ferry terminal\n\n" + article.replace("\n", "\n\n");
  }
}
