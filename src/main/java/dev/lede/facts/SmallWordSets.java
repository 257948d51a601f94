package dev.lede.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small fixed word sets that {@link MentionFinder} and {@link EntityClassifier} test keys against,
 * each a bit, so that one look-up per distinct key answers them all ({@link NameKeys#sets} keeps the
 * answer under the key's id) instead of hashing a key into a set at every test. Immutable.
 */
final class SmallWordSets {
  /** Name particles: "de", "van", "bin". */
  static final int PARTICLE = 1;
  static final int LEGAL_FORM = 1 << 1;
  static final int STATE_BODY = 1 << 2;
  static final int FUNCTION_WORD = 1 << 3;
  static final int COMPASS_WORD = 1 << 4;
  static final int LOCATIVE = 1 << 5;
  static final int OPPONENT_WORD = 1 << 6;
  static final int PERSONAL_PLACE_WORD = 1 << 7;
  static final int COMPASS_ABBREVIATION = 1 << 8;
  static final int SPEECH_WORD = 1 << 9;

  static final Set<String> PARTICLES = Set.of(
      "de", "del", "della", "der", "den", "di", "da", "das", "dos", "do", "du", "des", "van", "von",
      "ter", "ten", "la", "le", "el", "al", "bin", "ibn", "abu", "y", "e");
  /** Legal forms end a company's name; "of" after one starts something else. */
  static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "llc", "llp", "lp", "ag",
      "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "kk", "bhd", "pty", "incorporated", "limited",
      "bros", "bros.");
  /** A nationality before these describes the body ("German Foreign Ministry"), it is not its name. */
  static final Set<String> STATE_BODIES = Set.of(
      "ministry", "government", "embassy", "consulate", "army", "navy", "police", "forces", "military",
      "cabinet", "treasury", "delegation", "office", "department");
  static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
      "those", "in", "on", "at", "of", "for", "to", "by", "as", "from", "with", "and", "but", "or", "if",
      "after", "before", "since", "while", "when", "where", "under", "over", "about", "than");
  static final Set<String> COMPASS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central");
  static final Set<String> LOCATIVES = Set.of(
      "in", "at", "near", "outside", "across", "around", "throughout", "towards", "toward", "via",
      "inside", "within");
  static final Set<String> OPPONENT = Set.of("v", "vs", "v.", "vs.", "versus", "against");
  /** Place words that are also common family names. */
  static final Set<String> PERSONAL_PLACE_WORDS = Set.of(
      "hill", "hills", "lake", "park", "ford", "wood", "woods", "field", "fields", "bridge", "bridges",
      "brook", "brooks", "forest", "dale", "marsh", "rivers", "church", "house");
  static final Set<String> COMPASS_ABBREVIATIONS = Set.of("n.", "s.", "e.", "w.");
  static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated");

  /** Each set and its bit, in the order of the bits. */
  static final List<Set<String>> SETS = List.of(PARTICLES, LEGAL_FORMS, STATE_BODIES, FUNCTION_WORDS,
      COMPASS, LOCATIVES, OPPONENT, PERSONAL_PLACE_WORDS, COMPASS_ABBREVIATIONS, SPEECH);

  private static final Map<String, Integer> BITS = bits();

  private SmallWordSets() {}

  private static Map<String, Integer> bits() {
    Map<String, Integer> out = new HashMap<>();
    for (int s = 0; s < SETS.size(); s++) {
      for (String key : SETS.get(s)) {
        Integer had = out.get(key); // not merge: a method reference's bootstrap would cost a cold start
        out.put(key, (had == null ? 0 : had) | 1 << s);
      }
    }
    return out;
  }

  /** The bits of the sets {@code key} is in, 0 when none. */
  static int of(String key) {
    Integer b = BITS.get(key);
    return b == null ? 0 : b;
  }
}
