package dev.lede.clean;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the whole article repeated two or more times, whether the copies are glued with no separator
 * ("...around the world.CPC marks..."), separated by line breaks, or wrapped in junk, and returns the
 * spans of every copy after the first. Stateless and thread-safe.
 *
 * <p>The text is compared on its {@link Skeleton} (lower-cased letters and digits), so copies that differ
 * only in whitespace, punctuation or case still match. The Z-function of the skeleton tells, for every
 * position, how long the article's beginning repeats there; copies start where a long stretch of the
 * beginning repeats, and together they must cover most of the rest of the text. Junk before the first
 * copy is handled by running the same search on the reversed skeleton. Linear time and memory.
 */
final class CopyDeduplicator {
  /** Shortest skeleton that counts as a copy: below this, repeats are left to segment deduplication. */
  static final int MIN_COPY = 16;
  /** Candidate copy lengths tried before giving up (each try is linear). */
  private static final int MAX_TRIES = 8;
  /** Lines of junk before the copies that are tried as the copies' start. */
  private static final int MAX_JUNK_LINES = 3;
  /** Beyond this many copies, the rest are reported as one removal (a million copies stay cheap). */
  static final int MAX_COPY_REMOVALS = 64;
  /** What ends a sentence; a text with none of these and no space holds no copies. */
  private static final String SENTENCE_CLOSERS = ".!?\"'\u201d\u2019)]\u00bb\u2026";

  /**
   * @param copies how many times the article appears (1 when not repeated)
   * @param duplicates spans of the repeated copies, in text order
   */
  record Result(int copies, List<Span> duplicates) {}

  Result find(String text) {
    if (!hasAnEnd(text)) {
      // A text without a single space or sentence closer ("yyyy...", a 5 MB word) holds no copies of an
      // article: cutting its repeats made a second run cut again (LedeFuzzTest), and its skeleton
      // would not fit a small heap (SmallHeapTest).
      return new Result(1, List.of());
    }
    Skeleton sk = Skeleton.of(text, 0, text.length());
    int n = sk.length;
    if (n < 2 * MIN_COPY) {
      return new Result(1, List.of());
    }
    // Copies as flat pairs {start0, end0, start1, end1, ...}: a 5 MB text can hold 300,000 "copies"
    // and must fit a small heap (SmallHeapTest). Every search first asks whether a copy may start
    // anywhere, reading the skeleton in place (the reversed one too, by mirrored indexes): most
    // articles hold no copy, and are told so without the reversed or shortened skeleton the
    // Z-function would need.
    int[] copies = mayHoldCopy(sk.chars, 0, n) ? search(sk.chars, n) : null;
    boolean reversed = false;
    int from = 0; // the skeleton index where the kept copy starts
    if (copies == null && mayHoldCopyReversed(sk.chars, n)) {
      char[] rev = new char[n];
      for (int i = 0; i < n; i++) {
        rev[i] = sk.chars[n - 1 - i];
      }
      copies = search(rev, n);
      if (copies != null) {
        reversed = true;
        int[] forward = new int[copies.length];
        for (int i = 0, j = copies.length - 2; j >= 0; i += 2, j -= 2) {
          forward[i] = n - copies[j + 1];
          forward[i + 1] = n - copies[j];
        }
        copies = forward;
      }
    }
    if (copies == null) {
      // junk both before and after the copies ("Advertisement" ... "Comments (12)"): the copies may
      // start at one of the first lines
      for (int s : lineStarts(text, sk)) {
        if (!mayHoldCopy(sk.chars, s, n)) {
          continue;
        }
        copies = search(java.util.Arrays.copyOfRange(sk.chars, s, n), n - s);
        if (copies != null) {
          for (int k = 0; k < copies.length; k++) {
            copies[k] += s;
          }
          from = s;
          break;
        }
      }
      if (copies == null) {
        return new Result(1, List.of());
      }
    }
    if (!hasWhitespace(text, sk.offsets[copies[0]], sk.offsets[copies[1] - 1])) {
      // an article has more than one word: a stretch repeated inside one word ("ÿÿÿÿ...") is no copy,
      // and cutting it made a second run cut again (LedeFuzzTest)
      return new Result(1, List.of());
    }
    if (!unitsAreWords(text, sk, copies[0], copies[1])) {
      // a run of a short unit inside one word ("ÿ\tÿÿÿÿ..."): where the copies were cut depended on
      // where the run happened to end, and a second run cut again (LedeFuzzTest)
      return new Result(1, List.of());
    }
    // The first pair is the kept (first) copy; the rest are removed.
    int leadFrom = from == 0 ? 0 : text.lastIndexOf('\n', sk.offsets[from]) + 1;
    String lead = reversed ? "" : text.substring(leadFrom, sk.offsets[from]).strip();
    List<Span> out = new ArrayList<>();
    for (int k = 2; k < copies.length; k += 2) {
      int start = boundaryBefore(text, sk, copies[k], lead);
      int end = copies[k + 1] >= n ? text.length() : boundaryBefore(text, sk, copies[k + 1], lead);
      end = wordStart(text, start, end);
      if (end <= start) {
        continue;
      }
      if (out.size() < MAX_COPY_REMOVALS) {
        out.add(new Span(start, end));
      } else {
        // beyond this many copies, the rest are reported as one removal (a million copies stay cheap)
        out.set(MAX_COPY_REMOVALS - 1, new Span(out.get(MAX_COPY_REMOVALS - 1).start(), end));
      }
    }
    return new Result(copies.length / 2, List.copyOf(out));
  }

