package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that is one stretch of the input keeps no array of offsets, only where it starts; every
 * cut, slice and join of it must give the offsets that the same paragraph with an array gives
 * ({@link Paragraph#mapped} through the identity map makes one).
 */
class ParagraphOffsetsTest {
  private static Paragraph withArray(Paragraph p, int sourceLength) {
    int[] identity = new int[sourceLength + 1];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    return p.mapped(identity);
  }

  private static void same(Paragraph a, Paragraph b, String what) {
    if (a == null || b == null) {
      assertNull(a, what);
      assertNull(b, what);
      return;
    }
    assertEquals(a.text, b.text, what);
    for (int i = 0; i < a.length(); i++) {
      assertEquals(b.sourceOffset(i), a.sourceOffset(i), what);
    }
    assertEquals(b.sourceSpans(0, b.length()).toString(), a.sourceSpans(0, a.length()).toString(), what);
  }

  @Test
  void cutsSlicesAndJoinsGiveTheOffsetsOfAnArray() {
    String[] pieces = {"word", " ", " ", "Two", ".", "\t", "\u00A0", "x", "\u201c", "end."};
    Random random = new Random(17);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(20);
      for (int k = 0; k < parts; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String source = b.toString();
      int from = random.nextInt(source.length());
      int to = from + 1 + random.nextInt(source.length() - from);
      Paragraph bare = Paragraph.of(source, from, to);
      if (bare == null) {
        continue;
      }
      Paragraph array = withArray(bare, source.length());
      same(bare, array, source);
      for (int step = 0; step < 4 && bare != null; step++) {
        int len = bare.length();
        int x = random.nextInt(len + 1);
        int y = x + random.nextInt(len - x + 1);
        String what = source + " step " + step + " [" + x + ", " + y + ")";
        switch (random.nextInt(5)) {
          case 0 -> {
            Paragraph p = bare.slice(x, y);
            Paragraph q = array.slice(x, y);
            same(p, q, what);
            bare = p;
            array = q;
          }
          case 1 -> {
            Paragraph p = bare.without(x, y);
            Paragraph q = array.without(x, y);
            same(p, q, what);
            bare = p;
            array = q;
          }
          case 2 -> {
            List<int[]> cuts = new ArrayList<>();
            cuts.add(new int[] {0, x});
            cuts.add(new int[] {y, len});
            Paragraph p = bare.withoutAll(cuts);
            Paragraph q = array.withoutAll(cuts);
            same(p, q, what);
            bare = p;
            array = q;
          }
          case 3 -> {
            Paragraph p = Paragraph.join(bare, bare.readAt(x));
            Paragraph q = Paragraph.join(array, withArray(bare.readAt(x), source.length() + len));
            same(p, q, what);
          }
          default -> {
            Paragraph p = Paragraph.joinAll(List.of(bare, Paragraph.of(source, 0, source.length()) == null
                ? bare : Paragraph.of(source, 0, source.length())));
            Paragraph other = Paragraph.of(source, 0, source.length());
            Paragraph q = Paragraph.joinAll(List.of(array, other == null ? array : withArray(other, source.length())));
            same(p, q, what);
          }
        }
      }
    }
  }
}
