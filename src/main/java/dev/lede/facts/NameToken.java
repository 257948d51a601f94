package dev.lede.facts;

/**
 * One token of text as entity recognition sees it: a word, a number or one punctuation mark, with the
 * facts about its case and position that decide whether it can start or continue a name.
 */
final class NameToken {
  enum Kind { WORD, NUMBER, PUNCT }

  final int start;
  final int end;
  final Kind kind;
  private final String text;
  /** Where the key is made, shared by every token of the text. */
  private final NameKeys keys;
  /** {@link NameKey} of a word, made when first asked for; the mark for punctuation; null for numbers. */
  private String key;
  /** First letter upper case ("Paris", "McCague", "U.S."). */
  final boolean capitalised;
  /** At least two letters and none lower case ("NATO", "LONDON", "U.S."). */
  final boolean allCaps;
  /** First word of a sentence, line or quotation, where capitals say nothing. */
  boolean initial;
  /** Upper- and lower-case letters in the token. */
  int upper;
  int lower;
  /** A name used as the first part of a lower-case word: "Tripoli-based", "Brazilian-born". */
  boolean lowerTail;
  /** The {@link Gazetteer} bits of a word's key. */
  int flags;
  /** First token of its line. */
  boolean lineStart;
  /** On a line set in capitals or in headline case, where capitals say nothing either. */
  boolean headline;

  NameToken(NameKeys keys, int start, int end, Kind kind, String key, boolean capitalised, boolean allCaps) {
    this.keys = keys;
    this.text = keys.text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.key = key;
    this.capitalised = capitalised;
    this.allCaps = allCaps;
  }

  /** The word's {@link NameKey}, computed once: most lower-case words are never asked. */
  String key() {
    if (key == null && kind == Kind.WORD) {
      key = keys.of(start, end);
    }
    return key;
  }

  boolean has(int mask) {
    return (flags & mask) != 0;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(start) == c;
  }

  @Override
  public String toString() {
    return kind + ":" + text.substring(start, end) + "@" + start;
  }
}
