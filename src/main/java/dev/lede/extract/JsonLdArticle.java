package dev.lede.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * The article node of a page's JSON-LD ({@code @type} Article, NewsArticle, BlogPosting, … anywhere in
 * the blocks, {@code @graph} included) and the few fields Lede needs from it. Strings are
 * entity-decoded, as pages often put HTML entities in JSON-LD. Immutable; lists are never null, other
 * fields may be. {@code creators} and {@code dateCreated} are weaker than {@code authors} and
 * {@code datePublished}: sites fill them with user names and server times.
 */
record JsonLdArticle(
    String headline,
    String name,
    List<String> authors,
    List<String> creators,
    String datePublished,
    String dateCreated,
    String publisherName,
    String url,
    String language,
    String articleBody) {
  static final JsonLdArticle NONE =
      new JsonLdArticle(null, null, List.of(), List.of(), null, null, null, null, null, null);
  private static final int MAX_NODES = 20_000;

  /** The first article node found in {@code blocks} (each the text of one JSON-LD script). */
  static JsonLdArticle find(List<String> blocks) {
    for (String block : blocks) {
      Object root = JsonReader.read(block).orElse(null);
      if (root == null) {
        continue;
      }
      Map<String, Object> article = findArticle(root);
      if (article != null) {
        return of(article);
      }
    }
    return NONE;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> findArticle(Object root) {
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      Object o = todo.removeFirst();
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> map = (Map<String, Object>) m;
        if (isArticleType(map.get("@type"))) {
          return map;
        }
        for (Object v : map.values()) {
          if (v instanceof Map || v instanceof List) {
            todo.addLast(v);
          }
        }
      } else if (o instanceof List<?> l) {
        for (Object v : l) {
          todo.addLast(v);
        }
      }
    }
    return null;
  }

  private static boolean isArticleType(Object type) {
    if (type instanceof String s) {
      return s.endsWith("Article") || s.endsWith("Posting") || s.equals("Report");
    }
    if (type instanceof List<?> l) {
      for (Object t : l) {
        if (isArticleType(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonLdArticle of(Map<String, Object> a) {
    List<String> authors = new ArrayList<>();
    collectNames(a.get("author"), authors);
    List<String> creators = new ArrayList<>();
    collectNames(a.get("creator"), creators);
    String url = string(a.get("url"));
    if (url == null && a.get("mainEntityOfPage") instanceof Map<?, ?> page) {
      url = string(page.get("@id"));
    } else if (url == null) {
      url = string(a.get("mainEntityOfPage"));
    }
    return new JsonLdArticle(
        string(a.get("headline")),
        string(a.get("name")),
        List.copyOf(authors),
        List.copyOf(creators),
        string(a.get("datePublished")),
        string(a.get("dateCreated")),
        a.get("publisher") instanceof Map<?, ?> p ? string(p.get("name")) : null,
        url,
        string(a.get("inLanguage")),
        a.get("articleBody") instanceof String body ? body : null);
  }

  private static void collectNames(Object author, List<String> into) {
    if (author instanceof String s) {
      add(into, s);
    } else if (author instanceof Map<?, ?> m) {
      add(into, string(m.get("name")));
    } else if (author instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof List) {
          continue; // nested lists are not a form any publisher uses; do not descend
        }
        collectNames(o, into);
      }
    }
  }

  private static void add(List<String> into, String s) {
    if (s != null && !s.isBlank() && !into.contains(s.strip())) {
      into.add(s.strip());
    }
  }

  /** A string value (the first, for a list of strings), entity-decoded; null when there is none. */
  private static String string(Object o) {
    if (o instanceof List<?> l && !l.isEmpty()) {
      o = l.get(0);
    }
    if (!(o instanceof String s)) {
      return null;
    }
    String decoded = Parser.unescapeEntities(s, false).strip();
    return decoded.isEmpty() ? null : ArticleTextWriter.normaliseSpaces(decoded);
  }
}
