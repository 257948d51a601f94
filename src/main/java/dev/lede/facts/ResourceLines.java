package dev.lede.facts;

import dev.lede.text.PackageResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list shipped beside the classes of this package: one entry a line, {@code #} comments. */
final class ResourceLines {
  static final PackageResources FILES = new PackageResources(ResourceLines.class);

  private ResourceLines() {}

  /** The file {@code name} of this package, open. */
  static InputStream open(String name) throws IOException {
    InputStream in = FILES.open(name);
    if (in == null) {
      throw new IllegalStateException("word list missing from the package: " + name);
    }
    return in;
  }

  /** The non-blank, non-comment lines of resource {@code name}, stripped of surrounding spaces. */
  static List<String> load(String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = open(name)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          lines.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
    return List.copyOf(lines);
  }
}
