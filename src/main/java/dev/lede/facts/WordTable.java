package dev.lede.facts;

import java.util.Map;

/**
 * A read-only map from words to values, looked up straight from a region of text so the scanners make no
 * string per token. Open addressing; built once, then thread-safe.
 */
final class WordTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final boolean folded;

  /**
   * @param entries the words and their values
   * @param folded whether lookups ignore case (then the keys must be lower case)
   */
  WordTable(Map<String, V> entries, boolean folded) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) * 2;
    keys = new String[cap];
    values = new Object[cap];
    mask = cap - 1;
    this.folded = folded;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int h = hash(k, 0, k.length()) & mask;
      while (keys[h] != null && !keys[h].equals(k)) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = e.getValue();
    }
  }

  /** The value of the word {@code s[start, end)}, or null. */
  @SuppressWarnings("unchecked")
  V get(CharSequence s, int start, int end) {
    int h = hash(s, start, end) & mask;
    while (keys[h] != null) {
      if (matches(keys[h], s, start, end)) {
        return (V) values[h];
      }
      h = (h + 1) & mask;
    }
    return null;
  }

  V get(String s) {
    return get(s, 0, s.length());
  }

  boolean contains(CharSequence s, int start, int end) {
    return get(s, start, end) != null;
  }

  private int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      h = 31 * h + (folded ? fold(c) : c);
    }
    return h ^ (h >>> 16);
  }

  /** Lower case, with a fast path for ASCII. */
  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private boolean matches(String key, CharSequence s, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = s.charAt(start + i);
      if (key.charAt(i) != (folded ? fold(c) : c)) {
        return false;
      }
    }
    return true;
  }
}
