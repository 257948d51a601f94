package dev.lede.clean;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of the article being cleaned: its current text and, for every char, the offset in the
 * normalised input it came from. Immutable; cutting returns a new paragraph. Where a cut joins two
 * pieces, one space stands between them.
 */
final class Paragraph {
  final String text;
  /**
   * The input offset of every char, or null when the paragraph is one stretch of the input, char
   * {@code i} at {@code base + i} (a line as read, or a part of one): most paragraphs, which then need
   * no array of offsets as long as themselves.
   */
  private final int[] src;
  private final int base;
  /**
   * Set by {@link ChromeDetector} once it has found no furniture in this text: its verdict depends on
   * the text alone, so a later pass need not ask again about a paragraph that has not changed.
   */
  boolean chromeFree;

  private Paragraph(String text, int[] src) {
    this(text, src, 0);
  }

  private Paragraph(String text, int[] src, int base) {
    this.text = text;
    this.src = src;
    this.base = base;
  }

  /** Copies the input offsets of {@code text[from, from + len)} into {@code dst} at {@code at}. */
  private void copyOffsets(int from, int[] dst, int at, int len) {
    if (src != null) {
      System.arraycopy(src, from, dst, at, len);
      return;
    }
    for (int k = 0; k < len; k++) {
      dst[at + k] = base + from + k;
    }
  }

  /** The paragraph {@code source[start, end)}, trimmed; null when that is blank. */
  static Paragraph of(String source, int start, int end) {
    while (start < end && Character.isWhitespace(source.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    return new Paragraph(source.substring(start, end), null, start);
  }

  /**
   * This paragraph's text read back from a text it was joined into, where it starts at {@code at}: as
   * {@link #of} gives that line, and free of chrome when this paragraph is (a verdict on the text alone).
   */
  Paragraph readAt(int at) {
    Paragraph p = new Paragraph(text, null, at);
    p.chromeFree = chromeFree;
    return p;
  }

  /** Two paragraphs joined with a space (for lines that were hard-wrapped). */
  static Paragraph join(Paragraph a, Paragraph b) {
    int n = a.length();
    int[] src = new int[n + 1 + b.length()];
    a.copyOffsets(0, src, 0, n);
    src[n] = src[n - 1] + 1;
    b.copyOffsets(0, src, n + 1, b.length());
    return new Paragraph(a.text + " " + b.text, src);
  }

  /** Paragraphs joined in order, one space between each two; linear in their total length. */
  static Paragraph joinAll(List<Paragraph> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int len = parts.size() - 1;
    for (Paragraph p : parts) {
      len += p.text.length();
    }
    StringBuilder text = new StringBuilder(len);
    int[] src = new int[len];
    int at = 0;
    for (Paragraph p : parts) {
      if (at > 0) {
        src[at] = src[at - 1] + 1;
        text.append(' ');
        at++;
      }
      p.copyOffsets(0, src, at, p.length());
      text.append(p.text);
      at += p.length();
    }
    return new Paragraph(text.toString(), src);
  }

  int length() {
    return text.length();
  }

  /** The input offset of the char at {@code i}. */
  int sourceOffset(int i) {
    return src != null ? src[i] : base + i;
  }

  /**
   * The pieces of input that {@code text[start, end)} came from: one span per stretch that is
   * contiguous in the input, leaving out pieces that are only whitespace.
   */
  List<Span> sourceSpans(int start, int end) {
    List<Span> out = new ArrayList<>(1);
    int i = start;
    while (i < end) {
      int j = i + 1;
      while (j < end && sourceOffset(j) == sourceOffset(j - 1) + 1) {
        j++;
      }
      int a = i;
      int b = j;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        out.add(new Span(sourceOffset(a), sourceOffset(b - 1) + 1));
      }
      i = j;
    }
    return out;
  }

  /** This paragraph without {@code text[start, end)}; null when nothing but whitespace is left. */
  Paragraph without(int start, int end) {
    int ls = 0;
    int le = start;
    while (le > ls && Character.isWhitespace(text.charAt(le - 1))) {
      le--;
    }
    int rs = end;
    int re = text.length();
    while (rs < re && Character.isWhitespace(text.charAt(rs))) {
      rs++;
    }
    boolean left = le > ls;
    boolean right = re > rs;
    if (!left && !right) {
      return null;
    }
    if (!right) {
      return slice(ls, le);
    }
    if (!left) {
      return slice(rs, re);
    }
    int[] s = new int[(le - ls) + 1 + (re - rs)];
    copyOffsets(ls, s, 0, le - ls);
    s[le - ls] = sourceOffset(le - 1) + 1;
    copyOffsets(rs, s, le - ls + 1, re - rs);
    return new Paragraph(text.substring(ls, le) + " " + text.substring(rs, re), s);
  }

  /**
   * This paragraph without each of the sorted, non-overlapping ranges {@code cuts} ({start, end}
   * pairs); null when nothing but whitespace is left. One pass, however many cuts.
   */
  Paragraph withoutAll(List<int[]> cuts) {
    if (cuts.size() == 1) {
      return without(cuts.get(0)[0], cuts.get(0)[1]);
    }
    StringBuilder b = new StringBuilder(text.length());
    int[] s = new int[text.length()];
    int n = 0;
    int from = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      int to = k < cuts.size() ? cuts.get(k)[0] : text.length();
      int a = from;
      int e = to;
      while (a < e && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (e > a && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > a) {
        if (n > 0) {
          b.append(' ');
          s[n] = s[n - 1] + 1;
          n++;
        }
        b.append(text, a, e);
        copyOffsets(a, s, n, e - a);
        n += e - a;
      }
      if (k < cuts.size()) {
        from = cuts.get(k)[1];
      }
    }
    if (n == 0) {
      return null;
    }
    return new Paragraph(b.toString(), java.util.Arrays.copyOf(s, n));
  }

  /** The part {@code text[start, end)}, trimmed; null when blank. */
  Paragraph slice(int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    if (src == null) {
      return new Paragraph(text.substring(start, end), null, base + start);
    }
    int[] s = new int[end - start];
    System.arraycopy(src, start, s, 0, s.length);
    return new Paragraph(text.substring(start, end), s);
  }

  /**
   * This paragraph read from text that was itself cleaned: {@code toInput} maps its offsets into that
   * text to the input's, -1 where that text has no input char (a space put between joined pieces
   * stands where the char before it ended, as {@link #join} puts it).
   */
  Paragraph mapped(int[] toInput) {
    int[] s = new int[text.length()];
    for (int i = 0; i < s.length; i++) {
      int at = sourceOffset(i);
      int o = at < toInput.length ? toInput[at] : -1;
      s[i] = o >= 0 ? o : i > 0 ? s[i - 1] + 1 : 0;
    }
    return new Paragraph(text, s);
  }

  @Override
  public String toString() {
    return text;
  }
}
