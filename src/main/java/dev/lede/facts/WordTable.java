package dev.lede.facts;

import java.util.Map;

/**
 * A read-only map from words to values that ignores case, looked up straight from a token of a text so the
 * scanners make no string per token; the token's hash is computed once, by {@link TextTokens}. Open
 * addressing; built once, then thread-safe. Callers that care about case check it on what they find.
 */
final class WordTable<V> {
  private final String[] keys;
  /** Each key's {@link #hash}, compared before its chars. */
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  /** @param entries the words, in lower case, and their values */
  WordTable(Map<String, V> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 4)) * 2;
    keys = new String[cap];
    hashes = new int[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int hash = hash(k, 0, k.length());
      int h = hash & mask;
      while (keys[h] != null && !keys[h].equals(k)) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      hashes[h] = hash;
      values[h] = e.getValue();
    }
  }

  /** The value of token {@code i} of {@code t}, in any case, or null (also out of range). */
  V get(TextTokens t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    return find(t.foldedHash(i), t.text, t.start(i), t.end(i));
  }

  /** The value of {@code s}, in any case, or null. */
  V get(String s) {
    return find(hash(s, 0, s.length()), s, 0, s.length());
  }

  /** Every key, in no particular order. */
  java.util.List<String> keys() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String k : keys) {
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /** The value of {@code s[start, end)}, in any case, whose {@link #hash} is {@code hash}; or null. */
  @SuppressWarnings("unchecked")
  V find(int hash, CharSequence s, int start, int end) {
    int h = hash & mask;
    while (keys[h] != null) {
      if (hashes[h] == hash && matches(keys[h], s, start, end)) {
        return (V) values[h];
      }
      h = (h + 1) & mask;
    }
    return null;
  }

  /** The case-folded hash every table and {@link TextTokens} agree on. */
  static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return mix(h);
  }

  /**
   * The {@link #hash} whose sum over the folded chars, {@code h = 31 * h + fold(c)} from 0, is {@code h}:
   * for a scanner that takes the sum as it passes over the chars.
   */
  static int mix(int h) {
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

  /** Lower case, with a fast path for ASCII. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean matches(String key, CharSequence s, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(s.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }
}
