package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.cli.eval.ArticleBodyMeasure;
import dev.lede.cli.eval.PageMetadataMeasure;
import dev.lede.extract.CharsetSniffer;
import dev.lede.extract.HtmlExtractor;
import dev.lede.text.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The directory modes of {@code evaluate}: a directory with {@code ground-truth.json} is an
 * article-extraction set ({@code html/<id>.html.gz} per page, {@code articleBody} per id), scored with
 * the benchmark's shingle measure on the extracted text and on Lede's cleaned text; a directory of page
 * folders with {@code expected-metadata.json} and {@code source.html} is a metadata set, where an
 * {@code expected.html} (a reference extraction) also scores the extracted text with the same measure.
 */
final class PageSetEvaluation {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double FAIL_BELOW = 0.9;

  private PageSetEvaluation() {}

  static boolean applies(Path dir) throws IOException {
    return Files.isDirectory(dir)
        && (Files.exists(dir.resolve("ground-truth.json")) || !metadataPages(dir).isEmpty());
  }

  static Map<String, Object> evaluate(Path dir, PrintStream failures) throws IOException {
    if (Files.exists(dir.resolve("ground-truth.json"))) {
      return articleBodies(dir, failures);
    }
    return metadata(dir, failures);
  }

  private static Map<String, Object> articleBodies(Path dir, PrintStream failures) throws IOException {
    JsonNode truth = MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
    ArticleBodyMeasure extracted = new ArticleBodyMeasure("body.extracted", FAIL_BELOW);
    ArticleBodyMeasure cleaned = new ArticleBodyMeasure("body.cleaned", FAIL_BELOW);
    HtmlExtractor extractor = new HtmlExtractor();
    Lede lede = Lede.create();
    long nanos = 0;
    int pages = 0;
    int errors = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(page)) {
        continue;
      }
      byte[] bytes = gunzip(Files.readAllBytes(page));
      String want = e.getValue().path("articleBody").asText("");
      String url = e.getValue().path("url").asText(null);
      long t0 = System.nanoTime();
      String text = extractor.extract(TextDecoder.decode(bytes, CharsetSniffer.sniff(bytes)).text()).text();
      String clean;
      try {
        clean = lede.digest(bytes, InputInfo.named(id + ".html")).text();
      } catch (LedeException ex) {
        clean = "";
        errors++;
        if (failures != null) {
          failures.println("[error] " + id + " " + ex.code().code() + ": " + ex.getMessage());
        }
      }
      nanos += System.nanoTime() - t0;
      pages++;
      extracted.add(id, url, want, text, failures);
      cleaned.add(id, url, want, clean, failures);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", dir.toString());
    figures.put("pages", pages);
    figures.putAll(extracted.result());
    figures.putAll(cleaned.result());
    figures.put("errors", errors);
    figures.put("millis", nanos / 1_000_000);
    return figures;
  }

  private static Map<String, Object> metadata(Path dir, PrintStream failures) throws IOException {
    PageMetadataMeasure measure = new PageMetadataMeasure();
    ArticleBodyMeasure bodies = new ArticleBodyMeasure("body.extracted", FAIL_BELOW);
    HtmlExtractor extractor = new HtmlExtractor();
    Lede lede = Lede.create();
    int pages = 0;
    long nanos = 0;
    for (Path p : metadataPages(dir)) {
      JsonNode expected = MAPPER.readTree(p.resolve("expected-metadata.json").toFile());
      byte[] bytes = Files.readAllBytes(p.resolve("source.html"));
      long t0 = System.nanoTime();
      try {
        Digest d = lede.digest(bytes, InputInfo.named("source.html"));
        measure.add(p.getFileName().toString(), expected, d, failures);
      } catch (LedeException ex) {
        if (failures != null) {
          failures.println("[error] " + p.getFileName() + " " + ex.code().code() + ": " + ex.getMessage());
        }
      }
      nanos += System.nanoTime() - t0;
      pages++;
      Path expectedHtml = p.resolve("expected.html");
      if (Files.exists(expectedHtml)) {
        // The reference extraction's text: a second, independent check of main-text extraction.
        String want = org.jsoup.Jsoup.parse(Files.readString(expectedHtml)).text();
        String got = extractor.extract(TextDecoder.decode(bytes, CharsetSniffer.sniff(bytes)).text()).text();
        bodies.add(p.getFileName().toString(), null, want, got, failures);
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", dir.toString());
    figures.put("pages", pages);
    figures.putAll(measure.result());
    figures.putAll(bodies.result());
    figures.put("millis", nanos / 1_000_000);
    return figures;
  }

  private static List<Path> metadataPages(Path dir) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.exists(p.resolve("expected-metadata.json")) && Files.exists(p.resolve("source.html")))
          .sorted()
          .forEach(pages::add);
    }
    return pages;
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
