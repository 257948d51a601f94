package dev.lede.extract;

import dev.lede.text.Words;
import java.util.List;
import java.util.Locale;

/**
 * The headline hidden in a document's {@code <title>}, which usually carries the site's name too
 * ("Headline | Site", "Site - Section - Headline"). Stateless.
 *
 * <p>A known site name is cut from either end first. Otherwise the last part after a separator
 * ({@code |}, {@code -}, {@code –}, {@code —}, {@code /}, {@code \}, {@code >}, {@code »}, each between
 * spaces) is cut; if
 * that leaves fewer than three words, the first part is cut instead. A title with a colon keeps its
 * text after the colon only when no heading repeats the full title. A title too short or too long to be
 * a headline gives way to the page's single {@code <h1>}. A result of four words or fewer that lost more
 * than one word falls back to the whole title, since short cut titles are more often wrong than right.
 */
final class DocumentTitle {
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "};
  private static final String[] HIERARCHICAL = {" \\ ", " / ", " > ", " » "};
  private static final String[] SITE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", ": "};

  private DocumentTitle() {}

  static String of(String title, String siteName, List<String> headings, List<String> h1s) {
    String orig = ArticleTextWriter.normaliseSpaces(title == null ? "" : title);
    if (orig.isEmpty()) {
      return h1s.isEmpty() ? null : h1s.get(0);
    }
    String bySite = withoutSiteName(orig, siteName);
    if (bySite != null) {
      return bySite;
    }
    String cur = orig;
    boolean hierarchical = false;
    int lastSep = lastSeparator(orig);
    if (lastSep >= 0) {
      hierarchical = containsAny(orig, HIERARCHICAL);
      cur = orig.substring(0, lastSep).strip();
      if (words(cur) < 3) {
        int firstSep = firstSeparatorEnd(orig);
        cur = orig.substring(firstSep).strip();
      }
    } else if (orig.contains(": ")) {
      boolean headingRepeatsTitle = false;
      for (String h : headings) {
        if (h.strip().equals(orig)) {
          headingRepeatsTitle = true;
          break;
        }
      }
      if (!headingRepeatsTitle) {
        cur = orig.substring(orig.lastIndexOf(':') + 1).strip();
        if (words(cur) < 3) {
          cur = orig.substring(orig.indexOf(':') + 1).strip();
        } else if (words(orig.substring(0, orig.indexOf(':'))) > 5) {
          cur = orig;
        }
      }
    } else if ((orig.length() > 150 || orig.length() < 15) && h1s.size() == 1) {
      cur = h1s.get(0);
    }
    cur = ArticleTextWriter.normaliseSpaces(cur);
    int n = words(cur);
    if (n <= 4 && (!hierarchical || n != words(withoutSeparators(orig)) - 1)) {
      cur = orig;
    }
    return cur;
  }

  /** The title without a leading or trailing site name, or null when the site name is not there. */
  static String withoutSiteName(String title, String siteName) {
    if (siteName == null || siteName.isBlank()) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT);
    String site = siteName.strip().toLowerCase(Locale.ROOT);
    for (String sep : SITE_SEPARATORS) {
      if (t.endsWith(sep + site) && title.length() > sep.length() + site.length()) {
        String rest = title.substring(0, title.length() - sep.length() - site.length()).strip();
        return words(rest) >= 2 ? rest : null;
      }
      if (t.startsWith(site + sep) && title.length() > sep.length() + site.length()) {
        String rest = title.substring(site.length() + sep.length()).strip();
        return words(rest) >= 2 ? rest : null;
      }
    }
    return null;
  }

  private static int lastSeparator(String s) {
    int best = -1;
    for (String sep : SEPARATORS) {
      best = Math.max(best, s.lastIndexOf(sep));
    }
    return best;
  }

  private static int firstSeparatorEnd(String s) {
    int best = Integer.MAX_VALUE;
    int end = 0;
    for (String sep : SEPARATORS) {
      int at = s.indexOf(sep);
      if (at >= 0 && at < best) {
        best = at;
        end = at + sep.length();
      }
    }
    return end;
  }

  private static String withoutSeparators(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("|-–—\\/>»".indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean containsAny(String s, String[] parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : Words.split(t, "").length;
  }
}
