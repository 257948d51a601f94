package dev.lede.facts;

/**
 * An open-addressing hash table from word keys to bit sets, for the one look-up per token that
 * entity recognition makes: flat arrays, no boxed values, no per-entry nodes. Each slot's hash and
 * value sit side by side in one int array, so a probe reads one cache line and touches a key string
 * only when the hashes agree (the table holds some 100,000 words, far more than a CPU cache, so memory
 * reads are what a look-up costs). Built once, then read-only and so thread-safe.
 */
final class WordFlagTable {
  private String[] keys = new String[1 << 10];
  /** Slot i: {@code [2i]} the key's hash with its lowest bit set (0 marks an empty slot), {@code [2i+1]} its bits. */
  private int[] hashAndValue = new int[2 << 10];
  private int shift = 32 - 10;
  private int size;

  /** Ors {@code bits} into the entry for {@code key}. Only while building. */
  void merge(String key, int bits) {
    if (size * 3 >= keys.length) {
      grow();
    }
    int h = key.hashCode() | 1;
    int mask = keys.length - 1;
    int i = slot(h);
    int stored;
    while ((stored = hashAndValue[2 * i]) != 0) {
      if (stored == h && keys[i].equals(key)) {
        hashAndValue[2 * i + 1] |= bits;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashAndValue[2 * i] = h;
    hashAndValue[2 * i + 1] = bits;
    size++;
  }

  /** The bits of {@code key}, 0 when absent. */
  int get(String key) {
    int h = key.hashCode() | 1;
    int mask = keys.length - 1;
    int i = slot(h);
    int stored;
    while ((stored = hashAndValue[2 * i]) != 0) {
      if (stored == h && keys[i].equals(key)) {
        return hashAndValue[2 * i + 1];
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
    int[] old = hashAndValue;
    keys = new String[oldKeys.length * 2];
    hashAndValue = new int[old.length * 2];
    shift--;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        merge(oldKeys[i], old[2 * i + 1]);
      }
    }
  }
}
