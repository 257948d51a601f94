package dev.lede.facts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link Gazetteer} saved as a compact binary image, which the build writes into the classes
 * ({@code dev/lede/facts/gazetteer.bin}, with {@code dev.lede.cli.WriteGazetteerImage} in the
 * {@code process-classes} phase) so that a
 * cold start reads the finished table instead of building it: reading the word lists line by line,
 * folding keys, adding variants and merging some 120,000 entries costs a fresh JVM about 0.3 s of CPU;
 * reading the image, tens of milliseconds. The image holds exactly what the lists build (every key with
 * its bits, the canonical names, the longest entry); a test checks that they agree, and the build
 * rewrites the image every time, so it cannot fall behind the lists.
 *
 * <p>Format: the magic {@code LGZ3}, then unsigned LEB128 integers: the longest entry in words, the
 * number of keys, the number of slots of the table and the number of key chars; per key, in the order
 * of the table's slots, the number of empty slots between it and the key before, its length, its
 * characters and its bits; then the number of canonical names and each key and name (length,
 * characters). About 1.3 MB, 0.6 MB compressed in the jar. The keys are saved where the table has them,
 * not sorted (where front coding would make the image a third smaller), because a reader that writes
 * the slots one after another takes about a third of the time of one that places each key by its
 * hash: placing 113,000 keys at random in a 4 MB table is a cache miss per key, and a cold start waits
 * for this table.
 */
public final class GazetteerImage {
  /** The image's file name in this package, and its resource path. */
  static final String FILE = "gazetteer.bin";
  static final String RESOURCE = "/dev/lede/facts/" + FILE;
  private static final int MAGIC = 0x4C475A33; // "LGZ3"

  private GazetteerImage() {}

  /**
   * The image of the gazetteer the word lists build, each opened by its file name with {@code opener}
   * (null for a missing list): for the build step that ships it, which reads the lists' sources.
   */
  public static byte[] ofLists(java.util.function.Function<String, InputStream> opener) {
    return write(GazetteerLists.read(opener));
  }

  static byte[] write(Gazetteer g) {
    Writer w = new Writer();
    w.int32(MAGIC);
    WordFlagTable t = g.table();
    int chars = 0;
    for (String key : t.keys()) {
      chars += key.length();
    }
    w.uint(g.longestEntry);
    w.uint(t.size());
    w.uint(t.capacity());
    w.uint(chars);
    int previous = -1;
    for (int slot = 0; slot < t.capacity(); slot++) {
      String key = t.keyAt(slot);
      if (key == null) {
        continue;
      }
      w.uint(slot - previous - 1);
      w.uint(key.length());
      for (int i = 0; i < key.length(); i++) {
        w.uint(key.charAt(i));
      }
      w.uint(t.bitsAt(slot));
      previous = slot;
    }
    Map<String, String> names = new TreeMap<>(g.canonicalNames());
    w.uint(names.size());
    for (Map.Entry<String, String> e : names.entrySet()) {
      w.string(e.getKey());
      w.string(e.getValue());
    }
    return w.bytes.toByteArray();
  }

  /** The image on the class path, or null when there is none (a build that skipped writing it). */
  static Gazetteer readShipped() {
    try (InputStream in = ResourceLines.FILES.open(FILE)) {
      return in == null ? null : read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Gazetteer read(byte[] image) {
    Reader r = new Reader(image);
    if (r.int32() != MAGIC) {
      throw new IllegalStateException(RESOURCE + " is not a gazetteer image");
    }
    int longest = r.uint();
    int size = r.uint();
    int capacity = r.uint();
    WordFlagTable.Layout table = new WordFlagTable.Layout(size, new char[r.uint()]);
    if (table.capacity() != capacity) {
      throw new IllegalStateException(RESOURCE + " was laid out for a table of " + capacity + " slots");
    }
    for (int e = 0; e < size; e++) {
      r.key(table);
    }
    int count = r.uint();
    HashMap<String, String> canonical = new HashMap<>(count * 2);
    for (int e = 0; e < count; e++) {
      canonical.put(r.string(), r.string());
    }
    if (r.at != image.length) {
      throw new IllegalStateException(RESOURCE + " has trailing bytes");
    }
    return Gazetteer.owning(table.table(r.poolChars), canonical, longest);
  }

  private static final class Writer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);

    void int32(int v) {
      bytes.write(v >>> 24);
      bytes.write(v >>> 16);
      bytes.write(v >>> 8);
      bytes.write(v);
    }

    void uint(int v) {
      while ((v & ~0x7F) != 0) {
        bytes.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes.write(v);
    }

    void string(String s) {
      uint(s.length());
      for (int i = 0; i < s.length(); i++) {
        uint(s.charAt(i));
      }
    }
  }

  private static final class Reader {
    private final byte[] b;
    int at;
    /** How many pool chars the keys read so far take. */
    int poolChars;
    /** The slot of the last key read. */
    private int slot = -1;

    Reader(byte[] b) {
      this.b = b;
    }

    int int32() {
      int v = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
      at += 4;
      return v;
    }

    int uint() {
      int v = 0;
      int shift = 0;
      while (true) {
        int x = b[at++];
        v |= (x & 0x7F) << shift;
        if (x >= 0) {
          return v;
        }
        shift += 7;
      }
    }

    /** An unsigned LEB128 integer that stands for a char: most are ASCII, one byte, read inline. */
    private char charAt() {
      int x = b[at];
      if (x >= 0) {
        at++;
        return (char) x;
      }
      return (char) uint();
    }

    /**
     * The next key: how many empty slots lie between it and the key before, its length, its chars and
     * its bits. Its chars go into the pool after the previous key's, hashed on the way, and it takes its
     * slot in {@code table}.
     */
    void key(WordFlagTable.Layout table) {
      slot += uint() + 1;
      int len = uint();
      char[] pool = table.pool;
      int start = poolChars;
      if (start + len > pool.length) {
        throw new IllegalStateException(RESOURCE + " holds more key chars than it says");
      }
      int h = 0;
      for (int i = start; i < start + len; i++) {
        char c = charAt();
        pool[i] = c;
        h = 31 * h + c; // String.hashCode
      }
      table.placeAt(slot, h, start, len, uint());
      poolChars = start + len;
    }

    String string() {
      char[] c = new char[uint()];
      for (int i = 0; i < c.length; i++) {
        c[i] = charAt();
      }
      return new String(c);
    }
  }
}
