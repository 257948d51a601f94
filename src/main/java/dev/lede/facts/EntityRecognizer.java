package dev.lede.facts;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds people, organisations and places in cleaned text, each once under its fullest name with its
 * aliases and mention spans. Thread-safe; word lists are loaded once, at construction.
 *
 * <p>The pipeline, linear in the text: {@link NameTokenizer} (tokens, and which capitals carry no
 * information) → {@link MentionFinder} (runs of capitalised words, titles cut off) →
 * {@link EntityClassifier} (word lists, name shapes and context) → {@link AliasLinker} (acronyms,
 * surnames, short forms, one type per spelling) → grouping → {@link SalienceRanker}.
 */
public final class EntityRecognizer {
  private final Gazetteer gazetteer;

  public EntityRecognizer() {
    this.gazetteer = Gazetteer.shared();
  }

  /**
   * @param text the cleaned text
   * @param sentences the sentences of {@code text}, in order
   * @return the entities, each list sorted by salience; spans are offsets into {@code text}
   */
  public Entities recognize(String text, List<Span> sentences) {
    return recognize(text, sentences, List.of());
  }

  /**
   * Recognises entities in the text and in the lines the cleaner took off it: the headline and the
   * dateline name people, organisations and places too ("BEIJING --"), and a later "Wang" links to the
   * "Wang Huning" of a headline. Mentions in those lines count in {@link Entity#mentions()} but have no
   * span, since spans point into {@code text}; a name seen only in capitals takes its ordinary spelling
   * from the word lists when they know it ("BEIJING" becomes "Beijing", with "BEIJING" as an
   * alias) when it is a place.
   *
   * @param text the cleaned text
   * @param sentences the sentences of {@code text}, in order
   * @param heading lines that stood before the text (title, dateline), in order; may be empty
   * @return the entities, each list sorted by salience; spans are offsets into {@code text}
   */
  public Entities recognize(String text, List<Span> sentences, List<String> heading) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(heading, "heading");
    return recognize(HeadedText.of(text, sentences, heading));
  }

  /** {@link #recognize(String, List, List)} of the text and heading lines joined. */
  Entities recognize(HeadedText headed) {
    String whole = headed.whole;
    // one key per distinct name, shared by tokens and mentions, so each is hashed once
    NameKeys keys = new NameKeys(whole, headed.chars);
    List<NameToken> tokens = NameTokenizer.tokenize(keys, headed.sentenceStarts, gazetteer);
    List<Mention> mentions = new MentionFinder(gazetteer, keys, tokens).find();
    EntityClassifier classifier = new EntityClassifier(gazetteer, whole, tokens);
    for (Mention m : mentions) {
      classifier.classify(m);
    }
    new AliasLinker(whole, tokens).link(mentions);
    return group(keys, headed.offset, mentions);
  }

  private Entities group(NameKeys keys, int offset, List<Mention> mentions) {
    String text = keys.text;
    List<Map<String, List<Mention>>> groups = new ArrayList<>();
    for (int t = 0; t < EntityType.values().length; t++) {
      groups.add(new LinkedHashMap<>());
    }
    // the group key of each root key, by its id; a map for a mention without one
    String[] groupKeys = new String[keys.size()];
    Map<String, String> canonicalKeys = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type == null || m.strength == Mention.UNSURE && m.target == null && !m.personCue) {
        continue;
      }
      Mention root = m.root();
      // get and put, not computeIfAbsent: a lambda's bootstrap would cost a cold start
      boolean byId = root.keyId >= 0 && root.keyId < groupKeys.length;
      String id = byId ? groupKeys[root.keyId] : canonicalKeys.get(root.key);
      if (id == null) {
        String canonical = mayHaveCanonical(keys, root) ? gazetteer.canonical(root.key) : null;
        id = canonical != null ? NameKey.of(canonical) : root.key;
        if (byId) {
          groupKeys[root.keyId] = id;
        } else {
          canonicalKeys.put(root.key, id);
        }
      }
      Map<String, List<Mention>> group = groups.get(root.type.ordinal());
      List<Mention> members = group.get(id);
      if (members == null) {
        members = new ArrayList<>();
        group.put(id, members);
      }
      members.add(m);
    }
    List<Entity> people = entities(text, offset, groups.get(EntityType.PERSON.ordinal()));
    List<Entity> organizations = entities(text, offset, groups.get(EntityType.ORGANIZATION.ordinal()));
    List<Entity> places = entities(text, offset, groups.get(EntityType.PLACE.ordinal()));
    int length = text.length() - offset;
    SalienceRanker.sort(people, length);
    SalienceRanker.sort(organizations, length);
    SalienceRanker.sort(places, length);
    return new Entities(people, organizations, places);
  }

  /**
   * Whether the gazetteer may know a fullest name for the mention's key: only places and organisations
   * have one (GazetteerLists gives a canonical name only with one of those bits, which a test checks),
   * and the key's bits are at hand under its id, where the canonical map would be a cache miss.
   */
  private boolean mayHaveCanonical(NameKeys keys, Mention m) {
    return m.keyId < 0 || (keys.flags(m.keyId, gazetteer) & (Gazetteer.ANY_PLACE | Gazetteer.ORG)) != 0;
  }

  private List<Entity> entities(String text, int offset, Map<String, List<Mention>> groups) {
    List<Entity> out = new ArrayList<>(groups.size());
    for (List<Mention> group : groups.values()) {
      out.add(entity(text, offset, group));
    }
    return out;
  }

  private Entity entity(String text, int offset, List<Mention> group) {
    Mention best = group.get(0);
    for (Mention m : group) {
      if (fuller(m, best)) {
        best = m;
      }
    }
    String name = best.surface;
    if (best.root().type == EntityType.PLACE && best.headline
        && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      // Seen only in capitals (a headline, a dateline): the ordinary spelling when the lists know it.
      String canonical = gazetteer.canonical(NameKey.of(name));
      if (canonical != null && canonical.equalsIgnoreCase(name)) {
        name = canonical;
      }
    }
    Set<String> aliases = null; // made for the few entities with another spelling
    List<Span> spans = new ArrayList<>(group.size());
    for (Mention m : group) {
      if (m.start >= offset) {
        spans.add(new Span(m.start - offset, m.end - offset));
      }
      if (m.end - m.start != name.length() || !text.startsWith(name, m.start)) {
        if (aliases == null) {
          aliases = new LinkedHashSet<>();
        }
        aliases.add(text.substring(m.start, m.end)); // only a spelling other than the name is made
      }
    }
    spans.sort(null);
    return new Entity(name, best.root().type, group.size(), spans,
        aliases == null ? List.of() : List.copyOf(aliases));
  }

  /** More words wins, then mixed case over capitals, then length. */
  private static boolean fuller(Mention a, Mention b) {
    if (a.tokens() != b.tokens()) {
      return a.tokens() > b.tokens();
    }
    if (a.headline != b.headline) {
      return !a.headline;
    }
    return a.surface.length() > b.surface.length();
  }
}
