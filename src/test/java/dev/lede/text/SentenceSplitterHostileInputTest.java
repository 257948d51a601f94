package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to break a splitter. The timeout is a hang guard, far above the expected time; speed is
 * not asserted here (see {@link SentenceScannerComplexityTest} for the work bound).
 */
class SentenceSplitterHostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final Duration HANG_GUARD_LARGE = Duration.ofSeconds(240);
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

  private static List<Span> split(String text, Duration limit) {
    return assertTimeoutPreemptively(limit, () -> SPLITTER.split(text));
  }

  @Test
  void aFiveMegabyteSingleLineWithoutPunctuationIsOneSentence() {
    String text = "word ".repeat(1_000_000);
    assertEquals(List.of(new Span(0, text.length() - 1)), split(text, HANG_GUARD));
  }

  @Test
  void aFiveMegabyteTokenWithoutSpacesIsOneSentence() {
    assertEquals(1, split("a.b".repeat(1_700_000), HANG_GUARD).size());
    assertEquals(1, split("x".repeat(5_000_000), HANG_GUARD).size());
  }

  @Test
  void aHundredThousandQuoteMarks() {
    assertEquals(1, split("\"".repeat(100_000), HANG_GUARD).size());
    assertEquals(1, split("It ended.".concat("\"".repeat(100_000)).concat(" yes"), HANG_GUARD).size());
    assertEquals(2, split("It ended.".concat("”".repeat(100_000)).concat(" Yes."), HANG_GUARD).size());
    assertEquals(1, split("“".repeat(50_000).concat("”".repeat(50_000)), HANG_GUARD).size());
  }

  @Test
  void titleStormsNeverEndASentence() {
    assertEquals(1, split("Mr. ".repeat(1_000_000), HANG_GUARD).size());
    assertEquals(1, split("Mr. Dr. Prof. Gen. ".repeat(200_000).concat("Smith"), HANG_GUARD).size());
  }

  @Test
  void abbreviationStormsAreBounded() {
    split("U.S. ".repeat(1_000_000), HANG_GUARD);
    split("A. ".repeat(1_500_000), HANG_GUARD);
    assertEquals(300_000, split("At 5 a.m. The ".repeat(300_000), HANG_GUARD).size(),
        "each 'The' after 'a.m.' starts a sentence except where the phrase is short");
  }

  @Test
  void tenThousandDeepBrackets() {
    String deep = "(".repeat(10_000) + "It rained." + ")".repeat(10_000) + " Then it stopped.";
    assertEquals(2, split(deep, HANG_GUARD).size());
    assertEquals(1, split("[".repeat(10_000) + "...".repeat(10_000) + "]".repeat(10_000), HANG_GUARD).size());
  }

  @Test
  void aSentenceRepeatedAMillionTimesGivesAMillionSentences() {
    String text = "Go on. ".repeat(1_000_000);
    assertEquals(1_000_000, split(text, HANG_GUARD_LARGE).size());
  }

  @Test
  void runsOfPunctuationAndSpace() {
    assertEquals(1, split(".".repeat(5_000_000), HANG_GUARD).size());
    assertEquals(1, split(". ".repeat(2_500_000), HANG_GUARD).size(), "one long spaced ellipsis");
    assertEquals(1, split("?!".repeat(2_000_000), HANG_GUARD).size());
    assertEquals(2, split("End. " + " ".repeat(5_000_000) + "Next", HANG_GUARD).size());
    assertEquals(2_000_000, split("• ".repeat(2_000_000), HANG_GUARD).size());
    assertEquals(1, split("\n".repeat(5_000_000).concat("x"), HANG_GUARD).size());
  }

  @Test
  void listAndAddressStorms() {
    split("1. a ".repeat(1_000_000), HANG_GUARD);
    split("a@b.".repeat(1_000_000), HANG_GUARD);
    split("https://x.y/".repeat(400_000), HANG_GUARD);
  }
}
