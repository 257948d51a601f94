package dev.lede.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article, readability-style: every paragraph-sized run of text (25
 * chars or more) scores its containers (1 + commas + a point per 100 chars, at most 3), fully for its
 * parent, half for its grandparent, a third and less further up; each container starts from a score for
 * its tag and its class/id hints, and its total is scaled down by its link density. The best container
 * is widened to a common ancestor when several near-best candidates share it, and then joined by those
 * of its siblings that score well or read as prose. Not thread-safe; one instance per extraction.
 */
final class ContentScorer {
  private static final int MIN_RUN = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int SHORT_TEXT = 140;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center", "font");

  private final Element body;
  private final ElementStats stats;
  private final boolean weightClasses;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private Element best;

  ContentScorer(Element body, ElementStats stats, boolean weightClasses) {
    this.body = body;
    this.stats = stats;
    this.weightClasses = weightClasses;
  }

  /** The best candidate found by {@link #select()}; null before, or when nothing scored. */
  Element best() {
    return best;
  }

  /** Whether {@code e} is the best candidate or one of its ancestors. */
  boolean holdsBest(Element e) {
    for (Element a = best; a != null; a = a.parent()) {
      if (a == e) {
        return true;
      }
    }
    return false;
  }

  /** The content score of {@code e}, or null when it is not a candidate. */
  Double score(Element e) {
    return scores.get(e);
  }

