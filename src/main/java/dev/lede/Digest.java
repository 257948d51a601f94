package dev.lede;

import dev.lede.clean.DedupStats;
import dev.lede.clean.Removal;
import dev.lede.facts.KeyFacts;
import java.util.List;
import java.util.Objects;

/**
 * The summary of one article: everything the JSON document carries except where the input came from.
 * Immutable.
 *
 * @param title the headline, or null
 * @param dateline the dateline's place or agency ("BEIJING"), or null
 * @param summary the lead sentence; null only when the text holds no sentence
 * @param highlights up to three sentences, the summary first
 * @param keyFacts people, organisations, places, dates, numbers, quotes
 * @param text the cleaned body, paragraphs separated by a blank line
 * @param removed what cleaning left out, and why
 * @param deduplication what deduplication found
 * @param stats counts over {@code text}
 * @param meta page metadata (HTML/Markdown), or {@link ArticleMeta#NONE}
 * @param format the input format that was read: {@code text}, {@code html} or {@code markdown}
 * @param charset the character set the bytes were read as
 */
public record Digest(
    String title,
    String dateline,
    String summary,
    List<String> highlights,
    KeyFacts keyFacts,
    String text,
    List<Removal> removed,
    DedupStats deduplication,
    Stats stats,
    ArticleMeta meta,
    String format,
    String charset) {
  public Digest {
    highlights = List.copyOf(highlights);
    removed = List.copyOf(removed);
    Objects.requireNonNull(keyFacts, "keyFacts");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(deduplication, "deduplication");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
  }
}
