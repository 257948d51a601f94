package dev.lede.facts;

import dev.lede.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place named in the article, once per document under its fullest name.
 *
 * @param name the fullest name used in the text ("Wang Huning", "Communist Party of China")
 * @param type what kind of entity it is
 * @param mentions how many times it is mentioned, under any alias, in the text and in the headline and
 *     dateline the cleaner took off it
 * @param spans every mention in the cleaned text, as offsets into it (mentions in the headline or the
 *     dateline have none, so there may be fewer spans than mentions, or none)
 * @param aliases other names the text uses for it ("CPC", "the Party", "Wang"), without the name
 */
public record Entity(String name, EntityType type, int mentions, List<Span> spans, List<String> aliases) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    spans = List.copyOf(spans);
    aliases = List.copyOf(aliases);
  }
}
