package dev.lede.text;

import static dev.lede.text.SentenceChars.isAsciiDigit;
import static dev.lede.text.SentenceChars.isAsciiLetter;
import static dev.lede.text.SentenceChars.isSpace;

/**
 * The marker of a list item: one to three digits or one letter, then ".", ")" or ".)", then a space or
 * the end of the text ("1.", "2)", "3.)", "a.", "B)"). {@code style} tells kinds apart, so that only "2." follows "1.";
 * {@code value} is the number, or the letter's place in the alphabet; {@code end} is the index after it.
 */
record ListMarker(int end, int style, int value) {
  private static final int DOT = 1;
  private static final int PAREN = 2;
  private static final int DOT_PAREN = 3;
  private static final int LETTERED = 4;

  /**
   * A quick test, false only when {@link #parse} gives null: a marker opens with a digit, or with a
   * letter followed by "." or ")". Most tokens are words, whose second char rules them out here.
   */
  static boolean mayStart(ScanText t, int m) {
    char c = t.at(m);
    if (isAsciiDigit(c)) {
      return true;
    }
    if (!isAsciiLetter(c) || m + 1 >= t.length()) {
      return false;
    }
    char d = t.at(m + 1);
    return d == '.' || d == ')';
  }

  /**
   * The marker at {@code m}, or null. A capital letter with a full stop is an initial ("J. Smith"), not a
   * marker; a capital with a bracket ("A)") is one.
   */
  static ListMarker parse(ScanText t, int m) {
    int n = t.length();
    int x = m;
    int value = 0;
    char c = t.at(x);
    boolean letter = false;
    if (isAsciiDigit(c)) {
      while (x < n && x - m <= 3 && isAsciiDigit(t.at(x))) {
        value = value * 10 + (t.at(x) - '0');
        x++;
      }
      if (x - m > 3) {
        return null;
      }
    } else if (isAsciiLetter(c)) {
      letter = true;
      value = Character.toLowerCase(c) - 'a' + 1;
      x++;
    } else {
      return null;
    }
    if (x >= n) {
      return null;
    }
    int style;
    if (t.at(x) == '.') {
      x++;
      style = DOT;
      if (x < n && t.at(x) == ')') {
        x++;
        style = DOT_PAREN;
      }
    } else if (t.at(x) == ')') {
      x++;
      style = PAREN;
    } else {
      return null;
    }
    if (x < n && !isSpace(t.at(x))) {
      return null;
    }
    if (letter && style != PAREN && !Character.isLowerCase(c)) {
      return null;
    }
    return new ListMarker(x, letter ? style + LETTERED : style, value);
  }
}
