package dev.lede.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, lenient, bounded JSON reader for the JSON-LD blocks of web pages (the core may not use
 * Jackson). Objects become {@code Map<String, Object>} (insertion order), arrays {@code List<Object>},
 * strings {@code String}, numbers {@code Double}, booleans {@code Boolean}; JSON {@code null} is left out
 * of objects and arrays, so no null ever reaches a caller.
 *
 * <p>Hostile input gets a clear "no value", never an exception or a stack overflow: nesting deeper than
 * {@value #MAX_DEPTH} levels, more than {@value #MAX_VALUES} values, or any syntax error ends the read
 * with {@link Optional#empty()}. Lenient where pages often are: raw control characters inside strings,
 * trailing commas, a leading {@code <!--} or {@code //<![CDATA[} wrapper. Stateless and thread-safe.
 */
public final class JsonReader {
  static final int MAX_DEPTH = 48;
  static final int MAX_VALUES = 200_000;

  private JsonReader() {}

  /** Reads the first JSON value in {@code text}, or empty when there is none or it is malformed. */
  public static Optional<Object> read(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) != '{' && text.charAt(start) != '[') {
      start++;
    }
    if (text.startsWith("[CDATA[", start)) {
      start += 7; // a <![CDATA[ wrapper, not an array
      while (start < text.length() && text.charAt(start) != '{' && text.charAt(start) != '[') {
        start++;
      }
    }
    if (start == text.length()) {
      return Optional.empty();
    }
    Parser p = new Parser(text, start);
    try {
      return Optional.ofNullable(p.value(0));
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false); // no stack trace: this is flow control on bad input
    }
  }

  private static final class Parser {
    private final String s;
    private int i;
    private int values;

    Parser(String s, int start) {
      this.s = s;
      this.i = start;
    }

    /** A value, or null for JSON null. */
    Object value(int depth) throws Malformed {
      if (depth > MAX_DEPTH || ++values > MAX_VALUES) {
        throw new Malformed();
      }
      skipSpace();
      if (i >= s.length()) {
        throw new Malformed();
      }
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
        case '\'':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return number();
      }
    }

    private Map<String, Object> object(int depth) throws Malformed {
      Map<String, Object> m = new LinkedHashMap<>();
      i++; // {
      while (true) {
        skipSpace();
        if (i >= s.length()) {
          throw new Malformed();
        }
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        if (s.charAt(i) != '"' && s.charAt(i) != '\'') {
          throw new Malformed();
        }
        String key = string();
        skipSpace();
        if (i >= s.length() || s.charAt(i) != ':') {
          throw new Malformed();
        }
        i++;
        Object v = value(depth + 1);
        if (v != null) {
          m.put(key, v);
        }
        skipSpace();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
        } else if (i >= s.length() || s.charAt(i) != '}') {
          throw new Malformed();
        }
      }
    }

    private List<Object> array(int depth) throws Malformed {
      List<Object> a = new ArrayList<>();
      i++; // [
      while (true) {
        skipSpace();
        if (i >= s.length()) {
          throw new Malformed();
        }
        if (s.charAt(i) == ']') {
          i++;
          return a;
        }
        Object v = value(depth + 1);
        if (v != null) {
          a.add(v);
        }
        skipSpace();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
        } else if (i >= s.length() || s.charAt(i) != ']') {
          throw new Malformed();
        }
      }
    }

    private String string() throws Malformed {
      char quote = s.charAt(i++);
      StringBuilder sb = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == quote) {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (i >= s.length()) {
          break;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'u':
            if (i + 4 > s.length()) {
              throw new Malformed();
            }
            int cp = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(i + k), 16);
              if (d < 0) {
                throw new Malformed();
              }
              cp = cp * 16 + d;
            }
            sb.append((char) cp);
            i += 4;
            break;
          default:
            sb.append(e); // \" \\ \/ and lenient \x for any other x
        }
      }
      throw new Malformed();
    }

    private Object literal(String word, Object v) throws Malformed {
      if (!s.startsWith(word, i)) {
        throw new Malformed();
      }
      i += word.length();
      return v;
    }

    private Double number() throws Malformed {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i || i - start > 64) {
        throw new Malformed();
      }
      try {
        return Double.valueOf(s.substring(start, i));
      } catch (NumberFormatException e) {
        throw new Malformed();
      }
    }

    private void skipSpace() {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF' || c == '\u00A0') {
          i++;
        } else {
          return;
        }
      }
    }
  }
}
