package dev.lede.facts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words and symbols that give a number its scale, currency or unit, and the number words, loaded once
 * from {@code quantity-units.tsv}. Thread-safe.
 */
final class QuantityWords {
  enum Kind {
    MULTIPLIER,
    VAGUE,
    CURRENCY_SYMBOL,
    CURRENCY_PREFIX,
    CURRENCY_CODE,
    CURRENCY_WORD,
    MINOR_CURRENCY,
    PERCENT,
    TIME,
    MEASURE,
    NUMBER,
    MODIFIER
  }

  /**
   * One entry: its kind, the unit or currency code it stands for, and a factor (the multiplier, the
   * minor-currency fraction, or the number a number word names).
   */
  record Entry(String form, Kind kind, String unit, BigDecimal factor) {}

  private static final Map<String, Entry> FORMS = load();
  private static final WordTable<Entry> TABLE = new WordTable<>(FORMS);
  /** First words of the two-word modifiers ("more" of "more than"), so most pairs need no lookup. */
  private static final WordTable<Boolean> MODIFIER_FIRST_WORDS = modifierFirstWords();

  private QuantityWords() {}

  /** Every form, in lower case. */
  static java.util.List<String> keys() {
    return TABLE.keys();
  }

  /** The forms that are number words ("three"), in lower case. */
  static java.util.List<String> numberWordKeys() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Map.Entry<String, Entry> f : FORMS.entrySet()) {
      if (f.getValue().kind() == Kind.NUMBER) {
        out.add(f.getKey());
      }
    }
    return out;
  }

  /** First words of the two-word modifiers. */
  static java.util.List<String> modifierFirstWordKeys() {
    return MODIFIER_FIRST_WORDS.keys();
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> m = new HashMap<>();
    for (String line : ResourceLines.load("quantity-units.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("quantity-units.tsv: bad line: " + line);
      }
      Kind kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT).replace('-', '_'));
      String unit = null;
      BigDecimal factor = BigDecimal.ONE;
      switch (kind) {
        case MULTIPLIER:
        case VAGUE:
        case NUMBER:
          factor = new BigDecimal(f[2]);
          break;
        case MINOR_CURRENCY:
          String[] p = f[2].split(" ");
          unit = p[0];
          factor = new BigDecimal(p[1]);
          break;
        case MODIFIER:
          break;
        default:
          unit = f[2];
      }
      m.put(f[0].toLowerCase(Locale.ROOT), new Entry(f[0], kind, unit, factor));
    }
    return Map.copyOf(m);
  }

  private static WordTable<Boolean> modifierFirstWords() {
    Map<String, Boolean> m = new HashMap<>();
    for (Map.Entry<String, Entry> f : FORMS.entrySet()) { // a loop, not a lambda: static init, cold start
      String form = f.getKey();
      if (f.getValue().kind() == Kind.MODIFIER && form.indexOf(' ') > 0) {
        m.put(form.substring(0, form.indexOf(' ')), true);
      }
    }
    return new WordTable<>(m);
  }

  /** The entry for a token as written, or for its lower-case form when it is Capitalised; or null. */
  static Entry of(String token) {
    Entry e = TABLE.get(token);
    return e != null && caseFits(e.form(), token, 0, token.length()) ? e : null;
  }

  static Entry of(TextTokens t, int i) {
    if (i < 0 || i >= t.size() || t.kind(i) == TextTokens.NUMBER) {
      return null;
    }
    return t.quantity(i);
  }

  /** {@link #of(TextTokens, int)} of a word or mark, looked up; {@link TextTokens} keeps the answer. */
  static Entry find(TextTokens t, int i) {
    Entry e = TABLE.get(t, i);
    return e != null && caseFits(e.form(), t.text, t.start(i), t.end(i)) ? e : null;
  }

  /** "GBP", "US", "G" match only as written; "million" also as "Million", not "MILLION"... but "MW" as is. */
  private static boolean caseFits(String form, CharSequence s, int start, int end) {
    boolean same = true;
    for (int i = 0; i < form.length() && same; i++) {
      same = form.charAt(i) == s.charAt(start + i);
    }
    if (same) {
      return true;
    }
    if (end - start < 2 || !form.equals(form.toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(s.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean is(TextTokens t, int i, Kind kind) {
    Entry e = of(t, i);
    return e != null && e.kind() == kind;
  }

  /** The number a lower-case number word names ("three" 3, "ninety" 90), or 0. */
  static int numberWord(String lower) {
    Entry e = of(lower);
    return e != null && e.kind() == Kind.NUMBER ? e.factor().intValue() : 0;
  }

  /** The number token {@code i} names as a word ("three", "Three"), or 0. */
  static int numberWord(TextTokens t, int i) {
    Entry e = of(t, i);
    return e != null && e.kind() == Kind.NUMBER ? e.factor().intValue() : 0;
  }

  /** A two-word modifier such as "more than" starting at token {@code i}, or a one-word one. */
  static int modifierLength(TextTokens t, int i) {
    if (t.isWord(i) && t.isWord(i + 1) && t.in(i, ScanWords.MODIFIER_FIRST)) {
      Entry two = TABLE.get(t.lower(i) + " " + t.lower(i + 1));
      if (two != null && two.kind() == Kind.MODIFIER) {
        return 2;
      }
    }
    return t.isWord(i) && is(t, i, Kind.MODIFIER) ? 1 : 0;
  }

  /** Token {@code k} gives a preceding number a scale, currency or unit. */
  static boolean unitAfter(TextTokens t, int k) {
    Entry e = of(t, k);
    return e != null && e.kind() != Kind.NUMBER && e.kind() != Kind.MODIFIER
        && e.kind() != Kind.CURRENCY_PREFIX && e.kind() != Kind.CURRENCY_SYMBOL
        && e.kind() != Kind.TIME;
  }
}
