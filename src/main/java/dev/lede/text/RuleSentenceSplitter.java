package dev.lede.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written scanner for English sentence boundaries. Linear in the input, no regular expressions.
 * (Placeholder rules: a full-stop, question or exclamation mark followed by space and an upper-case
 * letter, or a line break.)
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  @Override
  public List<Span> split(CharSequence text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))) {
        add(text, start, i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(CharSequence t, int s, int e, List<Span> out) {
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
