package dev.lede.facts;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The word lists entity recognition consults, loaded once from {@code src/main/resources/dev/lede/facts/}
 * (each file names its source and licence in its header) and from the JDK's ISO country and calendar
 * names ({@link GazetteerLists}), or from the image of them the build writes ({@link GazetteerImage}). Every key ({@link NameKey}) maps to a bit set of the lists it is on, so one hash look-up answers
 * every question about a word; tokens keep their bits. Immutable after construction and so thread-safe.
 */
final class Gazetteer {
  static final int GIVEN = 1;
  static final int SURNAME = 1 << 1;
  /** Ordinary lower-case English (SCOWL). */
  static final int COMMON = 1 << 2;
  static final int TITLE = 1 << 3;
  static final int PERSON_CUE = 1 << 4;
  static final int DEMONYM = 1 << 5;
  static final int MISC_WORD = 1 << 6;
  static final int MISC_HEAD = 1 << 7;
  static final int CALENDAR = 1 << 8;
  static final int ORG_SUFFIX = 1 << 9;
  static final int ORG_PREFIX = 1 << 10;
  static final int PLACE_SUFFIX = 1 << 11;
  static final int PLACE_PREFIX = 1 << 12;
  /** Starts a place name that goes on with "of" ("Gulf of Mexico"). */
  static final int PLACE_OF = 1 << 13;
  static final int SPORTS = 1 << 14;
  /** Cities of 100,000 or more, capitals, regions. */
  static final int PLACE = 1 << 15;
  /** Smaller towns: weaker evidence, since many are also family names. */
  static final int TOWN = 1 << 16;
  /** Countries, continents and large regions. */
  static final int COUNTRY = 1 << 17;
  static final int ORG = 1 << 18;
  /** The first word of a multi-word place or organisation, worth a phrase look-up. */
  static final int PHRASE_HEAD = 1 << 19;
  /** A name starting with this word is an organisation ("Air France"). */
  static final int ORG_LEAD = 1 << 20;

  static final int ANY_PLACE = PLACE | TOWN | COUNTRY;
  /** A capitalised word with any of these bits says nothing by itself. */
  static final int ORDINARY = COMMON | MISC_WORD | CALENDAR | TITLE;
  static final int NEVER_ENTITY = MISC_WORD | MISC_HEAD | CALENDAR | TITLE | DEMONYM;

  /** The lists, loaded on first use. */
  static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /**
   * The image the build writes ({@link GazetteerImage}, read in a few milliseconds) when the class path
   * has one, else the lists themselves ({@link GazetteerLists}, some hundreds of milliseconds on a cold
   * JVM): the same table either way, which a test checks.
   */
  static Gazetteer load() {
    Gazetteer image = GazetteerImage.readShipped();
    return image != null ? image : GazetteerLists.read();
  }

  private final WordFlagTable flags;
  /** The entries of {@link #flags} with the {@link #SPORTS} bit: a table small enough to stay in cache. */
  private final WordFlagTable sports;
  /**
   * By an ASCII first letter, in either case: bit {@code n} set when a key of {@link #sports} of ASCII
   * chars starts with that letter and has {@code n} chars ({@code n < 64}).
   */
  private final long[] sportsShapes;
  /** The fullest name of each key of a group of names ("u.s." -> "United States"). */
  private final Map<String, String> canonical;
  /** The most words in any multi-word entry, to bound phrase look-ups. */
  final int longestEntry;

  Gazetteer(WordFlagTable flags, Map<String, String> canonical, int longestEntry) {
    this(flags, longestEntry, Collections.unmodifiableMap(new HashMap<>(canonical)));
  }

  private Gazetteer(WordFlagTable flags, int longestEntry, Map<String, String> readOnly) {
    this.flags = flags;
    this.sports = flags.small(); // WordFlagTable.SMALL_BITS
    this.sportsShapes = shapes(sports);
    this.canonical = readOnly;
    this.longestEntry = longestEntry;
  }

  private static long[] shapes(WordFlagTable table) {
    long[] out = new long[128];
    for (String key : table.keys()) {
      char first = key.isEmpty() ? 0 : key.charAt(0);
      if (first < 128 && key.length() < 64 && isAscii(key)) {
        out[first] |= 1L << key.length();
        if (first >= 'a' && first <= 'z') {
          out[first - 32] |= 1L << key.length(); // the capital, which a key never holds
        }
      }
    }
    return out;
  }

  private static boolean isAscii(String key) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when no word of ASCII chars that starts with {@code first} and has {@code length} chars can be
   * a sports word: its key (its chars in lower case) starts with that letter in lower case and is as
   * long, and no key of the sports table has that shape. An exact pre-test for
   * {@link #isSportsWord} of such a word; true (ask the table) for anything else.
   */
  boolean maySportsWord(char first, int length) {
    return first >= 128 || length >= 64 || (sportsShapes[first] & 1L << length) != 0;
  }

  /** A gazetteer that keeps {@code canonical}, which no one else holds, instead of copying it. */
  static Gazetteer owning(WordFlagTable flags, HashMap<String, String> canonical, int longestEntry) {
    return new Gazetteer(flags, longestEntry, Collections.unmodifiableMap(canonical));
  }

  WordFlagTable table() {
    return flags;
  }

  Map<String, String> canonicalNames() {
    return canonical;
  }

  /** The bits of {@code key}, 0 when it is on no list. */
  int flags(String key) {
    return flags.get(key);
  }

  /**
   * The bits of {@link NameKey#of(CharSequence, int, int) NameKey.of(text, start, end)}, 0 when it is on
   * no list; a slice of plain ASCII (most words) is looked up in place, without making its key.
   */
  int flags(String text, int start, int end) {
    return flags(flags, text, start, end);
  }

  /** Whether {@code has(SPORTS)} holds for the key of {@code text[start, end)}, asked of a small table. */
  boolean isSportsWord(String text, int start, int end) {
    return (flags(sports, text, start, end) & SPORTS) != 0;
  }

  private static int flags(WordFlagTable table, String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return table.get(NameKey.of(text, start, end)); // the key folds accents
      }
      if (c == ' ' || c == '\t' || c == '\n') {
        return phraseFlags(table, text, start, end);
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return table.getLowerCased(h, text, start, end);
  }

  /**
   * {@link #flags(String, int, int)} of a slice that holds spaces ("New York", a phrase looked up for
   * every capitalised word that may start one): when it is plain ASCII its key, lower case with each run
   * of spaces as one, is hashed and compared in place, without making it.
   */
  private static int phraseFlags(WordFlagTable table, String text, int start, int end) {
    long hash = NameKey.asciiHash(text, start, end);
    if (hash == NameKey.NOT_ASCII) {
      return table.get(NameKey.of(text, start, end)); // the key folds accents
    }
    return table.getSpacedLowerCased((int) hash, (int) (hash >>> 32), text, start, end);
  }

  boolean is(String key, int mask) {
    return (flags(key) & mask) != 0;
  }

  boolean isCountry(String key) {
    return is(key, COUNTRY);
  }

  boolean isPlace(String key) {
    return is(key, ANY_PLACE);
  }

  boolean isOrganization(String key) {
    return is(key, ORG);
  }

  /** Whether a lone capitalised word with this key is ordinary English rather than a name. */
  boolean isCommon(String key) {
    return is(key, ORDINARY);
  }

  boolean isNeverEntity(String key) {
    return is(key, NEVER_ENTITY);
  }

  /** The fullest name of a known place or organisation group, or null. */
  String canonical(String key) {
    return canonical.get(key);
  }
}
