package dev.lede.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the mentions of one text that name the same entity and settles the type of those the
 * classifier left open:
 * <ul>
 *   <li>an acronym defined in brackets, "Communist Party of China (CPC)", is that organisation;
 *   <li>one spelling has one type per text (the best-supported reading wins);
 *   <li>a lone word that is part of a longer person's name ("Wang" after "Wang Huning", "Simmons" after
 *       "Phil Simmons") is that person; part of an organisation's name ("Deportivo"), that organisation;
 *   <li>"the" and the head word of an organisation named in the text ("the Party") is that organisation.
 * </ul>
 * Work is linear in the number of mentions (look-ups by key id, or by word).
 */
final class AliasLinker {
  private final String text;
  private final List<NameToken> tokens;

  AliasLinker(String text, List<NameToken> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  void link(List<Mention> mentions) {
    int ids = tokens.isEmpty() ? 0 : tokens.get(0).keys().size();
    for (Mention m : mentions) {
      if (m.keyId < 0 || m.keyId >= ids) {
        ids = 0; // a mention without an id: everything by key (see ByKey)
        break;
      }
    }
    ByKey acronyms = defineAcronyms(mentions, ids);
    vote(mentions, ids);
    ByKey personWords = new ByKey(ids);
    ByKey orgWords = new ByKey(ids);
    for (Mention m : mentions) {
      if (m.tokens() < 2 || m.type == null || m.type == EntityType.PLACE) {
        continue;
      }
      ByKey index = m.type == EntityType.PERSON ? personWords : orgWords;
      for (int k = m.first; k < m.last; k++) {
        NameToken t = tokens.get(k);
        if (t.isWord() && t.capitalised) {
          int id = t.keyId();
          Mention had = index.putIfAbsent(id, t.key(), m);
          if (had != null && !had.key.equals(m.key) && m.type == EntityType.PERSON) {
            index.put(id, t.key(), AMBIGUOUS);
          } else if (had != null && m.type == EntityType.ORGANIZATION) {
            index.put(id, t.key(), m); // the latest organisation with that word
          }
        }
      }
    }
    Map<String, Mention> initials = initialsOfOrganizations(mentions);
    for (Mention m : mentions) {
      if (m.tokens() != 1 || m.target != null) {
        continue;
      }
      Mention acronym = acronyms.get(m.keyId, m.key);
      if (acronym != null && acronym != m) {
        m.target = acronym;
        m.set(acronym.type, Mention.SURE);
        continue;
      }
      // "CPC" beside "Communist Party of China": an acronym links by initials, never by word
      boolean acronymShape = tokens.get(m.first).allCaps && !m.headline;
      if (acronymShape) {
        Mention full = initials.get(m.key.replace(".", ""));
        if (full != null && full != AMBIGUOUS) {
          m.target = full;
          m.set(EntityType.ORGANIZATION, Mention.SURE);
        }
        continue;
      }
      NameToken word = tokens.get(m.first);
      if (word.has(Gazetteer.COUNTRY)) {
        continue;
      }
      Mention person = personWords.get(m.keyId, m.key);
      boolean weakPerson = person != null && person != AMBIGUOUS && person.strength < Mention.CUE;
      if (weakPerson && m.strength == Mention.SURE) {
        continue; // "Jerusalem" stays a place beside a guessed "Arab East Jerusalem"
      }
      if (person != null && person != AMBIGUOUS) {
        m.target = person;
        m.set(EntityType.PERSON, Mention.SURE);
        continue;
      }
      if (person == AMBIGUOUS && m.strength < Mention.SURE) {
        m.set(EntityType.PERSON, Mention.CUE);
        continue;
      }
      Mention org = orgWords.get(m.keyId, m.key);
      if (org != null && !word.has(Gazetteer.ANY_PLACE) && m.strength < Mention.SURE) {
        boolean head = word.has(Gazetteer.ORG_SUFFIX | Gazetteer.ORG_PREFIX);
        boolean the = m.first > 0 && "the".equals(tokens.get(m.first - 1).key());
        if (!head) {
          m.target = org;
          m.set(EntityType.ORGANIZATION, Mention.SURE);
        } else if (the) {
          m.target = org;
          m.start = tokens.get(m.first - 1).start;
          m.set(EntityType.ORGANIZATION, Mention.SURE);
        }
      }
    }
    vote(mentions, ids);
  }

  /**
   * Mentions by key: under the key's {@link NameKeys} id, in an array, where a map would hash and compare
   * the key's chars; in a map for a key without an id below {@code ids}. Ids and keys are one to one.
   * {@code ids} is 0, and so every key is in the map, when any mention lacks an id (one not made by
   * {@link MentionFinder}): a key is then never in the array under its id and in the map under itself.
   */
  private static final class ByKey {
    private final Mention[] byId;
    private Map<String, Mention> byKey;

    ByKey(int ids) {
      byId = new Mention[ids];
    }

    Mention get(int id, String key) {
      if (id >= 0 && id < byId.length) {
        return byId[id];
      }
      return byKey == null ? null : byKey.get(key);
    }

    void put(int id, String key, Mention m) {
      if (id >= 0 && id < byId.length) {
        byId[id] = m;
      } else {
        if (byKey == null) {
          byKey = new HashMap<>();
        }
        byKey.put(key, m);
      }
    }

    /** The mention under the key, which is {@code m} from now on when there was none. */
    Mention putIfAbsent(int id, String key, Mention m) {
      Mention had = get(id, key);
      if (had == null) {
        put(id, key, m);
      }
      return had;
    }
  }

  private static final EntityType[] TYPES = EntityType.values();
  private static final Mention AMBIGUOUS = new Mention(0, 0, 0, 0, "", "", false);

  /** Organisations named in full, by the initials of their capitalised words ("cpoc" is not; "cpc" is). */
  private Map<String, Mention> initialsOfOrganizations(List<Mention> mentions) {
    Map<String, Mention> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.tokens() < 2 || m.type != EntityType.ORGANIZATION || m.target != null) {
        continue;
      }
      StringBuilder b = new StringBuilder(m.tokens());
      for (int k = m.first; k < m.last; k++) {
        NameToken t = tokens.get(k);
        if (t.isWord() && t.capitalised) {
          b.append(Character.toLowerCase(text.charAt(t.start)));
        }
      }
      if (b.length() < 2) {
        continue;
      }
      Mention had = out.putIfAbsent(b.toString(), m);
      if (had != null && !had.key.equals(m.key)) {
        out.put(b.toString(), AMBIGUOUS);
      }
    }
    return out;
  }

  /** "Communist Party of China (CPC)": the bracketed capitals spell the name's initials. */
  private ByKey defineAcronyms(List<Mention> mentions, int ids) {
    ByKey out = new ByKey(ids);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention full = mentions.get(i);
      Mention acr = mentions.get(i + 1);
      if (full.tokens() < 2 || acr.tokens() != 1 || !tokens.get(acr.first).allCaps
          || acr.first != full.last + 1 || !tokens.get(full.last).isPunct('(')
          || acr.last >= tokens.size() || !tokens.get(acr.last).isPunct(')')) {
        continue;
      }
      if (spellsInitials(acr, full)) {
        if (full.type == null) {
          full.set(EntityType.ORGANIZATION, Mention.CUE);
        }
        acr.target = full;
        acr.set(full.type, Mention.SURE);
        out.putIfAbsent(acr.keyId, acr.key, acr);
      }
    }
    return out;
  }

  private boolean spellsInitials(Mention acr, Mention full) {
    StringBuilder initials = new StringBuilder();
    for (int k = full.first; k < full.last; k++) {
      NameToken t = tokens.get(k);
      if (t.isWord() && t.capitalised) {
        initials.append(Character.toLowerCase(text.charAt(t.start)));
      }
    }
    String letters = acr.key.replace(".", "");
    if (letters.isEmpty() || initials.length() == 0 || letters.charAt(0) != initials.charAt(0)) {
      return false;
    }
    // every letter of the acronym in order among the initials
    int p = 0;
    for (int q = 0; q < initials.length() && p < letters.length(); q++) {
      if (initials.charAt(q) == letters.charAt(p)) {
        p++;
      }
    }
    return p == letters.length();
  }

  /** One type per spelling: the type with the most support, counting stronger readings more. */
  private static void vote(List<Mention> mentions, int ids) {
    // by key id where the mention has one below ids (see ByKey), else by key
    int[][] byId = new int[ids][];
    Map<String, int[]> scores = new HashMap<>();
    // each mention's row, found once (the second loop would look every key up again)
    int[][] rows = new int[mentions.size()][];
    for (int i = 0; i < rows.length; i++) {
      Mention m = mentions.get(i);
      if (m.type == null) {
        continue;
      }
      boolean hasId = m.keyId >= 0 && m.keyId < ids;
      int[] s = hasId ? byId[m.keyId] : scores.get(m.key);
      if (s == null) { // not computeIfAbsent: a lambda's bootstrap would cost a cold start
        s = new int[TYPES.length + 1];
        if (hasId) {
          byId[m.keyId] = s;
        } else {
          scores.put(m.key, s);
        }
      }
      s[m.type.ordinal()] += 1 + m.strength * m.strength;
      s[TYPES.length] = Math.max(s[TYPES.length], m.strength);
      rows[i] = s;
    }
    for (int i = 0; i < rows.length; i++) {
      Mention m = mentions.get(i);
      int[] s = rows[i] != null ? rows[i]
          : m.keyId >= 0 && m.keyId < ids ? byId[m.keyId] : scores.get(m.key);
      if (s == null) {
        continue;
      }
      int best = -1;
      for (int t = 0; t < TYPES.length; t++) {
        if (best < 0 || s[t] > s[best]) {
          best = t;
        }
      }
      // a reading with its own cue (a team in a table, a venue after "at") keeps its type
      if (m.type == null || m.target == null && m.strength < Mention.CUE) {
        m.type = TYPES[best];
        m.strength = Math.max(m.strength, s[TYPES.length]);
      }
    }
  }
}
