package dev.lede.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it, the way readability-style extractors read
 * them: page chrome (navigation, share bars, comments, related links, cookie notices, ads) versus article
 * content. Words are matched as substrings of the lower-cased class or id, except short ones (such as
 * {@code ad}) that must be a whole token, since they hide inside other words ({@code header},
 * {@code lead}). Stateless and thread-safe.
 */
final class ClassHints {
  /**
   * Substrings naming blocks that are never article text, even when the name also sounds like content
   * ("post-comments", "article-share"): removed on every attempt.
   */
  private static final String[] NEVER = {
    "disqus", "cookie", "consent", "gdpr", "newsletter", "sharebar", "sharethis", "shareaholic",
    "sharetools", "sharing",
    "outbrain", "taboola", "popup", "modal", "breadcrumb", "paywall", "subscribe", "signup", "sign-up",
    "related", "recommend", "most-read", "mostread", "most-popular", "more-stories", "read-more",
    "readmore", "skip-link", "print-only", "author-bio", "newsletter", "promo"
  };
  /** Substrings naming blocks that are almost never article text. */
  private static final String[] UNLIKELY = {
    "banner", "combx", "communit", "social", "footer", "header", "legends", "menu", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "supplemental", "agegate", "pagination", "pager",
    "toolbar", "navbar", "masthead", "trending", "popular", "next-article", "jump-link", "widget",
    "advert", "teaser-list", "tag-list", "taglist", "keywords", "byline", "author-info", "timestamp"
  };
  /** Share bars named by a whole token ("share", not "shared"). */
  private static final Set<String> SHARE_TOKENS = Set.of("share", "shares", "social-share", "sharelinks");
  /** Whole tokens naming chrome. */
  private static final Set<String> UNLIKELY_TOKENS =
      Set.of("ad", "ads", "adv", "nav", "tags", "extra", "hidden", "hide", "login", "overlay", "aside");
  /** Substrings that keep a block in play despite an unlikely word ("main-header", "article-footer"). */
  private static final String[] MAYBE = {
    "article", "body", "column", "content", "main", "story", "text", "post", "entry", "shadow", "embed"
  };
  /** The only words that keep a block named with a {@link #NEVER} word. */
  private static final String[] NEVER_MAYBE = {"article-body", "articlebody", "story-body", "main-content"};
  private static final String[] POSITIVE = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "post", "text", "blog",
    "story", "prose", "rich-text", "richtext"
  };
  private static final String[] NEGATIVE = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
    "meta", "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
    "skyscraper", "sponsor", "shopping", "tags", "widget", "social", "newsletter", "subscribe", "byline",
    "caption", "credit", "recommend", "teaser", "cookie", "nav", "menu", "breadcrumb", "popup"
  };
  private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "hid", "aside");
  /** Strong signs of the article body itself. */
  private static final String[] BODY = {
    "articlebody", "article-body", "article_body", "article__body", "articletext", "article-text",
    "article_text", "article-content", "article_content", "article__content", "articlecontent",
    "story-body", "story_body", "storybody", "story-content", "story__body", "story-text", "storytext",
    "post-body", "post_body", "postbody", "post-content", "post_content", "postcontent", "entry-content",
    "entry_content", "entrycontent", "body-text", "bodytext", "main-text", "article-main", "news-body",
    "news-text", "newstext", "content-body", "text-body", "article-copy", "story-copy", "body-copy"
  };

  private ClassHints() {}

  static String of(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty()) {
      return id.toLowerCase(Locale.ROOT);
    }
    return (id.isEmpty() ? c : c + " " + id).toLowerCase(Locale.ROOT);
  }

  /** Chrome by its name, and not also named like content. */
  static boolean unlikely(String hints) {
    if (hints.isEmpty()) {
      return false;
    }
    boolean chrome = containsAny(hints, UNLIKELY) || hasToken(hints, UNLIKELY_TOKENS);
    return never(hints) || (chrome && !containsAny(hints, MAYBE));
  }

  /** Chrome that no article is named like: comments, share bars, cookie and newsletter boxes, … */
  static boolean never(String hints) {
    return !hints.isEmpty()
        && (containsAny(hints, NEVER) || comment(hints) || hasToken(hints, SHARE_TOKENS))
        && !containsAny(hints, NEVER_MAYBE);
  }

  /** Comments ("comment-list", "comments", "disqus"), but not commentary. */
  static boolean comment(String hints) {
    if (hints.contains("disqus") || hints.contains("replies")) {
      return true;
    }
    int at = hints.indexOf("comment");
    while (at >= 0) {
      if (!hints.startsWith("commentar", at)) {
        return true;
      }
      at = hints.indexOf("comment", at + 1);
    }
    return false;
  }

  /** Readability's class weight: +25 for a content-like class or id, -25 for a chrome-like one, each. */
  static int weight(Element e) {
    int w = 0;
    w += weightOf(e.className().toLowerCase(Locale.ROOT));
    w += weightOf(e.id().toLowerCase(Locale.ROOT));
    return w;
  }

  private static int weightOf(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (containsAny(s, NEGATIVE) || hasToken(s, NEGATIVE_TOKENS)) {
      w -= 25;
    }
    if (containsAny(s, POSITIVE)) {
      w += 25;
    }
    return w;
  }

  /** Named as the article body itself ({@code article-body}, {@code entry-content}, …). */
  static boolean articleBody(Element e) {
    String hints = of(e);
    if (containsAny(hints, BODY)) {
      return true;
    }
    String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
    return itemprop.contains("articlebody");
  }

  static boolean caption(String hints) {
    return hints.contains("caption") || hints.contains("figcaption");
  }

  static boolean credit(String hints) {
    return hints.contains("credit") || hints.contains("copyright");
  }

  static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any token of {@code s}, split at non-letters and non-digits, is in {@code tokens}. */
  static boolean hasToken(String s, Set<String> tokens) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > start && tokens.contains(s.substring(start, i))) {
        return true;
      }
    }
    return false;
  }
}
