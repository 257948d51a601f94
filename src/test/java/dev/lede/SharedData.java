package dev.lede;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared/data}, the third-party evaluation sets that CI has beside the checkout.
 * Tests that need it call {@link #require} and are skipped, saying why, where it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String p = System.getProperty("lede.data");
    return p == null ? Path.of("..", "shared", "data") : Path.of(p);
  }

  /** The path of {@code relative} under the data root; skips the calling test when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(p),
        "skipped: evaluation data " + p + " is absent (it lives in ../shared/data beside the checkout)");
    return p;
  }

  /**
   * The {@code text} field of every record of the JSON-lines set {@code relative} (such as
   * {@code dev/bbc.jsonl}), in order; skips the calling test when the set is missing.
   */
  public static List<String> texts(String relative) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(require(relative), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    return texts;
  }
}
