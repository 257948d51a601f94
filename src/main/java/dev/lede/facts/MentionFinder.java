package dev.lede.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words that may be names ("Communist Party of China", "Wang Huning",
 * "LEICESTERSHIRE"), in one left-to-right pass over the tokens. Capitals at the start of a sentence or
 * on a headline line count only for words the rest of the text (or a word list) shows to be names.
 * Leading titles ("Senior", "Foreign Minister") and nationality words ("Australian") are cut off, and
 * runs that name an event or other miscellany ("World Cup", "Berlin Grand Prix") are dropped.
 */
final class MentionFinder {
  /** Longest run taken as one name; longer runs are cut, which bounds the work per token. */
  static final int MAX_TOKENS = 14;

  private static final Set<String> PARTICLES = Set.of(
      "de", "del", "della", "der", "den", "di", "da", "das", "dos", "do", "du", "des", "van", "von",
      "ter", "ten", "la", "le", "el", "al", "bin", "ibn", "abu", "y", "e");
  /** Legal forms end a company's name; "of" after one starts something else. */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "llc", "llp", "lp", "ag",
      "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "kk", "bhd", "pty", "incorporated", "limited",
      "bros", "bros.");
  /** A nationality before these describes the body ("German Foreign Ministry"), it is not its name. */
  private static final Set<String> STATE_BODIES = Set.of(
      "ministry", "government", "embassy", "consulate", "army", "navy", "police", "forces", "military",
      "cabinet", "treasury", "delegation", "office", "department");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
      "those", "in", "on", "at", "of", "for", "to", "by", "as", "from", "with", "and", "but", "or", "if",
      "after", "before", "since", "while", "when", "where", "under", "over", "about", "than");
  static final Set<String> COMPASS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central");

  private final Gazetteer g;
  private final String text;
  private final List<NameToken> tokens;
  private final NameKeys keys;
  /** Keys of words capitalised where capitals mean something (not sentence-initial, not headline). */
  private final Set<String> known = new HashSet<>();

  MentionFinder(Gazetteer g, String text, List<NameToken> tokens) {
    this(g, new NameKeys(text), tokens);
  }

  /** @param keys makes the mentions' keys, shared with the tokens' when they came from the same */
  MentionFinder(Gazetteer g, NameKeys keys, List<NameToken> tokens) {
    this.g = g;
    this.text = keys.text;
    this.keys = keys;
    this.tokens = tokens;
    // Names the body shows in capitals: uncommon words anywhere, common words only standing alone
    // ("earn Real a point", "off-spinner Such"), not inside a longer name ("National Tennis Centre").
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      if (t.isWord() && t.capitalised && !t.initial && !t.headline && !t.has(Gazetteer.NEVER_ENTITY)
          && (!t.has(Gazetteer.COMMON) || !capitalisedWordAt(i - 1) && !capitalisedWordAt(i + 1))) {
        known.add(t.key());
      }
    }
  }

  private boolean capitalisedWordAt(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).capitalised;
  }

  List<Mention> find() {
    List<Mention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!nameish(i)) {
        i++;
        continue;
      }
      int j = extend(i);
      trim(i, j, out);
      i = j;
    }
    return out;
  }

  private int extend(int i) {
    int n = tokens.size();
    int j = i + 1;
    while (j < n && j - i < MAX_TOKENS) {
      NameToken t = tokens.get(j);
      if (t.lineStart) {
        break;
      }
      if (!t.initial && nameish(j) || t.headline && t.isWord() && knownPhrase(i, j)) {
        j++;
        continue;
      }
      int after = j + 1;
      if (t.isPunct('&') || (t.isWord() && !t.capitalised && isJoiner(t.key()))) {
        if (after < n && tokens.get(after).isWord() && tokens.get(after).key().equals("the")
            && !t.key().equals("and")) {
          after++;
        }
        if (after < n && after + 1 - i <= MAX_TOKENS && !tokens.get(after).lineStart
            && !tokens.get(after).initial && nameish(after) && joins(i, j, t, after)) {
          j = after + 1;
          continue;
        }
      } else if (t.isWord() && !t.capitalised && PARTICLES.contains(t.key()) && after < n
          && after + 1 - i <= MAX_TOKENS && !tokens.get(after).lineStart && nameish(after)
          && !tokens.get(after).initial) {
        j = after + 1;
        continue;
      }
      break;
    }
    return j;
  }

  private static boolean isJoiner(String key) {
    return key.equals("of") || key.equals("for") || key.equals("and") || key.equals("on");
  }

  /** "Bank of England", "Party of China", "Gulf of Mexico" join; "Governor of Texas" does not. */
  private boolean joins(int i, int joiner, NameToken t, int after) {
    if (t.isPunct('&')) {
      return true;
    }
    if (t.key().equals("and")) {
      if (tokens.get(joiner - 1).has(Gazetteer.ORG_SUFFIX)) {
        return false; // "Johnson Controls Inc and Lear Corp" are two
      }
      if (knownPlaceOrOrganization(tokens.get(i).start, tokens.get(after).end)) {
        return true;
      }
      // "Test and County Cricket Board": the words after "and" run on to an organisation word
      int k = after;
      while (k + 1 < tokens.size() && k + 1 - i < MAX_TOKENS && tokens.get(k + 1).isWord()
          && tokens.get(k + 1).capitalised && !tokens.get(k + 1).lineStart) {
        k++;
      }
      // ... but "KeyCorp and Banc One Corp." are two companies
      return k > after && tokens.get(k).has(Gazetteer.ORG_SUFFIX) && !LEGAL_FORMS.contains(tokens.get(k).key());
    }
    String left = tokens.get(joiner - 1).key();
    if (LEGAL_FORMS.contains(left)) {
      return false; // "Kia Motor Corp of South Korea" is a company and a country
    }
    return g.is(left, Gazetteer.ORG_SUFFIX) || g.is(left, Gazetteer.ORG_PREFIX) || g.is(left, Gazetteer.PLACE_OF);
  }

  /** Whether token {@code i} can be part of a name. */
  boolean nameish(int i) {
    NameToken t = tokens.get(i);
    if (!t.isWord() || !t.capitalised || t.lowerTail) {
      return false;
    }
    if (t.headline) {
      if (known.contains(t.key())) {
        return true;
      }
      if (t.has(Gazetteer.ORDINARY)
          || t.has(Gazetteer.SURNAME) && !t.has(Gazetteer.GIVEN | Gazetteer.ANY_PLACE)) {
        return phraseStartsAt(i);
      }
      return t.has(Gazetteer.ANY_PLACE | Gazetteer.ORG | Gazetteer.GIVEN) || phraseStartsAt(i);
    }
    if (!t.initial || !t.has(Gazetteer.ORDINARY)) {
      return true;
    }
    // "China's exports", "Turkey said": a country opening a sentence is the country
    if (t.has(Gazetteer.COUNTRY) && !t.has(Gazetteer.CALENDAR | Gazetteer.TITLE | Gazetteer.MISC_WORD)) {
      return true;
    }
    if (!t.has(Gazetteer.NEVER_ENTITY) && known.contains(t.key())) {
      return true;
    }
    // "Mark Crear", "Jack Pierce" opening a sentence: a given name before another name
    if (t.has(Gazetteer.GIVEN) && t.key().length() > 2
        && !t.has(Gazetteer.MISC_WORD | Gazetteer.CALENDAR | Gazetteer.TITLE) && i + 1 < tokens.size()) {
      NameToken next = tokens.get(i + 1);
      if (next.isWord() && next.capitalised && !next.lineStart
          && (!next.has(Gazetteer.ORDINARY) || next.has(Gazetteer.SURNAME))) {
        return true;
      }
    }
    return phraseStartsAt(i);
  }

  /** Tokens {@code i..j} spell a known place or organisation ("KANSAS CITY"). */
  private boolean knownPhrase(int i, int j) {
    if (j - i >= g.longestEntry || !tokens.get(i).has(Gazetteer.PHRASE_HEAD)) {
      return false;
    }
    return knownPlaceOrOrganization(tokens.get(i).start, tokens.get(j).end);
  }

  /** A known multi-word place or organisation starts at token {@code i} ("New York", "NEW YORK"). */
  private boolean phraseStartsAt(int i) {
    if (!tokens.get(i).has(Gazetteer.PHRASE_HEAD)) {
      return false;
    }
    int n = tokens.size();
    int limit = Math.min(n, i + Math.min(g.longestEntry, 4));
    for (int j = i + 1; j < limit; j++) {
      NameToken t = tokens.get(j);
      if (!t.isWord() || t.lineStart) {
        return false;
      }
      if (knownPlaceOrOrganization(tokens.get(i).start, t.end)) {
        return true;
      }
    }
    return false;
  }

  /** Cuts titles, nationality words and calendar words off a run and keeps what names something. */
  private void trim(int i, int j, List<Mention> out) {
    boolean personCue = false;
    // A run of titles and office words ending in a title: "Senior", "Russian Foreign Minister".
    if (!wholeIsKnown(i, j)) {
      int cut = -1;
      for (int k = i; k < j - 1; k++) {
        String key = tokens.get(k).key();
        if (isTitle(tokens.get(k))) {
          cut = k + 1;
        } else if (!(tokens.get(k).has(Gazetteer.COMMON | Gazetteer.DEMONYM) || COMPASS.contains(key))) {
          break;
        }
      }
      // ... unless the title belongs to a place or organisation: "Queen Mother Square"
      if (cut > 0 && !isSuffixWord(tokens.get(j - 1).key())) {
        i = cut;
        personCue = true;
      }
    }
    // A title inside the run: "Chicago Cardinal Joseph Bernardin", "Cofinec CEO Stephen Frater".
    if (!wholeIsKnown(i, j)) {
      for (int k = i + 1; k < j - 1; k++) {
        if (isTitle(tokens.get(k)) && tokens.get(k + 1).capitalised) {
          trim(i, k, out);
          i = k + 1;
          personCue = true;
          break;
        }
      }
      // Party and office words before a given name: "Democrat Walter Mondale", "State John Kornblum".
      for (int k = i + 1; k < j - 1; k++) {
        String key = tokens.get(k).key();
        if (tokens.get(k).has(Gazetteer.GIVEN) && !tokens.get(k).has(Gazetteer.ORDINARY)) {
          boolean lead = true;
          for (int q = i; q < k && lead; q++) {
            String w = tokens.get(q).key();
            // an unknown sentence-initial word ("Unseeded") counts as ordinary English too
            lead = g.isCommon(w) || g.is(w, Gazetteer.DEMONYM)
                || tokens.get(q).initial && !g.is(w, Gazetteer.GIVEN) && !g.is(w, Gazetteer.SURNAME)
                && !g.isPlace(w) && !g.isOrganization(w);
          }
          if (lead) {
            i = k;
            personCue = true;
          }
          break;
        }
      }
    }
    // Function words: "1990 - The United States won" -> "United States"; "The Hague" stays.
    while (j - i > 1 && FUNCTION_WORDS.contains(tokens.get(i).key()) && !wholeIsKnown(i, j)) {
      i++;
    }
    // Nationality words: "Australian Tom Moody" -> "Tom Moody"; "West Indian" alone is no entity;
    // "Scottish National Party" keeps its own.
    int d = i;
    while (d < j && (tokens.get(d).has(Gazetteer.DEMONYM)
        || (COMPASS.contains(tokens.get(d).key()) && d + 1 < j && tokens.get(d + 1).has(Gazetteer.DEMONYM)))) {
      d++;
    }
    if (d > i) {
      if (d == j) {
        return;
      }
      if (!(j - d == 1 && isSuffixWord(tokens.get(d).key())) && !wholeIsKnown(i, j)
          && !(tokens.get(j - 1).has(Gazetteer.ORG_SUFFIX) && !STATE_BODIES.contains(tokens.get(j - 1).key()))) {
        i = d;
      }
    }
    while (i < j && tokens.get(i).has(Gazetteer.CALENDAR)) {
      i++;
    }
    while (j > i && (tokens.get(j - 1).has(Gazetteer.CALENDAR) || !tokens.get(j - 1).capitalised)) {
      j--;
    }
    if (i >= j) {
      return;
    }
    String lastKey = tokens.get(j - 1).key();
    if (j - i == 1 && (g.isNeverEntity(lastKey) || COMPASS.contains(lastKey))) {
      return;
    }
    if (j - i > 1 && g.is(lastKey, Gazetteer.MISC_HEAD) && !wholeIsKnown(i, j)) {
      return;
    }
    int start = tokens.get(i).start;
    int end = tokens.get(j - 1).end;
    Mention m = new Mention(i, j, start, end, keys.of(start, end), text.substring(start, end),
        tokens.get(i).headline);
    m.personCue = personCue;
    out.add(m);
  }

  /** A title, or a hyphenated one ("Major-General"); "CEO" and its kin count too. */
  private boolean isTitle(NameToken t) {
    if (t.has(Gazetteer.TITLE)) {
      return true;
    }
    int dash = t.key().indexOf('-');
    return dash > 0 && g.is(t.key().substring(0, dash), Gazetteer.TITLE)
        && g.is(t.key().substring(dash + 1), Gazetteer.TITLE);
  }

  private boolean isSuffixWord(String key) {
    return g.is(key, Gazetteer.ORG_SUFFIX) || g.is(key, Gazetteer.PLACE_SUFFIX);
  }

  private boolean wholeIsKnown(int i, int j) {
    if (j - i == 1) {
      return tokens.get(i).has(Gazetteer.ORG | Gazetteer.ANY_PLACE);
    }
    if (!tokens.get(i).has(Gazetteer.PHRASE_HEAD) || j - i > g.longestEntry) {
      return false;
    }
    return knownPlaceOrOrganization(tokens.get(i).start, tokens.get(j - 1).end);
  }

  /** The words of {@code text[start, end)} name a known place or organisation; no key is made. */
  private boolean knownPlaceOrOrganization(int start, int end) {
    return (g.flags(text, start, end) & (Gazetteer.ANY_PLACE | Gazetteer.ORG)) != 0;
  }
}
