package dev.lede.facts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * <p>Format: the magic {@code LGZ2}, then unsigned LEB128 integers: the longest entry in words, the
 * number of keys; per key, in sorted order, the length of the prefix it shares with the key before, the
 * number and the characters of the rest, and its bits; then the number of canonical names and each key
 * and name (length, characters). About 0.5 MB, 0.2 MB compressed in the jar.
 */
public final class GazetteerImage {
  /** The image's file name in this package, and its resource path. */
  static final String FILE = "gazetteer.bin";
  static final String RESOURCE = "/dev/lede/facts/" + FILE;
  private static final int MAGIC = 0x4C475A32; // "LGZ2"

  private GazetteerImage() {}

  /** The image of the gazetteer the word lists build (for the build step that ships it). */
  public static byte[] ofLists() {
    return write(GazetteerLists.read());
  }

  static byte[] write(Gazetteer g) {
    Writer w = new Writer();
    w.int32(MAGIC);
    WordFlagTable t = g.table();
    List<String> keys = new ArrayList<>(t.keys());
    Collections.sort(keys); // neighbours share prefixes, which front coding drops
    w.uint(g.longestEntry);
    w.uint(keys.size());
    String previous = "";
    for (String key : keys) {
      int shared = 0;
      int max = Math.min(previous.length(), key.length());
      while (shared < max && previous.charAt(shared) == key.charAt(shared)) {
        shared++;
      }
      w.uint(shared);
      w.uint(key.length() - shared);
      for (int i = shared; i < key.length(); i++) {
        w.uint(key.charAt(i));
      }
      w.uint(t.get(key));
      previous = key;
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
    WordFlagTable.Layout table = new WordFlagTable.Layout(size, new char[Math.max(16, image.length)]);
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
    /** How many pool chars the keys read so far take, and where the last of them starts. */
    int poolChars;
    private int previousStart;

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
     * The next key: the length of the prefix it shares with the key before, the number and the chars
     * of the rest, and its bits. Its chars go into the pool after the previous key's, hashed on the
     * way, and it takes its slot in {@code table}.
     */
    void key(WordFlagTable.Layout table) {
      int shared = uint();
      int len = shared + uint();
      if (poolChars + len > table.pool.length) {
        table.pool = Arrays.copyOf(table.pool, Math.max(table.pool.length * 2, poolChars + len));
      }
      char[] pool = table.pool;
      int start = poolChars;
      System.arraycopy(pool, previousStart, pool, start, shared);
      int h = 0;
      for (int i = start; i < start + shared; i++) {
        h = 31 * h + pool[i]; // String.hashCode
      }
      for (int i = start + shared; i < start + len; i++) {
        char c = charAt();
        pool[i] = c;
        h = 31 * h + c;
      }
      table.place(h, start, len, uint());
      previousStart = start;
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
