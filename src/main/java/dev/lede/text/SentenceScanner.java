package dev.lede.text;

import static dev.lede.text.SentenceChars.isApostrophe;
import static dev.lede.text.SentenceChars.isAsciiDigit;
import static dev.lede.text.SentenceChars.isAsciiLetter;
import static dev.lede.text.SentenceChars.isBullet;
import static dev.lede.text.SentenceChars.isCloser;
import static dev.lede.text.SentenceChars.isIdeographicStop;
import static dev.lede.text.SentenceChars.isLineBreak;
import static dev.lede.text.SentenceChars.isOpener;
import static dev.lede.text.SentenceChars.isQuote;
import static dev.lede.text.SentenceChars.isSpace;
import static dev.lede.text.SentenceChars.isStemChar;
import static dev.lede.text.SentenceChars.isStrongStop;
import static dev.lede.text.SentenceChars.isTerminal;

import dev.lede.text.BoundaryWords.Abbreviation;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over one text; made per call, so it may keep state. Each character is read a
 * bounded number of times: look-behind and look-ahead stop after a few words ({@link #WINDOW} chars), and
 * every stretch the scanner looks ahead over is then skipped, not scanned again. {@link #reads} counts
 * the reads so that a test can hold the scanner to linear work.
 */
final class SentenceScanner {
  /** The farthest the scanner looks behind or ahead of a full stop for a word. */
  static final int WINDOW = 24;
  /** The longest phrase that the "short prepositional phrase" rule looks at. */
  private static final int FRAGMENT_WINDOW = 48;

  private enum Next {
    LOWER,
    UPPER,
    DIGIT,
    OTHER
  }

  private final String text;
  private final int n;
  private final BoundaryWords words;
  private final List<Span> out = new ArrayList<>();
  private long reads;

  /** Where the current sentence begins (before trimming), and whether it holds any text yet. */
  private int start;
  private boolean hasText;
  private int textStart;

  /** The whitespace-delimited token being scanned. */
  private int tokenEnd;
  private int tokenLastWordChar;
  private boolean tokenIsAddress;

  /** Lists: a bullet was just seen; the style and next number of the list that opened this line. */
  private boolean bulletPending;
  private int listStyle;
  private int listNext;
  private int markerStyle;
  private int markerValue;

  /** What follows a candidate boundary: the first character of the next word past any opening marks. */
  private int nextWord;
  private boolean nextQuoted;

  SentenceScanner(CharSequence text, BoundaryWords words) {
    this.text = text.toString(); // one copy at most, and monomorphic reads
    this.n = text.length();
    this.words = words;
  }

  long reads() {
    return reads;
  }

  private char at(int i) {
    reads++;
    return text.charAt(i);
  }

  List<Span> scan() {
    int i = 0;
    while (i < n) {
      char c = at(i);
      if (isLineBreak(c)) {
        cut(i);
        start = i + 1;
        listStyle = 0;
        bulletPending = false;
        i++;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (i >= tokenEnd) {
        int after = enterToken(i);
        if (after > i) {
          i = after;
          continue;
        }
      }
      markText(i);
      i = isTerminal(c) ? terminal(i, c) : i + 1;
    }
    cut(n);
    return out;
  }

  /** Ends the current sentence at {@code end} (if it holds text) and starts the next one there. */
  private void cut(int end) {
    int s = start;
    int e = end;
    while (s < e && isSpace(at(s))) {
      s++;
    }
    while (e > s && isSpace(at(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
    start = end;
    hasText = false;
  }

  // ---- tokens, bullets and list markers ----

  /**
   * Notes what the token starting at {@code i} is (an address whose dots are not full stops?), and at a
   * real token start handles bullets and list markers. Returns the index after a consumed list marker,
   * or {@code i}.
   */
  private int enterToken(int i) {
    boolean realStart = i == 0 || isSpace(at(i - 1));
    int e = i;
    int lastWordChar = -1;
    boolean address = false;
    int first = i;
    while (first < n && first - i < 4 && isOpener(at(first))) {
      first++;
    }
    if (first + 4 <= n && (at(first) == 'w' || at(first) == 'W') && (at(first + 1) == 'w' || at(first + 1) == 'W')
        && (at(first + 2) == 'w' || at(first + 2) == 'W') && at(first + 3) == '.') {
      address = true;
    }
    while (e < n) {
      char c = at(e);
      if (isSpace(c)) {
        break;
      }
      if (Character.isLetterOrDigit(c)) {
        lastWordChar = e;
      } else if (c == '@' && e > i && e + 1 < n && Character.isLetterOrDigit(at(e - 1))
          && Character.isLetterOrDigit(at(e + 1))) {
        address = true; // an e-mail address
      } else if (c == ':' && e + 2 < n && at(e + 1) == '/' && at(e + 2) == '/') {
        address = true; // a URL with a scheme
      }
      e++;
    }
    tokenEnd = e;
    tokenLastWordChar = lastWordChar;
    tokenIsAddress = address;
    if (!realStart) {
      return i;
    }
    boolean afterBullet = bulletPending;
    bulletPending = false;
    int m = i;
    if (isBullet(at(i))) {
      // A bullet inside a line starts a new list item: "• 9. The first item • 10. The second item".
      if (hasText) {
        cut(i);
      }
      markText(i);
      if (i + 1 >= n || isSpace(at(i + 1))) {
        bulletPending = true;
        return i + 1;
      }
      afterBullet = true;
      m = i + 1; // a marker glued to its bullet: "⁃9."
    }
    int end = listMarker(m);
    if (end >= 0) {
      if (!hasText || afterBullet) {
        listStyle = markerStyle;
        listNext = markerValue + 1;
        markText(m);
        return end;
      }
      if (markerStyle == listStyle && markerValue == listNext) {
        // The next item of a list that opened this line: "1. The first item 2. The second item".
        cut(m);
        listNext++;
        markText(m);
        return end;
      }
    }
    return m;
  }

  /**
   * Parses a list marker at {@code m}: one to three digits or one letter, then ".", ")" or ".)", then a
   * space. Sets {@link #markerStyle} and {@link #markerValue}; returns the index after the marker, or -1.
   * A capital letter with a full stop is an initial ("J. Smith"), not a marker.
   */
  private int listMarker(int m) {
    int x = m;
    int value = 0;
    char c = at(x);
    boolean letter = false;
    if (isAsciiDigit(c)) {
      while (x < n && x - m < 4 && isAsciiDigit(at(x))) {
        value = value * 10 + (at(x) - '0');
        x++;
      }
      if (x - m > 3) {
        return -1;
      }
    } else if (isAsciiLetter(c)) {
      letter = true;
      value = Character.toLowerCase(c) - 'a' + 1;
      x++;
    } else {
      return -1;
    }
    if (x >= n) {
      return -1;
    }
    int style;
    if (at(x) == '.') {
      x++;
      style = 1;
      if (x < n && at(x) == ')') {
        x++;
        style = 3;
      }
    } else if (at(x) == ')') {
      x++;
      style = 2;
    } else {
      return -1;
    }
    if (x >= n || !isSpace(at(x))) {
      return -1;
    }
    if (letter && style != 2 && !Character.isLowerCase(c)) {
      return -1;
    }
    markerStyle = letter ? style + 4 : style;
    markerValue = value;
    return x;
  }

  // ---- terminal punctuation ----

  private int terminal(int i, char c) {
    if (c == '.') {
      return period(i);
    }
    if (c == '\u2026') {
      boolean four = i + 1 < n && at(i + 1) == '.';
      return ellipsis(i, four ? i + 2 : i + 1, attached(i), four);
    }
    if (isIdeographicStop(c)) {
      int p = skipClosers(i + 1);
      cut(p);
      return p;
    }
    return strongStop(i);
  }

  /** Whether the mark at {@code i} is attached to the word before it (not after a space or an opener). */
  private boolean attached(int i) {
    if (i == 0) {
      return false;
    }
    char b = at(i - 1);
    return !isSpace(b) && !isOpener(b);
  }

  private int period(int i) {
    if (i + 1 < n && isAsciiDigit(at(i + 1))) {
      return i + 1; // a decimal point or a number's dot: "3.5", "$1.13bn", "1026.253.553", "Fig.1"
    }
    if (tokenIsAddress && i < tokenLastWordChar) {
      return i + 1; // a dot inside a URL or an e-mail address
    }
    int j = i + 1;
    while (j < n && at(j) == '.') {
      j++;
    }
    int dots = j - i;
    if (dots >= 3) {
      return ellipsis(i, j, attached(i), dots >= 4);
    }
    if (dots == 1) {
      int k = 1;
      int e = j;
      while (e + 1 < n && at(e) == ' ' && at(e + 1) == '.') {
        k++;
        e += 2;
      }
      if (k >= 3) {
        return spacedEllipsis(i, e, k, attached(i));
      }
    }
    return fullStop(i, j);
  }

  /** Three dots ("...", "…") or four ("....", "…."). */
  private int ellipsis(int i, int end, boolean attached, boolean four) {
    int p = skipClosers(end);
    if (p >= n || !isSpace(at(p)) || !lookAhead(p)) {
      return p; // at the end, glued to the next word ("what I mean...see"), or before a line break
    }
    Next next = nextKind();
    // Four dots are a full stop plus an ellipsis. Three dots attached to a word trail off a sentence when
    // a capital follows ("I never meant that... She left"); after a space they mark words left out
    // inside a sentence ("really ... well"), and inside brackets ("[...]") they are an editor's mark.
    boolean boundary = four ? next != Next.LOWER : attached && next == Next.UPPER;
    if (boundary) {
      cut(p);
    }
    return p;
  }

  /** A spaced ellipsis, ". . ." or ". . . .", whose first dot is at {@code i}. */
  private int spacedEllipsis(int i, int end, int dots, boolean attached) {
    int p = skipClosers(end);
    if (p >= n || !isSpace(at(p)) || !lookAhead(p)) {
      return p;
    }
    Next next = nextKind();
    if (attached && dots >= 4) {
      // "compounds. . . . The practice": the full stop on the word ends the sentence, and the spaced
      // ellipsis that follows marks words left out at the start of the next one.
      if (next == Next.UPPER) {
        cut(i + 1);
        markText(i + 1);
      }
      return p;
    }
    // "a period . . . . Next": an ellipsis then a full stop. A lone spaced ellipsis marks an omission
    // inside the sentence ("the thing is . . . I didn't mean it").
    boolean boundary = dots >= 4 ? next != Next.LOWER : attached && next == Next.UPPER;
    if (boundary) {
      cut(p);
    }
    return p;
  }

  /** One full stop (or two) at {@code i}, ending before {@code end}. */
  private int fullStop(int i, int end) {
    int p = skipClosers(end);
    if (p >= n) {
      return p;
    }
    if (!isSpace(at(p))) {
      if (gluedBoundary(i, p, true)) {
        cut(p);
      }
      return p;
    }
    if (lookAhead(p) && isBoundaryAfterStop(i)) {
      cut(p);
    }
    return p;
  }

  private boolean isBoundaryAfterStop(int i) {
    Next next = nextKind();
    int stemStart = stemStart(i);
    Abbreviation kind = classify(stemStart, i);
    if (kind == null) {
      return next != Next.LOWER;
    }
    return switch (kind) {
      case TITLE, JOIN -> false;
      case NUMBER -> next != Next.DIGIT && next != Next.LOWER;
      case AMBIGUOUS -> next == Next.UPPER
          && (nextQuoted || startsSentence(nextWord))
          && !isShortPhrase(stemStart);
    };
  }

  /** A question or exclamation mark (or a run of them: "?!", "!!"). */
  private int strongStop(int i) {
    int j = i + 1;
    while (j < n && (isStrongStop(at(j)) || at(j) == '.')) {
      j++;
    }
    int p = skipClosers(j);
    if (p >= n) {
      return p;
    }
    if (!isSpace(at(p))) {
      if (gluedBoundary(i, p, false)) {
        cut(p);
      }
      return p;
    }
    if (!lookAhead(p)) {
      return p;
    }
    Next next = nextKind();
    if (next == Next.LOWER) {
      return p; // "She works at Yahoo! in the accounting department", "'Why?' she asked"
    }
    if (next == Next.UPPER && quoteBetween(j, p) && isAttribution(nextWord)) {
      return p; // "Why not?" Smith asked.
    }
    cut(p);
    return p;
  }

  /**
   * A boundary with no space after it, as scrapers glue sentences: "around the world.CPC marks",
   * "Tuesday.Mr. Smith", "bought 1,000.That". Taken only after a word of two or more characters ending
   * in a lower-case letter or a digit, before a capital followed by a letter, and never inside a URL or
   * e-mail address, after an abbreviation ("Mr.Benn", "U.S.A", "e.g.The") or in a dotted name whose next
   * part is followed by another dot ("Halo.Bungie.Org"). Lower-case domains ("bbc.co.uk",
   * "Amazon.com") and decimals never reach this test.
   */
  private boolean gluedBoundary(int i, int p, boolean period) {
    if (tokenIsAddress || i < 2 || p + 1 >= n) {
      return false;
    }
    char c = at(p);
    char c2 = at(p + 1);
    if (!Character.isUpperCase(c) || !(Character.isLetter(c2) || isApostrophe(c2))) {
      return false;
    }
    char b = at(i - 1);
    char b2 = at(i - 2);
    if (!(Character.isLowerCase(b) || isAsciiDigit(b))
        || !(Character.isLetterOrDigit(b2) || isApostrophe(b2) || b2 == ',')) {
      return false;
    }
    if (period) {
      int from = stemStart(i);
      if (classify(from, i) != null || (from >= 0 && from < i && read(from, i).indexOf('.') >= 0)) {
        return false; // after an abbreviation, or inside a dotted name: "Halo.Bungie.Org"
      }
    }
    int x = p;
    while (x < n && x - p < WINDOW && Character.isLetter(at(x))) {
      x++;
    }
    return !(x + 1 < n && at(x) == '.' && Character.isLetter(at(x + 1)));
  }

  // ---- looking around a candidate boundary ----

  /** Skips closing quotes and brackets, but not an apostrophe that starts a word ("Jr.'s"). */
  private int skipClosers(int e) {
    int p = e;
    while (p < n) {
      char c = at(p);
      if (!isCloser(c) || (isApostrophe(c) && p + 1 < n && Character.isLetter(at(p + 1)))) {
        break;
      }
      p++;
    }
    return p;
  }

  private boolean quoteBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (isQuote(at(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the next token after the spaces at {@code p} on the same line, and its first character past
   * up to four opening marks. False at the end of the text or of the line, which end the sentence anyway.
   */
  private boolean lookAhead(int p) {
    int x = p;
    while (x < n) {
      char c = at(x);
      if (isLineBreak(c)) {
        return false;
      }
      if (!isSpace(c)) {
        break;
      }
      x++;
    }
    if (x >= n) {
      return false;
    }
    nextQuoted = false;
    int limit = Math.min(n, x + 4);
    while (x < limit && isOpener(at(x))) {
      nextQuoted |= isQuote(at(x));
      x++;
    }
    nextWord = x;
    return true;
  }

  private Next nextKind() {
    if (nextWord >= n) {
      return Next.OTHER;
    }
    char c = at(nextWord);
    if (Character.isLowerCase(c)) {
      return Next.LOWER;
    }
    if (Character.isLetter(c)) {
      return Next.UPPER; // capitals, and letters of scripts without case
    }
    return Character.isDigit(c) ? Next.DIGIT : Next.OTHER;
  }

  /**
   * Where the letters (and dots) before the full stop at {@code i} begin, within the current sentence
   * ("Tuesday.Mr." after a glued boundary has the stem "Mr"); -1 if longer than a word.
   */
  private int stemStart(int i) {
    int x = i;
    while (x > start && isStemChar(at(x - 1))) {
      if (i - x >= WINDOW) {
        return -1;
      }
      x--;
    }
    while (x < i && at(x) == '.') {
      x++;
    }
    return x;
  }

  /** The abbreviation class of the stem {@code [from, i)}, or null for an ordinary word. */
  private Abbreviation classify(int from, int i) {
    if (from < 0 || from >= i) {
      return null;
    }
    if (from > 1 && isApostrophe(at(from - 1)) && Character.isLetterOrDigit(at(from - 2))) {
      return null; // the end of a word, not an abbreviation: "Jenner's.", "rock'n'roll."
    }
    String stem = read(from, i);
    boolean dotted = isDottedLetters(stem);
    if (from > 0 && isAsciiDigit(at(from - 1))) {
      return dotted ? Abbreviation.AMBIGUOUS : null; // "10a.m." is one; "1990s." and "£5m." are not
    }
    Abbreviation listed = words.abbreviation(stem);
    if (listed != null) {
      return listed;
    }
    if (stem.length() == 1 && Character.isLetter(stem.charAt(0))) {
      return Abbreviation.AMBIGUOUS; // an initial ("Jonas E. Smith") or a word ("you and I.")
    }
    return dotted ? Abbreviation.AMBIGUOUS : null;
  }

  /** Groups of one or two letters joined by dots: "U.S", "a.m", "Ph.D", "J.K". */
  private static boolean isDottedLetters(String stem) {
    int groups = 0;
    int run = 0;
    for (int k = 0; k < stem.length(); k++) {
      char c = stem.charAt(k);
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
  private boolean startsSentence(int r) {
    int x = r;
    while (x < n && Character.isLetter(at(x))) {
      if (x - r >= WINDOW) {
        return false;
      }
      x++;
    }
    if (x == r) {
      return false;
    }
    String word = read(r, x);
    if (x < n && at(x) == '.') {
      return words.abbreviation(word) == Abbreviation.TITLE; // "Mr." opens one; "A." is an initial
    }
    return words.isStarter(word);
  }

  /**
   * Whether the sentence so far, up to the stem at {@code stemStart}, is a short phrase opened by a
   * preposition ("At 5 a.m.", "In the U.S."): such a phrase is not a sentence on its own.
   */
  private boolean isShortPhrase(int stemStart) {
    int s = textStart;
    if (!hasText || stemStart - s > FRAGMENT_WINDOW) {
      return false;
    }
    int x = s;
    while (x < stemStart && isOpener(at(x))) {
      x++;
    }
    int w = x;
    while (w < stemStart && Character.isLetter(at(w))) {
      w++;
    }
    if (w == x || !words.isPreposition(read(x, w))) {
      return false;
    }
    int count = 0;
    boolean inWord = false;
    for (int k = s; k < stemStart; k++) {
      boolean space = isSpace(at(k));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count <= 3;
  }

  /**
   * Whether up to three capitalised words at {@code r} are followed by a verb of saying:
   * {@code "Why?" Travolta asked.} or {@code "Really?" Mr Lewis asked.}
   */
  private boolean isAttribution(int r) {
    int x = r;
    for (int w = 0; w < 3; w++) {
      if (x >= n || !Character.isUpperCase(at(x))) {
        return false;
      }
      int e = x;
      while (e < n && (Character.isLetter(at(e)) || at(e) == '-' || isApostrophe(at(e)))) {
        if (e - x >= WINDOW) {
          return false;
        }
        e++;
      }
      String name = read(x, e);
      boolean title = words.abbreviation(name) == Abbreviation.TITLE;
      if (words.isStarter(name) && !title) {
        return false; // "The", "He": a new sentence
      }
      if (title && e < n && at(e) == '.') {
        e++;
      }
      if (e + 1 >= n || at(e) != ' ') {
        return false;
      }
      x = e + 1;
      if (Character.isLowerCase(at(x))) {
        int v = x;
        while (v < n && Character.isLetter(at(v))) {
          if (v - x >= WINDOW) {
            return false;
          }
          v++;
        }
        return words.isSpeechVerb(read(x, v));
      }
    }
    return false;
  }

  private void markText(int i) {
    if (!hasText) {
      hasText = true;
      textStart = i;
    }
  }

  private String read(int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      sb.append(at(k));
    }
    return sb.toString();
  }
}
