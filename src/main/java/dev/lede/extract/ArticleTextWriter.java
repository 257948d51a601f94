package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Writes the chosen article elements as paragraphs, in document order: block elements, list items,
 * headings, quotes and table rows each make a paragraph, {@code <br>} breaks one, preformatted text keeps
 * its lines. On the way it leaves out, readability-style, blocks that read as chrome rather than prose
 * (link lists, image or form clusters, blocks that weigh negatively), and it keeps captions, credits and
 * the repeated headline out of the text, reporting them as {@link DroppedText}. Iterative. Not
 * thread-safe; one instance per extraction.
 */
final class ArticleTextWriter {
  private static final int MAX_CAPTION = 400;

  private final ElementStats stats;
  private final ContentScorer scorer;
  private final boolean cleanConditionally;
  private final boolean weightClasses;
  private final String title;
  private final ParagraphWriter out = new ParagraphWriter();
  private final List<DroppedText> dropped = new ArrayList<>();
  private final java.util.Map<Element, Integer> rootEnd = new java.util.IdentityHashMap<>();
  private boolean titleDropped;
  private int preDepth;

  ArticleTextWriter(
      ElementStats stats, ContentScorer scorer, boolean cleanConditionally, boolean weightClasses, String title) {
    this.stats = stats;
    this.scorer = scorer;
    this.cleanConditionally = cleanConditionally;
    this.weightClasses = weightClasses;
    this.title = title == null ? null : normalise(title);
  }

