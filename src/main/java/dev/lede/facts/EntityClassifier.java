package dev.lede.facts;

import java.util.List;

/**
 * Decides from a mention and its neighbours whether it names a person, an organisation or a place, and
 * how sure that is ({@link Mention#SURE} ... {@link Mention#UNSURE}). Mentions it cannot type keep a
 * null type for {@link AliasLinker} to resolve from the rest of the text.
 */
final class EntityClassifier {

  /** Sports copy shows itself in its first tokens. */
  static final int SPORTS_WINDOW = 400;

  private final Gazetteer g;
  private final String text;
  private final List<NameToken> tokens;
  private final boolean sports;
  /** The ids of the tokens' and the mentions' keys, under which their bits are kept. */
  private final NameKeys keys;

  EntityClassifier(Gazetteer g, String text, List<NameToken> tokens) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.keys = tokens.isEmpty() ? new NameKeys(text) : tokens.get(0).keys();
    this.sports = isSports(g, tokens);
  }

  boolean sports() {
    return sports;
  }

  /**
   * Sports copy: several sports words among the first {@value #SPORTS_WINDOW} tokens, or a headline that
   * starts with one ("SOCCER - ...").
   */
  static boolean isSports(Gazetteer g, List<NameToken> tokens) {
    if (!tokens.isEmpty()) {
      NameKeys keys = tokens.get(0).keys();
      if (keys.sportsCounted == tokens) { // counted by the tokenizer as it made them
        return keys.sportsFirst && tokens.get(0).headline || keys.sportsWords >= 4;
      }
    }
    return scanSports(tokens);
  }

  /** {@link #isSports} by a pass over the tokens, for tokens the tokenizer did not count. */
  static boolean scanSports(List<NameToken> tokens) {
    int hits = 0;
    for (int i = 0; i < Math.min(tokens.size(), SPORTS_WINDOW); i++) {
      NameToken t = tokens.get(i);
      if (t.isWord() && t.isSportsWord()) {
        if (i == 0 && t.headline) {
          return true;
        }
        if (++hits >= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /** Word-list bits of the mention being classified, its first and its last word. */
  private int kf;
  private int ff;
  private int lf;

  private static boolean has(int flags, int mask) {
    return (flags & mask) != 0;
  }

  /** The mention classified just before, in text order. */
  private Mention previous;

  void classify(Mention m) {
    classifyInContext(m);
    previous = m;
  }

  private void classifyInContext(Mention m) {
    kf = m.tokens() == 1 ? tokens.get(m.first).flags() : keyFlags(m);
    ff = tokens.get(m.first).flags();
    lf = tokens.get(m.last - 1).flags();
    NameToken firstToken = tokens.get(m.first);
    String first = firstToken.key();
    String last = tokens.get(m.last - 1).key();
    int len = m.tokens();
    NameToken before = wordBefore(m.first);
    boolean locative = before != null && before.inSet(SmallWordSets.LOCATIVE)
        || before != null && "the".equals(before.key()) && m.first > 1 && wordBefore(m.first - 1) != null
        && wordBefore(m.first - 1).inSet(SmallWordSets.LOCATIVE);
    boolean roleCue = before != null && (before.keyFlags(g) & (Gazetteer.PERSON_CUE | Gazetteer.TITLE)) != 0;
    if (roleCue || m.personCue) {
      m.personCue = true;
    }

    boolean given = has(ff, Gazetteer.GIVEN);
    if (isDateline(m)) {
      m.set(EntityType.PLACE, Mention.SURE);
    } else if (has(kf, Gazetteer.ORG)) {
      m.set(EntityType.ORGANIZATION, Mention.SURE);
    } else if (has(kf, Gazetteer.COUNTRY)) {
      m.set(EntityType.PLACE, Mention.SURE);
    } else if (len > 1 && (has(lf, Gazetteer.ORG_SUFFIX) || has(ff, Gazetteer.ORG_PREFIX) && contains(m, "of")
        || has(ff, Gazetteer.ORG_LEAD) || contains(m, "&") || orgBeforeJoiner(m) || endsWithKnownOrg(m))) {
      m.set(EntityType.ORGANIZATION, Mention.SURE);
    } else if (len > 1 && (has(ff, Gazetteer.PLACE_PREFIX)
        || has(ff, Gazetteer.PLACE_OF) && contains(m, "of") || compassPlace(m))) {
      m.set(EntityType.PLACE, Mention.SURE);
    } else if (len > 1 && firstToken.end - firstToken.start == 2 && text.charAt(firstToken.end - 1) == '.') {
      m.set(EntityType.PERSON, Mention.CUE); // "M. Waugh"
    } else if (countryAfter(m) && (len > 1 || has(ff, Gazetteer.SURNAME))) {
      m.set(EntityType.PERSON, Mention.CUE); // "Michelle Freeman (Jamaica)"
    } else if (sports && isVenue(m)) {
      m.set(EntityType.PLACE, Mention.CUE); // "Chesterfield: Worcestershire 238 ..."
    } else if (sports && (locative || placeList(m))) {
      m.set(EntityType.PLACE, has(kf, Gazetteer.ANY_PLACE) ? Mention.SURE : Mention.GUESS); // "at Edgbaston, Birmingham"
    } else if (sports && !(len > 1 && given)
        && (isTableRow(m) || before != null && before.inSet(SmallWordSets.OPPONENT_WORD))) {
      m.set(EntityType.ORGANIZATION, Mention.CUE); // "Charlton 2 0 1", "v Worcestershire"
    } else if (len > 1 && has(lf, Gazetteer.PLACE_SUFFIX)) {
      // "Anthony Hill" is a person, "Grace Road", "Green Square" and "at Trent Bridge" places
      boolean person = len == 2 && given && has(lf, Gazetteer.SURNAME) && !locative
          && tokens.get(m.last - 1).inSet(SmallWordSets.PERSONAL_PLACE_WORD);
      m.set(person ? EntityType.PERSON : EntityType.PLACE, person ? Mention.CUE : Mention.SURE);
    } else if (has(kf, Gazetteer.TOWN) && !has(kf, Gazetteer.PLACE) && !locative && len == 1
        && (has(kf, Gazetteer.GIVEN) || has(kf, Gazetteer.SURNAME))) {
      m.set(EntityType.PERSON, Mention.GUESS); // "Clinton", "Dole": towns, but in the news people
    } else if (has(kf, Gazetteer.PLACE) || has(kf, Gazetteer.TOWN)) {
      if (m.personCue && !locative) {
        m.set(EntityType.PERSON, Mention.CUE);
      } else if (sports && !locative) {
        m.set(EntityType.ORGANIZATION, Mention.CUE);
      } else {
        boolean personal = has(kf, Gazetteer.GIVEN) || has(kf, Gazetteer.SURNAME);
        m.set(EntityType.PLACE, personal && !locative ? Mention.CUE : Mention.SURE);
      }
    } else if (isAcronym(m) && !m.headline) {
      m.set(EntityType.ORGANIZATION, Mention.CUE);
    } else if (m.personCue) {
      m.set(EntityType.PERSON, Mention.CUE);
    } else if (len > 1) {
      classifyPhrase(m, first, last, locative);
    } else if (placeContext(m, locative) && !has(ff, Gazetteer.ORDINARY)
        && !(has(ff, Gazetteer.GIVEN) || has(ff, Gazetteer.SURNAME))) {
      m.set(EntityType.PLACE, Mention.GUESS);
    } else {
      classifyWord(m, first);
    }
  }

  private void classifyPhrase(Mention m, String first, String last, boolean locative) {
    if (has(ff, Gazetteer.GIVEN) && !has(lf, Gazetteer.NEVER_ENTITY) && !has(ff, Gazetteer.ANY_PLACE)) {
      m.set(EntityType.PERSON, Mention.CUE);
      return;
    }
    boolean anyPlace = false;
    boolean allCommon = true;
    boolean acronym = false;
    for (int k = m.first; k < m.last; k++) {
      NameToken t = tokens.get(k);
      if (!t.isWord()) {
        continue;
      }
      anyPlace |= t.has(Gazetteer.ANY_PLACE);
      allCommon &= t.has(Gazetteer.ORDINARY);
      acronym |= t.allCaps && !m.headline && t.key().indexOf('.') < 0;
    }
    if (has(ff, Gazetteer.GIVEN) && !has(lf, Gazetteer.NEVER_ENTITY)) {
      m.set(EntityType.PERSON, Mention.GUESS);
    } else if (locative) {
      m.set(EntityType.PLACE, Mention.GUESS);
    } else if (has(ff, Gazetteer.ANY_PLACE) && sports) {
      m.set(EntityType.ORGANIZATION, Mention.GUESS);
    } else if (has(lf, Gazetteer.SURNAME) && !has(lf, Gazetteer.ANY_PLACE)) {
      m.set(EntityType.PERSON, Mention.CUE);
    } else if (sports && (anyPlace || followedByScore(m))) {
      m.set(EntityType.ORGANIZATION, Mention.GUESS);
    } else if (sports && teamName(m)) {
      m.set(EntityType.ORGANIZATION, Mention.GUESS); // "Blue Jays", "Bradford Bulls"
    } else if (!allCommon && !acronym) {
      m.set(EntityType.PERSON, Mention.GUESS); // "EU Common Agricultural Policy" is nobody
    }
  }

  /** "National Bank of Poland", "Patriotic Union of Kurdistan": an organisation word before "of". */
  private boolean orgBeforeJoiner(Mention m) {
    for (int k = m.first + 1; k < m.last; k++) {
      String key = tokens.get(k).key();
      if (key != null && (key.equals("of") || key.equals("for"))) {
        return (tokens.get(k - 1).keyFlags(g) & (Gazetteer.ORG_SUFFIX | Gazetteer.ORG_PREFIX)) != 0;
      }
    }
    return false;
  }

  /** A country in brackets after the name: athletes in result lists. */
  private boolean countryAfter(Mention m) {
    int k = m.last;
    return k + 2 < tokens.size() && tokens.get(k).isPunct('(') && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).has(Gazetteer.COUNTRY) && tokens.get(k + 2).isPunct(')');
  }

  /** "(at Edgbaston, Birmingham)": the next place of a list that a place began. */
  private boolean placeList(Mention m) {
    // "at Grace Road, Leicestershire extended their innings": a clause goes on, no list
    boolean listEnds = m.last >= tokens.size() || !tokens.get(m.last).isWord() || tokens.get(m.last).lineStart;
    return previous != null && previous.type == EntityType.PLACE && previous.last + 1 == m.first
        && tokens.get(previous.last).isPunct(',') && (keyFlags(m) & Gazetteer.ANY_PLACE) != 0 && listEnds;
  }

  /** "International Red Cross": a known organisation at the end of a longer name. */
  private boolean endsWithKnownOrg(Mention m) {
    if (m.tokens() < 3 || !tokens.get(m.last - 2).has(Gazetteer.PHRASE_HEAD)) {
      return false;
    }
    return (g.flags(text, tokens.get(m.last - 2).start, m.end) & Gazetteer.ORG) != 0;
  }

  /** "East Jerusalem", "Northern Ireland", "N. Korea": a compass word and a known place. */
  private boolean compassPlace(Mention m) {
    if (!tokens.get(m.first).inSet(SmallWordSets.COMPASS_WORD | SmallWordSets.COMPASS_ABBREVIATION)) {
      return false;
    }
    return (g.flags(text, tokens.get(m.first + 1).start, m.end) & Gazetteer.ANY_PLACE) != 0;
  }

  /** "Leicester: Leicestershire beat Somerset": a place opening a result line, before a colon. */
  private boolean isVenue(Mention m) {
    return tokens.get(m.first).lineStart && m.last < tokens.size() && tokens.get(m.last).isPunct(':')
        && (keyFlags(m) & Gazetteer.ORDINARY) == 0;
  }

  /** "Charlton 2 0 1 1 1 3 1", "Somerset 83 and 174": a team in a table or score line. */
  private boolean isTableRow(Mention m) {
    if (!followedByScore(m)) {
      return false;
    }
    if (tokens.get(m.first).lineStart) {
      return true;
    }
    NameToken before = tokens.get(m.first - 1);
    return before.kind() == NameToken.Kind.NUMBER || before.isPunct(',') || before.isWord()
        && (before.key().equals("v") || before.key().equals("vs"));
  }

  /** A plain whole number follows: a team's score ("Leyton Orient 2"), not a player's figures ("3-49"). */
  private boolean followedByScore(Mention m) {
    if (m.last >= tokens.size() || tokens.get(m.last).kind() != NameToken.Kind.NUMBER
        || tokens.get(m.last).lineStart) {
      return false;
    }
    NameToken n = tokens.get(m.last);
    for (int p = n.start; p < n.end; p++) {
      if (!Character.isDigit(text.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** "in Lockerbie", "at Headingley", "Lockerbie, Scotland": a place by its setting. */
  private boolean placeContext(Mention m, boolean locative) {
    if (locative) {
      return true;
    }
    int k = m.last;
    return k + 1 < tokens.size() && tokens.get(k).isPunct(',') && tokens.get(k + 1).isWord()
        && !tokens.get(k + 1).lineStart && (tokens.get(k + 1).keyFlags(g) & Gazetteer.COUNTRY) != 0;
  }

  private void classifyWord(Mention m, String key) {
    NameToken next = m.last < tokens.size() ? tokens.get(m.last) : null;
    int f = tokens.get(m.first).keyFlags(g); // the bits of key
    boolean common = (f & Gazetteer.ORDINARY) != 0;
    boolean personal = (f & (Gazetteer.SURNAME | Gazetteer.GIVEN)) != 0 && !common;
    NameToken before = wordBefore(m.first);
    // "Locke said", "said Locke": whoever speaks is a person
    boolean speaker = !common && (next != null && next.isWord() && next.inSet(SmallWordSets.SPEECH_WORD)
        || before != null && before.inSet(SmallWordSets.SPEECH_WORD));
    if (sports && next != null && next.kind() == NameToken.Kind.NUMBER && !personal || sports && teamName(m)) {
      m.set(EntityType.ORGANIZATION, Mention.GUESS);
    } else if (speaker) {
      m.set(EntityType.PERSON, Mention.GUESS);
    } else if (personal) {
      m.set(EntityType.PERSON, Mention.UNSURE);
    }
  }

  /** A team's nickname: a capitalised plural of an ordinary noun ("Tigers", "Blue Jays"), not a family name. */
  private boolean teamName(Mention m) {
    NameToken last = tokens.get(m.last - 1);
    String key = last.key();
    if (!last.capitalised || last.allCaps || key.length() < 4 || key.charAt(key.length() - 1) != 's'
        || last.has(Gazetteer.SURNAME | Gazetteer.GIVEN | Gazetteer.NEVER_ENTITY | Gazetteer.ANY_PLACE)) {
      return false;
    }
    return g.is(key.substring(0, key.length() - 1), Gazetteer.COMMON)
        || key.endsWith("ies") && g.is(key.substring(0, key.length() - 3) + "y", Gazetteer.COMMON);
  }

  private boolean isAcronym(Mention m) {
    if (m.tokens() != 1) {
      return false;
    }
    NameToken t = tokens.get(m.first);
    int letters = 0;
    for (int p = t.start; p < t.end; p++) {
      if (Character.isLetter(text.charAt(p))) {
        letters++;
      }
    }
    return t.allCaps && letters <= 6 && !t.has(Gazetteer.COMMON); // "CLAIM:" is a word shouted
  }

  /** "LONDON 1996-08-30", "BEIJING --", "LA CORUNA, Spain 1996-08-31": a place in capitals opening a line. */
  private boolean isDateline(Mention m) {
    NameToken first = tokens.get(m.first);
    if (!first.lineStart) {
      return false;
    }
    for (int k = m.first; k < m.last; k++) {
      if (!tokens.get(k).allCaps && tokens.get(k).isWord()) {
        return false;
      }
    }
    int k = m.last;
    if (k < tokens.size() && tokens.get(k).isPunct(',')) {
      // ", Spain" or ", Calif." before the date
      k++;
      while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).lineStart) {
        k++;
      }
      if (k < tokens.size() && tokens.get(k).isPunct('.')) {
        k++;
      }
    }
    if (k >= tokens.size() || tokens.get(k).lineStart
        || (first.keyFlags(g) & (Gazetteer.ORDINARY | Gazetteer.SPORTS)) != 0) {
      return false;
    }
    NameToken next = tokens.get(k);
    if (next.kind() == NameToken.Kind.NUMBER) {
      return dateLike(next) || k + 1 < tokens.size() && tokens.get(k + 1).isWord()
          && tokens.get(k + 1).has(Gazetteer.CALENDAR);
    }
    if (next.isWord()) {
      return (next.keyFlags(g) & Gazetteer.CALENDAR) != 0;
    }
    return next.isPunct('-') || next.isPunct('(') || next.isPunct('\u2014') || next.isPunct('\u2013');
  }

  private boolean dateLike(NameToken number) {
    for (int p = number.start; p < number.end; p++) {
      char c = text.charAt(p);
      if (c == '-' || c == '/') {
        return true;
      }
    }
    return false;
  }

  /** The word just before token {@code i} on its line, or null. */
  private NameToken wordBefore(int i) {
    if (i == 0) {
      return null;
    }
    NameToken t = tokens.get(i - 1);
    return t.isWord() && !tokens.get(i).lineStart ? t : null;
  }

  /** {@code g.flags(m.key)}, kept per key by {@link NameKeys} when the mention has an id there. */
  private int keyFlags(Mention m) {
    return m.keyId >= 0 ? keys.flags(m.keyId, g) : g.flags(m.key);
  }

  private boolean contains(Mention m, String key) {
    for (int k = m.first; k < m.last; k++) {
      if (key.equals(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }
}
