package dev.lede.facts;

/**
 * One token of text as entity recognition sees it: a word, a number or one punctuation mark, with the
 * facts about its case and position that decide whether it can start or continue a name.
 */
final class NameToken {
  enum Kind { WORD, NUMBER, PUNCT }

  private static final Kind[] KINDS = Kind.values();

  /*
   * A text of a megabyte has some 200,000 tokens, so their size counts: the fields are laid out to fit
   * 40 bytes (the kind as its ordinal, the key kept by NameKeys under the key id, the text found
   * through the keys), where they took 64.
   */
  final int start;
  final int end;
  /** The {@link Kind}'s ordinal. */
  private final byte kind;
  /** Where the key is made, shared by every token of the text (and the text itself, {@code keys.text}). */
  private final NameKeys keys;
  /** The {@link NameKeys} id of a word's key, -1 until first asked for. */
  private int keyId = -1;
  /** First letter upper case ("Paris", "McCague", "U.S."). */
  final boolean capitalised;
  /** At least two letters and none lower case ("NATO", "LONDON", "U.S."). */
  final boolean allCaps;
  /** First word of a sentence, line or quotation, where capitals say nothing. */
  boolean initial;
  /** A name used as the first part of a lower-case word: "Tripoli-based", "Brazilian-born". */
  boolean lowerTail;
  /** A word of plain ASCII chars, whose key is its chars in lower case, as many as it has. */
  boolean ascii;
  /**
   * The {@link Gazetteer} bits of a word's key, or {@link #UNKNOWN} until first asked for: lower-case
   * words are looked up only when a stage asks (most never are), which spares the large table's
   * cache misses. The lists they are looked up in then are {@link NameKeys#lateWords}, one for every
   * token of the text (a field of their own would make each of the many tokens larger).
   */
  private int flags;
  /** First token of its line. */
  boolean lineStart;
  /** On a line set in capitals or in headline case, where capitals say nothing either. */
  boolean headline;

  NameToken(NameKeys keys, int start, int end, Kind kind, boolean capitalised, boolean allCaps) {
    this.keys = keys;
    this.start = start;
    this.end = end;
    this.kind = (byte) kind.ordinal();
    this.capitalised = capitalised;
    this.allCaps = allCaps;
  }

  Kind kind() {
    return KINDS[kind];
  }

  /**
   * The word's {@link NameKey}, made once per distinct key by {@link NameKeys} (most lower-case words are
   * never asked); the mark for punctuation; null for numbers.
   */
  String key() {
    if (kind == WORD) {
      return keys.key(keyId());
    }
    return kind == PUNCT ? NameTokenizer.punctuation(keys.chars[start]) : null;
  }

  private static final byte WORD = (byte) Kind.WORD.ordinal();
  private static final byte PUNCT = (byte) Kind.PUNCT.ordinal();

  /** The {@link NameKeys} id of a word's key. */
  int keyId() {
    if (keyId < 0) {
      keyId = keys.id(start, end);
    }
    return keyId;
  }

  /**
   * {@code words.flags(key())}: the bits of the key whether or not the tokenizer looked them up for
   * {@link #flags()} (which answers 0 for a lower-case word it did not), kept per key by
   * {@link NameKeys}.
   */
  int keyFlags(Gazetteer words) {
    return kind == WORD ? keys.flags(keyId(), words) : words.flags(key());
  }

  /** Whether {@code key()} is in any of the {@link SmallWordSets} {@code mask}: {@code SmallWordSets.of(key()) & mask}. */
  boolean inSet(int mask) {
    return ((kind == WORD ? keys.sets(keyId()) : SmallWordSets.of(key())) & mask) != 0;
  }

  /** What {@link #flags} holds before a lower-case word's bits are looked up (no key has every bit). */
  private static final int UNKNOWN = -1;

  /** Sets the word's {@link NameKeys} id and its bits, looked up now. */
  void setKeyAndFlags(int id, int bits) {
    this.keyId = id;
    flags = bits;
  }

  /** Leaves the word's bits to be looked up in {@link NameKeys#lateWords} when first asked for. */
  void lookUpLater() {
    flags = UNKNOWN;
  }

  /**
   * {@code has(Gazetteer.SPORTS)}, asked of every word near the start: a word whose bits are not looked
   * up yet asks the gazetteer's small table of sports words, not the large one, and a word of ASCII
   * only when a sports word starts with its first letter and is as long ({@link Gazetteer#maySportsWord}).
   */
  boolean isSportsWord() {
    if (flags != UNKNOWN) {
      return has(Gazetteer.SPORTS);
    }
    Gazetteer words = keys.lateWords;
    return (!ascii || words.maySportsWord(keys.chars[start], end - start))
        && words.isSportsWord(keys.text, start, end);
  }

  /** The {@link Gazetteer} bits of a word's key (0 for what was never looked up: numbers, marks). */
  int flags() {
    int f = flags;
    if (f == UNKNOWN) {
      f = keys.lateWords.flags(keys.text, start, end);
      flags = f;
    }
    return f;
  }

  /** Where the token's key is made, shared by every token of the text. */
  NameKeys keys() {
    return keys;
  }

  /** The text the token is a slice of. */
  String keysText() {
    return keys.text;
  }

  /** A word ends with a full stop ("U.S.", "Inc."): so does its key, which keeps full stops. */
  boolean endsWithFullStop() {
    return keys.chars[end - 1] == '.';
  }

  boolean has(int mask) {
    return (flags() & mask) != 0;
  }

  boolean isWord() {
    return kind == WORD;
  }

  boolean isPunct(char c) {
    return kind == PUNCT && keys.chars[start] == c;
  }

  @Override
  public String toString() {
    return kind() + ":" + keys.text.substring(start, end) + "@" + start;
  }
}
