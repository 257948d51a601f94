package dev.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles the throughput benchmark reads: the {@code text} of every item of the BBC dev set
 * ({@code dev/bbc.jsonl} under the evaluation data, read in place, never copied) when it is present,
 * otherwise articles the {@link ArticleGenerator} writes, of BBC-like sizes.
 *
 * <p>The data directory is the system property {@code lede.data}, else the environment variable
 * {@code LEDE_DATA}, else {@code ../shared/data} beside the working directory.
 */
public final class Corpus {
  private final String name;
  private final List<byte[]> articles;

  private Corpus(String name, List<byte[]> articles) {
    this.name = name;
    this.articles = List.copyOf(articles);
  }

  public String name() {
    return name;
  }

  public List<byte[]> articles() {
    return articles;
  }

  public long bytes() {
    long n = 0;
    for (byte[] a : articles) {
      n += a.length;
    }
    return n;
  }

  /** The evaluation data directory, whether or not it exists. */
  public static Path dataDirectory() {
    String p = System.getProperty("lede.data");
    if (p == null || p.isBlank()) {
      p = System.getenv("LEDE_DATA");
    }
    return Path.of(p == null || p.isBlank() ? "../shared/data" : p);
  }

  /** The texts of a JSONL set under the data directory (e.g. {@code dev/bbc.jsonl}), or null when absent. */
  public static Corpus jsonl(String set) {
    Path file = dataDirectory().resolve(set);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<byte[]> texts = new ArrayList<>();
    JsonFactory json = JsonFactory.builder().build();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String text = textField(json, line);
        if (text != null) {
          texts.add(text.getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(set, texts);
  }

  /** BBC dev texts when present, else {@code count} generated articles of 1–5 KB. */
  public static Corpus bbcOrGenerated(int count) {
    Corpus bbc = jsonl("dev/bbc.jsonl");
    if (bbc != null) {
      return bbc;
    }
    ArticleGenerator g = new ArticleGenerator(2024);
    List<byte[]> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      texts.add(g.article(1_000 + (i * 397) % 4_000).getBytes(StandardCharsets.UTF_8));
    }
    return new Corpus("generated", texts);
  }

  private static String textField(JsonFactory json, String line) throws IOException {
    try (JsonParser p = json.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("text".equals(field) && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    }
  }
}
