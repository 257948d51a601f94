package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link GluedStarts#isStarter} and {@link GluedStarts#isFunctionOrName} ask the word lists about a
 * token in place; they must answer as the look-up of the token's lower-cased copy did.
 */
class GluedStartsWordTest {
  private static final Set<String> FUNCTION = Lexicon.set("function-words.txt");
  private static final Set<String> NAME_WORDS = Lexicon.set("name-words.txt");
  private static final Set<String> STARTERS = starters();

  private static Set<String> starters() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : Lexicon.lines("sentence-starters.txt")) {
      if (line.startsWith("closed:")) {
        out.add(line.substring(7));
      } else if (line.startsWith("open:")) {
        out.add(line.substring(5));
      }
    }
    return out;
  }

  /** The old reading: strip the opening quotes from a copy, lower-case it, look it up. */
  private static boolean starterByCopy(String s, int st, int end) {
    String w = s.substring(st, end);
    int i = 0;
    while (i < w.length() - 1 && Prose.isOpeningQuote(w.charAt(i)) && w.charAt(i) != '(' && w.charAt(i) != '[') {
      i++;
    }
    return STARTERS.contains(w.substring(i).toLowerCase(Locale.ROOT));
  }

  private static boolean functionOrNameByCopy(String s, int from, int to) {
    String key = Prose.key(s.substring(from, to));
    return FUNCTION.contains(key) || NAME_WORDS.contains(key);
  }

  private static void agree(String token) {
    String s = "x " + token + " y";
    int st = 2;
    int end = 2 + token.length();
    assertEquals(starterByCopy(s, st, end), GluedStarts.isStarter(s, st, end), token);
    assertEquals(functionOrNameByCopy(s, st, end), GluedStarts.isFunctionOrName(s, st, end), token);
  }

  @Test
  void agreesOnEveryListedWordInManyDresses() {
    String[] fronts = {"", "'", "\"", "\u201C", "\u2018", "(", "[", "''", "\u00AB"};
    String[] backs = {"", ",", ".", "'", "\u2019", ")", "+", ":", "'s", "\u00e9"};
    for (Set<String> list : java.util.List.of(STARTERS, FUNCTION, NAME_WORDS)) {
      for (String w : list) {
        for (String form : new String[] {w, w.toUpperCase(Locale.ROOT), capitalised(w)}) {
          for (String front : fronts) {
            for (String back : backs) {
              agree(front + form + back);
            }
          }
        }
      }
    }
  }

  @Test
  void agreesOnRandomTokens() {
    char[] alphabet = "theHEiItTsSaAnNdDoOrRlLpPcC'\"()[],.+-\u201C\u2019\u00e9\u0130\u212A\u00AB".toCharArray();
    Random random = new Random(13);
    for (int round = 0; round < 200_000; round++) {
      char[] t = new char[1 + random.nextInt(10)];
      for (int k = 0; k < t.length; k++) {
        t[k] = alphabet[random.nextInt(alphabet.length)];
      }
      agree(new String(t));
    }
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