  /**
   * Skeleton indexes of the starts of the second to the fourth non-blank line, where copies wrapped in
   * junk lines may start; only those in the first third of the text.
   */
  private static List<Integer> lineStarts(String text, Skeleton sk) {
    List<Integer> out = new ArrayList<>();
    int limit = sk.offsets[Math.min(sk.length - 1, sk.length / 3)];
    int i = text.indexOf('\n');
    while (i >= 0 && i < limit && out.size() < MAX_JUNK_LINES) {
      int k = firstAtOrAfter(sk, i + 1);
      if (k > 0 && k < sk.length && sk.offsets[k] < limit && (out.isEmpty() || out.get(out.size() - 1) != k)) {
        out.add(k);
      }
      i = text.indexOf('\n', i + 1);
    }
    return out;
  }

  private static int firstAtOrAfter(Skeleton sk, int offset) {
    int lo = 0;
    int hi = sk.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sk.offsets[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the skeleton ranges of every copy as flat pairs, the first being {0, c}, or null when the
   * text is not a repeated article. For copies after the first, the range is the part that matches
   * the first copy. The caller asks {@link #mayHoldCopy} first.
   */
  private static int[] search(char[] s, int n) {
    int[] z = Skeleton.zFunction(s, n);
    int tries = 0;
    for (int i = MIN_COPY; i < n && tries < MAX_TRIES; i++) {
      if (z[i] >= MIN_COPY && 2L * z[i] >= i) {
        tries++;
        int[] found = validate(z, n, i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@link #search} may find a copy in {@code s[from, n)}: it needs an {@code i >= MIN_COPY}
   * with {@code z[i] >= MIN_COPY} and {@code 2 z[i] >= i}, the beginning repeated at {@code i} for at
   * least half of {@code i}. Such an {@code i} is a place where the first {@link #MIN_COPY} chars recur,
   * and each is checked by comparing chars until the first that differs, without the Z-function's
   * arrays: an article's opening words recur in it, but rarely for half of what comes before. Only
   * {@code i <= 2 len / 3} can hold half of what precedes it, so the search for the opening stops there
   * (most articles: no recurrence at all, and this is the whole cost). The checks read at most twice the
   * range's length in chars beyond the opening; past that (a text of one short unit repeated) the
   * answer is yes, and the Z-function decides, so the whole stays linear.
   */
  static boolean mayHoldCopy(char[] s, int from, int n) {
    return mayHoldCopy(s, from, 1, n - from);
  }

  /**
   * {@link #mayHoldCopy} of the reversed {@code s[0, n)}, read in place: reversed index {@code j} is
   * {@code s[n - 1 - j]}. Most articles hold no copy, and need no reversed skeleton to be told so.
   */
  static boolean mayHoldCopyReversed(char[] s, int n) {
    return mayHoldCopy(s, n - 1, -1, n);
  }

  /** {@link #mayHoldCopy} of the {@code len} chars whose index {@code j} is {@code s[base + step * j]}. */
  private static boolean mayHoldCopy(char[] s, int base, int step, int len) {
    if (len < 2 * MIN_COPY) {
      return false;
    }
    long budget = 2L * len;
    // i + max(MIN_COPY, (i + 1) / 2) <= len fails for every i > 2 len / 3; the window fits: len >= 32
    int last = Math.min(2 * len / 3, len - MIN_COPY);
    char c0 = s[base];
    for (int i = MIN_COPY; i <= last; i++) {
      int p = base + step * i;
      if (s[p] != c0) {
        continue;
      }
      int w = 1;
      while (w < MIN_COPY && s[p + step * w] == s[base + step * w]) {
        w++;
      }
      if (w < MIN_COPY) {
        continue;
      }
      int need = Math.max(MIN_COPY, (i + 1) / 2); // 2 z[i] >= i, in whole chars
      if (i + need > len) {
        return false; // z[i] <= len - i: too short here, and at every later i (need grows, room shrinks)
      }
      int k = MIN_COPY;
      while (k < need && s[base + step * k] == s[p + step * k]) {
        k++;
      }
      budget -= k;
      if (k >= need || budget < 0) {
        return true;
      }
    }
    return false;
  }

  private static int[] validate(int[] z, int n, int c) {
    int need = Math.max(MIN_COPY, c / 2);
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = c;
    int p = c;
    int scan = p + Math.max(1, c / 2);
    while (scan < n) {
      int limit = (int) Math.min(n - 1L, p + c + (long) c / 2);
      int q = -1;
      for (int j = scan; j <= limit; j++) {
        if (z[j] >= need) {
          q = j;
          break;
        }
      }
      if (q < 0) {
        break;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = q;
      p = q;
      scan = q + Math.max(1, c / 2);
    }
    // a copy cut off before its middle, after the last whole one: the article's opening again
    int last = starts[count - 1];
    int lastEnd = last + Math.min(z[last], c);
    int limit = (int) Math.min(n - 1L, lastEnd + (long) Math.max(MIN_COPY, c / 8));
    for (int j = lastEnd; j <= limit && z[last] >= c - c / 8; j++) {
      if (z[j] >= Math.max(2 * MIN_COPY, c / 10) && z[j] < need) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count + 1);
        }
        starts[count++] = j;
        break;
      }
    }
    long covered = 0;
    int[] copies = new int[2 * (count + 1)];
    copies[1] = c;
    for (int k = 0; k < count; k++) {
      int st = starts[k];
      int regionEnd = k + 1 < count ? starts[k + 1] : n;
      int matched = Math.min(z[st], regionEnd - st);
      if (k + 1 == count) {
        matched = Math.min(matched, c);
        // A truncated copy at the very end is a prefix of the article: all of it is repeat.
        int tail = st + matched;
        if (tail < n && z[tail] >= n - tail) {
          matched = n - st;
        }
      }
      covered += matched;
      copies[2 * k + 2] = st;
      copies[2 * k + 3] = st + matched;
    }
    return covered * 10 >= (long) (n - c) * 8 ? copies : null;
  }

  /**
   * The text offset where a copy starting at skeleton index {@code b} begins: after the closing
   * punctuation of the previous copy, before any opening characters the article starts with.
   */
  private static int boundaryBefore(String t, Skeleton sk, int b, String lead) {
    if (b <= 0) {
      return 0;
    }
    int gapStart = sk.offsets[b - 1] + 1;
    int gapEnd = sk.offsets[b];
    int k = 0;
    while (k < lead.length() && gapEnd - 1 - k >= gapStart
        && t.charAt(gapEnd - 1 - k) == lead.charAt(lead.length() - 1 - k)) {
      k++;
    }
    int limit = gapEnd - k;
    int i = gapStart;
    // what sticks to the end of the previous copy ("15.1%.", "world.\"") stays with it
    while (i < limit && !Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Moves {@code end} back to a word start so that a partial match never cuts a word in two. */
  private static int wordStart(String t, int start, int end) {
    if (end >= t.length() || end <= start) {
      return end;
    }
    if (!Character.isLetterOrDigit(t.charAt(end)) || !Character.isLetterOrDigit(t.charAt(end - 1))) {
      return end;
    }
    int i = end;
    while (i > start && Character.isLetterOrDigit(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Whether the kept copy, skeleton {@code [from, to)}, is fit to cut by: either it is not a run of a
   * unit shorter than {@link #MIN_COPY}, or every unit of the run stands apart in the text ("Mr. Mr. Mr.",
   * cut at word boundaries), not glued into one word ("ÿÿÿÿ"). Linear: each unit length is given up at
   * its first mismatch, except the one that holds.
   */
  private static boolean unitsAreWords(String t, Skeleton sk, int from, int to) {
    int c = to - from;
    for (int p = 1; p < MIN_COPY && 2 * p <= c; p++) {
      int j = from;
      while (j + p < to && sk.chars[j] == sk.chars[j + p]) {
        j++;
      }
      if (j + p < to) {
        continue; // not a run of this unit
      }
      for (int k = from + p; k < to; k += p) {
        if (sk.offsets[k] == sk.offsets[k - 1] + 1) {
          return false; // two units glued: the run is one word
        }
      }
      return true;
    }
    return true;
  }

  private static boolean hasWhitespace(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnEnd(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || SENTENCE_CLOSERS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
