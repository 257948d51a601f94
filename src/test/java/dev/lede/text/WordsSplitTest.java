package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Words#split} gives what {@code String.split} gives with the regex it stands for. */
class WordsSplitTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "/:,;", ",|"})
  void agreesWithStringSplitOnRandomText(String separators) {
    String regex = "[\\s" + Pattern.quote(separators).replace("\\Q", "").replace("\\E", "") + "]+";
    if (separators.isEmpty()) {
      regex = "[\\s]+";
    }
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2009-/:,;|x.";
    Random random = new Random(17);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertArrayEquals(text.split(regex), Words.split(text, separators), () -> "'" + text + "'");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  ", "a", " a", "a ", " a b ", "a  b", "\u00A0a b", "a-b -c", "Photo/Xinhua"})
  void agreesOnEdgeCases(String text) {
    assertArrayEquals(text.split("[\\s-/]+"), Words.split(text, "-/"));
  }
}
