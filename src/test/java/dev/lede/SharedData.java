package dev.lede;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
