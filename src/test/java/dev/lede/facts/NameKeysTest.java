package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys made in place and shared answer as {@link NameKey#of} does. */
class NameKeysTest {
  @ParameterizedTest
  @ValueSource(strings = {"Paris", "PARIS", "paris", "New  York", "new \t\n york", "Coruña", "CORUNA",
      "O\u2019Neill", "U.S.", "\u0130stanbul", "\u212Aelvin", "S\u00E3o Paulo", "a", "Mr\r"})
  void aSliceHasTheKeyNameKeyMakes(String name) {
    String text = "<< " + name + " >> " + name;
    NameKeys keys = new NameKeys(text);
    String first = keys.of(3, 3 + name.length());
    assertEquals(NameKey.of(name), first, name);
    assertSame(first, keys.of(text.length() - name.length(), text.length()), "one string per key");
  }

  @Test
  void spellingsThatShareAKeyShareItsString() {
    String text = "Coruña CORUNA coruna New York NEW  YORK";
    NameKeys keys = new NameKeys(text);
    assertSame(keys.of(0, 6), keys.of(7, 13));
    assertSame(keys.of(0, 6), keys.of(14, 20));
    assertSame(keys.of(21, 29), keys.of(30, 39));
  }

  @Test
  void manyKeysStayDistinctAndFindable() {
    Random r = new Random(7);
    StringBuilder b = new StringBuilder();
    List<int[]> slices = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      int start = b.length();
      int len = 1 + r.nextInt(8);
      for (int k = 0; k < len; k++) {
        b.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 'A' + r.nextInt(26)));
      }
      slices.add(new int[] {start, b.length()});
      b.append(' ');
    }
    String text = b.toString();
    NameKeys keys = new NameKeys(text);
    for (int[] s : slices) {
      assertEquals(NameKey.of(text, s[0], s[1]), keys.of(s[0], s[1]));
    }
    for (int[] s : slices) {
      assertEquals(NameKey.of(text, s[0], s[1]), keys.of(s[0], s[1]));
    }
  }

  /** The hash taken over a text's char array is the one taken over the text, on every slice of random text. */
  @Test
  void theHashOfCharsIsTheHashOfTheText() {
    String alphabet = "aAzZ09 \t\n\r.'-&\u2019\u00E9\u00A3\u0301";
    Random r = new Random(9);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      char[] chars = text.toCharArray();
      for (int start = 0; start <= text.length(); start++) {
        for (int end = start; end <= text.length(); end++) {
          assertEquals(NameKey.asciiHash(text, start, end), NameKey.asciiHash(chars, start, end), text);
        }
      }
    }
  }
}
