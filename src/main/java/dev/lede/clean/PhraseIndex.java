package dev.lede.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed list of lower-case phrases, asked which of them occur in a text, ignoring case, in one pass
 * over the text. The detectors used to lower-case each paragraph and search it once per phrase (dozens
 * of passes per paragraph); they now ask this first and search only for the phrases that are there.
 * A phrase is reported when it would be found in the text's lower-case form, char by char, so the
 * answer is never narrower than that search. Immutable and thread-safe.
 */
final class PhraseIndex {
  private final List<String> phrases;
  /** Phrase numbers by the phrase's first char (ASCII). */
  private final int[][] ascii = new int[128][];
  /** Phrase numbers by the phrase's first char (beyond ASCII). */
  private final Map<Character, int[]> other = new HashMap<>();
  /**
   * A bit per {@code c & 63} of the first chars in {@link #other}: most chars beyond ASCII (curly quotes,
   * dashes) are ruled out without boxing a {@code Character} for the map.
   */
  private long otherBits;
  /**
   * For each ASCII first char, a bit per second char ({@code c & 63}) that some phrase has there (all
   * bits for a one-char phrase): most positions are ruled out without comparing any phrase.
   */
  private final long[] second = new long[128];
  /** {@link #second} by the first char as written (an ASCII capital reads as its lower case). */
  private final long[] firstBits = new long[128];
  /**
   * Every char at which {@link #candidates} can give phrases, when the phrases open with few ASCII chars
   * (the caption cues: "(", ",", "p"); else null. {@link #present(String)} then finds them by string
   * searches, which skip the text between them faster than a look-up at every char.
   */
  private final char[] openers;
  /**
   * For each ASCII first char, the phrase numbers by the phrase's third char ({@code c & 63}), null for
   * none; a phrase of under three chars sits in every bucket. {@link #present(String)} looks here once
   * the first two chars pass: the caption cues ", left,", ", right,", ... share their first two chars, and
   * most commas in prose are followed by a word no cue opens with, ruled out by one read.
   */
  private final int[][][] byThird = new int[128][][];
  /** At most this many chars of {@link #openers}: past that, one look-up per char is as quick. */
  private static final int MAX_OPENERS = 6;
  /** What turns an ASCII char into its lower case by OR: 0x20 for 'A'..'Z', else 0. */
  private static final char[] CASE = new char[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      CASE[c] = 0x20;
    }
  }

  PhraseIndex(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    // Plain loops, no lambdas or streams: indexes are built in static initialisers, on every cold start,
    // where each lambda's bootstrap costs more than the loop.
    Map<Character, List<Integer>> byFirst = new HashMap<>();
    for (int n = 0; n < this.phrases.size(); n++) {
      String p = this.phrases.get(n);
      if (!p.isEmpty()) {
        List<Integer> ns = byFirst.get(p.charAt(0));
        if (ns == null) {
          ns = new ArrayList<>();
          byFirst.put(p.charAt(0), ns);
        }
        ns.add(n);
      }
    }
    for (Map.Entry<Character, List<Integer>> e : byFirst.entrySet()) {
      char c = e.getKey();
      List<Integer> ns = e.getValue();
      int[] a = new int[ns.size()];
      for (int k = 0; k < a.length; k++) {
        a[k] = ns.get(k);
      }
      if (c < 128) {
        ascii[c] = a;
        for (int n : a) {
          String p = this.phrases.get(n);
          second[c] |= p.length() == 1 ? -1L : 1L << (p.charAt(1) & 63);
        }
      } else {
        other.put(c, a);
        otherBits |= 1L << (c & 63);
      }
    }
    for (char c = 0; c < 128; c++) {
      firstBits[c] = second[c | CASE[c]];
      if (ascii[c] != null) {
        byThird[c] = thirdBuckets(ascii[c]);
      }
    }
    openers = other.isEmpty() ? openers(byFirst.keySet()) : null;
  }

  private int[][] thirdBuckets(int[] numbers) {
    int[][] out = new int[64][];
    for (int t = 0; t < 64; t++) {
      int count = 0;
      int[] bucket = new int[numbers.length];
      for (int n : numbers) {
        String p = phrases.get(n);
        if (p.length() < 3 || (p.charAt(2) & 63) == t) {
          bucket[count++] = n; // kept in the order given, as in ascii[]
        }
      }
      out[t] = count == 0 ? null : Arrays.copyOf(bucket, count);
    }
    return out;
  }

  /**
   * The chars whose lower case is one of {@code firsts} (all ASCII): each first char, its capital, and
   * the two chars beyond ASCII whose lower case is ASCII (dotted capital I, Kelvin sign); null when more
   * than {@link #MAX_OPENERS}. PhraseIndexTest checks the set against every char.
   */
  private static char[] openers(Set<Character> firsts) {
    StringBuilder b = new StringBuilder();
    for (char f : firsts) {
      b.append(f);
      if (f >= 'a' && f <= 'z') {
        b.append((char) (f - 0x20));
      }
      if (f == 'i') {
        b.append('\u0130');
      } else if (f == 'k') {
        b.append('\u212A');
      }
    }
    return b.length() <= MAX_OPENERS ? b.toString().toCharArray() : null;
  }

  /** The chars at which {@link #candidates} can give phrases, or null when they are not kept. */
  char[] openers() {
    return openers == null ? null : openers.clone();
  }

  /**
   * The numbers (in the order given) of the phrases that may start at {@code i} of {@code s}, whose
   * length is {@code n}, judged by its first two chars; null for none. A caller trying a list of labels
   * at a position tries only these. An ASCII
   * first char is looked up as it is ({@link #firstBits} covers both cases), so most positions cost one
   * table read and no case mapping.
   */
  int[] candidates(String s, int i, int n) {
    char raw = s.charAt(i);
    char c;
    if (raw < 128) {
      long bits = firstBits[raw];
      if (bits == 0) {
        return null;
      }
      c = (char) (raw | CASE[raw]);
      if (bits != -1L) {
        if (i + 1 >= n) {
          return null;
        }
        char next = s.charAt(i + 1);
        char lower = next < 128 ? (char) (next | CASE[next]) : Character.toLowerCase(next);
        if ((bits & 1L << (lower & 63)) == 0) {
          return null;
        }
      }
      return ascii[c];
    }
    c = Character.toLowerCase(raw);
    if (c >= 128) {
      return (otherBits & 1L << (c & 63)) == 0 ? null : other.get(c);
    }
    long bits = second[c];
    if (bits == 0) {
      return null;
    }
    if (bits != -1L) {
      if (i + 1 >= n || (bits & 1L << (Character.toLowerCase(s.charAt(i + 1)) & 63)) == 0) {
        return null;
      }
    }
    return ascii[c];
  }

  /** The phrases that occur in {@code s}, in the order the index was given them. */
  List<String> present(String s) {
    if (openers == null) {
      return present(s, Integer.MAX_VALUE);
    }
    // every phrase is sought wherever it may start, so the order the starts are met in does not matter
    boolean[] seen = null;
    int n = s.length();
    for (char o : openers) {
      for (int i = s.indexOf(o); i >= 0; i = s.indexOf(o, i + 1)) {
        int[] candidates = candidates(s, i, n);
        if (candidates == null) {
          continue;
        }
        if (i + 2 < n) {
          // the first char's lower case is ASCII here (openers are kept only then): narrow by the third
          char raw = s.charAt(i);
          char c = raw < 128 ? (char) (raw | CASE[raw]) : Character.toLowerCase(raw);
          candidates = byThird[c][Character.toLowerCase(s.charAt(i + 2)) & 63];
          if (candidates == null) {
            continue;
          }
        }
        for (int k : candidates) {
          if ((seen == null || !seen[k]) && matchesAt(s, i, phrases.get(k))) {
            if (seen == null) {
              seen = new boolean[phrases.size()];
            }
            seen[k] = true;
          }
        }
      }
    }
    return seen == null ? List.of() : inOrder(seen);
  }

  /** Like {@link #present(String)}, stopping once {@code enough} phrases are found. */
  List<String> present(String s, int enough) {
    boolean[] seen = null;
    int found = 0;
    for (int i = 0, n = s.length(); i < n && found < enough; i++) {
      int[] candidates = candidates(s, i, n);
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        if ((seen == null || !seen[k]) && matchesAt(s, i, phrases.get(k))) {
          if (seen == null) {
            seen = new boolean[phrases.size()];
          }
          seen[k] = true;
          if (++found >= enough) {
            break;
          }
        }
      }
    }
    return seen == null ? List.of() : inOrder(seen);
  }

  /** The phrases marked in {@code seen}, in the order the index was given them. */
  private List<String> inOrder(boolean[] seen) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < seen.length; k++) {
      if (seen[k]) {
        out.add(phrases.get(k));
      }
    }
    return out;
  }

  private static boolean matchesAt(String s, int at, String phrase) {
    if (at + phrase.length() > s.length()) {
      return false;
    }
    for (int k = 1; k < phrase.length(); k++) {
      if (Character.toLowerCase(s.charAt(at + k)) != phrase.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
