package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SharedData;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TitleDetector#headlineKind} judges a line once for both readings of
 * {@link TitleDetector#isHeadline(String, boolean)}: a final full stop after lower-case words is allowed
 * only in a wire headline; one after a line in capitals, or no full stop, reads the same either way.
 */
class HeadlineKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Markets rally as rates fall|2",
      "Markets rally as rates fall.|1",
      "MARKETS RALLY AS RATES FALL.|2",
      "Will Tory tax cuts lift spirits?|2",
      "He said the plan worked. Then he left|0",
      "Markets rally as rates fall (Photo: AFP)|0",
      "Related stories|0",
      "rally|0"})
  void judgesTheBothReadingsAtOnce(String line, int kind) {
    assertEquals(kind, TitleDetector.headlineKind(line), line);
    assertEquals(kind >= TitleDetector.WIRE_HEADLINE, TitleDetector.isHeadline(line, true), line);
    assertEquals(kind == TitleDetector.HEADLINE, TitleDetector.isHeadline(line, false), line);
  }

  /** The stricter reading never takes a line the wire reading leaves: on every line of two dev sets. */
  @Test
  void aHeadlineIsAWireHeadlineOnRealNews() throws IOException {
    for (String set : new String[] {"dev/bbc.jsonl", "dev/cnndm.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        for (String line : text.split("\n")) {
          String s = line.strip();
          if (s.isEmpty()) {
            continue;
          }
          int kind = TitleDetector.headlineKind(s);
          assertEquals(kind >= TitleDetector.WIRE_HEADLINE, TitleDetector.isHeadline(s, true), s);
          assertEquals(kind == TitleDetector.HEADLINE, TitleDetector.isHeadline(s, false), s);
          assertEquals(true, kind != TitleDetector.HEADLINE || TitleDetector.isHeadline(s, true), s);
        }
      }
    }
  }
}
