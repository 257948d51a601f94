package dev.lede.extract;

import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link HtmlMetadata} from a parsed page: JSON-LD first, then {@code <meta>} tags (Open Graph,
 * Dublin Core, Twitter, Parse.ly, article:*), then the document itself ({@code <title>}, {@code <h1>},
 * bylines marked by {@code rel=author}, {@code itemprop=author} or a byline class, {@code <time>},
 * {@code <html lang>}, {@code <link rel=canonical>}), then the URL's date. Reads only; does not change
 * the document. Stateless.
 */
final class MetadataReader {
  private static final int MAX_JSON_LD = 1 << 20;
  private static final String[] TITLE_KEYS = {
    "dc:title", "dcterm:title", "dcterms:title", "dc.title", "og:title", "weibo:article:title",
    "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title"
  };
  private static final String[] AUTHOR_KEYS = {
    "dc:creator", "dcterm:creator", "dcterms:creator", "dc.creator", "author", "parsely-author",
    "article:author_name", "og:article:author", "sailthru.author", "byl", "citation_author",
    "article:author"
  };
  private static final String[] PUBLISHED_KEYS = {
    "article:published_time", "og:article:published_time", "parsely-pub-date", "datepublished",
    "article:published", "og:published_time", "published_time", "publishdate", "publish-date",
    "publish_date", "pubdate", "publication_date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc:date", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date",
    "citation_publication_date", "citation_date"
  };
  private static final String[] SITE_KEYS = {"og:site_name", "application-name", "al:ios:app_name"};

  private MetadataReader() {}

  static HtmlMetadata read(Document doc) {
    Map<String, List<String>> meta = metaValues(doc);
    JsonLdArticle ld = JsonLdArticle.find(jsonLdBlocks(doc));
    String siteName = first(SITE_KEYS, meta);
    if (siteName == null) {
      siteName = ld.publisherName();
    }
    String url = canonicalUrl(doc, meta, ld);
    return new HtmlMetadata(
        title(doc, meta, ld, siteName),
        authors(doc, meta, ld),
        published(doc, meta, ld, url),
        siteName,
        language(doc, meta, ld),
        url);
  }

  /** The article text the page declares in its JSON-LD ({@code articleBody}), raw, or null. */
  static String declaredBody(Document doc) {
    return JsonLdArticle.find(jsonLdBlocks(doc)).articleBody();
  }

