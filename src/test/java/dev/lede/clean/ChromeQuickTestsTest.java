package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quick tests the chrome detector asks of every line must answer as the tests they stand for:
 * {@link ChromeDetector#spacedMarks} as {@code hasAny} with the bars and with the crumbs, and
 * {@link ReaderPrompt#is}, which rules out a line by its first word without lower-casing and splitting
 * it, as {@link ReaderPrompt#bySplit}. Random lines from pieces that tell them apart: page-control verbs
 * in any case and with punctuation, separators between spaces, words beyond ASCII whose lower case is
 * ASCII (the Kelvin sign, a dotted capital I), leading and doubled spaces.
 */
class ChromeQuickTestsTest {
  private static final String[] PIECES = {
    "Read", "read", "READ", "\"Read", "Follow", "follow:", "Click", "here", "to", "the", "article", "video",
    "@bbc", "#tag", "more", "us", "Share", "e-mail", "\u212Aeep", "\u0130n", "sign", "up", "newsletter",
    "|", "-", "\u2013", "\u2014", "\u00B7", "\u2022", ">", "\u00BB", "/", "x", "The", "\u00E9t\u00E9", ".",
    "Watch", "Listen", "on", "Twitter", "below"
  };

  @Test
  void quickTestsAnswerAsTheTestsTheyStandFor() {
    Random r = new Random(5);
    for (int round = 0; round < 30_000; round++) {
      agrees(line(r));
    }
  }

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(10) == 0) {
      b.append(' ');
    }
    int words = 1 + r.nextInt(r.nextBoolean() ? 4 : 12);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(r.nextInt(8) == 0 ? "  " : " ");
      }
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    if (r.nextBoolean()) {
      b.append('.');
    }
    return b.toString();
  }

  private static void agrees(String line) {
    int marks = ChromeDetector.spacedMarks(line);
    assertEquals(ChromeDetector.hasAny(line, ChromeDetector.SPACED_BARS), (marks & ChromeDetector.BAR) != 0, line);
    assertEquals(ChromeDetector.hasAny(line, ChromeDetector.SPACED_CRUMBS), (marks & ChromeDetector.CRUMB) != 0,
        line);
    assertEquals(ReaderPrompt.bySplit(line), ReaderPrompt.is(line), line);
  }
}
