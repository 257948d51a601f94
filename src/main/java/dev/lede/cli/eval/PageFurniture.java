package dev.lede.cli.eval;

import java.util.List;
import java.util.Random;

/**
 * The made-up furniture {@link PageDresser} puts on a page: datelines, photo credits and caption
 * labels, share widgets, bylines and time stamps, chrome lines, editor lines, related-headline headers,
 * site names and kickers, and the junk between repeated copies. Written for Lede's own tests; every
 * name and person is invented. Each list holds the forms seen on English-language news pages, in
 * several spellings, so that a rule keyed to one spelling fails the measure.
 */
final class PageFurniture {
  private PageFurniture() {}

  /** A dateline as printed before the lead, and the name the cleaner should report. */
  record Dateline(String text, String name) {}

  static final List<Dateline> DATELINES = List.of(
      new Dateline("BEIJING -- ", "BEIJING"),
      new Dateline("LONDON (Reuters) - ", "LONDON"),
      new Dateline("WASHINGTON, Jan. 19 (Xinhua) -- ", "WASHINGTON"),
      new Dateline("BEIJING, Jan. 19 (Xinhua) -- ", "BEIJING"),
      new Dateline("(CNN) -- ", "CNN"),
      new Dateline("(CNN)", "CNN"),
      new Dateline("Boston (CNN)", "Boston"),
      new Dateline("Boston (CNN) -- ", "Boston"),
      new Dateline("Sydney, Australia (CNN)", "Sydney"),
      new Dateline("PARIS, March 3 (AFP) - ", "PARIS"),
      new Dateline("LONDON, March 3 (Reuters) - ", "LONDON"),
      new Dateline("NEW YORK (AP) \u2014 ", "NEW YORK"),
      new Dateline("NEW YORK (AP) \u2013 ", "NEW YORK"),
      new Dateline("NEW YORK \u2014 ", "NEW YORK"),
      new Dateline("PARIS \u2014 ", "PARIS"),
      new Dateline("KABUL, Afghanistan \u2014 ", "KABUL"),
      new Dateline("MOSCOW, Feb 2 (Reuters) - ", "MOSCOW"),
      new Dateline("Geneva (AP) \u2014 ", "Geneva"),
      new Dateline("TOKYO: ", "TOKYO"),
      new Dateline("NAIROBI, Kenya (AP) -- ", "NAIROBI"),
      new Dateline("(Reuters) - ", "Reuters"),
      new Dateline("Jan 19 (Reuters) - ", "Reuters"),
      new Dateline("RIO DE JANEIRO -- ", "RIO DE JANEIRO"),
      new Dateline("SAN FRANCISCO, Calif. (AP) \u2014 ", "SAN FRANCISCO"),
      new Dateline("JOHANNESBURG, Oct 4 (Reuters) - ", "JOHANNESBURG"),
      new Dateline("NEW DELHI -- ", "NEW DELHI"),
      new Dateline("Berlin \u2014 ", "Berlin"),
      new Dateline("ISTANBUL (AFP) - ", "ISTANBUL"),
      new Dateline("MADRID, Spain \u2013 ", "MADRID"),
      new Dateline("CAIRO, May 5 (Xinhua) -- ", "CAIRO"));

  /** Credits that close a caption on the same line. */
  static final List<String> INLINE_CREDITS = List.of(
      "[Photo/Xinhua]", "[Photo: Xinhua]", "(Photo: Reuters)", "(AP Photo)", "(AP Photo/John Smith)",
      "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)", "(Getty Images)", "(AFP)", "(EPA)",
      "Photo: AFP", "Picture: PA", "REUTERS/Kevin Lamarque", "Credit: Shutterstock", "Photograph: Alamy",
      "(File photo)", "[Xinhua/Li Xin]", "(Photo courtesy of the family)", "Getty Images", "(Reuters)",
      "PHOTO: AP", "(Image: PA)", "\u00A9 Reuters", "Credit: John Smith/Getty Images", "Photo credit: AFP",
      "(AFP Photo)", "Image: Getty", "(Photo: AP)", "[Photo/IC]", "[Photo/Agencies]", "(Picture: Rex)",
      "Photo: Getty Images", "\u00A9 AFP 2015", "Credit: AP");
  /** Names a BBC-style "Image copyright" line gives. */
  static final List<String> COPYRIGHT_NAMES = List.of(
      "Getty Images", "Reuters", "AFP", "PA", "EPA", "AP", "Science Photo Library", "Alamy", "BBC");
  /** Labels that open a caption line ("File photo: ..."). */
  static final List<String> CAPTION_OPENERS = List.of("File photo: ", "Pictured: ", "Photo: ", "");

