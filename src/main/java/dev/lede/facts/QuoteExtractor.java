package dev.lede.facts;

import dev.lede.text.Span;
import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations and who said them. Stateless and thread-safe; one linear pass over the chars
 * (each quote mark is looked at once), then a bounded look-around per quote for its attribution.
 *
 * <p>Quote marks: straight {@code "} and {@code '}, curly “ ” and ‘ ’, and « ». A mark opens a quote
 * when it follows a space or an opening bracket and comes before a word; it closes one when it follows a
 * word or punctuation and comes before a space, punctuation or the end. So apostrophes inside words
 * ("don't", "the CPC's") never count, nor do "'90s" or a plural possessive ("the players' union"). Inside
 * a double quote single marks are part of the quotation, and the other way round.
 *
 * <p>A quote may run over several paragraphs: the paragraph ends without a closing mark and the next one
 * begins with an opening mark. The same holds within a paragraph when a new sentence opens with the same
 * mark (text whose paragraph breaks were lost). A quote left open at the end of a paragraph is dropped.
 *
 * <p>Kept: attributed quotations of four words or more, or shorter ones that read as a whole utterance
 * ("'No,' he said": a capital, and punctuation inside the marks); unattributed ones of four words or more
 * that are not a title in Title Case ("The Thrill Is Gone"), eight when they start in lower case ("out of
 * the question", a fragment). A scare-quoted word ("a 'thief'") is not a quotation. The speaker is resolved by
 * {@link QuoteAttribution}: a person or organisation from the entities, never a pronoun.
 */
public final class QuoteExtractor {
  static final int MIN_WORDS = 4;
  static final int MIN_FRAGMENT_WORDS = 8;

  enum Mark {
    DOUBLE,
    SINGLE
  }

  /** A quotation before attribution: the inner text pieces (one per paragraph) and the marks' offsets. */
  record Raw(int open, int close, List<Span> pieces) {}

  public QuoteExtractor() {}

  /** Every direct quotation in {@code text}, in text order, with speakers from {@code entities}. */
  public List<Quote> extract(String text, Entities entities) {
    return extract(TextTokens.of(text), entities);
  }

  List<Quote> extract(TextTokens tokens, Entities entities) {
    List<Raw> raws = scan(tokens);
    return new QuoteAttribution(tokens, entities).attribute(raws);
  }

  /**
   * Finds the quotations of the text of {@code t} in one pass over its marks. Only marks matter: the
   * apostrophes inside words ("don't", which the tokens keep in the word) have a letter on each side, so
   * they can neither open nor close a quotation; and a run of blank space holds one line-break mark, at
   * its first line break, where a paragraph break is read (the rest of the run is passed over).
   */
  static List<Raw> scan(TextTokens t) {
    String s = t.text;
    List<Raw> out = new ArrayList<>();
    List<Span> pieces = new ArrayList<>();
    int n = s.length();
    Mark open = null;
    int openAt = -1;
    int pieceStart = -1;
    int from = 0; // chars before this have been read already (a paragraph break and what followed)
    for (int k = 0; k < t.size(); k++) {
      int i = t.start(k);
      if (t.kind(k) != TextTokens.MARK || i < from) {
        continue;
      }
      char c = s.charAt(i);
      if (!isQuoteOrBreak(c)) {
        continue; // neither opens, closes nor breaks off a quotation: most marks
      }
      if (open == null) {
        Mark m = opening(s, i);
        if (m != null) {
          open = m;
          openAt = i;
          pieceStart = i + 1;
          pieces.clear();
        }
        continue;
      }
      if (c == '\n') {
        int j = i;
        while (j < n && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        if (j < n && opening(s, j) == open) {
          pieces.add(new Span(pieceStart, i)); // the quote goes on in the next paragraph
          pieceStart = j + 1;
          from = j + 1;
        } else {
          open = null; // never closed: not a quotation we can trust
          from = j;
        }
        continue;
      }
      if (closes(s, i, open)) {
        pieces.add(new Span(pieceStart, i));
        out.add(new Raw(openAt, i, List.copyOf(pieces)));
        open = null;
      } else if (opening(s, i) == open) {
        if (afterSentenceEnd(s, i)) {
          pieces.add(new Span(pieceStart, i)); // a new paragraph of the same quote, run together
        } else {
          openAt = i; // the earlier mark was never closed; start again here
          pieces.clear();
        }
        pieceStart = i + 1;
      }
    }
    return out;
  }

  /** Whether {@code c} is a line break or a mark {@link #opening} or {@link #closes} may accept. */
  static boolean isQuoteOrBreak(char c) {
    if (c < 128) {
      return c == '"' || c == '\'' || c == '\n';
    }
    return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u00AB'
        || c == '\u00BB';
  }

  /** The kind of quote the mark at {@code i} opens, or null. */
  static Mark opening(String s, int i) {
    char c = s.charAt(i);
    Mark m = c == '"' || c == '\u201C' || c == '\u00AB' ? Mark.DOUBLE
        : c == '\'' || c == '\u2018' ? Mark.SINGLE : null;
    if (m == null || i + 1 >= s.length()) {
      return null;
    }
    char next = s.charAt(i + 1);
    if (Character.isWhitespace(next)) {
      return null;
    }
    char prev = i == 0 ? ' ' : s.charAt(i - 1);
    boolean afterSpace = Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0
        || (m == Mark.SINGLE && (prev == '"' || prev == '\u201C'))
        || (m == Mark.DOUBLE && (prev == '\'' || prev == '\u2018'));
    if (!afterSpace) {
      return null;
    }
    if (m == Mark.SINGLE && Character.isDigit(next)) {
      return null; // '90s
    }
    return m;
  }

  /** Whether the mark at {@code i} closes a quote of kind {@code m}. */
  static boolean closes(String s, int i, Mark m) {
    char c = s.charAt(i);
    boolean kind = m == Mark.DOUBLE ? c == '"' || c == '\u201D' || c == '\u00BB' : c == '\'' || c == '\u2019';
    if (!kind || i == 0) {
      return false;
    }
    char prev = s.charAt(i - 1);
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (Character.isLetterOrDigit(next)) {
      return false; // an apostrophe inside a word
    }
    if (Character.isWhitespace(prev) && c != '\u201D' && c != '\u00BB') {
      return false;
    }
    if (m == Mark.SINGLE && (prev == 's' || prev == 'S') && next == ' ') {
      return !pluralPossessive(s, i + 2);
    }
    return true;
  }

  /** After "players' ", a lower-case word that is neither a pronoun nor a speech verb: "union". */
  private static boolean pluralPossessive(String s, int from) {
    int end = from;
    while (end < s.length() && end - from < 20 && Character.isLetter(s.charAt(end))) {
      end++;
    }
    if (end == from || !Character.isLowerCase(s.charAt(from))) {
      return false;
    }
    String w = s.substring(from, end);
    return !QuoteAttribution.isSpeechVerb(w) && !QuoteAttribution.isPronoun(w) && !w.equals("according");
  }

  /** The mark at {@code i} follows ". " or "? " and so opens a new sentence. */
  static boolean afterSentenceEnd(String s, int i) {
    int j = i - 1;
    while (j >= 0 && s.charAt(j) == ' ') {
      j--;
    }
    return j >= 0 && j < i - 1 && (s.charAt(j) == '.' || s.charAt(j) == '?' || s.charAt(j) == '!');
  }

  /**
   * Without an attribution, quoted words count as a quotation when they say something: four words or
   * more, not a title in Title Case ("The Thrill Is Gone"), and, for a fragment that starts in lower
   * case ("out of the question"), a clause's worth of words.
   */
  static boolean isQuotation(String words) {
    int n = Words.count(words);
    if (n < MIN_WORDS || words.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(words.charAt(0)) && n < MIN_FRAGMENT_WORDS) {
      return false;
    }
    int capitals = 0;
    int lower = 0;
    boolean atWord = true;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (atWord && Character.isLetter(c)) {
        if (Character.isUpperCase(c)) {
          capitals++;
        } else {
          lower++;
        }
      }
      atWord = Character.isWhitespace(c);
    }
    return capitals <= 2 * lower;
  }

  /**
   * With an attribution, a quotation may be short ("'No,' he said"), but then it must read as a whole
   * utterance: begin with a capital and end with punctuation inside the marks. "a 'thief'" does not.
   */
  static boolean isShortQuotation(String text, Raw r, String words) {
    if (Words.count(words) >= MIN_WORDS) {
      return true;
    }
    if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
      return false;
    }
    int e = r.close() - 1;
    while (e > r.open() && Character.isWhitespace(text.charAt(e))) {
      e--;
    }
    return ",.!?\u2026".indexOf(text.charAt(e)) >= 0;
  }

  /** The quoted words without the marks: paragraph pieces joined by a space, a trailing comma dropped. */
  static String quoted(String text, Raw r) {
    StringBuilder b = new StringBuilder();
    for (Span p : r.pieces()) {
      String s = p.of(text).toString().strip();
      if (!s.isEmpty()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(s);
      }
    }
    return stripTrailingComma(b.toString());
  }

  static Span innerSpan(String text, Raw r) {
    int s = r.pieces().get(0).start();
    int e = r.pieces().get(r.pieces().size() - 1).end();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  private static String stripTrailingComma(String s) {
    int e = s.length();
    while (e > 0 && (",;:".indexOf(s.charAt(e - 1)) >= 0 || Character.isWhitespace(s.charAt(e - 1)))) {
      e--;
    }
    return s.substring(0, e);
  }
}
