package dev.lede.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts for every element of a subtree, gathered in one iterative pass (no recursion, so deep
 * nesting cannot overflow the stack). Lengths count whitespace-collapsed characters. Not thread-safe;
 * one instance per extraction.
 */
final class ElementStats {
  /** Counts for one element and everything under it. */
  static final class Counts {
    int text;
    int linkText;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    int headings;
    /** Text inside headings. */
    int headingText;
    /** Text inside block quotes (quotations, embedded posts). */
    int quoteText;
    /** Article-like elements below: {@code <article>}, {@code <main>}, or a class naming the body. */
    int articleMarks;
    /** {@code <article>} elements at or below this one. */
    int articles;
  }

  private static final Counts NONE = new Counts();
  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private ElementStats() {}

  static ElementStats of(Element root) {
    ElementStats s = new ElementStats();
    s.gather(root);
    return s;
  }

  Counts get(Element e) {
    Counts c = counts.get(e);
    return c == null ? NONE : c;
  }

  /** Share of the text that sits inside links, 0 to 1. */
  double linkDensity(Element e) {
    Counts c = get(e);
    return c.text == 0 ? 0 : Math.min(1.0, (double) c.linkText / c.text);
  }

  private void gather(Element root) {
    root.traverse(
        new NodeVisitor() {
          private int linkDepth;
          private int headingDepth;
          private int quoteDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              counts.put(e, new Counts());
              if (e.normalName().equals("a")) {
                linkDepth++;
              } else if (HtmlTags.heading(e)) {
                headingDepth++;
              } else if (e.normalName().equals("blockquote")) {
                quoteDepth++;
              }
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
              Counts c = counts.get(parent);
              if (c == null) {
                return;
              }
              String s = t.getWholeText();
              int len = collapsedLength(s);
              c.text += len;
              if (linkDepth > 0) {
                c.linkText += len;
              }
              if (headingDepth > 0) {
                c.headingText += len;
              }
              if (quoteDepth > 0) {
                c.quoteText += len;
              }
              c.commas += commas(s);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return;
            }
            Counts c = counts.get(e);
            switch (e.normalName()) {
              case "a":
                linkDepth--;
                break;
              case "p":
                c.paragraphs++;
                break;
              case "img":
                c.images++;
                break;
              case "li":
                c.listItems++;
                break;
              case "input":
              case "select":
              case "textarea":
              case "button":
                c.inputs++;
                break;
              case "object":
              case "embed":
              case "iframe":
              case "video":
              case "audio":
                c.embeds++;
                break;
              case "article":
                c.articles++;
                if (!ClassHints.comment(ClassHints.of(e))) {
                  c.articleMarks++;
                }
                break;
              case "main":
                c.articleMarks++;
                break;
              case "blockquote":
                quoteDepth--;
                break;
              default:
                if (HtmlTags.heading(e)) {
                  c.headings++;
                  headingDepth--;
                }
            }
            if (ClassHints.articleBody(e)) {
              c.articleMarks++;
            }
            if (e != root && e.parent() != null) {
              Counts p = counts.get(e.parent());
              if (p != null) {
                add(p, c);
              }
            }
          }
        });
  }

  private static void add(Counts into, Counts c) {
    into.text += c.text;
    into.linkText += c.linkText;
    into.commas += c.commas;
    into.paragraphs += c.paragraphs;
    into.images += c.images;
    into.listItems += c.listItems;
    into.inputs += c.inputs;
    into.embeds += c.embeds;
    into.headings += c.headings;
    into.headingText += c.headingText;
    into.quoteText += c.quoteText;
    into.articleMarks += c.articleMarks;
    into.articles += c.articles;
  }

  /** Length of {@code s} with whitespace runs counted as one char and the ends trimmed. */
  static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }

  static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }
}
