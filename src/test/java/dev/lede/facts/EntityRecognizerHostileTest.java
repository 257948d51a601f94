package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input finishes (a generous guard against hangs, not a speed test) and gives sane output. */
class EntityRecognizerHostileTest {
  private static final Duration GUARD = Duration.ofSeconds(120);
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  @Test
  void fiveMegabyteLineOfCapitalisedWords() {
    Random random = new Random(42);
    StringBuilder b = new StringBuilder(5 * 1024 * 1024 + 16);
    String[] words = {"Alpha", "Bank", "Of", "Party", "Wang", "London", "Mr", "President", "NATO",
        "U.S.", "The", "Monday", "Grand", "Prix", "&", "de"};
    while (b.length() < 5 * 1024 * 1024) {
      b.append(words[random.nextInt(words.length)]).append(' ');
    }
    String text = b.toString();
    Entities e = assertTimeoutPreemptively(GUARD,
        () -> RECOGNIZER.recognize(text, new RuleSentenceSplitter().split(text)));
    for (Entity x : EntityRecognizerTest.all(e)) {
      assertTrue(x.name().split(" ").length <= MentionFinder.MAX_TOKENS, "bounded names: " + x.name());
    }
  }

  @Test
  void fiveMegabytesWithoutASpace() {
    String text = "Q".repeat(5 * 1024 * 1024);
    assertTimeoutPreemptively(GUARD,
        () -> RECOGNIZER.recognize(text, new RuleSentenceSplitter().split(text)));
  }

  @Test
  void hundredThousandTinyParagraphs() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      b.append(i % 3 == 0 ? "Li Wei." : i % 3 == 1 ? "A." : "In Paris (IP).").append("\n\n");
    }
    String text = b.toString();
    Entities e = assertTimeoutPreemptively(GUARD,
        () -> RECOGNIZER.recognize(text, new RuleSentenceSplitter().split(text)));
    assertTrue(e.people().size() + e.organizations().size() + e.places().size() <= 10,
        "repeats are one entity each: " + e);
  }

  @Test
  void sameSentenceAMillionTimesIsOneEntityPerName() {
    String text = "Wang Huning visited Beijing. ".repeat(200_000);
    Entities e = assertTimeoutPreemptively(GUARD,
        () -> RECOGNIZER.recognize(text, new RuleSentenceSplitter().split(text)));
    assertTrue(e.people().size() == 1 && e.people().get(0).mentions() == 200_000, "people: "
        + e.people().size());
  }
}
