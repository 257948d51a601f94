package dev.lede.clean;

import dev.lede.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the headline: the first line when it reads as a headline rather than a sentence, or the
 * start of the first line when the headline is glued to the text with no separator (the seed's
 * "...international departmentSenior Communist..."). A first line that is a complete sentence is the
 * lead, not a title. A site name after the headline ("... - BBC News", "... | Reuters") is cut off as
 * chrome; repeats of the headline and headline-like decks right after it are removed too. Stateless and
 * thread-safe.
 */
final class TitleDetector {
  static final int MAX_WORDS = 20;
  /** Decks (standfirsts) after the title are shorter than this many words and never sentences. */
  static final int MAX_DECK_WORDS = 12;
  static final int MAX_CHARS = 220;
  /** A title ending in a question mark is a headline only when it is this short. */
  static final int MAX_QUESTION_WORDS = 10;
  /** Words that open a sentence of the text, never a headline question ("So what is ...?"). */
  private static final Set<String> CONJUNCTIONS = Set.of("so", "and", "but", "or", "yet", "nor", "then");
  private static final Set<String> SITE_WORDS = Lexicon.set("site-names.txt");
  private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "his",
      "her", "its", "their", "this", "these", "those", "there");
  /** Words a headline never ends on ("... of the", "... for"); particles ("drags on") may. */
  private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "at", "by", "to", "for",
      "with", "from", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whose", "if", "is", "was",
      "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "its",
      "his", "her", "their", "our", "your", "my", "this", "these", "those");
  private static final List<String> SEPARATORS = List.of(" | ", " || ", " :: ", " // ", " \u00BB ");

  void apply(Draft d) {
    if (d.paragraphs.size() < 2 && (d.paragraphs.isEmpty() || d.paragraphs.get(0).length() < 40)) {
      return;
    }
    Paragraph first = d.paragraphs.get(0);
    int chromeGlue = chromeGluedAt(first.text);
    if (chromeGlue > 0 && d.paragraphs.size() >= 2 && hasSentenceAfter(d)) {
      takeTitle(d, 0, chromeGlue, chromeGlue);
      d.drop(0, RemovalReason.CHROME);
      dropRepeatsAndDecks(d);
      return;
    }
    // a dateline line under the first line is evidence enough, even over a table of results
    // the first line is judged once for both readings (a wire headline may end in a full stop)
    int kind = d.paragraphs.size() >= 2 ? headlineKind(first.text) : NO_HEADLINE;
    if (kind != NO_HEADLINE && (headsWireCopy(d) || kind == HEADLINE && hasSentenceAfter(d))) {
      takeTitle(d, 0, first.length(), first.length());
      dropRepeatsAndDecks(d);
      return;
    }
    int[] glue = findGlue(d, first.text);
    if (glue != null) {
      takeTitle(d, 0, glue[0], glue[1]);
    }
  }

  /**
   * Where furniture glued to a headline line starts ("... win the MusidoraShare this with"), when the
   * line is a headline followed by a chrome line with no separator; else -1.
   */
  private static int chromeGluedAt(String s) {
    if (s.length() > MAX_CHARS + 120) {
      return -1;
    }
    for (int i = 3; i < s.length(); i++) {
      char p = s.charAt(i - 1);
      // a quote closing a word ("... 'iPod age'Updated 0914 GMT") is glue; one opening a word is not
      boolean closingQuote = (p == '\'' || p == '"' || p == '\u2019' || p == '\u201D')
          && Character.isLetterOrDigit(s.charAt(i - 2));
      // after a capital the split is ambiguous ("NASA has", "(AP Photo)"), unless furniture of two words or
      // more in capitals follows ("REVIEWS FOREIGN DEALSBY MARK LEE", "... TVRELATED ARTICLES")
      boolean capitalRun = Character.isUpperCase(p) && !(i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)));
      boolean glued = !Character.isWhitespace(p) && (!Prose.isOpeningQuote(p) || closingQuote);
      if (Character.isUpperCase(s.charAt(i)) && glued
          && (!capitalRun || Prose.wordCount(s.substring(i)) >= 2 && !Prose.hasLowerCase(s.substring(i)))
          && bracketsClosed(s, i) && isFurniture(s.substring(i)) && isHeadline(s.substring(0, i))
          && Prose.wordCount(s.substring(0, i)) >= 2) {
        return i;
      }
    }
    for (String sep : SEPARATORS) {
      int at = s.indexOf(sep);
      if (at > 0 && isFurniture(s.substring(at + sep.length())) && isHeadline(s.substring(0, at))) {
        return at; // "Title | Share on Facebook Share on Twitter"
      }
    }
    return -1;
  }

  /** Whether every bracket opened in {@code s[0, end)} is closed there: no split inside "(AP Photo)". */
  private static boolean bracketsClosed(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return depth == 0;
  }

  /**
   * A whole line of furniture: chrome, a related-headlines header, or nothing but a credit. (A caption
   * label is not: the caption and the text after it stay for the caption stage.)
   */
  private static boolean isFurniture(String rest) {
    if (ChromeDetector.isChromeLine(rest) || HeadlineListDetector.isHeader(rest)) {
      return true;
    }
    List<int[]> credits = CreditFinder.find(rest);
    return credits.size() == 1 && credits.get(0)[0] == 0 && credits.get(0)[1] >= rest.strip().length();
  }

  /**
   * Wire copy: the first line is the headline when a dateline line follows it, right after or after a
   * byline ("Larry Fine"), even when it ends with a full stop as Reuters headlines do ("Canada government
   * cash balances fall in week.").
   */
  private static boolean headsWireCopy(Draft d) {
    for (int k = 1; k < Math.min(3, d.paragraphs.size()); k++) {
      if (isDatelineLine(d, k)) {
        return true;
      }
      if (!isBylineName(d.paragraphs.get(k).text)) {
        return false;
      }
    }
    return false;
  }

  /** Whether paragraph {@code k} is a dateline on a line of its own (perhaps split over two lines). */
  static boolean isDatelineLine(Draft d, int k) {
    String line = d.paragraphs.get(k).text;
    if (ChromeDetector.isDateStamp(line)) {
      return false;
    }
    return DatelineLine.name(line) != null || DatelineLine.placeOnly(line) != null
        && k + 1 < d.paragraphs.size() && DatelineLine.isDateLine(d.paragraphs.get(k + 1).text);
  }

  /** A byline without "By": two to four capitalised words alone on a line ("Larry Fine"). */
  private static boolean isBylineName(String line) {
    if (line.length() > 40) {
      return false;
    }
    int words = Prose.wordCount(line, 5);
    if (words < 2 || words > 4 || Prose.endsSentence(line)) {
      return false;
    }
    for (String w : line.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line reads as a headline: short, one clause, not a finished sentence. */
  static boolean isHeadline(String s) {
    return isHeadline(s, false);
  }

  /**
   * Whether a line reads as a headline; with {@code fullStop}, a final full stop is allowed (wire
   * headlines). A line in capitals is never a sentence, so its full stop is always allowed.
   */
  static boolean isHeadline(String s, boolean fullStop) {
    return headlineKind(s) >= (fullStop ? WIRE_HEADLINE : HEADLINE);
  }

  /** {@link #headlineKind}: no headline. */
  static final int NO_HEADLINE = 0;
  /** {@link #headlineKind}: a headline only where a final full stop is allowed (wire headlines). */
  static final int WIRE_HEADLINE = 1;
  /** {@link #headlineKind}: a headline either way. */
  static final int HEADLINE = 2;

  /**
   * How {@code s} reads as a headline ({@link #NO_HEADLINE}, {@link #WIRE_HEADLINE} or
   * {@link #HEADLINE}): {@link #isHeadline(String, boolean)} for both readings from one look, as the
   * two differ only in a final full stop after lower-case words.
   */
  static int headlineKind(String s) {
    if (s.length() > MAX_CHARS) {
      return NO_HEADLINE; // before counting words: asked of whole paragraphs, most of them long
    }
    int words = Prose.wordCount(s, MAX_WORDS + 1);
    if (words < 2 || words > MAX_WORDS) {
      return NO_HEADLINE;
    }
    char c0 = s.charAt(0);
    if (",.;:)]}".indexOf(c0) >= 0
        || Character.isLowerCase(c0) && (s.length() < 2 || !Character.isUpperCase(s.charAt(1)))) {
      return NO_HEADLINE; // a fragment, not a headline ("iPhone sales soar" is fine)
    }
    if (!Prose.hasLetterOrDigit(s) || HeadlineListDetector.isBulleted(s) || HeadlineListDetector.isHeader(s)) {
      return NO_HEADLINE; // a bulleted line or a list header ("Related stories") is no headline
    }
    char last = s.charAt(s.length() - 1);
    if (last == ':' || last == ',' || last == ';' || last == '-' || last == '\u2014' || last == '\u2013') {
      return NO_HEADLINE;
    }
    int kind = HEADLINE;
    if (Prose.endsSentence(s)) {
      boolean ellipsis = s.endsWith("...") || s.endsWith("\u2026");
      char end = lastNonQuote(s);
      boolean question = end == '?' && isQuestionHeadline(s, words);
      if (!ellipsis && !question) {
        if (end != '.') {
          return NO_HEADLINE;
        }
        // a final full stop: allowed in wire headlines, and after a line in capitals, never a sentence
        kind = Prose.hasLowerCase(s) ? WIRE_HEADLINE : HEADLINE;
      }
    }
    // nor is a credit: asked last, as the search for one costs most and most lines fail the tests above
    return !hasInnerSentenceEnd(s) && !CaptionDetector.hasCredit(s) ? kind : NO_HEADLINE;
  }

  /**
   * A question is a headline when it is short and plain ("Will Tory tax cuts lift spirits?"); one that
   * opens with a conjunction or holds a comma is a sentence of the text ("So who, if anyone, is
   * playing politics with the security of the nation?").
   */
  private static boolean isQuestionHeadline(String s, int words) {
    if (words > MAX_QUESTION_WORDS || s.indexOf(',') >= 0) {
      return false;
    }
    int sp = s.indexOf(' ');
    String first = (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
    return !CONJUNCTIONS.contains(first);
  }

  private static char lastNonQuote(String s) {
    int i = s.length() - 1;
    while (i > 0 && Prose.isClosingQuote(s.charAt(i))) {
      i--;
    }
    return s.charAt(i);
  }

  /** "Word. Word" inside the line, where the word before the stop is not an abbreviation or initial. */
  private static boolean hasInnerSentenceEnd(String s) {
    for (int i = 2; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      boolean stop = c == '.' || c == '!' || c == '?';
      if (stop && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
          w--;
        }
        int len = i - w;
        boolean abbreviation = c == '.' && (len <= 2 || Character.isUpperCase(s.charAt(w)) && len <= 4);
        if (!abbreviation && Character.isLowerCase(s.charAt(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some paragraph after the first holds a finished sentence (so the first can be a title). */
  private static boolean hasSentenceAfter(Draft d) {
    int limit = Math.min(d.paragraphs.size(), 30);
    for (int i = 1; i < limit; i++) {
      String t = d.paragraphs.get(i).text;
      if (Prose.isSentence(t) || Prose.wordCount(t) >= 15 && Prose.hasLowerCase(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a headline glued to the text ends: a capitalised word stuck to the end of the previous one
   * ("departmentSenior", "2004British", "PROFITSBritish") or a separator such as " | ". Returns
   * {titleEnd, textStart}, or null when there is none.
   */
  static int[] findGlue(Draft d, String s) {
    int limit = Math.min(s.length(), MAX_CHARS);
    DatelineDetector.Match dateline = DatelineDetector.match(s);
    if (dateline != null) {
      return null; // "New Delhi, India (CNN)As the earth shook": a dateline, not a title
    }
    int[] best = null;
    for (String sep : SEPARATORS) {
      int at = s.indexOf(sep);
      if (at > 0 && at < limit && acceptable(s, at, at + sep.length()) && (best == null || at < best[0])) {
        best = new int[] {at, at + sep.length()};
      }
    }
    // a headline may run on through a site name into glued text: "Title | XinhuaArgentina and ..."
    int camelLimit = best == null ? limit : Math.min(s.length(), best[1] + 40);
    for (int i = 1; i < camelLimit; i++) {
      char before = s.charAt(i - 1);
      boolean afterStop = before == '?' || before == '\u2026'; // "...told the court?A German ..."
      if (!Character.isUpperCase(s.charAt(i)) || !isGluePoint(s, i) || !afterStop && !cleanWordAt(s, i)
          && !articleAfterWord(s, i)) {
        continue;
      }
      if (acceptable(s, i, i) && !tokenRecurs(d, s, i)) {
        return new int[] {i, i};
      }
    }
    return best;
  }

  private static boolean isGluePoint(String s, int i) {
    char p = s.charAt(i - 1);
    if (Character.isLowerCase(p)) {
      int run = 0;
      int k = i - 1;
      while (k >= 0 && (Character.isLowerCase(s.charAt(k)) || s.charAt(k) == '\'' || s.charAt(k) == '\u2019')) {
        run++;
        k--;
      }
      // "departmentSenior", "Sainsbury'sArgos", "head onTony"; not "McCoy", "iPhone", "YouTube" --
      // unless what follows plainly starts a sentence ("PCsThe body") or the headline is in Title Case
      // ("Man City 0-2 Man UtdManchester United")
      boolean tokenStart = k < 0 || Character.isWhitespace(s.charAt(k));
      return run >= 3 || run == 2 && tokenStart || startsSentenceAt(s, i) || run == 2 && titleCase(s, k + 1);
    }
    if (Character.isDigit(p) || p == '?' || p == '\u2026') {
      return true;
    }
    if (p == '"' || p == '\'' || p == '\u201D' || p == '\u2019' || p == ')') {
      // a closing quote or bracket, with its opening one earlier ("'Mac mini'Apple"), not an
      // apostrophe inside a word ("d'Italia")
      return i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2)) && opensBefore(s, i - 1, p);
    }
    // "PROFITSBritish": a capitalised word of three letters or more after a run of capitals ("ABCs" is
    // one word; "LAWA proposed" cannot be told from "NASA has")
    return Character.isUpperCase(p) && i >= 3 && (Character.isUpperCase(s.charAt(i - 2)) || s.charAt(i - 2) == '&')
        && i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 1)) && Character.isLowerCase(s.charAt(i + 2));
  }

  /** "The body", "A man", "He said": an article or pronoun then a lower-case word, at {@code i}. */
  private static boolean startsSentenceAt(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    String w = s.substring(i, j).toLowerCase(Locale.ROOT);
    return STARTERS.contains(w) && j + 1 < s.length() && s.charAt(j) == ' '
        && Character.isLowerCase(s.charAt(j + 1));
  }

  /** Whether the words of {@code s[0, end)} all start with a capital or a digit, four or more of them. */
  private static boolean titleCase(String s, int end) {
    String[] words = s.substring(0, Math.max(0, end)).trim().split(" ");
    if (words.length < 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensBefore(String s, int close, char c) {
    for (int k = close - 1; k >= 0; k--) {
      char o = s.charAt(k);
      boolean opening = switch (c) {
        case '"' -> o == '"' || o == '\u201C';
        case '\'' -> o == '\'' || o == '\u2018';
        case '\u201D' -> o == '\u201C' || o == '"';
        case '\u2019' -> o == '\u2018' || o == '\'';
        default -> o == '(';
      };
      if (opening && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word with a capital then lower-case letters only, or all capitals, of two letters or more, or
   * "A" before a lower-case word; never run on into digits ("7E7", "3G").
   */
  private static boolean cleanWordAt(String s, int i) {
    int j = i + 1;
    boolean lower = false;
    boolean upper = false;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      if (Character.isLowerCase(s.charAt(j))) {
        lower = true;
      } else if (lower) {
        return false; // "AppThe": another glue further on
      } else {
        upper = true;
      }
      j++;
    }
    if (j < s.length() && Character.isDigit(s.charAt(j))) {
      return false;
    }
    if (j == i + 1) {
      return s.charAt(i) == 'A' && j + 1 < s.length() && s.charAt(j) == ' '
          && Character.isLowerCase(s.charAt(j + 1))
          && !(i > 0 && Character.isUpperCase(s.charAt(i - 1)));
    }
    return !(lower && upper);
  }

  /**
   * "ReutersA Delaware father ...": the article "A" glued to a word of three lower-case letters or more,
   * before any word. (After a capital or a short word, "A" may be a grade or a name: "vitamin A".)
   */
  private static boolean articleAfterWord(String s, int i) {
    if (s.charAt(i) != 'A' || i < 3 || i + 2 >= s.length() || s.charAt(i + 1) != ' '
        || !Character.isLetter(s.charAt(i + 2))) {
      return false;
    }
    return Character.isLowerCase(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(i - 2))
        && Character.isLowerCase(s.charAt(i - 3));
  }

  /** The glued prefix reads as a headline and enough text follows. */
  private static boolean acceptable(String s, int titleEnd, int restStart) {
    String title = s.substring(0, titleEnd).strip();
    if (Prose.wordCount(title) < 3 || !Prose.hasWords(s, restStart, s.length(), 4) || !isHeadline(title)) {
      return false;
    }
    String lastWord = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return !DANGLING.contains(lastWord);
  }

  /**
   * Whether the token spanning the glue point ("PlayStation") appears again in the article: then it is
   * a word of its own, not a headline glued to the text.
   */
  private static boolean tokenRecurs(Draft d, String s, int i) {
    int a = i;
    while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
      a--;
    }
    int b = i;
    while (b < s.length() && Character.isLetterOrDigit(s.charAt(b))) {
      b++;
    }
    String token = s.substring(a, b);
    if (token.length() < 4) {
      return false;
    }
    int seen = 0;
    for (Paragraph p : d.paragraphs) {
      int from = 0;
      while ((from = p.text.indexOf(token, from)) >= 0) {
        if (++seen > 1) {
          return true;
        }
        from += token.length();
      }
    }
    return false;
  }

  /**
   * Takes {@code text[0, end)} of paragraph {@code index} as the title, cutting a trailing site name off
   * as chrome and a separator up to {@code restStart} with it.
   */
  private static void takeTitle(Draft d, int index, int end, int restStart) {
    Paragraph p = d.paragraphs.get(index);
    String raw = p.text.substring(0, end);
    int titleEnd = siteSuffixStart(raw);
    String title = raw.substring(0, titleEnd).strip();
    if (titleEnd < restStart && Prose.hasLetterOrDigit(p.text.substring(titleEnd, restStart))) {
      d.record(p, titleEnd, restStart, RemovalReason.CHROME);
    }
    d.record(p, 0, titleEnd, RemovalReason.TITLE);
    Paragraph rest = p.without(0, restStart);
    if (rest == null) {
      d.paragraphs.remove(index);
    } else {
      d.paragraphs.set(index, rest);
    }
    d.title = title;
  }

  /** Where a site name after the headline starts ("Title - BBC News", "Title | Reuters"), else the end. */
  static int siteSuffixStart(String t) {
    // the first bar after which every piece is short: "Title | World news | The Guardian"
    for (int bar = t.indexOf(" | "); bar > 0; bar = t.indexOf(" | ", bar + 3)) {
      if (Prose.wordCount(t.substring(0, bar)) >= 2 && shortPieces(t.substring(bar))) {
        return bar;
      }
    }
    for (String dash : List.of(" - ", " \u2014 ", " \u2013 ", " -- ")) {
      int at = t.lastIndexOf(dash);
      if (at <= 0) {
        continue;
      }
      String suffix = t.substring(at + dash.length()).strip();
      if (Prose.wordCount(suffix) > 4 || Prose.wordCount(t.substring(0, at)) < 2) {
        continue;
      }
      for (String w : Words.split(suffix.toLowerCase(Locale.ROOT), "")) {
        if (SITE_WORDS.contains(w) || isDomain(w)) {
          return at;
        }
      }
    }
    return t.length();
  }

  /** "cnn.com", "chinadaily.com.cn", "news.sky.com": letters and dots ending in a short top-level domain. */
  static boolean isDomain(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0 || w.length() - dot - 1 < 2 || w.length() - dot - 1 > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-') || c == '.' && i > 0 && w.charAt(i - 1) == '.') {
        return false;
      }
    }
    for (int i = dot + 1; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every piece of {@code suffix} between bars has at most five words, eight in all. */
  private static boolean shortPieces(String suffix) {
    if (Prose.wordCount(suffix.replace("|", " ")) > 8) {
      return false;
    }
    for (String piece : suffix.split("\\|")) {
      if (Prose.wordCount(piece) > 5) {
        return false;
      }
    }
    return true;
  }

  /** After the title: drop repeats of it, and up to two headline-like decks before the text. */
  private static void dropRepeatsAndDecks(Draft d) {
    String key = Skeleton.key(d.title);
    int decks = 0;
    while (!d.paragraphs.isEmpty()) {
      Paragraph p = d.paragraphs.get(0);
      if (isDatelineLine(d, 0) || d.paragraphs.size() > 1 && isDatelineLine(d, 1)) {
        return; // a dateline line, or a byline above one, is left to the dateline stage
      }
      if (Skeleton.keyEquals(p.text, 0, p.length(), key)
          || Skeleton.keyEquals(p.text, 0, siteSuffixStart(p.text), key)) {
        d.drop(0, RemovalReason.DUPLICATE);
        d.duplicateSegments++;
      } else if (decks < 2 && d.paragraphs.size() >= 2 && isHeadline(p.text) && !Prose.endsSentence(p.text)
          && Prose.wordCount(p.text) <= MAX_DECK_WORDS && hasSentenceAfter(d)) {
        d.drop(0, RemovalReason.CAPTION);
        decks++;
      } else {
        return;
      }
    }
  }
}
