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
  /** {@link Gazetteer} bits of each key, {@link #UNKNOWN} until looked up. */
  private int[] bits = new int[256];
  private static final int UNKNOWN = -1;
  private int size;

  NameKeys(String text) {
    this.text = text;
  }

  /** {@code NameKey.of(text, start, end)}, the same string for the same key. */
  String of(int start, int end) {
    int s = slot(start, end); // before reading keys, which may grow
    return keys[s];
  }

  /**
   * Gives the word {@code t} its key and its {@link Gazetteer} bits, {@code words.flags(key)}, which are
   * looked up once per distinct key: a name met a hundred times is one probe of the large table, whose
   * slots are rarely in the cache.
   */
  void setKeyAndFlags(NameToken t, Gazetteer words) {
    int s = slot(t.start, t.end);
    int f = bits[s];
    if (f == UNKNOWN) {
      f = words.flags(keys[s]);
      bits[s] = f;
    }
    t.setKeyAndFlags(keys[s], f);
  }

  /** The slot of the key of {@code text[start, end)}, entered when new; good until the next key is. */
  private int slot(int start, int end) {
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
        return i;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, NameKey.of(text, start, end));
  }

  private int intern(String key) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = mix(h) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == h && k.equals(key)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, key);
  }

  /** Enters {@code key} at the free {@code slot} its probe ended on (or, when the table grows, a new one). */
  private int add(int slot, int h, String key) {
    if (++size * 2 > keys.length) {
      grow();
      int mask = keys.length - 1;
      slot = mix(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
    }
    keys[slot] = key;
    hashes[slot] = h;
    bits[slot] = UNKNOWN;
    return slot;
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
    int[] oldBits = bits;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    bits = new int[keys.length];
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int i = mix(oldHashes[s]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[s];
        hashes[i] = oldHashes[s];
        bits[i] = oldBits[s];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