  void write(List<Element> roots) {
    for (Element root : roots) {
      out.breakParagraph();
      root.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              return enter(node, node == root);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              leave(node);
              return FilterResult.CONTINUE;
            }
          });
      out.breakParagraph();
      rootEnd.put(root, out.length());
    }
    out.breakParagraph();
  }

  /**
   * Reports the captions, credits and headline of the article that lie in {@code scope} (the story's
   * {@code <article>} or {@code <main>}) but outside the written elements, at the offset where they
   * stood relative to the written text. Call after {@link #write}.
   */
  void reportOutside(Element scope) {
    int[] at = {0};
    scope.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            Integer end = rootEnd.get(e);
            if (end != null) {
              at[0] = end;
              return FilterResult.SKIP_ENTIRELY;
            }
            ElementStats.Counts c = stats.get(e);
            String hints = ClassHints.of(e);
            DroppedText.Kind kind = null;
            if (e.normalName().equals("figcaption")
                || (c.text <= MAX_CAPTION && c.paragraphs <= 1 && ClassHints.caption(hints))) {
              kind = DroppedText.Kind.CAPTION;
            } else if (c.text <= MAX_CAPTION && c.paragraphs <= 1 && ClassHints.credit(hints)) {
              kind = DroppedText.Kind.CREDIT;
            } else if (!titleDropped && title != null && e.normalName().equals("h1") && TitleMatch.same(e.text(), title)) {
              kind = DroppedText.Kind.TITLE;
              titleDropped = true;
            }
            if (kind == null) {
              return FilterResult.CONTINUE;
            }
            String text = normaliseSpaces(e.text());
            if (!text.isEmpty()) {
              dropped.add(new DroppedText(kind, text, at[0]));
            }
            return FilterResult.SKIP_ENTIRELY;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        });
    dropped.sort(java.util.Comparator.comparingInt(DroppedText::at));
  }

  List<String> paragraphs() {
    return out.paragraphs();
  }

  List<DroppedText> dropped() {
    return List.copyOf(dropped);
  }

  private NodeFilter.FilterResult enter(Node node, boolean isRoot) {
    if (node instanceof TextNode t) {
      if (preDepth > 0) {
        writePreformatted(t.getWholeText());
      } else {
        out.text(t.getWholeText());
      }
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      out.breakParagraph();
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (!isRoot) {
      NodeFilter.FilterResult skip = skipReason(e, tag);
      if (skip != null) {
        return skip;
      }
    }
    if (tag.equals("pre")) {
      preDepth++;
    } else if (tag.equals("a")) {
      out.startLink();
    }
    if (tag.equals("td") || tag.equals("th")) {
      out.space();
    } else if (!HtmlTags.inline(e)) {
      out.breakParagraph();
    }
    return NodeFilter.FilterResult.CONTINUE;
  }

  private void leave(Node node) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("pre")) {
      preDepth--;
    } else if (tag.equals("a")) {
      out.endLink();
    }
    if (tag.equals("td") || tag.equals("th")) {
      out.space();
    } else if (!HtmlTags.inline(e) && !tag.equals("br")) {
      out.breakParagraph();
    }
  }

  /** Why {@code e} is left out (its whole subtree), or null to write it. */
  private NodeFilter.FilterResult skipReason(Element e, String tag) {
    ElementStats.Counts c = stats.get(e);
    if (c.text == 0 && c.images == 0) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    String hints = ClassHints.of(e);
    if (tag.equals("figcaption") || (c.text <= MAX_CAPTION && c.paragraphs <= 1 && ClassHints.caption(hints))) {
      drop(DroppedText.Kind.CAPTION, e);
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (c.text <= MAX_CAPTION && c.paragraphs <= 1 && ClassHints.credit(hints)) {
      drop(DroppedText.Kind.CREDIT, e);
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (HtmlTags.heading(e)) {
      boolean headline = tag.equals("h1") && out.paragraphCount() == 0 && out.offset() == 0;
      if (!titleDropped && (headline || title != null && (tag.equals("h1") || tag.equals("h2")) && TitleMatch.same(e.text(), title))) {
        titleDropped = true;
        drop(DroppedText.Kind.TITLE, e);
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      if (weightClasses && ClassHints.weight(e) < 0) {
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      return null;
    }
    if (c.articles >= 2 && !scorer.holdsBest(e)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY; // a list of other stories' teasers
    }
    if (tag.equals("p") && c.text > 0 && stats.linkDensity(e) > 0.8 && !endsSentence(e)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY; // a line of links: tags, categories, "read more"
    }
    if (cleanConditionally && isConditional(tag) && looksLikeChrome(e, tag, c)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    return null;
  }

  private static boolean isConditional(String tag) {
    switch (tag) {
      case "div":
      case "section":
      case "ul":
      case "ol":
      case "table":
      case "form":
      case "fieldset":
      case "dl":
        return true;
      default:
        return false;
    }
  }

  /** Readability's conditional cleaning: few commas and the shape of a widget rather than of prose. */
  private boolean looksLikeChrome(Element e, String tag, ElementStats.Counts c) {
    if (tag.equals("table") && isDataTable(e)) {
      return false;
    }
    if (c.quoteText >= 0.8 * c.text) {
      return false; // quotations and embedded posts are part of the story, whatever their wrapper says
    }
    int weight = weightClasses ? ClassHints.weight(e) : 0;
    Double score = scorer.score(e);
    if (weight + (score == null ? 0 : Math.max(0, score)) < 0) { // named like chrome, and not scoring
      return true;
    }
    if (c.commas >= 10) {
      return false;
    }
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    double linkDensity = stats.linkDensity(e);
    int p = c.paragraphs;
    int img = c.images;
    int li = c.listItems - 100;
    boolean inFigure = e.closest("figure") != null;
    if (img > 1 && (double) p / img < 0.5 && !inFigure) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (c.inputs > p / 3) {
      return true;
    }
    double headingShare = c.text == 0 ? 0 : (double) c.headingText / c.text;
    if (!list && headingShare < 0.9 && c.text < 25 && (img == 0 || img > 2) && !inFigure) {
      return true;
    }
    if (!list && weight < 25 && linkDensity > 0.2) {
      return true;
    }
    if (weight >= 25 && linkDensity > 0.5) {
      return true;
    }
    if (list && linkDensity > 0.5) {
      return true;
    }
    return (c.embeds == 1 && c.text < 75) || c.embeds > 1;
  }

  /** A table of data rather than of layout: headers or a caption, or a grid of many small cells. */
  private static boolean isDataTable(Element table) {
    if (table.attr("role").equalsIgnoreCase("presentation")) {
      return false;
    }
    if (!table.select("table table").isEmpty()) {
      return false;
    }
    if (!table.select("th, caption, thead, tfoot, colgroup").isEmpty() || table.hasAttr("summary")) {
      return true;
    }
    int rows = table.select("tr").size();
    int cells = table.select("td").size();
    return rows >= 10 || (rows > 1 && cells >= 10 && cells / Math.max(1, rows) > 1);
  }

  private void drop(DroppedText.Kind kind, Element e) {
    String text = normaliseSpaces(e.text());
    if (!text.isEmpty()) {
      dropped.add(new DroppedText(kind, text, out.offset()));
    }
  }

  private void writePreformatted(String s) {
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n') {
        out.text(s.substring(start, i));
        if (i < s.length()) {
          out.breakParagraph();
        }
        start = i + 1;
      }
    }
  }

  private static boolean endsSentence(Element e) {
    String t = e.text().strip();
    return !t.isEmpty() && ".!?:;\"”»)".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static String normalise(String s) {
    return normaliseSpaces(s).toLowerCase(Locale.ROOT);
  }

  static String normaliseSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
