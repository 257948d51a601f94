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
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists entity recognition consults, loaded once from {@code src/main/resources/dev/lede/facts/}
 * (each file names its source and licence in its header) and from the JDK's ISO country and calendar
 * names. Keys are {@link NameKey}s. Immutable after construction and so thread-safe.
 */
final class Gazetteer {
  private static final String DIR = "/dev/lede/facts/";

  /** The lists, loaded on first use. */
  static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  final Set<String> givenNames = new HashSet<>();
  final Set<String> surnames = new HashSet<>();
  final Set<String> commonWords = new HashSet<>();
  final Set<String> titles = new HashSet<>();
  final Set<String> personCues = new HashSet<>();
  final Set<String> demonyms = new HashSet<>();
  final Set<String> miscWords = new HashSet<>();
  final Set<String> miscHeads = new HashSet<>();
  final Set<String> calendarWords = new HashSet<>();
  final Set<String> orgSuffixes = new HashSet<>();
  final Set<String> orgPrefixes = new HashSet<>();
  final Set<String> placeSuffixes = new HashSet<>();
  final Set<String> placePrefixes = new HashSet<>();
  /** Words that start a place name going on with "of" ("Gulf of Mexico"). */
  final Set<String> placeOfPrefixes = new HashSet<>();
  final Set<String> sportsWords = new HashSet<>();
  /** Places other than countries and continents: cities, regions, provinces. */
  final Set<String> places = new HashSet<>();
  /** Smaller towns: weaker evidence, since many are also family names. */
  final Set<String> towns = new HashSet<>();
  /** Countries, continents and large regions, each key mapped to the fullest name of its group. */
  final Map<String, String> countries = new HashMap<>();
  /** Well-known organisations, each key mapped to the fullest name of its group. */
  final Map<String, String> organizations = new HashMap<>();
  /** The most words in any multi-word entry, to bound sub-phrase look-ups. */
  int longestEntry = 1;

  private Gazetteer() {
    read("given-names.txt", givenNames::add);
    read("surnames.txt", surnames::add);
    read("common-words.txt", commonWords::add);
    read("titles.txt", titles::add);
    read("person-cues.txt", personCues::add);
    Consumer<String> demonym = k -> {
      demonyms.add(k);
      demonyms.add(k + "s");
    };
    read("demonyms.txt", demonym);
    read("demonyms-extra.txt", demonym);
    read("misc-words.txt", k -> split(k, miscWords, miscHeads, "word ", "head "));
    read("org-words.txt", k -> split(k, orgSuffixes, orgPrefixes, "suffix ", "prefix "));
    read("sports-words.txt", sportsWords::add);
    read("place-words.txt", k -> {
      split(k, placeSuffixes, placePrefixes, "suffix ", "prefix ");
      split(k, placeOfPrefixes, placeOfPrefixes, "of ", "of ");
    });
    read("places.txt", k -> {
      places.add(k);
      measure(k);
    });
    read("towns.txt", towns::add);
    read("organizations.txt", k -> {
      organizations.put(k, null);
      measure(k);
    });
    readGroups("organizations-extra.txt", organizations);
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      if (!name.isEmpty() && !name.equals(cc)) {
        countries.put(NameKey.of(name), name);
        measure(NameKey.of(name));
      }
    }
    readGroups("countries-extra.txt", countries);
    for (Month m : Month.values()) {
      calendarWords.add(NameKey.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
      calendarWords.add(NameKey.of(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      calendarWords.add(NameKey.of(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
      calendarWords.add(NameKey.of(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
    }
    calendarWords.add("sept");
    calendarWords.add("tues");
    calendarWords.add("thur");
    calendarWords.add("thurs");
  }

  boolean isCountry(String key) {
    return countries.containsKey(key);
  }

  boolean isPlace(String key) {
    return places.contains(key) || towns.contains(key) || countries.containsKey(key);
  }

  boolean isOrganization(String key) {
    return organizations.containsKey(key);
  }

  /** The fullest name of a known place or organisation group, or null. */
  String canonical(String key) {
    String c = countries.get(key);
    return c != null ? c : organizations.get(key);
  }

  /** Whether a lone capitalised word with this key is ordinary English rather than a name. */
  boolean isCommon(String key) {
    return commonWords.contains(key) || miscWords.contains(key) || calendarWords.contains(key)
        || titles.contains(key);
  }

  boolean isNeverEntity(String key) {
    return miscWords.contains(key) || miscHeads.contains(key) || calendarWords.contains(key) || titles.contains(key)
        || demonyms.contains(key);
  }

  private void measure(String key) {
    int words = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    if (words > longestEntry) {
      longestEntry = Math.min(words, 8);
    }
  }

  private static void split(String k, Set<String> a, Set<String> b, String pa, String pb) {
    if (k.startsWith(pa)) {
      a.add(k.substring(pa.length()).strip());
    } else if (k.startsWith(pb)) {
      b.add(k.substring(pb.length()).strip());
    }
  }

  private void readGroups(String file, Map<String, String> into) {
    read(file, raw -> {}, line -> {
      String[] names = line.split("\\|");
      String full = names[0].strip();
      for (String n : names) {
        String key = NameKey.of(n.strip());
        if (!key.isEmpty()) {
          into.put(key, full);
          measure(key);
        }
      }
    });
  }

  private void read(String file, Consumer<String> keys) {
    read(file, keys, null);
  }

  /** Feeds every non-comment line of a list, as a key and (when asked) as written. */
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
