package dev.lede.extract;

import org.jsoup.parser.Parser;

/**
 * Inline Markdown to plain text: emphasis, strong, strike-through and code markers go, links keep their
 * text, images their alt text, HTML tags vanish and entities are decoded. Linear: every scan for a
 * closing mark uses a precomputed next-index table, so hostile lines cannot make it quadratic. Stateless.
 */
final class MarkdownInline {
  private MarkdownInline() {}

  /** The alt text of a line that is only an image ({@code ![alt](src)}), or null. */
  static String standaloneImageAlt(String t) {
    String s = t.strip();
    if (!s.startsWith("![")) {
      return null;
    }
    int close = s.indexOf("](");
    if (close < 0 || !s.endsWith(")") || s.indexOf(')', close) != s.length() - 1) {
      return null;
    }
    return plain(s.substring(2, close));
  }

  static String plain(String s) {
    int n = s.length();
    // Where the next ']', '>', '<', ')' and '`' are, so that no scan restarts (linear on hostile lines).
    int[] nextBracket = nextIndex(s, ']');
    int[] nextGt = nextIndex(s, '>');
    int[] nextLt = nextIndex(s, '<');
    int[] nextParen = nextIndex(s, ')');
    int[] nextTick = nextIndex(s, '`');
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n && isPunctuation(s.charAt(i + 1))) {
        out.append(s.charAt(i + 1));
        i += 2;
      } else if (c == '`') {
        int run = runLength(s, i, '`');
        int close = nextTick[i + run];
        if (close < n && runLength(s, close, '`') == run) {
          out.append(s, i + run, close);
          i = close + run;
        } else {
          out.append(s, i, i + run);
          i += run;
        }
      } else if ((c == '!' && i + 1 < n && s.charAt(i + 1) == '[') || c == '[') {
        int open = c == '!' ? i + 1 : i;
        int close = nextBracket[open + 1];
        if (close >= n) {
          out.append(c);
          i++;
          continue;
        }
        out.append(s, open + 1, close); // link text or alt text
        i = close + 1;
        if (i < n && s.charAt(i) == '(' && nextParen[i] < n) {
          i = nextParen[i] + 1;
        } else if (i < n && s.charAt(i) == '[' && nextBracket[i] < n) {
          i = nextBracket[i] + 1;
        }
      } else if (c == '<') {
        int close = nextGt[i];
        boolean tag = close < n && close > i + 1 && nextLt[i + 1] > close && startsTag(s.charAt(i + 1));
        if (tag) {
          String inner = s.substring(i + 1, close);
          if (inner.startsWith("http://") || inner.startsWith("https://")) {
            out.append(inner);
          } else if (inner.startsWith("mailto:")) {
            out.append(inner.substring(7));
          }
          i = close + 1;
        } else {
          out.append(c);
          i++;
        }
      } else if (c == '*' || c == '_' || c == '~') {
        int run = runLength(s, i, c);
        boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
        boolean after = i + run < n && !Character.isWhitespace(s.charAt(i + run));
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean wordAfter = i + run < n && Character.isLetterOrDigit(s.charAt(i + run));
        boolean marker = before != after || (c != '_' && before && after && !(wordBefore && wordAfter));
        if ((c == '~' && run < 2) || (c == '_' && wordBefore && wordAfter)) {
          marker = false;
        }
        if (!marker) {
          out.append(s, i, i + run);
        }
        i += run;
      } else {
        out.append(c);
        i++;
      }
    }
    return Parser.unescapeEntities(ArticleTextWriter.normaliseSpaces(out.toString()), false);
  }

  /** {@code next[i]} is the index of the first {@code c} at or after {@code i}, or the length. */
  private static int[] nextIndex(String s, char c) {
    int[] next = new int[s.length() + 1];
    next[s.length()] = s.length();
    for (int i = s.length() - 1; i >= 0; i--) {
      next[i] = s.charAt(i) == c ? i : next[i + 1];
    }
    return next;
  }

  private static boolean startsTag(char c) {
    return Character.isLetter(c) || c == '/' || c == '!';
  }

  private static int runLength(String s, int i, char c) {
    int k = i;
    while (k < s.length() && s.charAt(k) == c) {
      k++;
    }
    return k - i;
  }

  private static boolean isPunctuation(char c) {
    return "\\`*_{}[]()#+-.!|~<>\"'".indexOf(c) >= 0;
  }
}
