package dev.lede.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the sentence splitter consults: abbreviations by class ({@code abbreviations.txt}) and
 * closed-class words ({@code sentence-words.txt}), both in this package's resources. Loaded once;
 * immutable and thread-safe.
 */
final class BoundaryWords {
  private static final PackageResources FILES = new PackageResources(BoundaryWords.class);
  /** How an abbreviation behaves before the next word; see the header of {@code abbreviations.txt}. */
  enum Abbreviation {
    TITLE,
    JOIN,
    NUMBER,
    AMBIGUOUS
  }

  static final BoundaryWords DEFAULT =
      new BoundaryWords(read("abbreviations.txt"), read("sentence-words.txt"));

  private final Map<String, Abbreviation> exact = new HashMap<>();
  private final Map<String, Abbreviation> anyCase = new HashMap<>();
  private final Set<String> starters = new HashSet<>();
  private final Set<String> prepositions = new HashSet<>();
  private final Set<String> speechVerbs = new HashSet<>();
  /**
   * A filter for {@link #mayBeAbbreviation}: for each length (the last slot for all longer ones) and
   * ASCII first char in lower case, a bit per last char in lower case ({@code c & 63}) that some listed
   * abbreviation of only ASCII chars has.
   */
  private final long[] asciiShapes = new long[(LONGEST_SHAPE + 1) * 128];

  private static final int LONGEST_SHAPE = 15;

  BoundaryWords(String abbreviations, String sentenceWords) {
    // Plain loops, no lambdas: this runs on every cold start, where each lambda's bootstrap costs more
    // than the loop.
    for (String[] e : parse(abbreviations, "abbreviations.txt")) {
      String section = e[0];
      String entry = e[1];
      Abbreviation kind;
      try {
        kind = Abbreviation.valueOf(section.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new IllegalStateException("abbreviations.txt: unknown class [" + section + "]");
      }
      if (entry.equals(entry.toLowerCase(Locale.ROOT))) {
        anyCase.put(entry, kind);
      } else {
        exact.put(entry, kind);
      }
      addShape(entry);
    }
    for (String[] e : parse(sentenceWords, "sentence-words.txt")) {
      String section = e[0];
      Set<String> target =
          switch (section) {
            case "starter" -> starters;
            case "preposition" -> prepositions;
            case "speech" -> speechVerbs;
            default -> throw new IllegalStateException(
                "sentence-words.txt: unknown class [" + section + "]");
          };
      target.add(e[1].toLowerCase(Locale.ROOT));
    }
  }

  private void addShape(String entry) {
    for (int k = 0; k < entry.length(); k++) {
      if (entry.charAt(k) >= 128) {
        return; // never the lower case of an ASCII stem, the only kind the filter answers for
      }
    }
    if (!entry.isEmpty()) {
      char last = Words.asciiLower(entry.charAt(entry.length() - 1));
      asciiShapes[shape(entry.length(), entry.charAt(0))] |= 1L << (last & 63);
    }
  }

  private static int shape(int length, char first) {
    return Math.min(length, LONGEST_SHAPE) * 128 + Words.asciiLower(first);
  }

  /**
   * A quick test, false only when {@link #abbreviation} of {@code cs[from, to)} gives null: a stem of
   * ASCII chars can be listed only if some listed abbreviation has its length and, in lower case, its
   * first and last chars. Other stems are left to the look-up.
   */
  boolean mayBeAbbreviation(char[] cs, int from, int to) {
    for (int k = from; k < to; k++) {
      if (cs[k] >= 128) {
        return true;
      }
    }
    return to > from
        && (asciiShapes[shape(to - from, cs[from])] & 1L << (Words.asciiLower(cs[to - 1]) & 63)) != 0;
  }

  /** The class of {@code stem} (an abbreviation without its final full stop), or null if unlisted. */
  Abbreviation abbreviation(String stem) {
    Abbreviation kind = exact.get(stem);
    return kind != null ? kind : anyCase.get(stem.toLowerCase(Locale.ROOT));
  }

  boolean isStarter(String word) {
    return starters.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isPreposition(String word) {
    return prepositions.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isSpeechVerb(String word) {
    return speechVerbs.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The entries of a list, each as its {@code [class]} and the entry, in order. */
  private static List<String[]> parse(String data, String name) {
    List<String[]> out = new ArrayList<>();
    String section = null;
    for (String raw : data.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
      } else if (section == null) {
        throw new IllegalStateException(name + ": entry before any [class]: " + line);
      } else {
        out.add(new String[] {section, line});
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = FILES.open(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/lede/text/" + resource);
      }
      StringBuilder sb = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/lede/text/" + resource, e);
    }
  }
}
