package dev.lede.extract;

import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text before scoring: scripts, styles, forms' controls, navigation,
 * hidden elements, page furniture by tag or ARIA role ({@code <aside>}, {@code <footer>}, a short
 * {@code <header>}), blocks whose class or id names them as chrome no article is named like (comments,
 * share bars, related links, cookie notices), and, when {@code stripUnlikely} is set, blocks whose
 * class or id merely sounds like chrome (sidebars, headers, menus, ads). A block that contains the article
 * itself ({@code <article>}, {@code <main>}, an {@code article-body} class) is never removed for its
 * name. Iterative; mutates the tree it is given.
 */
final class PagePruner {
  private PagePruner() {}

  static void prune(Element body, boolean stripUnlikely) {
    ElementStats before = ElementStats.of(body);
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
              return FilterResult.REMOVE;
            }
            if (!(node instanceof Element e) || e == body) {
              return FilterResult.CONTINUE;
            }
            return removable(e, before, stripUnlikely) ? FilterResult.REMOVE : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        });
  }

  private static boolean removable(Element e, ElementStats before, boolean stripUnlikely) {
    String tag = e.normalName();
    if (HtmlTags.NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (hidden(e)) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    ElementStats.Counts c = before.get(e);
    boolean holdsArticle = c.articleMarks > 0 && !tag.equals("aside");
    if (!role.isEmpty() && HtmlTags.ROLES_NEVER_TEXT.contains(role) && !holdsArticle) {
      return true;
    }
    if (tag.equals("aside") || tag.equals("footer")) {
      return !holdsArticle;
    }
    if (tag.equals("header")) {
      return !holdsArticle && c.paragraphs < 2;
    }
    if (HtmlTags.inline(e) || holdsArticle || tag.equals("body") || tag.equals("html")
        || tag.equals("article") || tag.equals("main")) {
      return false;
    }
    String hints = ClassHints.of(e);
    if (!stripUnlikely) {
      return ClassHints.never(hints);
    }
    if (tag.equals("table") || tag.equals("tbody") || tag.equals("tr") || tag.equals("td")) {
      return false;
    }
    return ClassHints.unlikely(hints);
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
