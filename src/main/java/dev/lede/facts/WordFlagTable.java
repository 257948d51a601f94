package dev.lede.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only hash table from word keys to bit sets, for the one look-up per token that entity
 * recognition makes. Flat arrays, no boxed values, no per-entry objects: each slot holds four ints side
 * by side (the key's hash, its bits, where the key starts in one shared char array, its length), so a
 * probe reads one cache line and touches key characters only when the hashes agree. The table holds
 * some 120,000 words, far more than a CPU cache, so memory reads are what a look-up costs; and it is
 * laid out one key at a time in one array of key characters ({@link Layout}), which is what lets
 * {@link GazetteerImage} restore it quickly at a cold start. Immutable and so thread-safe; collected with {@link Builder}.
 */
final class WordFlagTable {
  /** Slot i: {@code [4i]} hash with its lowest bit set (0: empty), {@code [4i+1]} bits, {@code [4i+2]} key start, {@code [4i+3]} key length. */
  private final int[] slots;
  private final char[] pool;
  private final int shift;
  private final int size;
  /** The entries with any of {@link #SMALL_BITS}, in a table of their own; null in that table itself. */
  private final WordFlagTable small;

  /**
   * Bits whose entries are laid out a second time in a {@link #small()} table: the sports words, which
   * the tokenizer asks of some hundreds of lower-case words per text, and which a table of a few dozen
   * keys answers from the cache where the large one misses it.
   */
  static final int SMALL_BITS = Gazetteer.SPORTS;

  private WordFlagTable(int[] slots, char[] pool, int shift, int size, WordFlagTable small) {
    this.slots = slots;
    this.pool = pool;
    this.shift = shift;
    this.size = size;
    this.small = small;
  }

  /** The table of the entries with any of {@link #SMALL_BITS}, each with all its bits. */
  WordFlagTable small() {
    return small;
  }

  /** The bits of {@code key}, 0 when absent. */
  int get(String key) {
    int h = key.hashCode() | 1;
    int mask = (slots.length >>> 2) - 1;
    int len = key.length();
    int i = slot(h, shift);
    int stored;
    while ((stored = slots[i << 2]) != 0) {
      if (stored == h && slots[(i << 2) + 3] == len && sameChars(key, slots[(i << 2) + 2], len)) {
        return slots[(i << 2) + 1];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /**
   * The bits of the key {@code text[start, end)} has in lower case, 0 when absent: for a slice of
   * ASCII without upper case letters that is the key itself, so no string need be made to ask.
   * {@code hash} is the {@link String#hashCode} of the lower-cased slice.
   */
  int getLowerCased(int hash, CharSequence text, int start, int end) {
    int h = hash | 1;
    int mask = (slots.length >>> 2) - 1;
    int len = end - start;
    int i = slot(h, shift);
    int stored;
    while ((stored = slots[i << 2]) != 0) {
      if (stored == h && slots[(i << 2) + 3] == len
          && sameAsciiLowerCase(text, start, slots[(i << 2) + 2], len)) {
        return slots[(i << 2) + 1];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /**
   * The bits of the key of the ASCII slice {@code text[start, end)} in lower case with each run of
   * spaces, tabs and line breaks as one space (none at either end), 0 when absent; {@code hash} is the
   * {@link String#hashCode} of that key and {@code len} its length.
   */
  int getSpacedLowerCased(int hash, int len, CharSequence text, int start, int end) {
    int h = hash | 1;
    int mask = (slots.length >>> 2) - 1;
    int i = slot(h, shift);
    int stored;
    while ((stored = slots[i << 2]) != 0) {
      if (stored == h && slots[(i << 2) + 3] == len
          && sameSpacedLowerCase(text, start, end, slots[(i << 2) + 2], len)) {
        return slots[(i << 2) + 1];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  private boolean sameSpacedLowerCase(CharSequence text, int from, int end, int start, int len) {
    int k = 0;
    boolean space = false;
    for (int p = from; p < end; p++) {
      char c = text.charAt(p);
      if (c == ' ' || c == '\t' || c == '\n') {
        space = k > 0;
        continue;
      }
      if (space) {
        if (k >= len || pool[start + k] != ' ') {
          return false;
        }
        k++;
        space = false;
      }
      if (k >= len || pool[start + k] != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
        return false;
      }
      k++;
    }
    return k == len;
  }

  private boolean sameAsciiLowerCase(CharSequence text, int from, int start, int len) {
    for (int k = 0; k < len; k++) {
      char c = text.charAt(from + k);
      if (pool[start + k] != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameChars(String key, int start, int len) {
    for (int k = 0; k < len; k++) {
      if (pool[start + k] != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  /** How many slots the table has (a power of two). */
  int capacity() {
    return slots.length >>> 2;
  }

  /** The key in slot {@code slot}, or null when it is empty: for {@link GazetteerImage}, which saves the layout. */
  String keyAt(int slot) {
    int i = slot << 2;
    return slots[i] == 0 ? null : new String(pool, slots[i + 2], slots[i + 3]);
  }

  /** The bits of the key in slot {@code slot} (0 when it is empty). */
  int bitsAt(int slot) {
    return slots[(slot << 2) + 1];
  }

  /**
   * A table of the entries that have any of the bits {@code mask}, each with all its bits: a scan of
   * every slot, for tests ({@link #small()} is laid out as the keys are placed).
   */
  WordFlagTable only(int mask) {
    int[] chosen = new int[16];
    int count = 0;
    for (int i = 0; i < slots.length; i += 4) {
      if ((slots[i + 1] & mask) != 0 && slots[i] != 0) {
        if (count == chosen.length) {
          chosen = Arrays.copyOf(chosen, count * 2);
        }
        chosen[count++] = i >>> 2;
      }
    }
    return subTable(slots, pool, chosen, count);
  }

  /** The table of slots {@code chosen[0, count)} of {@code slots}, whose keys are in {@code pool}. */
  private static WordFlagTable subTable(int[] slots, char[] pool, int[] chosen, int count) {
    int chars = 0;
    for (int c = 0; c < count; c++) {
      chars += slots[(chosen[c] << 2) + 3];
    }
    Layout layout = new Layout(count, new char[chars], 0);
    int at = 0;
    for (int c = 0; c < count; c++) {
      int i = chosen[c] << 2;
      int len = slots[i + 3];
      System.arraycopy(pool, slots[i + 2], layout.pool, at, len);
      layout.place(slots[i], at, len, slots[i + 1]); // a stored hash has its lowest bit set already
      at += len;
    }
    return layout.table(at);
  }

  /** Fibonacci hashing: the top bits of the product spread every bit of the hash. */
  private static int slot(int h, int shift) {
    return (h * 0x9E3779B9) >>> shift;
  }

  /** Whether both tables map the same keys to the same bits (an image restores what the lists built). */
  boolean sameAs(WordFlagTable o) {
    if (size != o.size) {
      return false;
    }
    for (String key : keys()) {
      if (get(key) != o.get(key)) {
        return false;
      }
    }
    return true;
  }

  /** Every key, in slot order. */
  List<String> keys() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < slots.length; i += 4) {
      if (slots[i] != 0) {
        out.add(new String(pool, slots[i + 2], slots[i + 3]));
      }
    }
    return out;
  }

  /**
   * Lays a table out one key at a time, for a reader that writes each key's characters into
   * {@link #pool} and hashes them as it decodes them ({@link GazetteerImage}). One call per key is what
   * makes a cold start quick: a method called 100,000 times is compiled after its first few hundred
   * calls, while one long loop in a method called once runs in the interpreter for much longer.
   */
  static final class Layout {
    char[] pool;
    private final int[] slots;
    private final int shift;
    private final int mask;
    private int size;
    /** The bits whose entries the {@link WordFlagTable#small()} table holds (0: no small table). */
    private final int smallBits;
    /** The slots of the entries with any of {@link #smallBits}. */
    private int[] smallSlots = new int[16];
    private int smallCount;

    /** Room for {@code keys} keys, whose characters {@code pool} holds or will hold. */
    Layout(int keys, char[] pool) {
      this(keys, pool, SMALL_BITS);
    }

    private Layout(int keys, char[] pool, int smallBits) {
      int capacity = Integer.highestOneBit(Math.max(16, keys * 2 - 1)) << 1;
      this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
      this.mask = capacity - 1;
      this.slots = new int[capacity << 2];
      this.pool = pool;
      this.smallBits = smallBits;
    }

    /** Enters the key {@code pool[start, start + len)}, whose {@link String#hashCode} is {@code hash}. */
    void place(int hash, int start, int len, int value) {
      int i = slot(hash | 1, shift);
      while (slots[i << 2] != 0) {
        i = (i + 1) & mask;
      }
      placeAt(i, hash, start, len, value);
    }

    /** How many slots the table has: fixed by the number of keys it was made for. */
    int capacity() {
      return mask + 1;
    }

    /**
     * Enters the key {@code pool[start, start + len)}, whose {@link String#hashCode} is {@code hash}, in
     * slot {@code slot}, which must be empty. {@link GazetteerImage} enters each key where the table it
     * was saved from had it, in the order of the slots: writing them one after another is what spares a
     * cold start the cache misses of placing 100,000 keys at random.
     */
    void placeAt(int slot, int hash, int start, int len, int value) {
      if (slot < 0 || slot > mask || slots[slot << 2] != 0) {
        throw new IllegalStateException("slot " + slot + " is taken or out of the table");
      }
      slots[slot << 2] = hash | 1;
      slots[(slot << 2) + 1] = value;
      slots[(slot << 2) + 2] = start;
      slots[(slot << 2) + 3] = len;
      size++;
      if ((value & smallBits) != 0) {
        if (smallCount == smallSlots.length) {
          smallSlots = Arrays.copyOf(smallSlots, smallCount * 2);
        }
        smallSlots[smallCount++] = slot;
      }
    }

    /** The finished table, whose keys use the first {@code poolChars} chars of the pool. */
    WordFlagTable table(int poolChars) {
      char[] p = poolChars == pool.length ? pool : Arrays.copyOf(pool, poolChars);
      WordFlagTable small = smallBits == 0 ? null : subTable(slots, p, smallSlots, smallCount);
      return new WordFlagTable(slots, p, shift, size, small);
    }
  }

  /** Collects keys and ors their bits together; {@link #build()} lays the table out. Not thread-safe. */
  static final class Builder {
    private String[] keys = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int[] values = new int[1 << 10];
    private int shift = 32 - 10;
    private int size;

    /** Ors {@code bits} into the entry for {@code key}. */
    void merge(String key, int bits) {
      if (size * 3 >= keys.length) {
        grow();
      }
      int h = key.hashCode();
      int mask = keys.length - 1;
      int i = slot(h, shift);
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

    /** The bits collected for {@code key} so far, 0 when absent. */
    int get(String key) {
      int h = key.hashCode();
      int mask = keys.length - 1;
      int i = slot(h, shift);
      String k;
      while ((k = keys[i]) != null) {
        if (hashes[i] == h && k.equals(key)) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return 0;
    }

    /** The table of the keys collected, each key once (a key merged twice keeps the or of its bits). */
    WordFlagTable build() {
      int chars = 0;
      for (String k : keys) {
        if (k != null) {
          chars += k.length();
        }
      }
      Layout layout = new Layout(size, new char[chars]);
      int at = 0;
      for (int s = 0; s < keys.length; s++) {
        String k = keys[s];
        if (k != null) {
          k.getChars(0, k.length(), layout.pool, at);
          layout.place(hashes[s], at, k.length(), values[s]);
          at += k.length();
        }
      }
      return layout.table(at);
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
}
