package dev.lede.text;

import static dev.lede.text.SentenceChars.isApostrophe;
import static dev.lede.text.SentenceChars.isAsciiDigit;
import static dev.lede.text.SentenceChars.isCloser;
import static dev.lede.text.SentenceChars.isOpener;
import static dev.lede.text.SentenceChars.isQuote;
import static dev.lede.text.SentenceChars.isSpace;
import static dev.lede.text.SentenceChars.isStemChar;

import dev.lede.text.BoundaryWords.Abbreviation;

/**
 * Reads the words around a candidate sentence boundary: the abbreviation before a full stop, the word
 * after it, the phrase it ends. Every look stops within {@link #WINDOW} characters of where it starts (or
 * {@link #PHRASE_WINDOW} for the phrase), which keeps the splitter linear. One per scan.
 */
final class WordsAround {
  /** The farthest a look behind or ahead goes for one word. */
  static final int WINDOW = 24;
  /** The longest phrase {@link #isShortPhrase} considers. */
  static final int PHRASE_WINDOW = 48;

  private final ScanText t;
  private final int n;
  private final BoundaryWords words;

  WordsAround(ScanText t, BoundaryWords words) {
    this.t = t;
    this.n = t.length();
    this.words = words;
  }

  /** Whether the mark at {@code i} is attached to the word before it (not after a space or an opener). */
  boolean attached(int i) {
    if (i == 0) {
      return false;
    }
    char b = t.at(i - 1);
    return !isSpace(b) && !isOpener(b);
  }

  /**
   * Skips closing quotes and brackets from {@code e}, but not an apostrophe that starts a word: one
   * followed by a lower-case letter ("Jr.'s", "rock 'n' roll").
   */
  int skipClosers(int e) {
    int p = e;
    while (p < n) {
      char c = t.at(p);
      if (!isCloser(c) || (isApostrophe(c) && p + 1 < n && Character.isLowerCase(t.at(p + 1)))) {
        break;
      }
      p++;
    }
    return p;
  }