  private static Map<String, List<String>> metaValues(Document doc) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = ArticleTextWriter.normaliseSpaces(m.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        for (String key : Words.split(m.attr(attr).toLowerCase(Locale.ROOT), "")) {
          if (!key.isEmpty()) {
            List<String> list = values.get(key);
            if (list == null) {
              list = new ArrayList<>();
              values.put(key, list);
            }
            list.add(content);
          }
        }
      }
    }
    return values;
  }

  private static List<String> jsonLdBlocks(Document doc) {
    List<String> blocks = new ArrayList<>();
    for (Element s : doc.select("script[type]")) {
      if (s.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        String data = s.data();
        if (data.length() <= MAX_JSON_LD) {
          blocks.add(data);
        }
      }
    }
    return blocks;
  }

  private static String title(Document doc, Map<String, List<String>> meta, JsonLdArticle ld, String siteName) {
    List<String> h1s = texts(doc.select("h1"));
    List<String> headings = texts(doc.select("h1, h2"));
    String docTitle = DocumentTitle.of(doc.title(), siteName, headings, h1s);
    docTitle = docTitle == null ? "" : docTitle;
    String fromLd = ld.headline();
    if (ld.name() != null && !ld.name().equals(fromLd)) {
      // Pages disagree on which of headline and name holds the headline (some put the site's name in
      // one of them): take the one the document title repeats more of, the headline when equal.
      if (fromLd == null || TitleMatch.overlap(docTitle, ld.name()) > TitleMatch.overlap(docTitle, fromLd)) {
        fromLd = ld.name();
      }
    }
    if (fromLd != null) {
      return fromLd;
    }
    String fromMeta = first(TITLE_KEYS, meta);
    if (fromMeta != null) {
      return fromMeta;
    }
    return docTitle.isEmpty() ? null : docTitle;
  }

  private static List<String> authors(Document doc, Map<String, List<String>> meta, JsonLdArticle ld) {
    List<String> authors = new ArrayList<>();
    for (String a : ld.authors()) {
      BylineCleaner.clean(a).ifPresent(n -> addNew(authors, n));
    }
    if (!authors.isEmpty()) {
      return authors;
    }
    for (String key : AUTHOR_KEYS) {
      for (String v : meta.getOrDefault(key, List.of())) {
        BylineCleaner.clean(v).ifPresent(n -> addNew(authors, n));
      }
      if (!authors.isEmpty()) {
        return authors;
      }
    }
    Optional<String> byline = BylineFinder.first(doc.body());
    if (byline.isPresent()) {
      authors.add(byline.get());
      return authors;
    }
    for (String c : ld.creators()) {
      BylineCleaner.clean(c).ifPresent(n -> addNew(authors, n));
    }
    return authors;
  }

  private static PublishedTime published(
      Document doc, Map<String, List<String>> meta, JsonLdArticle ld, String url) {
    Optional<PublishedTime> t = PublishedTime.parse(ld.datePublished());
    for (int i = 0; t.isEmpty() && i < PUBLISHED_KEYS.length; i++) {
      List<String> values = meta.get(PUBLISHED_KEYS[i]);
      if (values != null) {
        t = PublishedTime.parse(values.get(0));
      }
    }
    if (t.isEmpty()) {
      t = PublishedTime.parse(ld.dateCreated());
    }
    if (t.isEmpty()) {
      Element time = doc.selectFirst("[itemprop~=(?i)datePublished], time[pubdate]");
      if (time != null) {
        String v = time.hasAttr("datetime") ? time.attr("datetime")
            : time.hasAttr("content") ? time.attr("content") : time.text();
        t = PublishedTime.parse(v);
      }
    }
    if (t.isEmpty()) {
      Element time = doc.selectFirst("article time[datetime], main time[datetime]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      if (time != null) {
        t = PublishedTime.parse(time.attr("datetime"));
      }
    }
    if (t.isEmpty()) {
      t = PublishedTime.fromUrl(url);
    }
    return t.orElse(null);
  }

  private static String language(Document doc, Map<String, List<String>> meta, JsonLdArticle ld) {
    Element html = doc.selectFirst("html");
    String[] candidates = {
      html == null ? null : html.attr("lang"),
      html == null ? null : html.attr("xml:lang"),
      first(new String[] {"content-language", "language", "dc.language", "og:locale"}, meta),
      httpEquiv(doc, "content-language"),
      ld.language()
    };
    for (String c : candidates) {
      String tag = languageTag(c);
      if (tag != null) {
        return tag;
      }
    }
    return null;
  }

  /** A BCP 47 tag from a declared value ({@code en_US} becomes {@code en-US}), or null. */
  static String languageTag(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replace('_', '-');
    int comma = v.indexOf(',');
    if (comma >= 0) {
      v = v.substring(0, comma).strip();
    }
    if (v.length() < 2 || v.length() > 35) {
      return null;
    }
    int firstDash = v.indexOf('-');
    int primary = firstDash < 0 ? v.length() : firstDash;
    if (primary < 2 || primary > 3) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (i < primary && !Character.isLetter(c))) {
        return null;
      }
    }
    return v;
  }

  private static String httpEquiv(Document doc, String name) {
    for (Element m : doc.select("meta[http-equiv][content]")) {
      if (m.attr("http-equiv").equalsIgnoreCase(name)) {
        return m.attr("content");
      }
    }
    return null;
  }

  private static String canonicalUrl(Document doc, Map<String, List<String>> meta, JsonLdArticle ld) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String[] candidates = {link == null ? null : link.attr("href"), first(new String[] {"og:url"}, meta), ld.url()};
    for (String c : candidates) {
      if (c != null) {
        String u = c.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && u.length() <= 2000 && !u.contains(" ")) {
          return u;
        }
      }
    }
    return null;
  }

  private static String first(String[] keys, Map<String, List<String>> meta) {
    for (String k : keys) {
      List<String> v = meta.get(k);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  private static List<String> texts(List<Element> elements) {
    List<String> t = new ArrayList<>();
    for (Element e : elements) {
      String s = ArticleTextWriter.normaliseSpaces(e.text());
      if (!s.isEmpty()) {
        t.add(s);
      }
    }
    return t;
  }

  private static void addNew(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
