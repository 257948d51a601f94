package dev.lede.clean;

import dev.lede.text.CalendarNames;
import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes page furniture: share widgets ("Share this with Email Facebook ... Copy this link"), print and
 * text-size buttons, fixed phrases ("Scroll down for video", "Advertisement", "Read more"), editor lines
 * ("(Web editor: ...)"), bylines, date stamps, breadcrumbs, lone e-mail addresses and links. Works on
 * whole lines and on runs inside a line that stand between sentences. Stateless and thread-safe.
 */
final class ChromeDetector {
  private static final Set<String> LINES = Lexicon.set("chrome-lines.txt");
  /** What may follow a date stamp's digits: "1st", "10am", "0914h". */
  private static final Set<String> NUMBER_ENDINGS = Set.of("st", "nd", "rd", "th", "am", "pm", "h");
  private static final int LONGEST_LINE = Prose.longest(LINES);
  private static final List<String> PREFIXES = Lexicon.lines("chrome-prefixes.txt");
  private static final int LONGEST_PREFIX = Prose.longest(PREFIXES);
  /** The prefixes by their first char, for a line whose opening is ASCII (none for any other char). */
  @SuppressWarnings("unchecked")
  private static final List<String>[] PREFIXES_BY_FIRST = new List[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      List<String> with = new ArrayList<>();
      for (String prefix : PREFIXES) {
        if (prefix.charAt(0) == c) {
          with.add(prefix);
        }
      }
      PREFIXES_BY_FIRST[c] = List.copyOf(with);
    }
  }
  private static final List<String> INLINE = longestFirst(Lexicon.lines("chrome-inline.txt"));
  private static final PhraseIndex INLINE_INDEX = new PhraseIndex(INLINE);
  private static final Set<String> STRONG = new HashSet<>();
  private static final Set<String> WEAK = new HashSet<>();
  private static final Set<String> DATE_WORDS = new HashSet<>();
  /** Time zones as news sites print them beside a time. */
  private static final Set<String> TIME_ZONES = Set.of("gmt", "bst", "utc", "et", "pt", "ct", "est", "edt",
      "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "eet", "ist", "jst", "kst", "hkt", "bjt", "sgt",
      "msk", "aest", "aedt", "awst", "nzst", "nzdt", "sast", "wat", "eat");
  private static final List<String> EDITOR_NOTES = List.of(
      "web editor", "editor:", "editors:", "edited by", "editing by", "reporting by", "writing by",
      "additional reporting", "compiled by", "translated by", "source:");
  /** Widget words that never end a widget: they start the sentence after it. */
  private static final Set<String> NOT_LAST = Set.of("the", "a", "this", "with", "on", "via", "x");
  private static final List<String> TRAILING_NOTES = List.of(
      "editor:", "editors:", "web editor:", "edited by ", "editing by ", "reporting by ", "writing by ",
      "additional reporting by ", "compiled by ", "translated by ", "source: ");
  /** The separators of {@link #isCompound} and {@link #isBreadcrumb}, each between two spaces. */
  static final String[] SPACED_BARS = {" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " \u2022 "};
  static final String[] SPACED_CRUMBS = {" > ", " \u00BB ", " / "};
  /** {@link #spacedMarks} bits. */
  static final int BAR = 1;
  static final int CRUMB = 2;
  /** Lines longer than this many words are never furniture by prefix. */
  private static final int PREFIX_MAX_WORDS = 25;

  static {
    for (String line : Lexicon.lines("share-widget.txt")) {
      if (line.startsWith("strong:")) {
        STRONG.add(line.substring(7));
      } else if (line.startsWith("weak:")) {
        WEAK.add(line.substring(5));
      }
    }
    DATE_WORDS.addAll(CalendarNames.MONTHS);
    DATE_WORDS.addAll(CalendarNames.MONTHS_SHORT);
    DATE_WORDS.addAll(CalendarNames.WEEKDAYS);
    DATE_WORDS.addAll(CalendarNames.WEEKDAYS_SHORT);
    DATE_WORDS.addAll(List.of("sept", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "et", "est", "edt",
        "cet", "cest", "pst", "pdt", "ist", "jst", "aest", "at", "on", "updated", "last", "published",
        "posted", "modified", "created", "date", "time"));
  }

  /** The strong share words, to ask a long paragraph whether it holds two of them in one pass. */
  private static final List<String> STRONG_WORDS = List.copyOf(STRONG);
  private static final PhraseIndex STRONG_INDEX = new PhraseIndex(STRONG_WORDS);

  void apply(Draft d) {
    for (int i = 0; i < d.paragraphs.size(); ) {
      Paragraph p = d.paragraphs.get(i);
      if (p.chromeFree || d.memo().chromeFree.contains(p.text)) {
        i++; // unchanged since a pass found nothing in it, or a text an earlier cleaning pass cleared
        continue;
      }
      if (isChromeLine(p.text)) {
        d.drop(i, RemovalReason.CHROME);
        continue;
      }
      Paragraph rest = stripInline(d, i);
      if (rest == p) {
        p.chromeFree = true;
        d.memo().chromeFree.add(p.text);
      }
      if (rest != null) {
        i++;
      }
    }
  }

  /** Whether a whole line is furniture. */
  static boolean isChromeLine(String line) {
    if (!Prose.hasLetterOrDigit(line)) {
      return true;
    }
    if (HeadlineListDetector.isHeader(line)) {
      return false; // left to the headline lists, which also take the headlines after it
    }
    if (Prose.keySpan(line) <= LONGEST_LINE && LINES.contains(Prose.key(line)) || LINES.contains(lettersKey(line))) {
      return true;
    }
    if (opensWithPrefix(stripBullet(line)) && Prose.wordCount(line, PREFIX_MAX_WORDS + 1) <= PREFIX_MAX_WORDS) {
      return true;
    }
    if (line.length() > 400) {
      return false; // furniture lines are short; this keeps a 5 MB single line cheap
    }
    int spaced = spacedMarks(line); // one pass for both tests that need a separator between spaces
    return isShareLine(line) || isByline(line) || isDateStamp(line) || isAddress(line)
        || (spaced & CRUMB) != 0 && isBreadcrumb(line) || ReaderPrompt.is(line)
        || (spaced & BAR) != 0 && isCompound(line);
  }

  /**
   * Whether {@code s}, lower-cased, starts with one of the {@link #PREFIXES}. Where the chars a prefix
   * can reach are ASCII, whose lower case is one char for one and needs no context, they are folded in
   * place and only the prefixes with the same first char are tried; beyond ASCII the line is lower-cased
   * whole, as before (lower case may change a string's length there).
   */
  static boolean opensWithPrefix(String s) {
    int reach = Math.min(s.length(), LONGEST_PREFIX);
    for (int k = 0; k < reach; k++) {
      if (s.charAt(k) >= 0x80) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
          if (lower.startsWith(prefix)) {
            return true;
          }
        }
        return false;
      }
    }
    if (s.isEmpty()) {
      return false;
    }
    for (String prefix : PREFIXES_BY_FIRST[Words.asciiLower(s.charAt(0))]) {
      if (prefix.length() <= s.length() && asciiStartsWith(s, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} starts with {@code lower} once its ASCII capitals are lower-cased. */
  private static boolean asciiStartsWith(String s, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Words.asciiLower(s.charAt(k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Pieces of furniture strung together with bars or dashes: "By Jane Doe | Published: 3 March 2015 |
   * Updated: 14:10 EST", "Advertisement - Continue Reading Below". Every piece must be furniture, a
   * byline, a time stamp or a news agency's name.
   */
  static boolean isCompound(String line) {
    if (!hasAny(line, SPACED_BARS)) {
      return false; // no bar between spaces: one piece (most paragraphs, ruled out at the speed of indexOf)
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 1; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      boolean bar = (c == '|' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u00B7' || c == '\u2022')
          && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ';
      if (bar) {
        pieces.add(line.substring(from, i).strip());
        from = i + 1;
      }
    }
    if (pieces.isEmpty()) {
      return false;
    }
    pieces.add(line.substring(from).strip());
    for (String piece : pieces) {
      if (piece.isEmpty() || !(isChromeLine(piece) || CreditFinder.AGENCIES.contains(Prose.key(piece)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The line's words, lower-cased, without digits or punctuation: "Comments (12)", "- Advertisement -"
   * and "Read more »" read as "comments", "advertisement", "read more".
   */
  static String lettersKey(String line) {
    if (line.length() > 100) {
      return "";
    }
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        b.append(Character.toLowerCase(c));
      } else if (c == ' ' || c == '\'' || c == '\u2019') {
        if (c == ' ' && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        } else if (c != ' ') {
          b.append('\'');
        }
      }
    }
    return b.toString().strip();
  }

  /** The line without leading bullets, dashes and bars ("• Headline", "- Headline"). */
  static String stripBullet(String line) {
    int i = 0;
    while (i < line.length() && "•·*->»|–— ".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return line.substring(i);
  }

  private static boolean isShareLine(String line) {
    int strong = 0;
    for (int from = 0; from <= line.length(); ) { // the tokens between single spaces, stopping at prose
      int to = line.indexOf(' ', from);
      to = to < 0 ? line.length() : to;
      int c = shareClass(line.substring(from, to));
      from = to + 1;
      if (c < 0) {
        return false;
      }
      if (c == 2) {
        strong++;
      }
    }
    return strong > 0;
  }

  /** 2 for a strong share word, 1 for a weak one or a separator, -1 otherwise. */
  private static int shareClass(String tok) {
    if (tok.isEmpty() || "|•·/>»:".contains(tok)) {
      return 1;
    }
    String k = tok.toLowerCase(Locale.ROOT);
    // a trailing colon ("Share:") or separator belongs to the widget; other punctuation is prose
    while (!k.isEmpty() && "|:•·".indexOf(k.charAt(k.length() - 1)) >= 0) {
      k = k.substring(0, k.length() - 1);
    }
    if (STRONG.contains(k)) {
      return 2;
    }
    if (WEAK.contains(k)) {
      return 1;
    }
    // share counts next to the buttons ("Facebook 12")
    return !k.isEmpty() && DatelineDetector.allDigits(k, 0, k.length()) ? 1 : -1;
  }

  /** "By Jane Smith", "By Danny ShawBBC home affairs correspondent", a lone "By". */
  static boolean isByline(String line) {
    if (!(line.startsWith("By ") || line.startsWith("BY ") || line.equals("By") || line.equals("BY"))) {
      return false;
    }
    if (line.length() <= 3) {
      return true;
    }
    char first = line.charAt(3);
    int words = Prose.wordCount(line);
    return Character.isUpperCase(first) && words <= 12 && !Prose.endsSentence(line);
  }

  /**
   * "18 March 2014 Last updated at 09:22 GMT", "Mon 18 Jan 2021 10.32", "03-03-2015 09:12 BJT",
   * "Updated 0914 GMT (1714 HKT) March 3, 2015": numbers with a month, a weekday or a whole date, and
   * nothing else but time words and time zones.
   */
  static boolean isDateStamp(String line) {
    if (moreWordsThan(line, 12)) { // prose: skip the split (this is asked of every paragraph)
      return false;
    }
    String[] toks = Words.split(line, ",|");
    if (toks.length > 12) {
      return false;
    }
    boolean number = false;
    boolean dateWord = false;
    for (String t : toks) {
      String k = Prose.key(t);
      if (k.isEmpty()) {
        continue;
      }
      if (Character.isDigit(k.charAt(0))) {
        int seps = 0;
        for (int i = 0; i < k.length(); i++) {
          char c = k.charAt(i);
          if (c == '/' || c == '-') {
            seps++;
          }
          if (!(Character.isDigit(c) || c == ':' || c == '.' || c == '/' || c == '-')
              && !NUMBER_ENDINGS.contains(k.substring(i))) {
            return false;
          }
        }
        number = true;
        // "03-03-2015 09:12", "3/3/15 10am": a whole date beside a time (a date alone may be a wire dateline's)
        dateWord |= seps == 2 && toks.length > 1;
      } else if (DATE_WORDS.contains(k)) {
        dateWord = true;
      } else if (!isTimeZone(t)) {
        return false;
      }
    }
    return number && dateWord;
  }

  /** Whether {@code line} has more than {@code max} runs of chars other than whitespace, ',' and '|'. */
  private static boolean moreWordsThan(String line, int max) {
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean sep = c == ' ' || c == ',' || c == '|' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
          || c == '\u000B';
      if (!sep && !inRun && ++runs > max) {
        return true;
      }
      inRun = !sep;
    }
    return false;
  }

  /**
   * "GMT", "(HKT)", "BJT", "ET": a time zone's abbreviation, written in capitals. A fixed list, as a
   * place in capitals ("NEW YORK 1996-08-30") is a wire dateline, not a time stamp.
   */
  private static boolean isTimeZone(String t) {
    if (!TIME_ZONES.contains(Prose.key(t))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false; // "et" is a word in French copy; "Est" opens a name
      }
    }
    return true;
  }

  /** Whether {@code line} holds one of {@code needles}. */
  static boolean hasAny(String line, String[] needles) {
    // every needle is one char between two spaces: one pass from space to space finds any of them
    for (int i = line.indexOf(' '); i >= 0 && i + 2 < line.length(); i = line.indexOf(' ', i + 1)) {
      if (line.charAt(i + 2) == ' ' && middleOf(needles, line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which separators between spaces {@code line} holds: {@link #BAR} when {@code hasAny(line, SPACED_BARS)},
   * {@link #CRUMB} when {@code hasAny(line, SPACED_CRUMBS)}, told in one pass.
   */
  static int spacedMarks(String line) {
    int marks = 0;
    for (int i = line.indexOf(' '); i >= 0 && i + 2 < line.length(); i = line.indexOf(' ', i + 1)) {
      if (line.charAt(i + 2) == ' ') {
        char c = line.charAt(i + 1);
        marks |= (middleOf(SPACED_BARS, c) ? BAR : 0) | (middleOf(SPACED_CRUMBS, c) ? CRUMB : 0);
      }
    }
    return marks;
  }

  private static boolean middleOf(String[] needles, char c) {
    for (String needle : needles) {
      if (needle.charAt(1) == c) {
        return true;
      }
    }
    return false;
  }

  /** A lone e-mail address or web link. */
  private static boolean isAddress(String line) {
    if (line.indexOf(' ') >= 0) {
      return false;
    }
    String l = line.toLowerCase(Locale.ROOT);
    return (l.indexOf('@') > 0 && l.indexOf('.', l.indexOf('@')) > 0)
        || l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.");
  }

  /** "Home > News > World". */
  private static boolean isBreadcrumb(String line) {
    if (!hasAny(line, SPACED_CRUMBS)) {
      return false;
    }
    int seps = 0;
    for (int i = 1; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '>' || c == '\u00BB' || c == '/') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
        seps++;
      }
    }
    return seps >= 2 && Prose.wordCount(line) <= 14 && !Prose.endsSentence(line);
  }

  /**
   * Removes furniture inside paragraph {@code index}: share-widget runs, editor notes in brackets and
   * fixed phrases between sentences. Returns what is left of the paragraph, or null.
   */
  private Paragraph stripInline(Draft d, int index) {
    String s = d.paragraphs.get(index).text;
    List<Cut> cuts = new ArrayList<>();
    if (mayHoldShareRun(s)) {
      for (int[] r : findShareRuns(s)) {
        cuts.add(new Cut(r[0], r[1], RemovalReason.CHROME));
      }
    }
    for (int[] r : findEditorNotes(s)) {
      cuts.add(new Cut(r[0], r[1], RemovalReason.CHROME));
    }
    for (int[] r : findInlinePhrases(s)) {
      cuts.add(new Cut(r[0], r[1], RemovalReason.CHROME));
    }
    int[] note = findTrailingNote(s);
    if (note != null) {
      cuts.add(new Cut(note[0], note[1], RemovalReason.CHROME));
    }
    return d.cutAll(index, cuts);
  }

  /**
   * A quick test, false only when {@link #findShareRuns} finds nothing: a share run needs two tokens that
   * are strong share words ({@link #shareClass} 2), which plain prose mostly lacks. Only token starts are
   * tried, so a paragraph costs a table look-up per word. A long paragraph must also hold two different
   * strong words anywhere, as this test has always asked of it.
   */
  private static boolean mayHoldShareRun(String s) {
    int tokens = 0;
    for (int i = 0; i < s.length() && tokens < 2; i = afterNextSpace(s, i)) {
      if (isStrongTokenAt(s, i)) {
        tokens++;
      }
    }
    if (tokens < 2) {
      return false;
    }
    return s.length() < 400 || STRONG_INDEX.present(s, 2).size() >= 2;
  }

  /**
   * Whether the token at {@code i} may be a strong share word: one of them, ignoring case, followed by
   * nothing but the separators {@link #shareClass} strips ("Share:", "Facebook|") up to a space or the
   * end.
   */
  private static boolean isStrongTokenAt(String s, int i) {
    int[] candidates = STRONG_INDEX.candidates(s, i, s.length());
    if (candidates == null) {
      return false;
    }
    for (int k : candidates) {
      String word = STRONG_WORDS.get(k);
      if (Prose.matchesAt(s, i, word)) {
        int j = i + word.length();
        while (j < s.length() && "|:\u2022\u00B7".indexOf(s.charAt(j)) >= 0) {
          j++;
        }
        if (j == s.length() || s.charAt(j) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  /** A run of at least three share-widget words with two strong ones, standing between sentences. */
  static List<int[]> findShareRuns(String s) {
    List<int[]> out = new ArrayList<>();
    List<int[]> toks = tokens(s);
    int i = 0;
    while (i < toks.size()) {
      int[] t = toks.get(i);
      if (shareClass(s.substring(t[0], t[1])) < 0 || !Prose.sentenceStartsAt(s, t[0])) {
        i++;
        continue;
      }
      int j = i;
      while (j < toks.size() && shareClass(s.substring(toks.get(j)[0], toks.get(j)[1])) >= 0) {
        j++;
      }
      // shrink from the right until a new sentence (or the end) follows the run
      for (int e = j; e > i; e--) {
        int end = toks.get(e - 1)[1];
        String lastWord = s.substring(toks.get(e - 1)[0], end).toLowerCase(Locale.ROOT);
        if (!Prose.sentenceFollowsAt(s, end) || NOT_LAST.contains(lastWord)) {
          continue; // "... Small The US trade deficit": "The" starts the text, not the widget
        }
        int strong = 0;
        for (int k = i; k < e; k++) {
          if (shareClass(s.substring(toks.get(k)[0], toks.get(k)[1])) == 2) {
            strong++;
          }
        }
        if (strong >= 2 && e - i >= 3) {
          out.add(new int[] {t[0], end});
        }
        break;
      }
      i = j + 1;
    }
    return out;
  }

  /** "(Web editor: Li Yan)", "[Editor: X]", "(Reporting by X; Editing by Y)". */
  static List<int[]> findEditorNotes(String s) {
    List<int[]> out = new ArrayList<>();
    // jump from bracket to bracket (indexOf is far faster than a loop over every char); each kind's
    // next position is searched again only once passed, so the whole is one pass per kind
    int paren = s.indexOf('(');
    int square = s.indexOf('[');
    for (int i = 0; i < s.length(); i++) {
      if (paren >= 0 && paren < i) {
        paren = s.indexOf('(', i);
      }
      if (square >= 0 && square < i) {
        square = s.indexOf('[', i);
      }
      if (paren < 0 && square < 0) {
        break;
      }
      i = paren < 0 ? square : square < 0 ? paren : Math.min(paren, square);
      int end = closingBracket(s, i, 160);
      if (end < 0) {
        continue;
      }
      String inner = s.substring(i + 1, end).strip().toLowerCase(Locale.ROOT);
      for (String note : EDITOR_NOTES) {
        if (inner.startsWith(note)) {
          out.add(new int[] {i, end + 1});
          i = end;
          break;
        }
      }
    }
    return out;
  }

  /**
   * An editor note or byline closing a paragraph after its last sentence: "... said. Editor: Liu Mei",
   * "... on Monday. Edited by Mark Jones", "... done. By John Smith".
   */
  static int[] findTrailingNote(String s) {
    if (Prose.endsSentence(s)) {
      return null; // the last sentence is finished (the test on the tail below reads the same chars)
    }
    int start = -1;
    for (int i = s.length() - 1; i >= Math.max(1, s.length() - 120); i--) {
      if (Character.isUpperCase(s.charAt(i)) && Prose.sentenceStartsAt(s, i)) {
        start = i; // the last sentence start: the note is what closes the paragraph
        break;
      }
    }
    if (start <= 0) {
      return null;
    }
    String tail = s.substring(start);
    String lower = tail.toLowerCase(Locale.ROOT);
    if (Prose.wordCount(tail) > 12 || Prose.endsSentence(tail)) {
      return null;
    }
    for (String note : TRAILING_NOTES) {
      if (lower.startsWith(note)) {
        return new int[] {start, s.length()};
      }
    }
    return isByline(tail) ? new int[] {start, s.length()} : null;
  }

  /** The index of the bracket closing the one at {@code open}, looking at most {@code max} chars on. */
  static int closingBracket(String s, int open, int max) {
    char close = s.charAt(open) == '(' ? ')' : ']';
    int limit = Math.min(s.length(), open + max);
    for (int j = open + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == close) {
        return j;
      }
      if (c == '(' || c == '[') {
        return -1;
      }
    }
    return -1;
  }

  /** A fixed furniture phrase ("Advertisement", "Scroll down for video") standing between sentences. */
  static List<int[]> findInlinePhrases(String s) {
    List<int[]> out = new ArrayList<>();
    // a sentence starts at 0 or after a space: go from space to space, and try only the phrases that
    // the index lets through at that char (in the list's order, as before)
    for (int i = 0; i < s.length(); i = afterNextSpace(s, i)) {
      if (!Character.isUpperCase(s.charAt(i)) || !Prose.sentenceStartsAt(s, i)) {
        continue;
      }
      int[] candidates = INLINE_INDEX.candidates(s, i, s.length());
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        String phrase = INLINE.get(k);
        if (Prose.matchesAt(s, i, phrase)) {
          int end = i + phrase.length();
          while (end < s.length() && (s.charAt(end) == ':' || s.charAt(end) == '.')) {
            end++;
          }
          if (Prose.sentenceFollowsAt(s, end)) {
            out.add(new int[] {i, end});
            i = end;
            break;
          }
        }
      }
    }
    return out;
  }

  /** The index after the first space at or after {@code i}, or the length of {@code s} when there is none. */
  private static int afterNextSpace(String s, int i) {
    int space = s.indexOf(' ', i);
    return space < 0 ? s.length() : space + 1;
  }

  static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      int st = i;
      while (i < n && s.charAt(i) != ' ') {
        i++;
      }
      if (i > st) {
        out.add(new int[] {st, i});
      }
    }
    return out;
  }

  private static List<String> longestFirst(List<String> phrases) {
    return Lexicon.longestFirst(phrases);
  }
}
