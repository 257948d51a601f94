package dev.lede.facts;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link NameToken}s in one pass, without regular expressions, and marks which
 * capitals carry no information: sentence- and line-initial words and lines set in capitals or in
 * headline case. Possessive {@code 's} is split off; {@code U.S.} and initials keep their full stops.
 */
final class NameTokenizer {
  /** Abbreviations whose full stop does not end a sentence. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
      "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "mt", "ft", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr", "cpl", "pte");

  private NameTokenizer() {}

  static List<NameToken> tokenize(String text, List<Span> sentences, Gazetteer words) {
    return tokenize(new NameKeys(text), sentences, words);
  }

  /** Tokens of {@code keys.text}, whose keys {@code keys} makes (and shares with the mentions). */
  static List<NameToken> tokenize(NameKeys keys, List<Span> sentences, Gazetteer words) {
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sentences.get(k).start();
    }
    return tokenize(keys, starts, words);
  }

  /**
   * Tokens of {@code keys.text}, whose keys {@code keys} makes (and shares with the mentions), and whose
   * sentences start at {@code sentenceStarts}, in order.
   */
  static List<NameToken> tokenize(NameKeys keys, int[] sentenceStarts, Gazetteer words) {
    String text = keys.text;
    char[] chars = keys.chars;
    keys.lateWords = words;
    List<NameToken> out = new ArrayList<>(Math.max(16, text.length() / 5));
    Line line = new Line();
    int n = chars.length;
    int i = 0;
    boolean boundary = true;
    boolean newLine = true;
    int sentence = 0;
    int sportsWords = 0;
    boolean sportsFirst = false;
    while (i < n) {
      char c = chars[i];
      if (c == ' ') { // most chars between tokens, told apart before the general tests
        i++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        boundary = true;
        newLine = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      while (sentence < sentenceStarts.length && sentenceStarts[sentence] < i) {
        sentence++;
      }
      // A splitter's break after an initial or abbreviation ("C. Lewis", "Mr. Wang") is not trusted.
      boolean sentenceStart = sentence < sentenceStarts.length && sentenceStarts[sentence] == i
          && !abbreviationBefore(out);
      if (newLine && !out.isEmpty()) {
        line.mark(out); // the line before is complete
      }
      NameToken t;
      boolean punct = false;
      // ASCII answered by ranges, which is what Character.isLetter and isDigit say of it
      if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
        t = word(keys, i, words, line);
        // Lower-case words matter only as the few words the stages compare by key, and as sports
        // words near the start; their bits are looked up when a stage asks (which few do).
        if (t.capitalised) {
          keys.setKeyAndFlags(t, words); // a capitalised word's key is nearly always asked for
        } else if (out.size() < EntityClassifier.SPORTS_WINDOW) {
          t.lookUpLater();
        }
        if (out.size() < EntityClassifier.SPORTS_WINDOW && t.isSportsWord()) {
          sportsWords++;
          sportsFirst |= out.isEmpty();
        }
        line.word(t);
      } else if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
        t = number(keys, i);
        line.numbers++;
      } else {
        punct = true;
        t = new NameToken(keys, i, i + 1, NameToken.Kind.PUNCT, false, false);
        line.commas += c == ',' ? 1 : 0;
      }
      t.lineStart = newLine;
      newLine = false;
      if (punct) {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2022') {
          boundary = !abbreviationBefore(out);
        } else if (sentenceStart) {
          boundary = true;
        }
      } else {
        t.initial = boundary || sentenceStart;
        boundary = false;
      }
      out.add(t);
      i = t.end;
    }
    line.mark(out);
    keys.sportsWords = sportsWords;
    keys.sportsFirst = sportsFirst;
    keys.sportsCounted = out;
    return out;
  }

  /** The strings of the Latin-1 marks and of the dashes, curly quotes and bullets (U+2010 to U+2027). */
  private static final String[] LATIN_MARKS = marks('\u0000', '\u0100');
  private static final String[] GENERAL_MARKS = marks('\u2010', '\u2028');

  private static String[] marks(char from, char to) {
    String[] out = new String[to - from];
    for (char c = from; c < to; c++) {
      out[c - from] = String.valueOf(c);
    }
    return out;
  }

  /** The key of a punctuation mark: the mark itself, one string for each of the common ones. */
  static String punctuation(char c) {
    if (c < 0x100) {
      return LATIN_MARKS[c];
    }
    return c >= 0x2010 && c < 0x2028 ? GENERAL_MARKS[c - 0x2010] : String.valueOf(c);
  }

  private static boolean abbreviationBefore(List<NameToken> out) {
    if (out.isEmpty()) {
      return false;
    }
    NameToken prev = out.get(out.size() - 1);
    if (prev.isPunct('.') && out.size() > 1) {
      prev = out.get(out.size() - 2);
    } else if (prev.isWord() && prev.endsWithFullStop()) {
      return true; // "U.S.", "W.", "Inc." took their full stop
    }
    return prev.isWord() && (prev.end - prev.start == 1 || (prev.ascii
        ? isAsciiAbbreviation(prev.keys().chars, prev.start, prev.end)
        : isAbbreviation(prev.keysText(), prev.start, prev.end)));
  }

  /**
   * Whether the key of the word {@code text[start, end)} is one of {@link #ABBREVIATIONS}: a word of plain
   * ASCII is compared in place (most words are longer than any of them), without making its key.
   */
  static boolean isAbbreviation(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (text.charAt(k) >= 128) {
        return ABBREVIATIONS.contains(NameKey.of(text, start, end)); // the key folds accents
      }
    }
    int len = end - start;
    if (len < 2 || len > ABBREVIATION_CHARS) {
      return false;
    }
    long packed = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return Arrays.binarySearch(PACKED_ABBREVIATIONS, packed) >= 0;
  }

  /**
   * {@link #isAbbreviation} of a word of ASCII chars {@code chars[start, end)}, whose key is as long as it
   * is: a word longer than any abbreviation (most) is answered by its length, without reading its chars.
   */
  static boolean isAsciiAbbreviation(char[] chars, int start, int end) {
    int len = end - start;
    if (len < 2 || len > ABBREVIATION_CHARS) {
      return false;
    }
    long packed = 0;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return Arrays.binarySearch(PACKED_ABBREVIATIONS, packed) >= 0;
  }

  /** The longest of {@link #ABBREVIATIONS}. */
  private static final int ABBREVIATION_CHARS = 4;
  /** {@link #ABBREVIATIONS}, each packed one char a byte into a long, sorted. */
  private static final long[] PACKED_ABBREVIATIONS = pack(ABBREVIATIONS);

  private static long[] pack(Set<String> words) {
    long[] out = new long[words.size()];
    int i = 0;
    for (String w : words) {
      if (w.length() > ABBREVIATION_CHARS) {
        throw new IllegalStateException("abbreviation longer than " + ABBREVIATION_CHARS + ": " + w);
      }
      long packed = 0;
      for (int k = 0; k < w.length(); k++) {
        packed = packed << 8 | w.charAt(k);
      }
      out[i++] = packed;
    }
    Arrays.sort(out);
    return out;
  }

  private static NameToken word(NameKeys keys, int start, Gazetteer words, Line line) {
    String text = keys.text;
    char[] chars = keys.chars; // read as an array: String.charAt checks its coder and bounds at every char
    int n = chars.length;
    int i = start;
    boolean dotted = false;
    // case counts and the last inner dash are taken in the same pass: the chars passed over between
    // letters (apostrophes, dashes, ampersands, full stops) have no case
    int upper = 0;
    int lower = 0;
    int lastDash = -1;
    boolean ascii = true;
    while (i < n) {
      char c = chars[i];
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          lower++;
          i++;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          upper++;
          i++;
          continue;
        }
        if (c >= '0' && c <= '9') {
          i++;
          continue;
        }
      } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        ascii = false;
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
        i++;
        continue;
      }
      boolean nextLetter = i + 1 < n && Character.isLetterOrDigit(chars[i + 1]);
      if ((c == '\'' || c == '\u2019') && nextLetter) {
        char s = chars[i + 1];
        boolean possessive = (s == 's' || s == 'S')
            && (i + 2 >= n || !Character.isLetterOrDigit(chars[i + 2]));
        if (possessive) {
          break;
        }
        ascii &= c == '\'';
        i++;
      } else if ((c == '-' || c == '&') && nextLetter) {
        if (c == '-') {
          lastDash = i;
        }
        i++;
      } else if (c == '.' && nextLetter && i + 2 <= n && segmentLength(chars, start, i) <= 2
          && Character.isUpperCase(chars[i + 1])) {
        dotted = true;
        i++;
      } else {
        break;
      }
    }
    // "U.S.", initials ("W.") and listed abbreviations ("Inc.", "Fla.", "St.") keep their full stop.
    // A listed abbreviation at the end of a sentence leaves the full stop to the sentence.
    if (i < n && chars[i] == '.' && (dotted || (i - start == 1 && Character.isUpperCase(chars[start]))
        || i - start <= 5 && Character.isUpperCase(chars[start]) && !sentenceEndsAt(chars, i)
        && words.flags(text, start, i + 1) != 0)) {
      i++;
    }
    char first = chars[start];
    // ASCII by range, which is what Character.isUpperCase says of it
    boolean capitalised = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
    NameToken t = new NameToken(keys, start, i, NameToken.Kind.WORD, capitalised,
        upper >= 2 && lower == 0);
    t.ascii = ascii;
    line.upper += upper;
    line.lower += lower;
    // "Tripoli-based" is no name, "Kim In-so" is: the tail must be an ordinary word
    t.lowerTail = capitalised && lastDash > start && lastDash + 1 < i
        && Character.isLowerCase(chars[lastDash + 1])
        && (words.flags(text, lastDash + 1, i) & Gazetteer.COMMON) != 0;
    return t;
  }

  /** The full stop at {@code dot} ends the text, its line, or comes before a capital. */
  private static boolean sentenceEndsAt(char[] chars, int dot) {
    int k = dot + 1;
    if (k >= chars.length || chars[k] == '\n' || chars[k] == '\r') {
      return true;
    }
    while (k < chars.length && (chars[k] == ' ' || chars[k] == '"' || chars[k] == '\'')) {
      k++;
    }
    return k >= chars.length || chars[k] == '\n' || Character.isUpperCase(chars[k]);
  }

  private static int segmentLength(char[] chars, int start, int dot) {
    int k = dot;
    while (k > start && chars[k - 1] != '.') {
      k--;
    }
    return dot - k;
  }

  private static NameToken number(NameKeys keys, int start) {
    char[] chars = keys.chars;
    int n = chars.length;
    int i = start + 1;
    while (i < n) {
      char c = chars[i];
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && i + 1 < n
          && Character.isDigit(chars[i + 1])) {
        i++;
      } else {
        break;
      }
    }
    return new NameToken(keys, start, i, NameToken.Kind.NUMBER, false, false);
  }

  /**
   * Counts over the tokens of the line being tokenised, which mark it, once it is complete, as set in
   * capitals ("CRICKET - LEICESTERSHIRE TAKE OVER") or in headline case (four or more words, nearly all
   * capitalised, a third of them common words, few commas and numbers: not a list of names). Taken as
   * the tokens are made, so the line's tokens are not read a second time unless it is a headline.
   */
  private static final class Line {
    /** The first token of the line. */
    int from;
    int upper;
    int lower;
    int count;
    int capitalWords;
    int capitalCommon;
    int commas;
    int numbers;

    /** Counts a word, whose bits are known when it is capitalised. */
    void word(NameToken t) {
      count++;
      if (t.capitalised) {
        capitalWords++;
        if (!t.allCaps && t.has(Gazetteer.COMMON)) {
          capitalCommon++;
        }
      }
    }

    /** Marks the line's tokens, {@code tokens[from, size)}, when it is a headline; starts the next line. */
    void mark(List<NameToken> tokens) {
      int to = tokens.size();
      boolean caps = upper >= 4 && lower * 8 <= upper;
      // a list of names ("Mike Hulbert, Tiger Woods,", "Phillip Price 72 76") is no headline
      boolean headlineCase = count >= 4 && capitalWords * 10 >= count * 9 && count <= 20
          && capitalCommon >= 2 && capitalCommon * 10 >= count * 3 && commas <= 1 && numbers <= 1;
      if (caps || headlineCase) {
        for (int k = from; k < to; k++) {
          tokens.get(k).headline = true;
        }
      }
      from = to;
      upper = 0;
      lower = 0;
      count = 0;
      capitalWords = 0;
      capitalCommon = 0;
      commas = 0;
      numbers = 0;
    }
  }
}
