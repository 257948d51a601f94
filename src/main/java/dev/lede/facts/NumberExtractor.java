package dev.lede.facts;

import dev.lede.facts.QuantityWords.Entry;
import dev.lede.facts.QuantityWords.Kind;
import dev.lede.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds quantities: a number with its unit or currency and what it counts. Stateless and thread-safe;
 * one linear pass over the tokens with a bounded look-around, no regular expressions.
 *
 * <p>Reads "76%", "47.3 per cent", "$1.13bn" (1130000000 USD), "£600m", "US$5 million", "£2.50", "50p"
 * (0.5 GBP), "70th anniversary" (unit {@code ordinal}), "more than 2,000 business leaders" (the modifier
 * and the counted phrase belong to the text), "three years" (unit {@code years}), "a 10-year sentence",
 * "1.5 million people", "hundreds of people" (no value), and sports scores "29-10" (unit {@code score}, no
 * value) when the clause speaks of winning or losing. "$" alone is taken as US dollars.
 *
 * <p>Left out as not being quantities: a bare number with nothing counted ("when she was 13"), numbers
 * that are part of names or codes ("G20", "Covid-19", "Apollo 11"), times ("3pm", "10:30"), years (any
 * bare 1800..2099 without a comma; dates are the date extractor's), and anything inside a date.
 */
public final class NumberExtractor {
  private static final WordSet ORDINAL_SUFFIXES = new WordSet("st", "nd", "rd", "th");
  private static final WordSet DETERMINERS =
      new WordSet("a", "an", "the", "its", "their", "his", "her", "our");
  private static final WordSet SPORT =
      new WordSet("win", "won", "wins", "winners", "winner", "victory", "defeat", "defeated", "beat", "beaten",
          "lost", "loss", "lead", "led", "leading", "trailing", "trailed", "draw", "drew", "score",
          "scoreline");

  public NumberExtractor() {}

  /** Every quantity in {@code text}, in text order. */
  public List<NumberFact> extract(String text) {
    return extract(TextTokens.of(text), List.of());
  }

  /** Every quantity, skipping tokens inside the sorted spans {@code skip} (dates). */
  List<NumberFact> extract(TextTokens t, List<Span> skip) {
    List<NumberFact> out = new ArrayList<>();
    int s = 0;
    int i = 0;
    while (i < t.size()) {
      if (!mayStart(t, i)) {
        i++; // most tokens: nothing below could start here
        continue;
      }
      while (s < skip.size() && skip.get(s).end() <= t.start(i)) {
        s++;
      }
      if (s < skip.size() && skip.get(s).start() < t.end(i)) {
        i++;
        continue;
      }
      int before = out.size();
      int next = quantity(t, i, out);
      if (out.size() > before && s < skip.size() && out.get(before).span().overlaps(skip.get(s))) {
        out.remove(out.size() - 1); // ran into a date: "3 years ago", "five on Monday"
        next = i + 1;
      }
      i = next > i ? next : i + 1;
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@link #quantity} could find anything at token {@code i}: it reads on only from a number, a
   * word or mark of {@link QuantityWords}, or "a"/"an" ("a million"). Exact, so tokens failing it are
   * skipped without the look-ups.
   */
  static boolean mayStart(TextTokens t, int i) {
    return t.kind(i) == TextTokens.NUMBER || t.in(i, ScanWords.QUANTITY) || isArticle(t, i);
  }

  /** "a", "an", "A", "An" as written. */
  private static boolean isArticle(TextTokens t, int k) {
    int length = t.length(k);
    if (length > 2 || t.kind(k) != TextTokens.WORD) {
      return false;
    }
    char first = t.text.charAt(t.start(k));
    return (first == 'a' || first == 'A') && (length == 1 || t.text.charAt(t.start(k) + 1) == 'n');
  }

  /** Reads a quantity at token {@code i}; returns the token after it, or {@code i} when there is none. */
  int quantity(TextTokens t, int i, List<NumberFact> out) {
    int first = i;
    int k = i;
    String currency = null;
    Entry e = QuantityWords.of(t, k);
    if (e != null && e.kind() == Kind.CURRENCY_SYMBOL && t.isNumber(k + 1) && t.glued(k + 1)) {
      currency = e.unit();
      Entry prefix = t.glued(k) ? QuantityWords.of(t, k - 1) : null;
      if (prefix != null && prefix.kind() == Kind.CURRENCY_PREFIX) {
        currency = prefix.unit();
        first = k - 1;
      }
      k++;
    } else if (e != null && e.kind() == Kind.CURRENCY_CODE && t.isNumber(k + 1) && !t.glued(k + 1)) {
      currency = e.unit();
      k++;
    }
    BigDecimal value;
    boolean digits = t.isNumber(k);
    boolean vague = false;
    if (digits) {
      if (currency == null && (partOfName(t, k) || isClock(t, k))) {
        return skipNumber(t, k);
      }
      if (currency == null && isScorePair(t, k)) {
        return score(t, k, out);
      }
      value = parse(t.str(k));
      if (value == null) {
        return k + 1;
      }
      k++;
    } else if (currency == null && t.isWord(k) && (e != null || isArticle(t, k))) {
      Entry w = e;
      // Which reading applies is settled before the case test, which makes two strings per token.
      boolean vagueOf = w != null && w.kind() == Kind.VAGUE && t.is(k + 1, "of");
      boolean aMultiplier = !vagueOf && QuantityWords.is(t, k + 1, Kind.MULTIPLIER)
          && !t.is(k + 1, "m") && !t.is(k + 1, "k") && !t.is(k + 1, "b")
          && (t.lowerIs(k, "a") || t.lowerIs(k, "an"));
      boolean numberWord = !vagueOf && !aMultiplier && w != null && w.kind() == Kind.NUMBER;
      if (!vagueOf && !aMultiplier && !numberWord) {
        return i;
      }
      if (!t.str(k).equals(t.lower(k)) && !sentenceStart(t, k)) {
        return i;
      }
      if (vagueOf) {
        value = null;
        vague = true;
        k++;
      } else if (aMultiplier) {
        value = BigDecimal.ONE; // a million people
        k++;
      } else {
        value = w.factor();
        k++;
        if (value.intValue() >= 20 && t.isMark(k, '-') && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
          int units = QuantityWords.numberWord(t.lower(k + 1));
          if (units > 0 && units < 10) {
            value = value.add(BigDecimal.valueOf(units));
            k += 2;
          }
        }
      }
    } else {
      return i;
    }
    boolean ordinal = false;
    String unit = null;
    if (digits && t.isWord(k) && t.glued(k) && ORDINAL_SUFFIXES.contains(t, k)) {
      ordinal = true;
      unit = "ordinal";
      k++;
    }
    boolean scaled = false;
    Entry m = ordinal || vague ? null : QuantityWords.of(t, k);
    if (m != null && m.kind() == Kind.MULTIPLIER) {
      boolean metres = t.is(k, "m") && currency == null && !t.str(k - 1).contains(".")
          && !CountedPhrase.looksPlural(t.isWord(k + 1) ? t.str(k + 1) : "");
      if (metres) {
        unit = "m";
      } else {
        value = value.multiply(m.factor());
        scaled = true;
      }
      k++;
      m = QuantityWords.of(t, k);
    }
    if (!ordinal && !vague && unit == null && m != null) {
      switch (m.kind()) {
        case PERCENT:
          unit = "percent";
          k++;
          break;
        case CURRENCY_WORD:
        case MINOR_CURRENCY:
          if (currency == null && (m.kind() == Kind.CURRENCY_WORD || !t.is(k, "p") || t.glued(k))) {
            currency = m.unit();
            value = value.multiply(m.factor());
            k++;
          }
          break;
        case TIME:
        case MEASURE:
          unit = m.unit();
          if (unit.equals("lb") && (scaled || t.is(k + 1, "sterling"))) {
            unit = null; // "15 million pounds" is money
            currency = "GBP";
          }
          k++;
          break;
        default:
          break;
      }
    }
    if (unit == null && !ordinal && t.is(k, "per") && t.is(k + 1, "cent")) {
      unit = "percent";
      k += 2;
    } else if (unit == null && t.is(k, "percentage") && t.is(k + 1, "points")) {
      unit = "percentage points";
      k += 2;
    }
    int countsFrom = k;
    if (!ordinal && t.isMark(k, '-') && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
      Entry h = QuantityWords.of(t, k + 1);
      if (unit == null && h != null && (h.kind() == Kind.TIME || h.kind() == Kind.MEASURE)) {
        unit = h.unit();
        k += 2;
        if (t.isMark(k, '-') && t.glued(k) && t.is(k + 1, "old")) {
          k += 2; // 13-year-old
        }
      } else if (t.is(k + 1, "strong")) {
        k += 2; // a 2,000-strong crowd
      } else {
        k++; // a 30-page report: the page is what is counted
      }
      countsFrom = k;
    }
    boolean plural = !ordinal && (value == null || value.compareTo(BigDecimal.ONE) != 0);
    boolean attributive = ordinal || currency != null || countsFrom != k || determinerBefore(t, first);
    // A share or a span of time counts only what follows "of" ("76% of voters", "three years of war").
    boolean ofOnly = countsFrom == k && unit != null && (unit.startsWith("percent") || isTime(m));
    CountedPhrase.Phrase counts = ofOnly && !t.is(k, "of") ? new CountedPhrase.Phrase(k, k)
        : CountedPhrase.after(t, countsFrom, plural, attributive, digits || vague || unit != null, ordinal);
    boolean hasUnit = currency != null || unit != null;
    if (ordinal && counts.isEmpty()) {
      return k;
    }
    if (!hasUnit && counts.isEmpty()) {
      if (digits && (t.is(i - 1, "aged") || t.is(i - 1, "age"))) {
        unit = "years";
      } else {
        return k;
      }
    }
    if (digits && currency == null && unit == null && isYearLike(t.str(i))) {
      return k;
    }
    if (!digits && !vague && value.intValue() == 1 && !hasUnit) {
      return k; // "one of them", "one man": not a quantity worth listing
    }
    int end = counts.isEmpty() ? k : counts.end();
    int start = t.is(i - 1, "aged") && "years".equals(unit) ? i - 1 : modifierStart(t, first);
    Span span = new Span(t.start(start), t.end(end - 1));
    String countsText = text(t, counts);
    if (countsText == null && t.is(i - 1, "aged")) {
      countsText = "age";
    }
    out.add(new NumberFact(span.of(t.text).toString(), normalise(value), unit == null ? currency : unit,
        countsText, span));
    return end;
  }

  /** 29-10: a score when the clause speaks of winning or losing; skipped otherwise (ranges, codes). */
  private int score(TextTokens t, int k, List<NumberFact> out) {
    int end = k + 3;
    boolean sport = false;
    for (int j = Math.max(0, k - 6); j < Math.min(t.size(), end + 4) && !sport; j++) {
      sport = t.isWord(j) && SPORT.contains(t, j);
    }
    if (!sport) {
      return end;
    }
    CountedPhrase.Phrase counts = CountedPhrase.after(t, end, false, true, false, false);
    int last = counts.isEmpty() ? end : counts.end();
    Span span = new Span(t.start(k), t.end(last - 1));
    String countsText = text(t, counts);
    out.add(new NumberFact(span.of(t.text).toString(), null, "score", countsText, span));
    return last;
  }

  private static String text(TextTokens t, CountedPhrase.Phrase p) {
    return p.isEmpty() ? null : t.text.substring(t.start(p.start()), t.end(p.end() - 1));
  }

  /** "a 17,430 crowd", "the 400-strong audience": the number modifies the noun after it. */
  private static boolean determinerBefore(TextTokens t, int first) {
    return t.isWord(first - 1) && DETERMINERS.contains(t, first - 1);
  }

  private static boolean isTime(Entry unit) {
    return unit != null && unit.kind() == Kind.TIME;
  }

  private static boolean isScorePair(TextTokens t, int k) {
    return t.length(k) <= 3 && t.intValue(k) >= 0 && t.isMark(k + 1, '-') && t.glued(k + 1)
        && t.isNumber(k + 2) && t.glued(k + 2) && t.length(k + 2) <= 3 && t.intValue(k + 2) >= 0
        && !(k + 3 < t.size() && t.glued(k + 3) && !t.isMark(k + 3, ',') && !t.isMark(k + 3, '.'));
  }

  /** G20, Covid-19, BBC5Live, 5G, 007, No 10, Apollo 11. */
  private static boolean partOfName(TextTokens t, int k) {
    if (t.glued(k) && (t.isWord(k - 1) || t.isMark(k - 1, '#')
        || ((t.isMark(k - 1, '-') || t.isMark(k - 1, '/')) && t.glued(k - 1)
            && (t.isWord(k - 2) || t.isNumber(k - 2))))) {
      return true; // G20, Covid-19, the 11 of 2010-11, 24/7
    }
    if (t.isWord(k + 1) && t.glued(k + 1)) {
      String w = t.str(k + 1);
      if (!ORDINAL_SUFFIXES.contains(w.toLowerCase(Locale.ROOT)) && QuantityWords.of(w) == null) {
        return true; // 5G, A380, and decades: the 1990s, the 70s
      }
    }
    String s = t.str(k);
    if (s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') {
      return true;
    }
    if (t.is(k - 1, "No") || t.is(k - 1, "Number")) {
      return true;
    }
    return t.capitalised(k - 1) && !sentenceStart(t, k - 1) && !QuantityWords.unitAfter(t, k + 1)
        && !t.glued(k) && QuantityWords.modifierLength(t, k - 1) == 0 && !t.is(k - 1, "Aged");
  }

  private static boolean isClock(TextTokens t, int k) {
    if (t.isMark(k + 1, ':') && t.glued(k + 1) && t.isNumber(k + 2) && t.glued(k + 2)) {
      return true;
    }
    if (!t.isWord(k + 1)) {
      return false;
    }
    return t.lowerIs(k + 1, "am") || t.lowerIs(k + 1, "pm")
        || ((t.lowerIs(k + 1, "a") || t.lowerIs(k + 1, "p")) && t.isMark(k + 2, '.') && t.is(k + 3, "m"));
  }

  /** Skips a number with whatever is glued to it (a code such as "A380" or "10:30"). */
  private static int skipNumber(TextTokens t, int k) {
    int j = k + 1;
    while (j < t.size() && t.glued(j) && !t.isMark(j, ',') && !t.isMark(j, '.')) {
      j++;
    }
    return j;
  }

  private static boolean isYearLike(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!TextTokens.isDigit(s.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(s);
    return y >= 1800 && y <= 2099;
  }

  private static int modifierStart(TextTokens t, int first) {
    if (first >= 2 && QuantityWords.modifierLength(t, first - 2) == 2) {
      return first - 2;
    }
    return first >= 1 && QuantityWords.modifierLength(t, first - 1) == 1 ? first - 1 : first;
  }

  private static boolean sentenceStart(TextTokens t, int k) {
    return k == 0 || t.isBoundary(k - 1) || t.lineBreakBefore(k);
  }

  private static BigDecimal parse(String s) {
    String plain = s.replace(",", "");
    if (plain.indexOf('.') != plain.lastIndexOf('.') || plain.length() > 30) {
      return null;
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** 1.13E+9 becomes 1130000000; 2.50 becomes 2.5. */
  static BigDecimal normalise(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
