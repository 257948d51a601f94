package dev.lede.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Dresses a clean article as a scraped page, with the faults Lede must undo, in varied forms: a title on
 * its own line, glued to the text or set off by a bar, with a site name or none; a dateline with or
 * without an agency; photo captions with credits in several styles, on their own lines, glued before the
 * lead or glued into the text without a full stop; share widgets, print buttons, bylines, editor lines,
 * "Advertisement"-style lines and related-headline lists; and the whole page repeated one to four times,
 * glued, on new lines or wrapped in whitespace junk. Seeded: the same seed, id and article always give
 * the same page. Thread-safe: every call makes its own {@link Random}.
 *
 * <p>Every piece it adds is listed in {@link Page#injected()} so that a measure can check that none of
 * it survives cleaning.
 */
public final class PageDresser {
  /**
   * A dressed page.
   *
   * @param text the page as a scraper would hand it over
   * @param title the headline put on the page (without any site name), or null when none was
   * @param dateline the place or agency of the dateline put before the lead, or null
   * @param copies how many times the page is repeated
   * @param injected every piece of furniture, caption, credit and dateline added
   */
  public record Page(String text, String title, String dateline, int copies, List<String> injected) {
    public Page {
      injected = List.copyOf(injected);
    }
  }

  private static final String[] SHARE_WORDS = {
    "Share this with", "Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn",
    "Copy this link"
  };
  private static final String[] SITE_SUFFIXES = {
    " - BBC News", " | Reuters", " \u2014 The Guardian", " | Xinhua", " - CNN.com", " | Daily Mail Online",
    " - The Times"
  };
  private static final String[][] DATELINES = {
    {"BEIJING -- ", "BEIJING"}, {"LONDON (Reuters) - ", "LONDON"}, {"WASHINGTON, Jan. 19 (Xinhua) -- ", "WASHINGTON"},
    {"(CNN) -- ", "CNN"}, {"Boston (CNN) -- ", "Boston"}, {"(CNN)", "CNN"}, {"PARIS, March 3 (AFP) - ", "PARIS"},
    {"NEW YORK \u2014 ", "NEW YORK"}, {"Sydney, Australia (CNN)", "Sydney"}, {"MOSCOW, Feb 2 (Reuters) - ", "MOSCOW"},
    {"Geneva (AP) \u2014 ", "Geneva"}, {"TOKYO: ", "TOKYO"}, {"NAIROBI, Kenya (AP) -- ", "NAIROBI"},
    {"(Reuters) - ", "Reuters"}, {"RIO DE JANEIRO -- ", "RIO DE JANEIRO"}
  };
  private static final String[] CREDITS = {
    "[Photo/Xinhua]", "[Photo: Xinhua]", "(Photo: Reuters)", "(AP Photo)", "(AP Photo/Evan Vucci)",
    "(Photo by Jane Doe/Getty Images)", "(Getty Images)", "(AFP)", "(EPA)", "Photo: AFP", "Picture: PA",
    "REUTERS/Kevin Lamarque", "Credit: Shutterstock", "Photograph: Alamy", "(File photo)", "[Xinhua/Li Xin]",
    "(Photo courtesy of the family)", "Getty Images", "(Reuters)", "PHOTO: AP", "(Image: PA)"
  };
  private static final String[] SUBJECTS = {
    "Police officers", "Local residents", "The minister", "Supporters", "Rescue workers", "Fans", "Officials",
    "Campaigners", "Visitors", "Members of the public"
  };
  private static final String[] ACTIONS = {
    "speak to reporters", "attend a ceremony", "arrive at the court", "gather outside the building",
    "pose for a photograph", "look on during the event", "are seen at the scene", "wait for news",
    "take part in a march", "inspect the damage"
  };
  private static final String[] WHEN_LOWER = {
    "earlier this week", "at the weekend", "outside the court", "last year", "in 2019", "on the first day",
    "after the announcement", "during a visit", "at the scene", "ahead of the vote"
  };
  private static final String[] WHEN_CAPITAL = {"in London", "on Monday", "in New York", "on Friday"};
  private static final String[] CUES = {"(left)", "(centre)", "(pictured)", "(right)", ", second from left,", ", circled,"};
  private static final String[] LABELS = {"Pictured: ", "Scene: ", "Moment: ", "Gathering: ", ""};
  private static final String[] MISC_LINES = {
    "Advertisement", "ADVERTISEMENT", "Scroll down for video", "Read more", "Continue reading the main story",
    "Media playback is unsupported on your device", "Click here to subscribe to our newsletter",
    "Follow us on Twitter @NewsDesk", "Sign up for our daily briefing", "Comments (12)", "- Advertisement -",
    "Story continues below advertisement", "Skip Ad"
  };
  private static final String[] EDITORS = {
    "(Web editor: Li Yan)", "(Editor: Zhang Wei)", "Editor: Liu Mei", "(Reporting by Tom Brown; Editing by Sara Lee)",
    "Edited by Mark Jones", "[Editor: Chen Jie]"
  };
  private static final String[] BYLINES = {
    "By John Smith", "By Jane Doe, Staff Reporter", "BY MARK LEE", "By Sarah Jones and Tim Brown",
    "By Li Xin, China Daily"
  };
  private static final String[] LIST_HEADERS = {
    "Related stories", "Related:", "More on this story", "Read more:", "You may also like", "RELATED ARTICLES",
    "Also read", "Most read", "Recommended"
  };
  private static final String[] BULLETS = {"", "", "- ", "\u2022 ", "* "};
  private static final String[] COPY_SEPARATORS = {"", "", "\n", "\n\n", "\n \t \n", "   ", "\n\u00A0\n", "\n\n\n"};
  private static final String[] PARAGRAPH_BREAKS = {"\n", "\n", "\n\n", "\n \n"};

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

    // the dateline before the lead
    String dateline = null;
    if (!paragraphs.isEmpty() && r.nextInt(10) < 4 && !startsWithDateline(paragraphs.get(0))) {
      String[] d = DATELINES[r.nextInt(DATELINES.length)];
      paragraphs.set(0, d[0] + paragraphs.get(0));
      dateline = d[1];
      injected.add(d[0].strip());
    }
    // captions with credits, and captions glued into the text
    int captions = r.nextInt(3);
    for (int c = 0; c < captions && !paragraphs.isEmpty(); c++) {
      addCaption(paragraphs, injected, r, words);
    }
    if (!paragraphs.isEmpty() && r.nextInt(5) == 0) {
      addGluedCaption(paragraphs, injected, r, words);
    }
    // furniture inside and after the text
    if (r.nextInt(10) < 3 && paragraphs.size() > 1) {
      String line = MISC_LINES[r.nextInt(MISC_LINES.length)];
      paragraphs.add(1 + r.nextInt(paragraphs.size() - 1), line);
      injected.add(line);
    }
    if (r.nextInt(10) < 4 && headlines.size() >= 4) {
      addHeadlineList(paragraphs, injected, r, headlines, head);
    }
    if (r.nextInt(10) < 3) {
      String editor = EDITORS[r.nextInt(EDITORS.length)];
      if (r.nextBoolean() && !paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + editor);
      } else {
        paragraphs.add(editor);
      }
      injected.add(editor);
    }
    if (r.nextInt(10) < 2) {
      String byline = BYLINES[r.nextInt(BYLINES.length)];
      paragraphs.add(byline);
      injected.add(byline);
    }
    // a share widget above or below the title, glued before the lead, or at the end
    List<String> share = r.nextInt(10) < 5 ? shareWidget(r) : List.of();
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
    if (r.nextInt(10) < 2 && !paragraphs.isEmpty()) {
      String byline = BYLINES[r.nextInt(BYLINES.length)];
      paragraphs.add(0, byline);
      injected.add(byline);
    }
    if (sharePlace == 1 || sharePlace == 2 && paragraphs.isEmpty()) {
      paragraphs.addAll(0, share);
    }
    List<String> top = sharePlace == 0 ? share : List.of();
    String page;
    String titleOut = null;
    String text = join(paragraphs, r);
    if (withTitle) {
      String shown = styleTitle(head, r);
      titleOut = shown;
      String suffix = r.nextInt(5) == 0 ? SITE_SUFFIXES[r.nextInt(SITE_SUFFIXES.length)] : "";
      if (!suffix.isEmpty()) {
        injected.add(suffix.strip());
      }
      int form = r.nextInt(10);
      boolean canGlue = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !text.startsWith("By ");
      if (form < 4 && canGlue) {
        page = shown + suffix + text; // glued with no separator
      } else if (form == 4 && canGlue && suffix.isEmpty()) {
        page = shown + " | " + text;
      } else {
        page = shown + suffix + PARAGRAPH_BREAKS[r.nextInt(PARAGRAPH_BREAKS.length)] + text;
      }
    } else {
      page = text;
    }
    if (!top.isEmpty()) {
      page = String.join("\n", top) + "\n" + page;
    }
    int copies = copies(r);
    StringBuilder all = new StringBuilder(page);
    for (int k = 1; k < copies; k++) {
      all.append(COPY_SEPARATORS[r.nextInt(COPY_SEPARATORS.length)]).append(page);
    }
    if (r.nextInt(6) == 0) {
      all.insert(0, "\n \n").append("\n\t \n"); // whitespace junk around the whole page
    }
    return new Page(all.toString(), titleOut, dateline, copies, injected);
  }

  private static int copies(Random r) {
    int x = r.nextInt(10);
    return x < 4 ? 1 : x < 6 ? 2 : x < 8 ? 3 : 4;
  }

  private static String join(List<String> paragraphs, Random r) {
    String sep = PARAGRAPH_BREAKS[r.nextInt(PARAGRAPH_BREAKS.length)];
    return String.join(sep, paragraphs);
  }

  private static boolean startsWithDateline(String p) {
    int paren = p.indexOf(')');
    return p.startsWith("(") || paren > 0 && paren < 40 && p.substring(0, paren).contains("(")
        || p.indexOf(" -- ") > 0 && p.indexOf(" -- ") < 40;
  }

  /** A share widget: one word a line, or on one line with spaces or bars, or print buttons. */
  private static List<String> shareWidget(Random r) {
    switch (r.nextInt(6)) {
      case 0:
      case 1:
        return List.of(SHARE_WORDS);
      case 2:
        return List.of(String.join(" ", SHARE_WORDS));
      case 3:
        return List.of("Share: Facebook | Twitter | Email | WhatsApp");
      case 4:
        return List.of("Print Mail Large Medium Small");
      default:
        return List.of("Share on Facebook Share on Twitter Share via Email");
    }
  }

  /** A caption and its credit: on its own line, before a paragraph, or glued before the lead. */
  private static void addCaption(List<String> paragraphs, List<String> injected, Random r, String body) {
    String caption = caption(r, body, false) + (r.nextBoolean() ? "." : "");
    String credit = CREDITS[r.nextInt(CREDITS.length)];
    int style = r.nextInt(5);
    int at = r.nextInt(Math.max(1, Math.min(paragraphs.size(), 4)));
    if (style == 0) {
      // BBC style: credit and caption on lines of their own
      paragraphs.add(at, "Image caption " + caption);
      paragraphs.add(at, "Image copyright " + creditName(credit));
      injected.add("Image caption " + caption);
      injected.add("Image copyright " + creditName(credit));
      return;
    }
    String block = caption + " " + credit;
    injected.add(caption);
    injected.add(credit);
    if (style == 1 && at == 0) {
      paragraphs.set(0, block + " " + paragraphs.get(0)); // glued before the lead on one line
    } else {
      paragraphs.add(at, block);
    }
  }

  private static String creditName(String credit) {
    String c = credit.replaceAll("[\\[\\]()]", "");
    int colon = c.indexOf(':');
    if (colon >= 0) {
      c = c.substring(colon + 1);
    }
    int slash = c.indexOf('/');
    if (slash >= 0 && c.toLowerCase(Locale.ROOT).startsWith("photo")) {
      c = c.substring(slash + 1);
    }
    c = c.strip();
    return c.isEmpty() || c.equalsIgnoreCase("file photo") ? "Getty Images" : c;
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
      subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
    }
    String label = cue ? LABELS[r.nextInt(LABELS.length)] : "";
    String mark = cue || r.nextInt(3) == 0 ? " " + CUES[r.nextInt(CUES.length)] : "";
    if (mark.startsWith(" ,")) {
      mark = mark.substring(1);
    }
    String when = r.nextInt(5) == 0
        ? WHEN_CAPITAL[r.nextInt(WHEN_CAPITAL.length)]
        : WHEN_LOWER[r.nextInt(WHEN_LOWER.length)];
    return label + subject + mark + " " + ACTIONS[r.nextInt(ACTIONS.length)] + " " + when;
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

  /** Related headlines, with a header or without, at the end or between paragraphs. */
  private static void addHeadlineList(List<String> paragraphs, List<String> injected, Random r,
      List<String> headlines, String own) {
    List<String> block = new ArrayList<>();
    if (r.nextInt(10) < 7) {
      String header = LIST_HEADERS[r.nextInt(LIST_HEADERS.length)];
      block.add(header);
      injected.add(header);
    }
    String bullet = BULLETS[r.nextInt(BULLETS.length)];
    int n = 2 + r.nextInt(3);
    while (block.size() < n + (block.isEmpty() ? 0 : 1)) {
      String h = headlines.get(r.nextInt(headlines.size()));
      if (h.equals(own) || h.split(" ").length < 3) {
        continue;
      }
      block.add(bullet + h);
      injected.add(bullet + h);
    }
    boolean atEnd = r.nextInt(10) < 6 || paragraphs.size() < 3;
    int at = atEnd ? paragraphs.size() : 2 + r.nextInt(paragraphs.size() - 2);
    paragraphs.addAll(at, block);
  }

  /** The headline as shown: as written, in Title Case or in capitals, sometimes as a question. */
  private static String styleTitle(String head, Random r) {
    int x = r.nextInt(10);
    if (x == 0) {
      return head.toUpperCase(Locale.ROOT);
    }
    if (x == 1) {
      StringBuilder b = new StringBuilder();
      for (String w : head.split(" ")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      return b.toString();
    }
    return head;
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
