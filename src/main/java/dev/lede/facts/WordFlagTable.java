package dev.lede.facts;

/**
 * An open-addressing hash table from word keys to bit sets, for the one look-up per token that
 * entity recognition makes: flat arrays, no boxed values, no per-entry nodes, and each slot's hash kept
 * beside it so a probe touches a key only when the hashes agree. Built once, then read-only and so
 * thread-safe.
 */
final class WordFlagTable {
  private String[] keys = new String[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int[] values = new int[1 << 10];
  private int shift = 32 - 10;
  private int size;

  /** Ors {@code bits} into the entry for {@code key}. Only while building. */
  void merge(String key, int bits) {
    if (size * 3 >= keys.length) {
      grow();
    }
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = slot(h);
    while (keys[i] != null) {
      if (hashes[i] == h && keys[i].equals(key)) {
        values[i] |= bits;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    values[i] = bits;
    size++;
  }

  /** The bits of {@code key}, 0 when absent. */
  int get(String key) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = slot(h);
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  int size() {
    return size;
  }

  /** Fibonacci hashing: the top bits of the product spread every bit of the hash. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    shift--;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        merge(oldKeys[i], oldValues[i]);
      }
    }
  }
}
