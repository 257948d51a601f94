package dev.lede.cli.eval;

import static dev.lede.cli.eval.PageFurniture.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Dresses a clean article as a scraped page, with the faults Lede must undo, in varied forms (the
 * furniture itself is in {@link PageFurniture}): a title on its own line, glued to the text, set off by
 * a bar, with a site name or a kicker, as written, in Title Case or in capitals; a dateline with or
 * without an agency and a date; photo captions with credits in many styles, on their own lines, glued
 * before the lead or glued into the text without a full stop; share widgets, bylines and time stamps
 * above or below the text, chrome lines, "Read more: ..." lines, editor lines and related-headline lists
 * before or after the body; and the whole page repeated one to four times, glued, on new lines or with
 * junk between the copies, sometimes with a truncated copy at the end and junk around it all. Seeded:
 * the same seed, id and article always give the same page. Thread-safe: every call makes its own
 * {@link Random}.
 *
 * <p>Every piece it adds is listed in {@link Page#injected()} so that a measure can check that none of
 * it survives cleaning.
 */
public final class PageDresser {
  /**
   * A dressed page.
   *
   * @param text the page as a scraper would hand it over
   * @param title the headline put on the page, kicker included and site name left out, or null
   * @param dateline the place or agency of the dateline put before the lead, or null
   * @param copies how many times the page is repeated (a truncated copy at the end counts)
   * @param injected every piece of furniture, caption, credit and dateline added
   */
  public record Page(String text, String title, String dateline, int copies, List<String> injected) {
    public Page {
      injected = List.copyOf(injected);
    }
  }

  private static final List<String> TOP_JUNK = List.of("Skip to main content", "Advertisement",
      "Home > News > World", "Menu");
  private static final List<String> BOTTOM_JUNK = List.of("Comments (12)", "Advertisement", "Back to top",
      "Share this article");

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "in",
      "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "is", "was", "has", "have", "had",
      "that", "which", "who", "it", "its", "their", "his", "her", "be", "been", "are", "were", "will", "would",
      "after", "before", "than", "into", "about", "over", "under", "said", "says", "told", "i", "we", "they",
      "he", "she", "this", "these", "those", "not", "no", "could", "should", "can", "may", "did", "do", "does",
      "when", "while", "where", "if", "so", "up", "out", "per", "also", "just", "very", "more", "most", "such");

  private final long seed;

  public PageDresser(long seed) {
    this.seed = seed;
  }

  /**
   * Dresses {@code body} (the article without its headline, paragraphs on lines).
   *
   * @param id the article's id, which with the seed fixes every choice
   * @param words the article's cleaned text, where made-up headlines and caption names come from
   * @param title the article's own headline, or null to make one from its words
   * @param headlines headlines of other articles, for related-headline lists
   */
  public Page dress(String id, String body, String words, String title, List<String> headlines) {
    Random r = new Random(seed * 1_000_003L + id.hashCode());
    List<String> paragraphs = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    List<String> injected = new ArrayList<>();
    String head = title != null ? title : headlineFrom(words, r);
    boolean withTitle = head != null && r.nextInt(10) > 0;

    String dateline = null;
    if (!paragraphs.isEmpty() && r.nextInt(20) < 9 && !startsWithDateline(paragraphs.get(0))) {
      PageFurniture.Dateline d = pick(PageFurniture.DATELINES, r);
      paragraphs.set(0, d.text() + paragraphs.get(0));
      dateline = d.name();
      injected.add(d.text().strip());
    }
    int captions = r.nextInt(3);
    for (int c = 0; c < captions && !paragraphs.isEmpty(); c++) {
      addCaption(paragraphs, injected, r, words);
    }
    if (!paragraphs.isEmpty() && r.nextInt(5) == 0) {
      addGluedCaption(paragraphs, injected, r, words);
    }
    addChrome(paragraphs, injected, r, headlines, head);
    List<String> topList = r.nextInt(10) < 4 && headlines.size() >= 4 ? headlineList(r, injected, headlines, head) : List.of();
    // before the body only under a header: a bare list there cannot be told from decks under the title
    boolean listBefore = !topList.isEmpty() && r.nextInt(4) == 0 && PageFurniture.LIST_HEADERS.contains(topList.get(0));
    if (!topList.isEmpty() && !listBefore) {
      boolean atEnd = r.nextInt(10) < 6 || paragraphs.size() < 3;
      paragraphs.addAll(atEnd ? paragraphs.size() : 2 + r.nextInt(paragraphs.size() - 2), topList);
    }
    if (r.nextInt(10) < 3) {
      String editor = pick(PageFurniture.EDITORS, r);
      if (r.nextBoolean() && !paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + editor);
      } else {
        paragraphs.add(editor);
      }
      injected.add(editor);
    }
    if (r.nextInt(10) < 2) {
      paragraphs.add(addTo(injected, pick(r.nextBoolean() ? PageFurniture.BYLINES : PageFurniture.STAMPS, r)));
    }
    // a share widget above or below the title, glued before the lead, or at the end
    List<String> share = r.nextInt(10) < 5 ? pick(PageFurniture.SHARE_WIDGETS, r) : List.of();
    int sharePlace = share.isEmpty() ? -1 : r.nextInt(4);
    if (share.size() > 1) {
      injected.add(share.get(0));
      injected.add(share.get(share.size() - 1));
      sharePlace = sharePlace == 2 ? 1 : sharePlace;
    } else {
      injected.addAll(share);
    }
    if (sharePlace == 2 && !paragraphs.isEmpty()) {
      paragraphs.set(0, share.get(0) + " " + paragraphs.get(0));
    } else if (sharePlace == 3) {
      paragraphs.addAll(share);
    }
    if (listBefore) {
      paragraphs.addAll(0, topList);
    }
    paragraphs.addAll(0, topLines(r, injected));
    if (sharePlace == 1 || sharePlace == 2 && paragraphs.isEmpty()) {
      paragraphs.addAll(0, share);
    }
    String text = String.join(pick(PageFurniture.PARAGRAPH_BREAKS, r), paragraphs);
    String titleOut = null;
    String page = text;
    if (withTitle) {
      titleOut = styleTitle(head, r);
      boolean leadFirst = !paragraphs.isEmpty() && !injected.contains(paragraphs.get(0));
      page = placeTitle(titleOut, text, leadFirst, r, injected);
    }
    if (sharePlace == 0) {
      page = String.join("\n", share) + "\n" + page;
    }
    return repeat(page, r, titleOut, dateline, injected);
  }

  /** Bylines and time stamps between the title and the text: none, one, or both. */
  private static List<String> topLines(Random r, List<String> injected) {
    List<String> out = new ArrayList<>();
    switch (r.nextInt(10)) {
      case 0 -> out.add(addTo(injected, pick(PageFurniture.BYLINES, r)));
      case 1 -> out.add(addTo(injected, pick(PageFurniture.STAMPS, r)));
      case 2 -> {
        out.add(addTo(injected, pick(PageFurniture.BYLINES, r)));
        out.add(addTo(injected, pick(PageFurniture.STAMPS, r)));
      }
      case 3 -> out.add(addTo(injected, pick(PageFurniture.BYLINES, r) + " | " + pick(PageFurniture.STAMPS, r)));
      default -> { }
    }
    return out;
  }

  /** Chrome lines and "Read more: ..." lines between paragraphs. */
  private static void addChrome(List<String> paragraphs, List<String> injected, Random r, List<String> headlines,
      String own) {
    int lines = r.nextInt(10) < 4 ? 1 + r.nextInt(2) : 0;
    for (int k = 0; k < lines && paragraphs.size() > 1; k++) {
      paragraphs.add(1 + r.nextInt(paragraphs.size() - 1), addTo(injected, pick(PageFurniture.CHROME_LINES, r)));
    }
    if (r.nextInt(10) == 0 && paragraphs.size() > 2 && headlines.size() >= 2) {
      String h = pick(headlines, r);
      if (!h.equals(own)) {
        String line = (r.nextBoolean() ? "Read more: " : "READ MORE: ") + h;
        paragraphs.add(2 + r.nextInt(paragraphs.size() - 2), addTo(injected, line));
      }
    }
  }

  /** The page repeated one to four times with junk between, perhaps a truncated copy, junk around. */
  private static Page repeat(String page, Random r, String title, String dateline, List<String> injected) {
    int copies = copies(r);
    StringBuilder all = new StringBuilder(page);
    for (int k = 1; k < copies; k++) {
      all.append(pick(PageFurniture.COPY_GLUE, r)).append(page);
    }
    if (copies > 1 && r.nextInt(10) == 0) {
      // a copy cut off after one of its sentences, as when a scrape stops early
      int cut = page.indexOf(". ", page.length() / 3);
      if (cut > 0 && cut < page.length() * 4 / 5) {
        all.append(pick(PageFurniture.COPY_GLUE, r)).append(page, 0, cut + 1);
        copies++;
      }
    }
    int junk = r.nextInt(8);
    if (junk == 0) {
      all.insert(0, "\n \n").append("\n\t \n"); // whitespace around the whole page
    } else if (junk == 1) {
      all.insert(0, addTo(injected, pick(TOP_JUNK, r)) + "\n");
      all.append("\n").append(addTo(injected, pick(BOTTOM_JUNK, r)));
    }
    for (String glue : PageFurniture.COPY_GLUE) {
      if (glue.strip().length() > 3 && all.indexOf(glue.strip()) >= 0) {
        injected.add(glue.strip());
      }
    }
    return new Page(all.toString(), title, dateline, copies, injected);
  }

  private static String addTo(List<String> injected, String piece) {
    injected.add(piece);
    return piece;
  }

  private static int copies(Random r) {
    int x = r.nextInt(10);
    return x < 4 ? 1 : x < 6 ? 2 : x < 8 ? 3 : 4;
  }

  private static boolean startsWithDateline(String p) {
    int paren = p.indexOf(')');
    return p.startsWith("(") || paren > 0 && paren < 40 && p.substring(0, paren).contains("(")
        || p.indexOf(" -- ") > 0 && p.indexOf(" -- ") < 40;
  }

  /** The title on the page: on its own line, glued to the text, or set off by a bar; with a site name. */
  private static String placeTitle(String shown, String text, boolean leadFirst, Random r, List<String> injected) {
    String suffix = r.nextInt(4) == 0 ? pick(PageFurniture.SITE_SUFFIXES, r) : "";
    if (!suffix.isEmpty()) {
      injected.add(suffix.strip());
    }
    int form = r.nextInt(10);
    boolean canGlue = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    if (form < 4 && canGlue) {
      return shown + suffix + text; // glued with no separator
    }
    if (form == 4 && canGlue && suffix.isEmpty() && leadFirst) {
      // "Title | Lead ...": a bar before the lead only; a bar before furniture reads as one more piece of it
      return shown + " | " + text;
    }
    return shown + suffix + pick(PageFurniture.PARAGRAPH_BREAKS, r) + text;
  }

  /** A caption and its credit: BBC lines, a line of its own, a credit alone, or glued before the lead. */
  private static void addCaption(List<String> paragraphs, List<String> injected, Random r, String body) {
    String caption = caption(r, body, false);
    int at = r.nextInt(Math.max(1, Math.min(paragraphs.size(), 4)));
    String name = pick(PageFurniture.COPYRIGHT_NAMES, r);
    int style = r.nextInt(7);
    if (style == 3 && injected.contains(paragraphs.get(0))) {
      style = 4; // glued before the lead only, never before another piece of furniture
    }
    switch (style) {
      case 0 -> { // BBC style, on lines of their own
        paragraphs.add(at, addTo(injected, "Image caption " + caption + (r.nextBoolean() ? "." : "")));
        paragraphs.add(at, addTo(injected, "Image copyright " + name));
      }
      case 1 -> // BBC style on one line
          paragraphs.add(at, addTo(injected, "Image copyright " + name + " Image caption " + caption));
      case 2 -> { // a credit line alone
        paragraphs.add(at, addTo(injected, pick(PageFurniture.INLINE_CREDITS, r).replaceAll("^[(\\[]|[)\\]]$", "")));
      }
      case 3 -> { // glued before the lead on one line
        String credit = pick(PageFurniture.INLINE_CREDITS, r);
        injected.add(caption);
        injected.add(credit);
        paragraphs.set(0, caption + (r.nextBoolean() ? ". " : " ") + credit + " " + paragraphs.get(0));
      }
      default -> {
        String credit = pick(PageFurniture.INLINE_CREDITS, r);
        String opener = pick(PageFurniture.CAPTION_OPENERS, r);
        String line = opener + caption + (r.nextBoolean() ? "." : "");
        injected.add(line);
        injected.add(credit);
        paragraphs.add(at, line + " " + credit);
      }
    }
  }

  /** A Daily-Mail style caption with a cue, glued to the start of a paragraph without a full stop. */
  private static void addGluedCaption(List<String> paragraphs, List<String> injected, Random r, String body) {
    int at = r.nextInt(Math.min(paragraphs.size(), 3));
    String p = paragraphs.get(at);
    if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
      return;
    }
    String caption = caption(r, body, true);
    paragraphs.set(at, caption + " " + p);
    injected.add(caption);
  }

  private static String caption(Random r, String body, boolean cue) {
    String subject = r.nextBoolean() ? nameFrom(body, r) : null;
    if (subject == null) {
      subject = pick(PageFurniture.SUBJECTS, r);
    }
    String label = cue ? pick(PageFurniture.GLUED_LABELS, r) : "";
    String mark = cue || r.nextInt(3) == 0 ? " " + pick(PageFurniture.CUES, r) : "";
    if (mark.startsWith(" ,")) {
      mark = mark.substring(1);
    }
    String when = r.nextInt(5) == 0 ? pick(PageFurniture.WHEN_CAPITAL, r) : pick(PageFurniture.WHEN_LOWER, r);
    return label + subject + mark + " " + pick(PageFurniture.ACTIONS, r) + " " + when;
  }

  /** Related headlines, with a header or without. */
  private static List<String> headlineList(Random r, List<String> injected, List<String> headlines, String own) {
    List<String> block = new ArrayList<>();
    boolean header = r.nextInt(10) < 7;
    if (header) {
      block.add(addTo(injected, pick(PageFurniture.LIST_HEADERS, r)));
    }
    String bullet = pick(PageFurniture.BULLETS, r);
    int n = 2 + r.nextInt(3);
    int tries = 0;
    while (block.size() < n + (header ? 1 : 0) && tries++ < 100) {
      String h = pick(headlines, r);
      if (h.equals(own) || h.split(" ").length < 3 || block.contains(bullet + h)) {
        continue;
      }
      block.add(addTo(injected, bullet + h));
    }
    return block;
  }

  /** The headline as shown: as written, in Title Case, in capitals, or after a kicker. */
  private static String styleTitle(String head, Random r) {
    int x = r.nextInt(20);
    if (x < 3) {
      return head.toUpperCase(Locale.ROOT);
    }
    if (x < 6) {
      StringBuilder b = new StringBuilder();
      for (String w : head.split(" ")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      return b.toString();
    }
    if (x < 8) {
      return pick(PageFurniture.KICKERS, r) + head;
    }
    return head;
  }

  /** Two or three capitalised words from inside a sentence of the article ("Nicholas Winton"), or null. */
  static String nameFrom(String body, Random r) {
    String[] w = body.split("\\s+");
    List<String> names = new ArrayList<>();
    for (int i = 1; i + 1 < w.length; i++) {
      if (isCap(w[i]) && isCap(w[i + 1]) && !w[i - 1].endsWith(".") && !isCap(w[i - 1])) {
        String n = w[i] + " " + w[i + 1].replaceAll("[^\\p{L}'-]", "");
        if (n.matches("[\\p{L}' -]+") && n.length() > 5) {
          names.add(n);
        }
      }
    }
    return names.isEmpty() ? null : names.get(r.nextInt(names.size()));
  }
  private static boolean isCap(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
        && w.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == ',' || c == '\'');
  }

  /**
   * A headline made from the article's own words: four to nine words of one of its first sentences,
   * without end punctuation, sometimes as a question. Null when the article is too short.
   */
  public static String headlineFrom(String body, Random r) {
    String[] sentences = body.split("(?<=[.!?])\\s+");
    for (int tries = 0; tries < 5; tries++) {
      String s = sentences[r.nextInt(Math.min(sentences.length, 6))];
      String[] w = s.replaceAll("[\"\u201C\u201D\u2018\u2019()\\[\\]]", "").split("\\s+");
      if (w.length < 5) {
        continue;
      }
      int len = 4 + r.nextInt(6);
      int from = r.nextInt(4) == 0 ? r.nextInt(Math.max(1, Math.min(3, w.length - len))) : 0;
      List<String> words = new ArrayList<>();
      for (int i = from; i < Math.min(w.length, from + len); i++) {
        words.add(w[i].replaceAll("[,;:.!?]+$", ""));
      }
      while (words.size() > 3 && isFunction(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
      }
      while (words.size() > 3 && isFunction(words.get(0))) {
        words.remove(0);
      }
      if (words.size() < 4 || words.stream().anyMatch(String::isEmpty) || isFunction(words.get(0))) {
        continue; // "He said it" is no headline
      }
      String h = String.join(" ", words);
      h = Character.toUpperCase(h.charAt(0)) + h.substring(1);
      return r.nextInt(10) == 0 ? h + "?" : h;
    }
    return null;
  }

  private static boolean isFunction(String w) {
    return FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }
}
