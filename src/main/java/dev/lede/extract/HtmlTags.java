package dev.lede.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which HTML elements flow inline, which never hold article text, and which are headings. */
final class HtmlTags {
  static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
          "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "#root");
  /** Elements whose content is never article text. */
  static final Set<String> NEVER_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "button", "input", "select", "textarea", "option", "optgroup", "datalist", "link", "meta",
          "nav", "dialog", "map", "audio", "video", "source", "track", "head", "title", "base", "param",
          "applet", "frame", "frameset", "menu", "output", "progress", "meter");
  static final Set<String> ROLES_NEVER_TEXT =
      Set.of(
          "navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog", "banner",
          "contentinfo", "search", "toolbar", "tablist");
  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlTags() {}

  static boolean inline(Element e) {
    return INLINE.contains(e.normalName());
  }

  static boolean heading(Element e) {
    return HEADINGS.contains(e.normalName());
  }
}
