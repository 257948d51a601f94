package dev.lede.facts;

import java.util.Arrays;
import java.util.List;

/**
 * The {@link NameKey}s of slices of one text, each distinct key made once, numbered, and then shared: a
 * name met a hundred times ("Wang") is one string and one id, under which what the stages ask of the key
 * (its {@link Gazetteer} bits, its {@link SmallWordSets}) is looked up once and kept. A slice of plain
 * ASCII (most names) is hashed and compared in place, without making its key to ask. Open addressing;
 * for one text and one thread.
 */
final class NameKeys {
  final String text;
  /** The chars of {@link #text}, read as an array by the scans over it (String.charAt checks its coder and bounds each time). */
  final char[] chars;
  /** Open addressing over the ids: each slot holds an id + 1, 0 when empty. */
  private int[] table = new int[256];
  /** By id: the key, its {@link String#hashCode}, its gazetteer bits and its small-set bits. */
  private String[] keys = new String[128];
  private int[] hashes = new int[128];
  private int[] bits = new int[128];
  private int[] sets = new int[128];
  /** What {@link #bits} and {@link #sets} hold until first asked for (no key is on every list). */
  private static final int UNKNOWN = -1;
  private int size;
  /**
   * The lists a lower-case word's bits are looked up in when a stage first asks for them
   * ({@link NameToken#lookUpLater}): the tokenizer's, set when it starts; kept here once rather than in
   * each token.
   */
  Gazetteer lateWords;

  /**
   * What {@link NameTokenizer} counted as it made the tokens {@link #sportsCounted}, for
   * {@link EntityClassifier#isSports}: the sports words among the first
   * {@link EntityClassifier#SPORTS_WINDOW} tokens, and whether the first token is one. Counted while
   * each word is at hand, where a second pass would read every token of most texts again.
   */
  int sportsWords;
  boolean sportsFirst;
  /** The token list the counts are of (null: none counted). */
  List<NameToken> sportsCounted;

  NameKeys(String text) {
    this(text, text.toCharArray());
  }

  /** Keys of slices of {@code text}, whose chars {@code chars} holds (and which no one changes). */
  NameKeys(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
  }

  /** {@code NameKey.of(text, start, end)}, the same string for the same key. */
  String of(int start, int end) {
    int id = id(start, end); // before reading keys, which may grow
    return keys[id];
  }

  /** How many keys have been numbered: ids run from 0 to this. */
  int size() {
    return size;
  }

  /** The key numbered {@code id}. */
  String key(int id) {
    return keys[id];
  }

  /**
   * Gives the word {@code t} its key and its {@link Gazetteer} bits, {@code words.flags(key)}, which are
   * looked up once per distinct key: a name met a hundred times is one probe of the large table, whose
   * slots are rarely in the cache.
   */
  void setKeyAndFlags(NameToken t, Gazetteer words) {
    int id = id(t.start, t.end);
    t.setKeyAndFlags(id, flags(id, words));
  }

  /** {@code words.flags(key(id))}, looked up once per key. */
  int flags(int id, Gazetteer words) {
    int f = bits[id];
    if (f == UNKNOWN) {
      f = words.flags(keys[id]);
      bits[id] = f;
    }
    return f;
  }

  /** {@code SmallWordSets.of(key(id))}, looked up once per key. */
  int sets(int id) {
    int s = sets[id];
    if (s == UNKNOWN) {
      s = SmallWordSets.of(keys[id]);
      sets[id] = s;
    }
    return s;
  }

  /** The id of the key of {@code text[start, end)}, numbered when new. */
  int id(int start, int end) {
    long hash = NameKey.asciiHash(chars, start, end);
    if (hash == NameKey.NOT_ASCII) {
      return intern(NameKey.of(text, start, end)); // the key folds accents
    }
    int h = (int) hash;
    int len = (int) (hash >>> 32);
    int mask = table.length - 1;
    int i = mix(h) & mask;
    for (int e = table[i]; e != 0; e = table[i]) {
      int id = e - 1;
      if (hashes[id] == h && keys[id].length() == len && sameKey(keys[id], start, end)) {
        return id;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, NameKey.of(text, start, end));
  }

  private int intern(String key) {
    int h = key.hashCode();
    int mask = table.length - 1;
    int i = mix(h) & mask;
    for (int e = table[i]; e != 0; e = table[i]) {
      int id = e - 1;
      if (hashes[id] == h && keys[id].equals(key)) {
        return id;
      }
      i = (i + 1) & mask;
    }
    return add(i, h, key);
  }

  /** Numbers {@code key}, entered at the free {@code slot} its probe ended on (or, when the table grows, a new one). */
  private int add(int slot, int h, String key) {
    int id = size++;
    if (id == keys.length) {
      keys = Arrays.copyOf(keys, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
      bits = Arrays.copyOf(bits, id * 2);
      sets = Arrays.copyOf(sets, id * 2);
    }
    keys[id] = key;
    hashes[id] = h;
    bits[id] = UNKNOWN;
    sets[id] = UNKNOWN;
    if (size * 2 > table.length) {
      grow(); // enters every id, this one too
    } else {
      table[slot] = id + 1;
    }
    return id;
  }

  /** Whether {@code key} is the key of the ASCII slice {@code text[start, end)}. */
  private boolean sameKey(String key, int start, int end) {
    int k = 0;
    boolean space = false;
    for (int p = start; p < end; p++) {
      char c = chars[p];
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
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      int i = mix(hashes[id]) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = id + 1;
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
