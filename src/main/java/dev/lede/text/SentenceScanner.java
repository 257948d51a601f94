package dev.lede.text;

import static dev.lede.text.SentenceChars.isApostrophe;
import static dev.lede.text.SentenceChars.isAsciiDigit;
import static dev.lede.text.SentenceChars.isBullet;
import static dev.lede.text.SentenceChars.isIdeographicStop;
import static dev.lede.text.SentenceChars.isLineBreak;
import static dev.lede.text.SentenceChars.isOpener;
import static dev.lede.text.SentenceChars.isQuote;
import static dev.lede.text.SentenceChars.isSpace;
import static dev.lede.text.SentenceChars.isStrongStop;
import static dev.lede.text.SentenceChars.isTerminal;

import dev.lede.text.BoundaryWords.Abbreviation;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over one text; made per call, so it may keep state. Each character is read a
 * bounded number of times: looks behind and ahead stop within a few words ({@link WordsAround}), and a
 * stretch the scanner has looked ahead over (spaces, closing quotes, a spaced ellipsis) is then skipped,
 * not scanned again. {@link #reads} counts the reads so that a test can hold the scanner to linear work.
 */
final class SentenceScanner {
  /** The kind of character that begins the word after a candidate boundary. */
  private enum Next {
    LOWER,
    UPPER,
    DIGIT,
    OTHER
  }

  private final ScanText t;
  private final int n;
  private final WordsAround around;
  private final List<Span> out = new ArrayList<>();

  /** The current sentence: where it begins (before trimming), whether it holds text, and where that starts. */
  private int start;
  private boolean hasText;
  private int textStart;

  /** The whitespace-delimited token being scanned. */
  private int tokenEnd;
  /**
   * The first char of the token that {@link #plainRunEnd} stops at (a terminal mark or a control char),
   * or its end: found while the token's end is sought, so that the token is not read again up to it.
   */
  private int tokenStop;
  private int tokenLastWordChar;
  private boolean tokenIsAddress;

  /** Lists: a bullet was just seen; the style and next value of the list that opened this line. */
  private boolean bulletPending;
  private int listStyle;
  private int listNext;

  /** What follows a candidate boundary: the first character of the next word past any opening marks. */
  private int nextWord;
  private boolean nextQuoted;

  SentenceScanner(CharSequence text, BoundaryWords words) {
    this.t = new ScanText(text);
    this.n = t.length();
    this.around = new WordsAround(t, words);
  }

  long reads() {
    return t.reads();
  }

  List<Span> scan() {
    char[] cs = t.chars();
    int i = 0;
    while (i < n) {
      char c = cs[i];
      t.count(1);
      if (c == ' ') {
        i++; // the commonest char, told before the tests below
        continue;
      }
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
      if (i >= tokenEnd && isPlainWordStart(cs, n, i, c)) {
        // Most tokens open with a letter that opens no list item or address: read the token, then go
        // straight to its first stop, as the general path below would (no bullet, no marker there).
        if (i == 0 || isSpace(cs[i - 1])) {
          bulletPending = false;
        }
        readToken(i, false);
        markText(i);
        i = tokenStop;
        continue;
      }
      // A list item may open a token or, after a boundary glued inside a token, a sentence.
      int after = i >= tokenEnd ? enterToken(i) : i == start ? listItemStart(i) : i;
      if (after > i) {
        i = after;
        continue;
      }
      markText(i);
      i = isTerminal(c) ? terminal(i, c) : plainRunEnd(i + 1);
    }
    cut(n);
    return out;
  }

  /** Ends the current sentence at {@code end} (if it holds text) and starts the next one there. */
  private void cut(int end) {
    int s = start;
    int e = end;
    while (s < e && isSpace(t.at(s))) {
      s++;
    }
    while (e > s && isSpace(t.at(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
    start = end;
    hasText = false;
  }

  private void markText(int i) {
    if (!hasText) {
      hasText = true;
      textStart = i;
    }
  }

  // ---- tokens, bullets and list markers ----

  /**
   * Notes what the token starting at {@code i} is (an address, whose dots are not full stops?), and at a
   * real token start handles bullets and list markers. Returns the index after a consumed bullet or list
   * marker, or {@code i}.
   */
  private int enterToken(int i) {
    boolean realStart = i == 0 || isSpace(t.at(i - 1));
    int first = i;
    while (first < n && first - i < 4 && isOpener(t.at(first))) {
      first++;
    }
    boolean address = first + 4 <= n && isW(t.at(first)) && isW(t.at(first + 1)) && isW(t.at(first + 2))
        && t.at(first + 3) == '.';
    readToken(i, address);
    return realStart ? listItemStart(i) : i;
  }

  /**
   * Reads the token from {@code i} to the next space, noting where it ends, its first stop, and whether
   * it is an address ({@code address} says whether its opening already showed one).
   */
  private void readToken(int i, boolean address) {
    char[] cs = t.chars();
    int e = i;
    int stop = -1;
    while (e < n) {
      char c = cs[e];
      if (c <= ' ' || c >= '\u0080') {
        if (isSpace(c)) {
          break;
        }
        if (stop < 0 && (c < ' ' || isTerminal(c) || isLineBreak(c))) {
          stop = e;
        }
      } else if (c == '.' || c == '!' || c == '?') {
        if (stop < 0) {
          stop = e;
        }
      } else if (c == '@' && e > i && e + 1 < n && Character.isLetterOrDigit(cs[e - 1])
          && Character.isLetterOrDigit(cs[e + 1])) {
        address = true; // an e-mail address
      } else if (c == ':' && e + 2 < n && cs[e + 1] == '/' && cs[e + 2] == '/') {
        address = true; // a URL with a scheme
      }
      e++;
    }
    t.count(e - i + 1);
    // the last letter or digit matters only in an address, whose dots before it are not full stops
    int lastWordChar = -1;
    if (address) {
      for (int k = e - 1; k >= i; k--) {
        if (Character.isLetterOrDigit(t.at(k))) {
          lastWordChar = k;
          break;
        }
      }
    }
    tokenEnd = e;
    tokenStop = stop < 0 ? e : stop;
    tokenLastWordChar = lastWordChar;
    tokenIsAddress = address;
  }

  /**
   * Whether the token at {@code i}, opening with {@code c}, opens with a plain word: an ASCII letter that
   * is no opening mark, bullet or list marker ("a.", "B)") and does not start "www.". {@link
   * #enterToken} would then only read the token.
   */
  static boolean isPlainWordStart(char[] cs, int n, int i, char c) {
    if (!SentenceChars.isAsciiLetter(c) || isW(c)) {
      return false;
    }
    if (i + 1 >= n) {
      return true;
    }
    char d = cs[i + 1];
    return d != '.' && d != ')';
  }

  /** Whether {@code c} lower-cases to 'w' ({@code Character.toLowerCase}): only 'w' and 'W' do. */
  static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  /**
   * Where the chars from {@code i} on stop being plain token text: the next terminal mark or line break
   * inside the current token, or its end. Nothing in between can end a sentence or open a list item (a
   * list item opens at a token's start or where a sentence was just cut), so the scan skips it.
   */
  private int plainRunEnd(int i) {
    if (i <= tokenStop) {
      return tokenStop; // the token's first stop, found when it was entered, lies ahead
    }
    char[] cs = t.chars();
    int e = i;
    while (e < tokenEnd) {
      char c = cs[e];
      if (c < '\u0080' ? c == '.' || c == '!' || c == '?' || c < ' ' : isTerminal(c) || isLineBreak(c)) {
        break;
      }
      e++;
    }
    t.count(e - i);
    return e;
  }

  private int listItemStart(int i) {
    boolean afterBullet = bulletPending;
    bulletPending = false;
    int m = i;
    if (isBullet(t.at(i))) {
      // A bullet inside a line starts a new item: "• 9. The first item • 10. The second item".
      if (hasText) {
        cut(i);
      }
      markText(i);
      if (i + 1 >= n || isSpace(t.at(i + 1))) {
        bulletPending = true;
        return i + 1;
      }
      afterBullet = true;
      m = i + 1; // a marker glued to its bullet: "⁃9."
    }
    ListMarker marker = ListMarker.mayStart(t, m) ? ListMarker.parse(t, m) : null;
    if (marker == null) {
      return m;
    }
    if (!hasText || afterBullet) {
      listStyle = marker.style();
    } else if (marker.style() == listStyle && marker.value() == listNext) {
      cut(m); // the next item of a list that opened this line: "1. The first item 2. The second item"
    } else {
      return m;
    }
    listNext = marker.value() + 1;
    markText(m);
    return marker.end();
  }

  // ---- terminal punctuation ----

  private int terminal(int i, char c) {
    if (c == '.') {
      return period(i);
    }
    if (c == '\u2026') {
      boolean four = i + 1 < n && t.at(i + 1) == '.';
      return ellipsis(i, four ? i + 2 : i + 1, around.attached(i), four);
    }
    if (isIdeographicStop(c)) {
      int p = around.skipClosers(i + 1);
      cut(p);
      return p;
    }
    return strongStop(i);
  }

  private int period(int i) {
    if (i + 1 < n && isAsciiDigit(t.at(i + 1))) {
      return i + 1; // a decimal point or a number's dot: "3.5", "$1.13bn", "1026.253.553", "Fig.1"
    }
    if (tokenIsAddress && i < tokenLastWordChar) {
      return i + 1; // a dot inside a URL or an e-mail address
    }
    int j = i + 1;
    while (j < n && t.at(j) == '.') {
      j++;
    }
    if (j - i >= 3) {
      return ellipsis(i, j, around.attached(i), j - i >= 4);
    }
    if (j - i == 1) {
      int dots = 1;
      int e = j;
      while (e + 1 < n && t.at(e) == ' ' && t.at(e + 1) == '.') {
        dots++;
        e += 2;
      }
      if (dots >= 3) {
        return spacedEllipsis(i, e, dots, around.attached(i));
      }
    }
    return fullStop(i, j);
  }

  /** Three dots ("...", "…") or four ("....", "…."), from {@code i} to {@code end}. */
  private int ellipsis(int i, int end, boolean attached, boolean four) {
    int p = around.skipClosers(end);
    if (p >= n || !isSpace(t.at(p)) || textStart == i || !lookAhead(p)) {
      // At the end, glued to the next word ("what I mean...see"), before a line break, or opening the
      // sentence (an omission at its start: ". . . The practice was not abandoned").
      return p;
    }
    Next next = nextKind();
    // Four dots are a full stop plus an ellipsis. Three dots attached to a word trail off a sentence when
    // a capital follows ("I never meant that... She left"); after a space they mark words left out
    // inside a sentence ("really ... well"), and inside brackets ("[...]") they are an editor's mark.
    if (four ? next != Next.LOWER : attached && next == Next.UPPER) {
      cut(p);
    }
    return p;
  }

  /** A spaced ellipsis, ". . ." or ". . . .", from {@code i} to {@code end}. */
  private int spacedEllipsis(int i, int end, int dots, boolean attached) {
    int p = around.skipClosers(end);
    if (p >= n || !isSpace(t.at(p)) || textStart == i || !lookAhead(p)) {
      return p;
    }
    Next next = nextKind();
    if (attached && dots >= 4) {
      // "compounds. . . . The practice": the full stop on the word ends the sentence, and the spaced
      // ellipsis after it marks words left out at the start of the next one.
      if (next == Next.UPPER) {
        cut(i + 1);
        markText(i + 1);
      }
      return p;
    }
    // "a period . . . . Next": an ellipsis, then a full stop. A lone spaced ellipsis marks an omission
    // inside the sentence ("the thing is . . . I didn't mean it").
    if (dots >= 4 ? next != Next.LOWER : attached && next == Next.UPPER) {
      cut(p);
    }
    return p;
  }

  /** One full stop (or two) at {@code i}, ending before {@code end}. */
  private int fullStop(int i, int end) {
    int p = around.skipClosers(end);
    if (p >= n) {
      return p;
    }
    if (!isSpace(t.at(p))) {
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
    int stem = around.stemStart(i, start);
    Abbreviation kind = around.classify(stem, i);
    if (kind == null) {
      return next != Next.LOWER;
    }
    return switch (kind) {
      case TITLE, JOIN -> false;
      case NUMBER -> next != Next.DIGIT && next != Next.LOWER;
      case AMBIGUOUS -> next == Next.UPPER
          && (nextQuoted || around.startsSentence(nextWord))
          && !(hasText && around.isShortPhrase(textStart, stem));
    };
  }

  /** A question or exclamation mark, or a run of them ("?!", "!!"). */
  private int strongStop(int i) {
    int j = i + 1;
    while (j < n && (isStrongStop(t.at(j)) || t.at(j) == '.')) {
      j++;
    }
    int p = around.skipClosers(j);
    if (p >= n) {
      return p;
    }
    if (!isSpace(t.at(p))) {
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
    if (next == Next.UPPER && around.quoteBetween(j, p) && around.isAttribution(nextWord)) {
      return p; // "Why not?" Smith asked.
    }
    cut(p);
    return p;
  }

  /**
   * A boundary with no space after it, as scrapers glue sentences: "around the world.CPC marks",
   * "Tuesday.Mr. Smith", "bought 1,000.That". Taken only after a word of two or more characters ending
   * in a lower-case letter or a digit, before a capital followed by a letter; never inside a URL or an
   * e-mail address, after an abbreviation ("Mr.Benn", "U.S.A", "e.g.The"), or in a dotted name
   * ("Halo.Bungie.Org"). Lower-case domains ("bbc.co.uk", "Amazon.com") and decimals never get here.
   */
  private boolean gluedBoundary(int i, int p, boolean period) {
    if (tokenIsAddress || i < 2 || p + 1 >= n) {
      return false;
    }
    char c = t.at(p);
    char c2 = t.at(p + 1);
    if (!Character.isUpperCase(c) || !(Character.isLetter(c2) || isApostrophe(c2))) {
      return false;
    }
    char b = t.at(i - 1);
    char b2 = t.at(i - 2);
    if (!(Character.isLowerCase(b) || isAsciiDigit(b))
        || !(Character.isLetterOrDigit(b2) || isApostrophe(b2) || b2 == ',')) {
      return false;
    }
    if (period) {
      int stem = around.stemStart(i, start);
      if (around.classify(stem, i) != null || around.isDotted(stem, i)) {
        return false;
      }
    }
    return !around.continuesDottedName(p);
  }

  /**
   * Finds the next word after the spaces at {@code p} on the same line, past up to four opening marks.
   * False at the end of the text or of the line, which end the sentence anyway.
   */
  private boolean lookAhead(int p) {
    int x = p;
    while (x < n) {
      char c = t.at(x);
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
    while (x < limit && isOpener(t.at(x))) {
      nextQuoted |= isQuote(t.at(x));
      x++;
    }
    nextWord = x;
    return true;
  }

  private Next nextKind() {
    if (nextWord >= n) {
      return Next.OTHER;
    }
    char c = t.at(nextWord);
    if (Character.isLowerCase(c)) {
      return Next.LOWER;
    }
    if (Character.isLetter(c)) {
      return Next.UPPER; // capitals, and letters of scripts without case
    }
    return Character.isDigit(c) ? Next.DIGIT : Next.OTHER;
  }
}
