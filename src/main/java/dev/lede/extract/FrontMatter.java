package dev.lede.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The front matter block at the top of a Markdown file: YAML between {@code ---} lines (or TOML between
 * {@code +++} lines), read as flat {@code key: value} pairs, with {@code - item} lines and
 * {@code [a, b]} flow lists as lists. Enough for title, author and date; nested YAML is skipped, never
 * misread as top-level keys. Immutable.
 *
 * @param values keys lower-cased, each with one or more values
 * @param bodyStart the char offset where the Markdown body begins (0 when there is no front matter)
 */
record FrontMatter(Map<String, List<String>> values, int bodyStart) {
  static final FrontMatter NONE = new FrontMatter(Map.of(), 0);
  private static final int MAX_LINES = 500;

  static FrontMatter of(String text) {
    String fence;
    if (text.startsWith("---\n")) {
      fence = "---";
    } else if (text.startsWith("+++\n")) {
      fence = "+++";
    } else {
      return NONE;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    int pos = fence.length() + 1;
    String lastKey = null;
    for (int lines = 0; lines < MAX_LINES && pos <= text.length(); lines++) {
      int end = text.indexOf('\n', pos);
      String line = text.substring(pos, end < 0 ? text.length() : end);
      int next = end < 0 ? text.length() : end + 1;
      if (line.strip().equals(fence) || (fence.equals("---") && line.strip().equals("..."))) {
        return new FrontMatter(values, next);
      }
      if (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-")) {
        String item = line.strip();
        if (item.startsWith("- ") && lastKey != null) {
          values.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(unquote(item.substring(2)));
        }
      } else {
        int colon = fence.equals("---") ? line.indexOf(':') : line.indexOf('=');
        if (colon > 0) {
          String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          String value = line.substring(colon + 1).strip();
          lastKey = key;
          if (value.startsWith("[") && value.endsWith("]")) {
            for (String v : value.substring(1, value.length() - 1).split(",")) {
              add(values, key, unquote(v));
            }
          } else {
            add(values, key, unquote(value));
          }
        }
      }
      if (end < 0) {
        break;
      }
      pos = next;
    }
    return NONE; // no closing fence: not front matter after all
  }

  /** The first value of the first of {@code keys} present, or null. */
  String first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  /** All values of the first of {@code keys} present. */
  List<String> all(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return List.of();
  }

  private static void add(Map<String, List<String>> values, String key, String value) {
    if (!value.isEmpty()) {
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      s = s.substring(1, s.length() - 1);
    }
    return s.strip();
  }
}
