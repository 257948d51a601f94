package dev.lede.clean;

import dev.lede.text.PackageResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the cleaning word lists under {@code src/main/resources/dev/lede/clean/}: one entry a line,
 * {@code #} starts a comment line, blank lines are skipped, entries are lower-cased. Called once per
 * list, from static initialisers.
 */
final class Lexicon {
  private static final PackageResources FILES = new PackageResources(Lexicon.class);

  private Lexicon() {}

  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = FILES.open(name)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
    return out;
  }

  static Set<String> set(String name) {
    return Set.copyOf(lines(name));
  }

  /**
   * The phrases, longest first, phrases of one length in their given order (what a stable sort by
   * length would give). An insertion sort of a few dozen phrases: no comparator lambda to bootstrap in
   * a static initialiser on every cold start.
   */
  static List<String> longestFirst(List<String> phrases) {
    List<String> out = new ArrayList<>(phrases.size());
    for (String p : phrases) {
      int at = out.size();
      while (at > 0 && out.get(at - 1).length() < p.length()) {
        at--;
      }
      out.add(at, p);
    }
    return out;
  }
}
