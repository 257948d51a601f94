package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SharedData;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CopyDeduplicator#mayHoldCopy} reads a part of the skeleton in place, and
 * {@link CopyDeduplicator#mayHoldCopyReversed} the reversed skeleton by mirrored indexes, each searching
 * for the opening only where a copy could start; they must answer as the test did on a copy of that part
 * ({@link #onACopy}, as first written, a string search over all of it), for every part a search asks
 * about.
 */
class CopyDeduplicatorQuickTestTest {
  /** The quick test as first written, on {@code s[0, n)}, a string made of it for the search. */
  private static boolean onACopy(char[] s, int n) {
    int min = CopyDeduplicator.MIN_COPY;
    if (n < 2 * min) {
      return false;
    }
    String t = new String(s, 0, n);
    String opening = t.substring(0, min);
    long budget = 2L * n;
    for (int i = t.indexOf(opening, min); i >= 0; i = t.indexOf(opening, i + 1)) {
      int need = Math.max(min, (i + 1) / 2);
      if (i + need > n) {
        return false;
      }
      int k = min;
      while (k < need && s[k] == s[i + k]) {
        k++;
      }
      budget -= k;
      if (k >= need || budget < 0) {
        return true;
      }
    }
    return false;
  }

  /** The in-place test agrees with the copy's for {@code from} = 0, a few parts, and the reversed skeleton. */
  private static void agree(String text, Random random) {
    Skeleton sk = Skeleton.of(text, 0, text.length());
    int n = sk.length;
    int[] froms = {0, 1, n / 3, n / 2, random.nextInt(n + 1), random.nextInt(n + 1)};
    for (int from : froms) {
      char[] part = Arrays.copyOfRange(sk.chars, from, n);
      assertEquals(onACopy(part, n - from), CopyDeduplicator.mayHoldCopy(sk.chars, from, n),
          () -> "from " + from + " of \"" + text + "\"");
    }
    char[] rev = new char[n];
    for (int i = 0; i < n; i++) {
      rev[i] = sk.chars[n - 1 - i];
    }
    assertEquals(onACopy(rev, n), CopyDeduplicator.mayHoldCopyReversed(sk.chars, n), text);
  }

  /** Repeats of every kind: whole copies, copies in junk, runs of a short unit, near misses. */
  @Test
  void agreesOnRandomRepeats() {
    String[] units = {"ab", "abc", "The cat sat. ", "x", "Mr. ", "Share this. ", "a1 ", "\u00E9t\u00E9 ", "Z"};
    Random random = new Random(3);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      String article = units[random.nextInt(units.length)].repeat(1 + random.nextInt(20));
      if (random.nextBoolean()) {
        b.append("junk ").append(random.nextInt(1000)).append('\n');
      }
      int copies = 1 + random.nextInt(4);
      for (int c = 0; c < copies; c++) {
        b.append(c > 0 && random.nextBoolean() ? article.substring(0, random.nextInt(article.length() + 1)) : article);
        b.append(random.nextBoolean() ? "\n" : "");
        if (random.nextInt(4) == 0) {
          b.append(units[random.nextInt(units.length)]);
        }
      }
      agree(b.toString(), random);
    }
  }

  /** Texts over two or three letters: openings recur everywhere, and near misses are common. */
  @Test
  void agreesOnSmallAlphabets() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      int length = 30 + random.nextInt(200);
      int letters = 1 + random.nextInt(3);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append((char) ('a' + random.nextInt(letters)));
        if (random.nextInt(7) == 0) {
          b.append(' ');
        }
      }
      agree(b.toString(), random);
    }
  }

  @Test
  void agreesOnRealNews() throws IOException {
    Random random = new Random(7);
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        agree(text, random);
        agree(text + "\n" + text, random);
      }
    }
  }
}
