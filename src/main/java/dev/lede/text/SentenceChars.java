package dev.lede.text;

/** The character classes the sentence splitter works with. */
final class SentenceChars {
  private SentenceChars() {}

  /** Any kind of space or line break, including no-break spaces, which Java's isWhitespace leaves out. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || Character.isWhitespace(c);
    }
    if (c < '\u0080') {
      return false; // the common case, without the Unicode tables
    }
    // Nor for accented letters and the punctuation of news copy (dashes, curly quotes, bullets,
    // ellipses): below U+1680 only the no-break space is a space, and U+2010..U+2027 holds none
    if (c < '\u1680') {
      return c == '\u00A0';
    }
    if (c >= '\u2010' && c <= '\u2027') {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Characters that always end a sentence. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || c == '\u000B' || c == '\u000C';
  }

  /** Question and exclamation marks: they end a sentence unless a lower-case word follows. */
  static boolean isStrongStop(char c) {
    return c == '?' || c == '!' || c == '\u203D';
  }

  /** Full stops of Chinese and Japanese text, which has no spaces and no case to look at. */
  static boolean isIdeographicStop(char c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '\u2026' || isStrongStop(c) || isIdeographicStop(c);
  }

  /** Marks that may close a quotation or a bracket right after a sentence's final punctuation. */
  static boolean isCloser(char c) {
    return switch (c) {
      case '"', '\'', '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']', '}', '\u300D', '\u300F', '\uFF09' -> true;
      default -> false;
    };
  }

  /** Marks that may open a quotation or a bracket before a sentence's first word. */
  static boolean isOpener(char c) {
    return switch (c) {
      case '"', '\'', '\u201C', '\u2018', '\u00AB', '\u2039', '\u201E', '(', '[', '{', '\u300C', '\u300E' -> true;
      default -> false;
    };
  }

  static boolean isQuote(char c) {
    return switch (c) {
      case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u201E' ->
          true;
      default -> false;
    };
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** List bullets. Hyphens and middle dots are left out: news copy uses them as dashes and separators. */
  static boolean isBullet(char c) {
    return switch (c) {
      case '\u2022', '\u2023', '\u2043', '\u25E6', '\u25AA', '\u25CF', '\u25A0', '\u25BA' -> true;
      default -> false;
    };
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Letters of an abbreviation's stem, with the ordinal signs of "N°" and "Nº". */
  static boolean isStemChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '\u00B0' || c == '\u00BA';
  }
}
