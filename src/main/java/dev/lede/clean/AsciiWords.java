package dev.lede.clean;

import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of words, asked whether a stretch of text of ASCII chars, lower-cased, is one of them,
 * with no string made for the stretch: an open-addressing table of the words' hash codes. It answers
 * only for ASCII stretches, where lower-casing is char by char; for any other the caller asks its set
 * with a lower-cased copy. Immutable and thread-safe.
 */
final class AsciiWords {
  private final String[] table;
  private final int mask;

  /** The ASCII words of the given sets (a word with any other char never equals an ASCII stretch). */
  @SafeVarargs
  AsciiWords(Set<String>... sets) {
    List<String> words = new ArrayList<>();
    for (Set<String> set : sets) {
      for (String w : set) {
        if (isAscii(w, 0, w.length()) && !words.contains(w)) {
          words.add(w);
        }
      }
    }
    int size = 16;
    while (size < words.size() * 4) {
      size <<= 1;
    }
    table = new String[size];
    mask = size - 1;
    for (String w : words) {
      int slot = w.hashCode() & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = w;
    }
  }

  static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * 1 when {@code s[from, to)} lower-cased is one of the words, 0 when it is not, -1 when the stretch
   * holds a char beyond ASCII (no answer: ask the sets).
   */
  int find(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return -1;
      }
      h = 31 * h + Words.asciiLower(c);
    }
    int len = to - from;
    for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w.length() == len && sameLower(s, from, w)) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean sameLower(String s, int from, String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Words.asciiLower(s.charAt(from + k)) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
