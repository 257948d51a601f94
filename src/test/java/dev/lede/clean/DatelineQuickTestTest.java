package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DatelineDetector#mayOpen}, the quick test that spares {@link DatelineDetector#match} most
 * capitalised words, must never say no where {@code match} finds a dateline: the cleaner's output may
 * not depend on it.
 */
class DatelineQuickTestTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "BEIJING -- The talks", "LONDON (Reuters) - The bank", "WASHINGTON, Jan. 19 (Xinhua) -- The US",
    "(CNN) -- The storm", "(CNN)The storm", "Boston (CNN) The mayor", "New Delhi, India (CNN) The court",
    "PARIS, March 3 (AFP) - The strike", "NEW YORK \u2014 Stocks fell", "RIO DE JANEIRO -- The city",
    "TOKYO: German airline shares", "Geneva (AP) \u2014 The talks", "Jan 19 (Reuters) - The bank said",
    "19 January (AFP) - The bank said", "Rio de Janeiro -- The city said on", "LONDON : The market fell",
    "Stratford upon Avon -- The town said", "Rio de Janeiro (AP) The city said it"})
  void saysMaybeWhereMatchFindsADateline(String opening) {
    String text = opening + " officials said on Monday that the plan would go ahead.";
    assertTrue(DatelineDetector.match(text) != null, text); // the examples are datelines
    assertTrue(DatelineDetector.mayOpen(text, 0, text.length()), text);
    String framed = "the story " + text;
    assertTrue(DatelineDetector.mayOpen(framed, 10, framed.length()), framed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Police in Maryland have said", "The minister said on Monday", "He told reporters",
      "Maria Okafor said the plan"})
  void saysNoToACapitalisedWordFollowedByProse(String text) {
    assertFalse(DatelineDetector.mayOpen(text, 0, text.length()), text);
  }

  /** Random strings of the pieces datelines are made of: the quick test never rules out a match. */
  @Test
  void neverRulesOutAMatchOnRandomPieces() {
    String[] pieces = {"BEIJING", "New", "York", "de", "of", "upon", "Jan.", "19", "2021", "(Reuters)", "(CNN)",
        "--", "-", "\u2014", "\u2013", ":", ",", " ", " ", " ", "the", "said", "The", "In", "Calif.", "D.C.",
        "(", ")", "x-ray", "\u2019s", "Pictured", "MAY", "sept", "İstanbul", "\u212Aelvin", "1st", "a", "A"};
    Random random = new Random(5);
    for (int n = 0; n < 60_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(14);
      for (int k = 0; k < parts; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String s = b.toString();
      for (int from = 0; from < s.length(); from += 1 + random.nextInt(4)) {
        int to = from + random.nextInt(s.length() - from + 1);
        agree(s, from, to);
      }
    }
  }

  /** Every word start of real news copy, as the glued-start finder asks about it. */
  @Test
  void neverRulesOutAMatchOnRealNews() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl"}) {
      Path path = SharedData.require(set);
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String text = mapper.readTree(line).path("text").asText();
        for (int i = 0; i < text.length(); i++) {
          if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            agree(text, i, Math.min(text.length(), i + DatelineDetector.MAX_LENGTH));
            agree(text, i, Math.min(text.length(), i + 400)); // past the window: spaces, the lead
          }
        }
      }
    }
  }

  private static void agree(String s, int from, int to) {
    if (DatelineDetector.match(s.substring(from, to)) != null) {
      assertTrue(DatelineDetector.mayOpen(s, from, to), () -> "\"" + s.substring(from, to) + "\"");
    }
  }
}
