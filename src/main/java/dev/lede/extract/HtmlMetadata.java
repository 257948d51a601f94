package dev.lede.extract;

import java.util.List;

/**
 * What a page says about itself. Immutable; every field but {@code authors} may be null.
 *
 * @param title the headline: JSON-LD {@code headline}, then Dublin Core / Open Graph / Twitter titles,
 *     then the document {@code <title>} with the site name cut off (or the {@code <h1>})
 * @param authors bylines in page order, names only ("By" and dates cut off); never "Email the author"
 * @param published when the article was published, or null
 * @param siteName the publication
 * @param language the page's language as a BCP 47 tag ({@code en}, {@code pt-BR})
 * @param url the canonical URL (absolute http or https)
 */
public record HtmlMetadata(
    String title, List<String> authors, PublishedTime published, String siteName, String language, String url) {
  public static final HtmlMetadata NONE = new HtmlMetadata(null, List.of(), null, null, null, null);

  public HtmlMetadata {
    authors = List.copyOf(authors);
  }
}
