package dev.lede.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The word lists entity recognition consults, loaded once from {@code src/main/resources/dev/lede/facts/}
 * (each file names its source and licence in its header) and from the JDK's ISO country and calendar
 * names. Every key ({@link NameKey}) maps to a bit set of the lists it is on, so one hash look-up answers
 * every question about a word; tokens keep their bits. Immutable after construction and so thread-safe.
 */
final class Gazetteer {
  private static final String DIR = "/dev/lede/facts/";

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
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  private final WordFlagTable flags = new WordFlagTable();
  /** The fullest name of each key of a group of names ("u.s." -> "United States"). */
  private final Map<String, String> canonical = new HashMap<>();
  /** The most words in any multi-word entry, to bound phrase look-ups. */
  final int longestEntry;
  private int longest = 1;

  private Gazetteer() {
    read("given-names.txt", k -> add(k, GIVEN));
    read("surnames.txt", k -> add(k, SURNAME));
    read("common-words.txt", k -> add(k, COMMON));
    read("titles.txt", k -> add(k, TITLE));
    read("person-cues.txt", k -> add(k, PERSON_CUE));
    Consumer<String> demonym = k -> {
      add(k, DEMONYM);
      add(k + "s", DEMONYM);
    };
    read("demonyms.txt", demonym);
    read("demonyms-extra.txt", demonym);
    read("misc-words.txt", k -> prefixed(k, "word ", MISC_WORD, "head ", MISC_HEAD));
    read("org-words.txt", k -> {
      prefixed(k, "suffix ", ORG_SUFFIX, "prefix ", ORG_PREFIX);
      prefixed(k, "lead ", ORG_LEAD, "lead ", ORG_LEAD);
    });
    read("place-words.txt", k -> {
      prefixed(k, "suffix ", PLACE_SUFFIX, "prefix ", PLACE_PREFIX);
      prefixed(k, "of ", PLACE_OF, "of ", PLACE_OF);
    });
    read("sports-words.txt", k -> add(k, SPORTS));
    read("places.txt", k -> {}, line -> {
      String key = NameKey.of(line);
      if (!key.isEmpty()) {
        add(key, PLACE);
        canonical.putIfAbsent(key, line.strip()); // the ordinary spelling of a place seen in capitals
      }
    });
    read("towns.txt", k -> add(k, TOWN));
    read("organizations.txt", k -> add(k, ORG));
    readGroups("organizations-extra.txt", ORG);
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      if (!name.isEmpty() && !name.equals(cc)) {
        add(NameKey.of(name), COUNTRY);
        canonical.putIfAbsent(NameKey.of(name), name);
      }
    }
    readGroups("countries-extra.txt", COUNTRY);
    for (Month m : Month.values()) {
      add(NameKey.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), CALENDAR);
      add(NameKey.of(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), CALENDAR);
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      add(NameKey.of(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), CALENDAR);
      add(NameKey.of(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), CALENDAR);
    }
    for (String k : new String[] {"sept", "tues", "thur", "thurs"}) {
      add(k, CALENDAR);
    }
    longestEntry = longest;
  }

  /** The bits of {@code key}, 0 when it is on no list. */
  int flags(String key) {
    return flags.get(key);
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

  private void add(String key, int bit) {
    addOne(key, bit);
    // "St. Louis", "St Louis", "Saint Louis" are one place
    if (key.startsWith("st. ")) {
      addOne("st " + key.substring(4), bit);
      addOne("saint " + key.substring(4), bit);
    } else if (key.startsWith("saint ")) {
      addOne("st " + key.substring(6), bit);
      addOne("st. " + key.substring(6), bit);
    }
    // "Calif." at the end of a sentence loses its full stop: "Calif"
    if ((bit & COUNTRY) != 0 && key.length() >= 5 && key.endsWith(".") && key.indexOf('.') == key.length() - 1) {
      String bare = key.substring(0, key.length() - 1);
      if ((flags(bare) & (COMMON | TITLE | MISC_WORD)) == 0) {
        addOne(bare, bit);
      }
    }
  }

  private void addOne(String key, int bit) {
    flags.merge(key, bit);
    int space = key.indexOf(' ');
    if (space > 0) {
      flags.merge(key.substring(0, space), PHRASE_HEAD);
      int words = 1;
      for (int i = space; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          words++;
        }
      }
      longest = Math.max(longest, Math.min(words, 8));
    }
  }

  private void prefixed(String k, String pa, int a, String pb, int b) {
    if (k.startsWith(pa)) {
      add(k.substring(pa.length()).strip(), a);
    } else if (k.startsWith(pb)) {
      add(k.substring(pb.length()).strip(), b);
    }
  }

  private void readGroups(String file, int bit) {
    read(file, raw -> {}, line -> {
      String[] names = line.split("\\|");
      String full = names[0].strip();
      for (String n : names) {
        String key = NameKey.of(n.strip());
        if (!key.isEmpty()) {
          add(key, bit);
          canonical.putIfAbsent(key, full);
        }
      }
    });
  }

  private static void read(String file, Consumer<String> keys) {
    read(file, keys, null);
  }

  /** Feeds every non-comment line of a list, as a key or (when asked) as written. */
  private static void read(String file, Consumer<String> keys, Consumer<String> lines) {
    InputStream in = Gazetteer.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("word list missing from the classpath: " + DIR + file);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (lines != null) {
          lines.accept(line);
        } else {
          String key = NameKey.of(line);
          if (!key.isEmpty()) {
            keys.accept(key);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }
}
