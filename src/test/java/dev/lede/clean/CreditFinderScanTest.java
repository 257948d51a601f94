package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CreditFinder#scanMarked} goes from one place a credit can open to the next (a bracket, a
 * label's opener at a word start, a word with a slash); it must find exactly what the word-by-word
 * scan it replaced found ({@link #atEveryWordStart}).
 */
class CreditFinderScanTest {
  /** The scan as first written: every bracket and every word start is tried. */
  private static List<int[]> atEveryWordStart(String s) {
    List<int[]> out = new ArrayList<>();
    boolean slashes = s.indexOf('/') >= 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int[] hit = null;
      if (c == '(' || c == '[') {
        hit = CreditFinder.bracketed(s, i);
      } else if ((Character.isLetter(c) || c == '\u00A9') && (i == 0 || s.charAt(i - 1) == ' ')) {
        hit = CreditFinder.labelled(s, i);
        if (hit == null && slashes) {
          hit = CreditFinder.slashed(s, i);
        }
      }
      if (hit != null) {
        out.add(hit);
      }
      i = hit != null ? hit[1] : i + 1;
    }
    return out;
  }

  private static void agrees(String s) {
    List<int[]> found = new ArrayList<>();
    CreditFinder.scanMarked(s, found);
    assertEquals(render(atEveryWordStart(s)), render(found), s);
  }

  private static String render(List<int[]> spans) {
    StringBuilder b = new StringBuilder();
    for (int[] sp : spans) {
      b.append(sp[0]).append('-').append(sp[1]).append(' ');
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The rally in Paris [Photo/Xinhua] drew crowds",
      "Image copyright AFP Image caption The president (AP Photo/Evan Vucci)",
      "REUTERS/Kevin Lamarque and Xinhua/Li Xin and /Reuters and a/b/c",
      "Photo: Reuters. Picture by John Smith/PA Photos by Getty",
      "\u00A9 Getty Images and \u0130mage copyright AFP",
      "(CNN) -- The rest",
      "no credit here at all",
      "",
      "/",
      "P",
      "Photo:",
      "x/Reuters REUTERS/ (Photo/Xinhua"})
  void findsWhatTheWordScanFound(String s) {
    agrees(s);
  }

  @Test
  void agreesOnRandomPieces() {
    String[] pieces = {"Photo", "photo", "PHOTO", ":", " ", "  ", "/", "Reuters", "REUTERS", "(", ")", "[", "]",
        "AP", "Image", "copyright", "caption", "by", "Picture", "Getty", "Images", "Xinhua", "Li", "Xin", "\u00A9",
        "\u0130mage", "Credit", "credit", "the", ",", ".", "file", "AFP", "Pic", "x/y", "Kevin"};
    Random random = new Random(11);
    for (int round = 0; round < 100_000; round++) {
      agrees(RandomPieces.line(random, pieces));
    }
  }

  @Test
  void agreesOnRealNews() throws IOException {
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        for (String line : text.split("\n")) {
          agrees(line);
        }
      }
    }
  }
}
