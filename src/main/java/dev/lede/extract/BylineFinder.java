package dev.lede.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds the byline printed in a page body: the first element, in document order, marked
 * {@code rel=author} or {@code itemprop=author} or named byline/author by its class or id, that is not
 * inside a list of other stories, comments or a menu. Reads only. Stateless.
 */
final class BylineFinder {
  /** Hints of blocks whose bylines belong to other articles (lists of stories, comments, menus). */
  private static final String[] ELSEWHERE = {
    "comment", "related", "sidebar", "footer", "navigation", "navbar", "popular", "mostread",
    "most-read", "recommend", "promo", "trending", "teaser", "follow", "more-stories", "outbrain",
    "taboola"
  };
  private static final Set<String> ELSEWHERE_TOKENS = Set.of("nav", "menu");
  private static final Set<String> ELSEWHERE_TAGS = Set.of("nav", "footer", "li", "form");

  private BylineFinder() {}

  /** The first byline of the page body, in document order, outside lists of other stories. */
  static Optional<String> first(Element body) {
    if (body == null) {
      return Optional.empty();
    }
    for (Element e : body.getAllElements()) {
      if (!marksByline(e)) {
        continue;
      }
      String text = spacedText(e);
      if (text.isEmpty() || text.length() > 100 || elsewhere(e, body)) {
        continue;
      }
      // A schema.org Person names itself; otherwise the byline's first line (a role or date may follow).
      Element name = e.selectFirst("[itemprop=name]");
      Optional<String> n = name == null ? Optional.empty() : BylineCleaner.clean(spacedText(name));
      if (n.isEmpty()) {
        n = BylineCleaner.clean(firstLine(e));
      }
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }


  /** The text of {@code e} with a space where elements meet ("Jane Doe</a><span>3 May" stays apart). */
  private static String spacedText(Element e) {
    StringBuilder sb = new StringBuilder();
    e.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            sb.append(t.getWholeText());
          } else {
            sb.append(' ');
          }
        });
    return ArticleTextWriter.normaliseSpaces(sb.toString());
  }

  /** The text of {@code e} up to its first line break or block boundary after some text. */
  private static String firstLine(Element e) {
    StringBuilder sb = new StringBuilder();
    e.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText());
              return FilterResult.CONTINUE;
            }
            if (node != e && node instanceof Element el && (!HtmlTags.inline(el) || el.normalName().equals("br"))
                && !sb.toString().isBlank()) {
              return FilterResult.STOP;
            }
            sb.append(' ');
            return FilterResult.CONTINUE;
          }
        });
    return ArticleTextWriter.normaliseSpaces(sb.toString());
  }

  /** {@code rel=author}, {@code itemprop=author}, or a class or id that says byline or author. */
  private static boolean marksByline(Element e) {
    if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) {
      return true;
    }
    String hints = ClassHints.of(e);
    return !hints.isEmpty()
        && (hints.contains("byline") || hints.contains("author") || hints.contains("writtenby"));
  }

  /** Whether {@code e} sits in a block that lists other stories, comments or menus. */
  private static boolean elsewhere(Element e, Element body) {
    for (Element a = e; a != null && a != body; a = a.parent()) {
      if (ELSEWHERE_TAGS.contains(a.normalName()) && a != e) {
        return true;
      }
      String hints = ClassHints.of(a);
      if (!hints.isEmpty()
          && (ClassHints.containsAny(hints, ELSEWHERE) || ClassHints.hasToken(hints, ELSEWHERE_TOKENS))) {
        return true;
      }
    }
    return false;
  }
}