  static final List<String> SUBJECTS = List.of(
      "Police officers", "Local residents", "The minister", "Supporters", "Rescue workers", "Fans", "Officials",
      "Campaigners", "Visitors", "Members of the public", "A woman", "Protesters");
  static final List<String> ACTIONS = List.of(
      "speak to reporters", "attend a ceremony", "arrive at the court", "gather outside the building",
      "pose for a photograph", "look on during the event", "are seen at the scene", "wait for news",
      "take part in a march", "inspect the damage");
  static final List<String> WHEN_LOWER = List.of(
      "earlier this week", "at the weekend", "outside the court", "last year", "in 2019", "on the first day",
      "after the announcement", "during a visit", "at the scene", "ahead of the vote");
  /** Caption endings in a capitalised word: the hardest glue, "... in New York Arsenal legend ...". */
  static final List<String> WHEN_CAPITAL = List.of(
      "in London", "on Monday", "in New York", "on Friday", "in Paris", "at Wembley");
  static final List<String> CUES = List.of(
      "(left)", "(centre)", "(pictured)", "(right)", ", second from left,", ", circled,", "(center)",
      "(pictured left)", ", pictured,");
  static final List<String> GLUED_LABELS = List.of("Pictured: ", "Scene: ", "Moment: ", "Gathering: ", "", "");

  /** Lines of furniture between or after paragraphs. */
  static final List<String> CHROME_LINES = List.of(
      "Advertisement", "ADVERTISEMENT", "Scroll down for video", "Read more", "Continue reading the main story",
      "Media playback is unsupported on your device", "Click here to subscribe to our newsletter",
      "Follow us on Twitter @NewsDesk", "Sign up for our daily briefing", "Comments (12)", "- Advertisement -",
      "Story continues below advertisement", "Skip Ad", "Share this article", "Sign up for our newsletter",
      "Follow us on Facebook", "Click here to read more", "Most read", "Scroll down for more", "Comments (245)",
      "Share or comment on this article", "Print Mail Large Medium Small", "Advertisement - Continue Reading Below",
      "Click here for more stories", "Follow @NewsDesk on Twitter", "Listen to this article", "Reuse this content",
      "Related Topics", "Enlarge this image", "Tap here to add this site to your home screen");
  static final List<String> EDITORS = List.of(
      "(Web editor: Li Yan)", "(Editor: Zhang Wei)", "Editor: Liu Mei", "(Reporting by Tom Brown; Editing by Sara Lee)",
      "Edited by Mark Jones", "[Editor: Chen Jie]", "(Web editor: Wu Chengliang, Bianji)", "(Editing by Jane Merriman)",
      "(Writing by Tom Brown; editing by Sara Lee)", "Source: Xinhua", "(Source: China Daily)");
  static final List<String> BYLINES = List.of(
      "By John Smith", "By Jane Doe, Staff Reporter", "BY MARK LEE", "By Sarah Jones and Tim Brown",
      "By Li Xin, China Daily", "By John Smith, Reuters", "By Anna Moreno | Associated Press",
      "By Tom Hale For Mailonline", "By Sam Ortiz, CNN");
  static final List<String> STAMPS = List.of(
      "Published: 12:01 EST, 3 March 2015 | Updated: 14:10 EST, 3 March 2015",
      "Updated 0914 GMT (1714 HKT) March 3, 2015", "Last updated: 3 March 2015",
      "Published 3 March 2015", "Mar 3, 2015 10:12 AM ET", "03-03-2015 09:12 BJT",
      "Posted: Tuesday, March 3, 2015 9:12 am");
  static final List<String> LIST_HEADERS = List.of(
      "Related stories", "Related:", "More on this story", "Read more:", "You may also like", "RELATED ARTICLES",
      "Also read", "Most read", "Recommended", "Related Articles", "MORE FROM NEWS", "Top stories",
      "Related coverage", "More stories");
  static final List<String> BULLETS = List.of("", "", "- ", "\u2022 ", "* ");
  static final List<String> SITE_SUFFIXES = List.of(
      " - BBC News", " | Reuters", " \u2014 The Guardian", " | Xinhua", " - CNN.com", " | Daily Mail Online",
      " - The Times", " | AP News", " \u2013 The Independent", " | World news | The Guardian",
      " - chinadaily.com.cn", " | Fox News");
  static final List<String> KICKERS = List.of(
      "WORLD NEWS: ", "EXCLUSIVE: ", "UPDATE: ", "BREAKING: ", "ANALYSIS - ");
  /** Junk standing between repeated copies of the page. */
  static final List<String> COPY_GLUE = List.of(
      "", "", "\n", "\n\n", "\n \t \n", "   ", "\n\u00A0\n", "\n\n\n", "\nAdvertisement\n", "\n* * *\n",
      "\n\n- - -\n\n", " ");
  static final List<String> PARAGRAPH_BREAKS = List.of("\n", "\n", "\n\n", "\n \n");

  static final List<List<String>> SHARE_WIDGETS = List.of(
      List.of("Share this with", "Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn",
          "Copy this link"),
      List.of("Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link"),
      List.of("Share: Facebook | Twitter | Email | WhatsApp"),
      List.of("Print Mail Large Medium Small"),
      List.of("Share on Facebook Share on Twitter Share via Email"),
      List.of("Share", "Tweet", "Email"),
      List.of("Facebook Twitter Pinterest WhatsApp Email"));

  static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }
}
