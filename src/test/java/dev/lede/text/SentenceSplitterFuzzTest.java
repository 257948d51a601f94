package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzing the sentence splitter (issue 6) against what {@link RuleSentenceSplitter} promises: spans in
 * order, not overlapping, inside the text, never empty, without leading or trailing whitespace, covering
 * every other character, never across a line break; the same text gives the same spans; each sentence
 * split again gives itself. Corpus: {@code src/test/resources/dev/lede/text/SentenceSplitterFuzzTestInputs/};
 * to fuzz: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SentenceSplitterFuzzTest}.
 */
class SentenceSplitterFuzzTest {
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

  @FuzzTest(maxDuration = "10m")
  void split(FuzzedDataProvider data) {
    String text = TextDecoder.normalise(data.consumeRemainingAsString()).text();
    List<Span> spans = SPLITTER.split(text);
    int covered = 0;
    for (Span s : spans) {
      assertTrue(s.start() >= covered && s.end() <= text.length() && s.start() < s.end(), "span " + s);
      for (int i = covered; i < s.start(); i++) {
        assertTrue(Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)),
            "only whitespace between sentences, at " + i);
      }
      String sentence = s.of(text).toString();
      assertEquals(sentence.strip(), sentence, "no leading or trailing whitespace: " + s);
      assertFalse(sentence.contains("\n"), "a line break ends a sentence: " + s);
      covered = s.end();
    }
    for (int i = covered; i < text.length(); i++) {
      assertTrue(Character.isWhitespace(text.charAt(i)), "only whitespace after the last sentence");
    }
    assertEquals(spans, SPLITTER.split(text), "deterministic");
    for (Span s : spans) {
      String sentence = s.of(text).toString();
      assertEquals(List.of(new Span(0, sentence.length())), SPLITTER.split(sentence), "a sentence splits into itself");
    }
  }
}
