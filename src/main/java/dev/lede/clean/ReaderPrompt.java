package dev.lede.clean;

import java.util.Locale;
import java.util.Set;

/**
 * A line that speaks to the reader about the page rather than telling the news: "Listen to this
 * article", "Reuse this content", "Sign up for our newsletter", "Click here to read more", "Follow us
 * on Twitter", "Skip to main content". It opens with an imperative a page uses for its controls and
 * names a thing on the page (an article, a video, a newsletter, a link); short, and not a finished
 * sentence with a subject. Stateless.
 */
final class ReaderPrompt {
  /** Imperatives of page controls. */
  private static final Set<String> VERBS = Set.of("listen", "reuse", "share", "click", "tap", "follow",
      "sign", "subscribe", "scroll", "continue", "enlarge", "read", "watch", "download", "skip", "print",
      "email", "e-mail", "comment", "join", "get", "view", "see", "visit", "like", "save", "bookmark",
      "register", "log", "login", "go", "jump", "return", "play", "install", "send", "report", "explore",
      "discover", "browse", "add", "hide", "show", "close", "open", "expand", "zoom", "copy", "load", "reply",
      "donate", "support", "contact", "back", "swipe", "press", "hover", "choose", "select", "change", "toggle");
  /** Things on a page. */
  private static final Set<String> PAGE_THINGS = Set.of("article", "articles", "story", "stories", "content",
      "newsletter", "newsletters", "image", "images", "video", "videos", "photo", "photos", "picture",
      "pictures", "gallery", "galleries", "page", "pages", "site", "website", "app", "apps", "comments",
      "comment", "link", "links", "podcast", "podcasts", "alerts", "updates", "screen", "subscription",
      "account", "feed", "caption", "captions", "audio", "slideshow", "menu", "navigation", "button",
      "browser", "inbox", "notifications", "homepage", "twitter", "facebook", "instagram", "youtube",
      "whatsapp", "tiktok", "linkedin", "email", "e-mail", "@", "ad", "ads", "advert", "advertisement",
      "player", "playlist", "livestream", "stream", "transcript", "edition", "digest", "briefing");
  /** Words that point at the page, read so only in very short lines ("Scroll down for more"). */
  private static final Set<String> POINTERS = Set.of("here", "us", "more", "below", "above", "top", "main",
      "down", "next", "previous");
  static final int MAX_WORDS = 10;
  static final int MAX_POINTER_WORDS = 5;

  private ReaderPrompt() {}

  static boolean is(String line) {
    if (line.length() > 120) {
      return false;
    }
    int space = line.indexOf(' ');
    if (space < 0) {
      return false; // one word
    }
    if (isAscii(line, space) && !VERBS.contains(Prose.key(line.substring(0, space)).toLowerCase(Locale.ROOT))) {
      // the first word, as the split below would read it (ASCII lower case is one char for one, and
      // letters and digits stay so): no page control's verb, so no prompt, told without the split
      return false;
    }
    return bySplit(line);
  }

  /** {@link #is}, without its quick tests but the length. */
  static boolean bySplit(String line) {
    if (line.length() > 120) {
      return false;
    }
    String[] words = line.toLowerCase(Locale.ROOT).split(" ");
    if (words.length < 2 || words.length > MAX_WORDS || !VERBS.contains(Prose.key(words[0]))) {
      return false;
    }
    if (line.endsWith(".") && words.length > 6) {
      return false; // "Read the report in full, the minister told the house." is a sentence
    }
    boolean pointer = false;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.startsWith("@") || w.startsWith("#")) {
        return true; // "Follow @NewsDesk on Twitter"
      }
      String k = Prose.key(w);
      if (PAGE_THINGS.contains(k)) {
        return true;
      }
      pointer |= POINTERS.contains(k);
    }
    return pointer && words.length <= MAX_POINTER_WORDS;
  }

  private static boolean isAscii(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
