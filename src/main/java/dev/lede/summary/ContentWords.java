package dev.lede.summary;

import dev.lede.facts.FunctionWords;
import dev.lede.text.Words;
import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers the content words of one text as they are met, so sentences can be compared as small int
 * arrays: a content word is a run of letters or digits, lower-cased ({@link Locale#ROOT}), that is not a
 * function word and has two or more chars or starts with a digit. Words are looked up straight from the
 * text, without a string per occurrence (one per distinct word). Used by one thread, for one text.
 */
final class ContentWords {
  /**
   * The function words, numbered before any text is read: each text's numbering starts as a copy of
   * this one, so a word met that is not in it already is a content word, with no look-up in the list.
   */
  private static final ContentWords FUNCTION_WORDS = functionWords();

  private String[] keys;
  private int[] slotIds;
  private boolean[] function;
  /** The last call of {@link #of} that met each word, to list a word once per sentence. */
  private int[] metIn;
  private int size;
  private int call;
  private int[] found = new int[64];

  ContentWords() {
    this(FUNCTION_WORDS);
  }

  private ContentWords(ContentWords start) {
    keys = start.keys.clone();
    slotIds = start.slotIds.clone();
    function = start.function.clone();
    metIn = new int[function.length];
    size = start.size;
  }

  private ContentWords(int slots) {
    keys = new String[slots];
    slotIds = new int[slots];
    function = new boolean[slots / 2];
    metIn = new int[slots / 2];
  }

  private static ContentWords functionWords() {
    ContentWords words = new ContentWords(256);
    for (String w : FunctionWords.words()) {
      int id = words.id(w, 0, w.length());
      words.function[id] = true;
    }
    return words;
  }

  /** How many distinct words (content, or function words, all of which are numbered first); ids run from 0 to this. */
  int size() {
    return size;
  }

  /** The distinct content words of {@code text[start, end)}, as ids, in no particular order. */
  int[] of(String text, int start, int end) {
    call++;
    int count = 0;
    int i = start;
    while (i < end) {
      while (i < end && !Words.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < end && Words.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        int id = id(text, i, j);
        if (!function[id] && (j - i > 1 || Character.isDigit(text.charAt(i))) && metIn[id] != call) {
          metIn[id] = call;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = id;
        }
      }
      i = j;
    }
    return Arrays.copyOf(found, count);
  }

  /** The id of the word {@code text[start, end)} in lower case, numbering it when new. */
  private int id(String text, int start, int end) {
    String lower = null;
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        // Beyond ASCII, lower case may change the length ("İ"): compare what toLowerCase makes.
        lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        hash = hash(lower, 0, lower.length());
        break;
      }
      hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    int mask = keys.length - 1;
    int slot = mix(hash) & mask;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (lower != null ? key.equals(lower) : asciiLowerEquals(key, text, start, end)) {
        return slotIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (lower == null) {
      lower = text.substring(start, end).toLowerCase(Locale.ROOT);
    }
    return add(slot, lower);
  }

  private int add(int slot, String lower) {
    int id = size++;
    keys[slot] = lower;
    slotIds[slot] = id;
    if (id == function.length) {
      function = Arrays.copyOf(function, id * 2);
      metIn = Arrays.copyOf(metIn, id * 2);
    }
    if (size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldIds = slotIds;
    keys = new String[oldKeys.length * 2];
    slotIds = new int[keys.length];
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      String key = oldKeys[s];
      if (key != null) {
        int slot = mix(hash(key, 0, key.length())) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        slotIds[slot] = oldIds[s];
      }
    }
  }

  private static int hash(String s, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private static boolean asciiLowerEquals(String key, String text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      char c = text.charAt(start + k);
      if (key.charAt(k) != (c >= 'A' && c <= 'Z' ? c + 32 : c)) {
        return false;
      }
    }
    return true;
  }
}
