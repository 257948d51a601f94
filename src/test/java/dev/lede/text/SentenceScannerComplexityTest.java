package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the scanner to linear work by counting the characters it reads (not by timing): on inputs built
 * to provoke re-scanning, it reads each character a small constant number of times, and ten times the
 * input costs ten times the reads.
 */
class SentenceScannerComplexityTest {
  /** Reads per input character; the scanner's look-around is bounded, so this is a constant. */
  private static final double MAX_READS_PER_CHAR = 16;

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("plain sentences", k -> "The quick brown fox jumps over the lazy dog. ".repeat(k)),
        shape("one long line of words", k -> "word ".repeat(k)),
        shape("one long token", k -> "x".repeat(10 * k)),
        shape("dotted token", k -> "a.b".repeat(k)),
        shape("title storm", k -> "Mr. ".repeat(k)),
        shape("dotted abbreviations", k -> "U.S. ".repeat(k)),
        shape("initials", k -> "A. ".repeat(k)),
        shape("short phrases", k -> "At 5 a.m. The ".repeat(k)),
        shape("quote marks", k -> "\"".repeat(10 * k)),
        shape("stops in quotes", k -> ".\"".repeat(k)),
        shape("openers after a stop", k -> "End. " + "\"".repeat(10 * k) + "A"),
        shape("deep brackets", k -> "(".repeat(k) + "x." + ")".repeat(k) + " Next."),
        shape("dots", k -> ".".repeat(10 * k)),
        shape("spaced dots", k -> ". ".repeat(k)),
        shape("spaces after a stop", k -> "End. " + " ".repeat(10 * k) + "X"),
        shape("glued sentences", k -> "word.Word".repeat(k)),
        shape("list markers", k -> "1. a ".repeat(k)),
        shape("bullets", k -> "• ".repeat(k)),
        shape("e-mail addresses", k -> "a@b.".repeat(k)),
        shape("quoted questions", k -> "\"Why?\" Smith Jones Brown ".repeat(k)),
        shape("long words before stops", k -> ("x".repeat(100) + ". ").repeat(k / 10 + 1)));
  }

  private static Arguments shape(String name, IntFunction<String> make) {
    return Arguments.of(name, make);
  }

  private static long reads(String text) {
    SentenceScanner s = new SentenceScanner(text, BoundaryWords.DEFAULT);
    s.scan();
    return s.reads();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void readsEachCharacterABoundedNumberOfTimes(String name, IntFunction<String> make) {
    for (int k : new int[] {1_000, 10_000}) {
      String text = make.apply(k);
      long reads = reads(text);
      assertTrue(reads <= MAX_READS_PER_CHAR * text.length() + 64,
          name + ": " + reads + " reads for " + text.length() + " chars");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void tenTimesTheInputCostsTenTimesTheWork(String name, IntFunction<String> make) {
    String small = make.apply(2_000);
    String large = make.apply(20_000);
    double ratio = (double) reads(large) / reads(small);
    double sizeRatio = (double) large.length() / small.length();
    assertTrue(ratio <= sizeRatio * 1.05 + 0.5, name + ": work grew " + ratio + "x for " + sizeRatio + "x input");
  }

  @org.junit.jupiter.api.Test
  void tenTimesTheSentencesGivesTenTimesTheSentences() {
    String one = "Mr. Smith arrived at 5 a.m. in the U.S. He left. \"Why?\" she asked. It's over... Really? ";
    SentenceSplitter splitter = new RuleSentenceSplitter();
    int base = splitter.split(one.repeat(1_000)).size();
    assertEquals(5_000, base);
    assertEquals(10 * base, splitter.split(one.repeat(10_000)).size());
  }
}
