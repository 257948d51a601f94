package dev.lede.facts;

/**
 * The {@link NameKey}s of slices of one text, each distinct key made once and then shared: a name met a
 * hundred times ("Wang") is one string, whose hash the maps and word lists that entity recognition
 * consults compute once, and which compares equal to itself at once. A slice of plain ASCII (most
 * names) is hashed and compared in place, without making its key to ask. Open addressing; for one
 * text and one thread.
 */
final class NameKeys {
  final String text;
  private String[] keys = new String[256];
  /** {@link String#hashCode} of each key. */
  private int[] hashes = new int[256];
  private int size;

  NameKeys(String text) {
    this.text = text;
  }

  /** {@code NameKey.of(text, start, end)}, the same string for the same key. */
  String of(int start, int end) {
    long hash = NameKey.asciiHash(text, start, end);
    if (hash == NameKey.NOT_ASCII) {
      return intern(NameKey.of(text, start, end)); // the key folds accents
    }
    int h = (int) hash;
    int len = (int) (hash >>> 32);
    int mask = keys.length - 1;
    int i = mix(h) & mask;
    for (String key = keys[i]; key != null; key = keys[i]) {
      if (hashes[i] == h && key.length() == len && sameKey(key, start, end)) {
        return key;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, NameKey.of(text, start, end));
  }

  private String intern(String key) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = mix(h) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == h && k.equals(key)) {
        return k;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, key);
  }

  private String add(int slot, int h, String key) {
    keys[slot] = key;
    hashes[slot] = h;
    if (++size * 2 > keys.length) {
      grow();
    }
    return key;
  }

  /** Whether {@code key} is the key of the ASCII slice {@code text[start, end)}. */
  private boolean sameKey(String key, int start, int end) {
    int k = 0;
    boolean space = false;
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (c == ' ' || c == '\t' || c == '\n') {
        space = k > 0;
        continue;
      }
      if (space) {
        if (key.charAt(k++) != ' ') {
          return false;
        }
        space = false;
      }
      if (key.charAt(k++) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int i = mix(oldHashes[s]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[s];
        hashes[i] = oldHashes[s];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
