package dev.lede.facts;

import java.util.Arrays;

/**
 * An open-addressing hash table from word keys to bit sets, for the one look-up per token that
 * entity recognition makes: flat arrays, no boxed values, no per-entry nodes. Built once, then read-only
 * and so thread-safe.
 */
final class WordTable {
  private String[] keys = new String[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;

  /** Ors {@code bits} into the entry for {@code key}. Only while building. */
  void merge(String key, int bits) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key.hashCode()) & mask;
    while (keys[i] != null) {
      if (keys[i].equals(key)) {
        values[i] |= bits;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = bits;
    size++;
  }

  /** The bits of {@code key}, 0 when absent. */
  int get(String key) {
    int mask = keys.length - 1;
    int i = mix(key.hashCode()) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        merge(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, null);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
