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
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    List<NameToken> tokens = NameTokenizer.tokenize(text, sentences, gazetteer);
    List<Mention> mentions = new MentionFinder(gazetteer, text, tokens).find();
    EntityClassifier classifier = new EntityClassifier(gazetteer, text, tokens);
    for (Mention m : mentions) {
      classifier.classify(m);
    }
    new AliasLinker(text, tokens).link(mentions);
    return group(text, mentions);
  }

  private Entities group(String text, List<Mention> mentions) {
    List<Map<String, List<Mention>>> groups = new ArrayList<>();
    for (int t = 0; t < EntityType.values().length; t++) {
      groups.add(new LinkedHashMap<>());
    }
    Map<String, String> canonicalKeys = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type == null || m.strength == Mention.UNSURE && m.target == null && !m.personCue) {
        continue;
      }
      Mention root = m.root();
      String id = canonicalKeys.computeIfAbsent(root.key, k -> {
        String canonical = gazetteer.canonical(k);
        return canonical != null ? NameKey.of(canonical) : k;
      });
      groups.get(root.type.ordinal()).computeIfAbsent(id, k -> new ArrayList<>()).add(m);
    }
    List<Entity> people = entities(text, groups.get(EntityType.PERSON.ordinal()));
    List<Entity> organizations = entities(text, groups.get(EntityType.ORGANIZATION.ordinal()));
    List<Entity> places = entities(text, groups.get(EntityType.PLACE.ordinal()));
    SalienceRanker.sort(people, text.length());
    SalienceRanker.sort(organizations, text.length());
    SalienceRanker.sort(places, text.length());
    return new Entities(people, organizations, places);
  }

  private static List<Entity> entities(String text, Map<String, List<Mention>> groups) {
    List<Entity> out = new ArrayList<>(groups.size());
    for (List<Mention> group : groups.values()) {
      out.add(entity(text, group));
    }
    return out;
  }

  private static Entity entity(String text, List<Mention> group) {
    Mention best = group.get(0);
    for (Mention m : group) {
      if (fuller(m, best)) {
        best = m;
      }
    }
    Set<String> aliases = new LinkedHashSet<>();
    List<Span> spans = new ArrayList<>(group.size());
    for (Mention m : group) {
      spans.add(new Span(m.start, m.end));
      String surface = text.substring(m.start, m.end);
      if (!surface.equals(best.surface)) {
        aliases.add(surface);
      }
    }
    spans.sort(null);
    return new Entity(best.surface, best.root().type, spans.size(), spans, List.copyOf(aliases));
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
