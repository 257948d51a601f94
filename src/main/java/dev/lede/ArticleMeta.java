package dev.lede;

import java.util.List;

/**
 * Page metadata found in HTML or Markdown input (empty for plain text).
 *
 * @param authors bylines, in page order
 * @param published the published time as ISO 8601 (date or date-time), or null
 * @param siteName the publication, or null
 * @param language a BCP 47 tag such as {@code en} or {@code en-GB}, or null
 * @param url the canonical URL, or null
 */
public record ArticleMeta(List<String> authors, String published, String siteName, String language, String url) {
  public static final ArticleMeta NONE = new ArticleMeta(List.of(), null, null, null, null);

  public ArticleMeta {
    authors = List.copyOf(authors);
  }
}
