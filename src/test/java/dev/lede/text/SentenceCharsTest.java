package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceCharsTest {
  @Test
  void aSpaceIsWhatJavaCallsWhitespaceOrASpaceCharForEveryChar() {
    // isSpace answers most chars without the Unicode tables; it must agree with them on all
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), SentenceChars.isSpace(c),
          () -> "U+" + Integer.toHexString(c));
    }
  }
}