  /** The article's top-level elements in document order; {@code [body]} when nothing scores. */
  List<Element> select() {
    for (Element e : body.getAllElements()) {
      scoreRunsOf(e);
    }
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      // Link-heavy containers are navigation; containers with hardly any text (a headline block whose
      // class says "content") are not the article, however well they are named.
      int text = stats.get(en.getKey()).text;
      double mass = Math.min(1.0, text / (double) SHORT_TEXT);
      en.setValue(en.getValue() * (1 - stats.linkDensity(en.getKey())) * mass);
    }
    List<Element> top = topCandidates(5);
    if (top.isEmpty() || top.get(0) == body) {
      return List.of(body);
    }
    best = widen(top);
    return withSiblings(best);
  }

  private void scoreRunsOf(Element e) {
    String tag = e.normalName();
    if (PARAGRAPH_TAGS.contains(tag) && !(tag.equals("td") && hasBlockChild(e))) {
      ElementStats.Counts c = stats.get(e);
      addRun(e.parent(), c.text, c.commas);
      return;
    }
    if (tag.equals("li") && stats.get(e).paragraphs == 0) {
      // A list item of prose counts as a paragraph; only its unlinked text counts, so menus do not.
      ElementStats.Counts c = stats.get(e);
      addRun(e.parent(), c.text - c.linkText, c.commas);
      return;
    }
    if (!DIV_LIKE.contains(tag) && !tag.equals("li") && !tag.equals("blockquote") && !tag.equals("dd")
        && !tag.equals("td")) {
      return;
    }
    if (!hasBlockChild(e)) {
      if (DIV_LIKE.contains(tag)) {
        ElementStats.Counts c = stats.get(e);
        addRun(e.parent(), c.text, c.commas); // a div used as a paragraph
      }
      return;
    }
    // Mixed content: text sitting directly in a container, between its blocks or <br>s.
    int len = 0;
    int commas = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText();
        len += ElementStats.collapsedLength(s);
        commas += ElementStats.commas(s);
      } else if (child instanceof Element ce && HtmlTags.inline(ce)) {
        ElementStats.Counts c = stats.get(ce);
        len += c.text;
        commas += c.commas;
      } else if (child instanceof Element) {
        addRun(e, len, commas);
        len = 0;
        commas = 0;
      }
    }
    addRun(e, len, commas);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (!HtmlTags.inline(child) && !child.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private void addRun(Element from, int len, int commas) {
    if (len < MIN_RUN || from == null) {
      return;
    }
    double score = 1 + commas + Math.min(len / 100, 3);
    Element a = from;
    for (int level = 0; level < ANCESTOR_LEVELS && a != null; level++) {
      if (a.normalName().equals("html") || a.normalName().equals("#root")) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(a, initialScore(a) + score / divider, (old, add) -> old + score / divider);
      if (a == body) {
        break;
      }
      a = a.parent();
    }
  }

  private double initialScore(Element e) {
    double s;
    switch (e.normalName()) {
      case "div":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    if (weightClasses) {
      s += ClassHints.weight(e);
      if (ClassHints.articleBody(e)) {
        s += 25;
      }
    }
    return s;
  }

  private List<Element> topCandidates(int n) {
    List<Element> top = new ArrayList<>();
    for (Element e : scores.keySet()) {
      double s = scores.get(e);
      int at = 0;
      while (at < top.size() && scores.get(top.get(at)) >= s) {
        at++;
      }
      if (at < n) {
        top.add(at, e);
        if (top.size() > n) {
          top.remove(n);
        }
      }
    }
    return top;
  }

  /** Moves up from the best candidate when near-best candidates share an ancestor, or a parent is better. */
  private Element widen(List<Element> top) {
    Element best = top.get(0);
    double bestScore = scores.get(best);
    List<List<Element>> alternatives = new ArrayList<>();
    for (int i = 1; i < top.size(); i++) {
      if (scores.get(top.get(i)) / bestScore >= 0.75) {
        alternatives.add(ancestors(top.get(i)));
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = best.parent();
      while (parent != null && parent != body) {
        int shared = 0;
        for (List<Element> anc : alternatives) {
          if (containsIdentity(anc, parent)) {
            shared++;
          }
        }
        if (shared >= 3) {
          best = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    scores.putIfAbsent(best, initialScore(best));
    // A parent that scores better than the candidate is the better candidate.
    Element parent = best.parent();
    double last = scores.get(best);
    double threshold = last / 3;
    while (parent != null && parent != body) {
      Double ps = scores.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        best = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    // An only child joins its parent, so that sibling joining sees the parent's siblings.
    while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    return best;
  }

  private List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double bestScore = scores.getOrDefault(best, 0.0);
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == best) {
        roots.add(s);
        continue;
      }
      double bonus = 0;
      boolean sameClass = !best.className().isEmpty() && best.className().equals(s.className());
      if (sameClass) {
        bonus = bestScore * 0.2;
      }
      if (stats.get(s).articles >= 2) {
        continue; // a list of other stories' teasers
      }
      Double sc = scores.get(s);
      if (sc != null && sc + bonus >= threshold) {
        roots.add(s);
      } else if (sameClass && stats.get(s).text > 80 && stats.linkDensity(s) < 0.25) {
        roots.add(s); // the article split over several containers of one kind, their text deep inside
      } else if (s.normalName().equals("p") || isDivAsParagraph(s)) {
        ElementStats.Counts c = stats.get(s);
        double ld = stats.linkDensity(s);
        if (c.text > 80 && ld < 0.25) {
          roots.add(s);
        } else if (c.text > 0 && c.text <= 80 && ld == 0 && endsSentence(s.text())) {
          roots.add(s);
        }
      }
    }
    return roots;
  }

  private boolean isDivAsParagraph(Element e) {
    if (!e.normalName().equals("div")) {
      return false;
    }
    for (Element child : e.children()) {
      if (!HtmlTags.inline(child) && !child.normalName().equals("br")) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(String s) {
    String t = s.strip();
    return !t.isEmpty() && ".!?\"”»".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private List<Element> ancestors(Element e) {
    List<Element> a = new ArrayList<>();
    Element p = e.parent();
    while (p != null && p != body) {
      a.add(p);
      p = p.parent();
    }
    return a;
  }

  private static boolean containsIdentity(List<Element> list, Element e) {
    for (Element x : list) {
      if (x == e) {
        return true;
      }
    }
    return false;
  }
}
