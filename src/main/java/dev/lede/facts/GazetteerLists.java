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
import java.util.function.Function;

import static dev.lede.facts.Gazetteer.*;

/**
 * Builds the {@link Gazetteer} from the word lists under {@code src/main/resources/dev/lede/facts/} and
 * the JDK's ISO country and calendar names. The source of truth; the build saves its result as an image
 * ({@link GazetteerImage}) that a cold start reads instead, and ships the image without the lists (they
 * would add 0.4 MB to the deployment package): the build step reads them from the source directory,
 * tests from the test class path. Not thread-safe; use once.
 */
final class GazetteerLists {
  private static final String DIR = "/dev/lede/facts/";

  /** Opens a list by its file name; null for the class path. */
  private final Function<String, InputStream> opener;
  private final WordFlagTable.Builder flags = new WordFlagTable.Builder();
  private final Map<String, String> canonical = new HashMap<>();
  private int longest = 1;

  private GazetteerLists(Function<String, InputStream> opener) {
    this.opener = opener;
  }

  /** The gazetteer of the lists on the class path (where tests find them). */
  static Gazetteer read() {
    return new GazetteerLists(null).build();
  }

  /**
   * The gazetteer of the lists {@code opener} opens by file name (the build step, which reads them from
   * the sources; the core does no file I/O of its own). The opener returns null for a missing list.
   */
  static Gazetteer read(Function<String, InputStream> opener) {
    return new GazetteerLists(opener).build();
  }

  private Gazetteer build() {
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
    return new Gazetteer(flags.build(), canonical, longest);
  }

  private int flags(String key) {
    return flags.get(key);
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

  private void read(String file, Consumer<String> keys) {
    read(file, keys, null);
  }

  /** Feeds every non-comment line of a list, as a key or (when asked) as written. */
  private void read(String file, Consumer<String> keys, Consumer<String> lines) {
    InputStream in = opener != null ? opener.apply(file) : Gazetteer.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("word list missing: " + DIR + file);
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
