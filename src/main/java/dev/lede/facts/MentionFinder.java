package dev.lede.facts;

import java.util.ArrayList;
import java.util.List;

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

  private final Gazetteer g;
  private final String text;
  private final List<NameToken> tokens;
  private final NameKeys keys;
  /**
   * By {@link NameKeys} id: keys of words capitalised where capitals mean something (not
   * sentence-initial, not headline). An array, not a set of strings: every capitalised word has its id.
   */
  private final boolean[] known;

  MentionFinder(Gazetteer g, String text, List<NameToken> tokens) {
    this(g, tokens.isEmpty() ? new NameKeys(text) : tokens.get(0).keys(), tokens);
  }

  /** @param keys makes the mentions' keys, shared with the tokens' when they came from the same */
  MentionFinder(Gazetteer g, NameKeys keys, List<NameToken> tokens) {
    this.g = g;
    this.text = keys.text;
    this.keys = keys;
    this.tokens = tokens;
    // Names the body shows in capitals: uncommon words anywhere, common words only standing alone
    // ("earn Real a point", "off-spinner Such"), not inside a longer name ("National Tennis Centre").
    known = new boolean[keys.size()];
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      // only a word is capitalised
      if (t.capitalised && !t.initial && !t.headline && !t.has(Gazetteer.NEVER_ENTITY)
          && (!t.has(Gazetteer.COMMON) || !capitalisedWordAt(i - 1) && !capitalisedWordAt(i + 1))) {
        known[t.keyId()] = true; // a capitalised word's id was given by the tokenizer
      }
    }
  }

  /** Whether the word {@code t}'s key is {@link #known}. */
  private boolean known(NameToken t) {
    int id = t.keyId();
    return id < known.length && known[id];
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
      } else if (t.isWord() && !t.capitalised && t.inSet(SmallWordSets.PARTICLE) && after < n
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
      return k > after && tokens.get(k).has(Gazetteer.ORG_SUFFIX) && !tokens.get(k).inSet(SmallWordSets.LEGAL_FORM);
    }
    NameToken left = tokens.get(joiner - 1);
    if (left.inSet(SmallWordSets.LEGAL_FORM)) {
      return false; // "Kia Motor Corp of South Korea" is a company and a country
    }
    return (left.keyFlags(g) & (Gazetteer.ORG_SUFFIX | Gazetteer.ORG_PREFIX | Gazetteer.PLACE_OF)) != 0;
  }

  /** Whether token {@code i} can be part of a name. */
  boolean nameish(int i) {
    NameToken t = tokens.get(i);
    if (!t.isWord() || !t.capitalised || t.lowerTail) {
      return false;
    }
    if (t.headline) {
      if (known(t)) {
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
    if (!t.has(Gazetteer.NEVER_ENTITY) && known(t)) {
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
        if (isTitle(tokens.get(k))) {
          cut = k + 1;
        } else if (!(tokens.get(k).has(Gazetteer.COMMON | Gazetteer.DEMONYM)
            || tokens.get(k).inSet(SmallWordSets.COMPASS_WORD))) {
          break;
        }
      }
      // ... unless the title belongs to a place or organisation: "Queen Mother Square"
      if (cut > 0 && !isSuffixWord(tokens.get(j - 1))) {
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
        if (tokens.get(k).has(Gazetteer.GIVEN) && !tokens.get(k).has(Gazetteer.ORDINARY)) {
          boolean lead = true;
          for (int q = i; q < k && lead; q++) {
            int w = tokens.get(q).keyFlags(g);
            // an unknown sentence-initial word ("Unseeded") counts as ordinary English too
            lead = (w & (Gazetteer.ORDINARY | Gazetteer.DEMONYM)) != 0 || tokens.get(q).initial
                && (w & (Gazetteer.GIVEN | Gazetteer.SURNAME | Gazetteer.ANY_PLACE | Gazetteer.ORG)) == 0;
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
    while (j - i > 1 && tokens.get(i).inSet(SmallWordSets.FUNCTION_WORD) && !wholeIsKnown(i, j)) {
      i++;
    }
    // Nationality words: "Australian Tom Moody" -> "Tom Moody"; "West Indian" alone is no entity;
    // "Scottish National Party" keeps its own.
    int d = i;
    while (d < j && (tokens.get(d).has(Gazetteer.DEMONYM)
        || (tokens.get(d).inSet(SmallWordSets.COMPASS_WORD) && d + 1 < j && tokens.get(d + 1).has(Gazetteer.DEMONYM)))) {
      d++;
    }
    if (d > i) {
      if (d == j) {
        return;
      }
      if (!(j - d == 1 && isSuffixWord(tokens.get(d))) && !wholeIsKnown(i, j)
          && !(tokens.get(j - 1).has(Gazetteer.ORG_SUFFIX) && !tokens.get(j - 1).inSet(SmallWordSets.STATE_BODY))) {
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
    NameToken last = tokens.get(j - 1);
    if (j - i == 1 && ((last.keyFlags(g) & Gazetteer.NEVER_ENTITY) != 0 || last.inSet(SmallWordSets.COMPASS_WORD))) {
      return;
    }
    if (j - i > 1 && (last.keyFlags(g) & Gazetteer.MISC_HEAD) != 0 && !wholeIsKnown(i, j)) {
      return;
    }
    int start = tokens.get(i).start;
    int end = last.end;
    // one word: its key is the token's, whose id the tokenizer has already taken for a capital
    int keyId = j - i == 1 ? last.keyId() : keys.id(start, end);
    Mention m = new Mention(i, j, start, end, keys.key(keyId), text.substring(start, end),
        tokens.get(i).headline);
    m.keyId = keyId;
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

  private boolean isSuffixWord(NameToken t) {
    return (t.keyFlags(g) & (Gazetteer.ORG_SUFFIX | Gazetteer.PLACE_SUFFIX)) != 0;
  }

  /**
   * The last run {@link #wholeIsKnown} answered for, and its answer: {@link #trim} asks of the same run
   * up to four times, and a run of several words is a phrase look-up in the large table each time.
   */
  private int knownFrom = -1;
  private int knownTo = -1;
  private boolean knownWhole;

  boolean wholeIsKnown(int i, int j) {
    if (i != knownFrom || j != knownTo) {
      knownWhole = lookUpWhole(i, j);
      knownFrom = i;
      knownTo = j;
    }
    return knownWhole;
  }

  boolean lookUpWhole(int i, int j) {
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