  boolean quoteBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (isQuote(t.at(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the letters (and dots) before the full stop at {@code i} begin, not before {@code floor} (the
   * sentence start: "Tuesday.Mr." after a glued boundary has the stem "Mr"); -1 if longer than a word.
   */
  int stemStart(int i, int floor) {
    int x = i;
    while (x > floor && isStemChar(t.at(x - 1))) {
      if (i - x >= WINDOW) {
        return -1;
      }
      x--;
    }
    while (x < i && t.at(x) == '.') {
      x++;
    }
    return x;
  }

  /** Whether the stem {@code [from, i)} holds a dot: a dotted name such as "Halo.Bungie". */
  boolean isDotted(int from, int i) {
    return from >= 0 && from < i && t.read(from, i).indexOf('.') >= 0;
  }

  /** The abbreviation class of the stem {@code [from, i)}, or null for an ordinary word. */
  Abbreviation classify(int from, int i) {
    if (from < 0 || from >= i) {
      return null;
    }
    if (from > 1 && isApostrophe(t.at(from - 1)) && Character.isLetterOrDigit(t.at(from - 2))) {
      return null; // the end of a word, not an abbreviation: "Jenner's.", "rock'n'roll."
    }
    // read in place: most stems are ordinary words, which then need no string
    char[] cs = t.chars();
    t.count(i - from);
    boolean dotted = isDottedLetters(cs, from, i);
    if (from > 0 && isAsciiDigit(t.at(from - 1))) {
      return dotted ? Abbreviation.AMBIGUOUS : null; // "10a.m." is one; "1990s." and "£5m." are not
    }
    char c = cs[from];
    if (i - from == 1 && Character.isUpperCase(c)) {
      return Abbreviation.AMBIGUOUS; // an initial ("Jonas E. Smith", "P. Simmons") or a word ("you and I.")
    }
    Abbreviation listed = words.mayBeAbbreviation(cs, from, i) ? words.abbreviation(t.read(from, i)) : null;
    if (listed != null) {
      return listed;
    }
    if (i - from == 1 && Character.isLetter(c)) {
      return Abbreviation.AMBIGUOUS; // an unlisted lower-case letter: "plan b.", "an i."
    }
    return dotted ? Abbreviation.AMBIGUOUS : null;
  }

  /** Groups of one or two letters joined by dots: "U.S", "a.m", "Ph.D", "J.K". */
  static boolean isDottedLetters(String stem) {
    return isDottedLetters(stem.toCharArray(), 0, stem.length());
  }

  /** {@link #isDottedLetters(String)} of {@code cs[from, to)}. */
  static boolean isDottedLetters(char[] cs, int from, int to) {
    int groups = 0;
    int run = 0;
    for (int k = from; k < to; k++) {
      char c = cs[k];
      if (c == '.') {
        if (run == 0) {
          return false;
        }
        groups++;
        run = 0;
      } else if (Character.isLetter(c) && run < 2) {
        run++;
      } else {
        return false;
      }
    }
    return run > 0 && groups >= 1;
  }

  /** Whether the word at {@code r} usually starts a sentence ("How", "It", "Mr."), not a name ("Smith"). */
  boolean startsSentence(int r) {
    int x = r;
    while (x < n && Character.isLetter(t.at(x))) {
      if (x - r >= WINDOW) {
        return false;
      }
      x++;
    }
    if (x == r) {
      return false;
    }
    String word = t.read(r, x);
    if (x < n && t.at(x) == '.') {
      return words.abbreviation(word) == Abbreviation.TITLE; // "Mr." opens one; "A." is an initial
    }
    return words.isStarter(word);
  }

  /** Whether the capitalised word at {@code p} is followed by a dot and a letter: "Bungie.Org". */
  boolean continuesDottedName(int p) {
    int x = p;
    while (x < n && x - p < WINDOW && Character.isLetter(t.at(x))) {
      x++;
    }
    return x + 1 < n && t.at(x) == '.' && Character.isLetter(t.at(x + 1));
  }

  /**
   * Whether the text {@code [from, stemStart)}, the sentence so far, is a short phrase opened by a
   * preposition ("At 5 a.m.", "In the U.S."): such a phrase is not a sentence on its own.
   */
  boolean isShortPhrase(int from, int stemStart) {
    if (stemStart - from > PHRASE_WINDOW) {
      return false;
    }
    int x = from;
    while (x < stemStart && isOpener(t.at(x))) {
      x++;
    }
    int w = x;
    while (w < stemStart && Character.isLetter(t.at(w))) {
      w++;
    }
    if (w == x || !words.isPreposition(t.read(x, w))) {
      return false;
    }
    int count = 0;
    boolean inWord = false;
    for (int k = from; k < stemStart; k++) {
      boolean space = isSpace(t.at(k));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count <= 3;
  }

  /**
   * Whether up to three capitalised words at {@code r} are followed by a verb of saying that closes the
   * clause: {@code "Why?" Travolta asked.} or {@code "Really?" Mr Lewis asked, smiling.}
   */
  boolean isAttribution(int r) {
    int x = r;
    for (int w = 0; w < 3; w++) {
      if (x >= n || !Character.isUpperCase(t.at(x))) {
        return false;
      }
      int e = x;
      while (e < n && (Character.isLetter(t.at(e)) || t.at(e) == '-' || isApostrophe(t.at(e)))) {
        if (e - x >= WINDOW) {
          return false;
        }
        e++;
      }
      String name = t.read(x, e);
      boolean title = words.abbreviation(name) == Abbreviation.TITLE;
      if (words.isStarter(name) && !title) {
        return false; // "The", "He": a new sentence
      }
      if (title && e < n && t.at(e) == '.') {
        e++;
      }
      if (e + 1 >= n || t.at(e) != ' ') {
        return false;
      }
      x = e + 1;
      if (Character.isLowerCase(t.at(x))) {
        int v = x;
        while (v < n && Character.isLetter(t.at(v))) {
          if (v - x >= WINDOW) {
            return false;
          }
          v++;
        }
        // Only a short attribution: "Smith asked." joins; "Smith said his goal is ..." is a sentence.
        boolean closes = v >= n || ".,;:".indexOf(t.at(v)) >= 0 || SentenceChars.isLineBreak(t.at(v));
        return closes && words.isSpeechVerb(t.read(x, v));
      }
    }
    return false;
  }
}
