package dev.lede.clean;

import dev.lede.text.CalendarNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where a new sentence starts glued to the text before it with no full stop: the mark of a photo
 * caption or a sub-heading run into the text ("... to pay its bills He said ...", "... child
 * pornography Police in Maryland have ..."). Stateless and thread-safe.
 *
 * <p>A <em>strong</em> start is a word that begins sentences and almost never continues one (an
 * article, a pronoun: "The", "He") right after a lower-case word that is not a function word, and
 * followed by a lower-case word. A <em>weak</em> start is any capitalised word after such a word;
 * weak starts count only where other evidence says a caption is there.
 */
final class GluedStarts {
  private static final Set<String> FUNCTION = Lexicon.set("function-words.txt");
  private static final Set<String> NAME_WORDS = Lexicon.set("name-words.txt");
  private static final Set<String> CLOSED = new HashSet<>();
  private static final Set<String> OPEN = new HashSet<>();
  /** Starters allowed even after a capitalised word ("... Court of Appeal Millions of motorists"). */
  private static final Set<String> AFTER_CAPITAL = Set.of("the", "he", "she", "it", "they", "we", "his", "her",
      "their", "these", "those", "there", "but", "millions", "thousands", "hundreds", "dozens");
  /** Words that show "It" or "A" after a capitalised word is part of a name ("Faking It and ..."). */
  private static final Set<String> JOINERS = Set.of("and", "or", "of", "in", "on", "to", "for", "with", "at",
      "by", "from", "&");
  private static final Set<String> CONNECTIVES = Set.of("who", "whom", "whose", "which", "that", "and", "or",
      "to", "of", "as", "than", "&");
  private static final Set<String> PREPOSITIONS = Set.of("for", "with", "from", "at", "on", "in", "by", "into");
  private static final Set<String> TIME_WORDS = new java.util.HashSet<>();

  static {
    TIME_WORDS.addAll(CalendarNames.MONTHS);
    TIME_WORDS.addAll(CalendarNames.WEEKDAYS);
  }

  private static final Set<String> QUANTITIES = Set.of("millions", "thousands", "hundreds", "dozens", "scores");

  static {
    for (String line : Lexicon.lines("sentence-starters.txt")) {
      if (line.startsWith("closed:")) {
        CLOSED.add(line.substring(7));
      } else if (line.startsWith("open:")) {
        OPEN.add(line.substring(5));
      }
    }
  }

  /** {@link #CLOSED} and {@link #OPEN}: the starters, asked about a word in the text without copying it. */
  private static final AsciiWords STARTERS = new AsciiWords(CLOSED, OPEN);
  /** {@link #FUNCTION} and {@link #NAME_WORDS}: the words after which no start is glued. */
  private static final AsciiWords FUNCTION_OR_NAME = new AsciiWords(FUNCTION, NAME_WORDS);

  private GluedStarts() {}

  /** A glued sentence start: its offset and how sure it is ({@link #STRONG}, {@link #STARTER}, {@link #WEAK}). */
  record Start(int at, int rank) {}

  /** An article or pronoun before a lower-case word ("... bills He said"), or a dateline. */
  static final int STRONG = 3;
  /** An article or pronoun before anything ("... this week The 77th annual ..."). */
  static final int STARTER = 2;
  /** Any capitalised word after a lower-case word that is not a function word. */
  static final int WEAK = 1;

  /** The strong glued starts inside {@code s[from, to)}. */
  static List<Start> strong(String s, int from, int to) {
    return find(s, from, to, true);
  }

  /** All glued starts inside {@code s[from, to)}, each with its rank. */
  static List<Start> all(String s, int from, int to) {
    return find(s, from, to, false);
  }

  private static List<Start> find(String s, int from, int to, boolean strongOnly) {
    List<Start> out = new ArrayList<>();
    // walk the tokens keeping the previous one's bounds; look closer only at capitalised words
    int prevStart = -1;
    int prevEnd = -1;
    int i = from;
    while (i < to) {
      while (i < to && s.charAt(i) == ' ') {
        i++;
      }
      int st = i;
      while (i < to && s.charAt(i) != ' ') {
        i++;
      }
      if (i == st) {
        break;
      }
      if (prevStart >= 0 && startsCapitalised(s, st, i) && endsOpen(s, prevStart, prevEnd)) {
        int aheadEnd = Math.min(to, st + DatelineDetector.MAX_LENGTH);
        // a strong start needs a lower-case word next, and a dateline the quick test's yes: without
        // either, asking the word lists would change nothing
        int mayDateline = -1; // the quick test's answer once asked: 1 yes, 0 no
        if (strongOnly && !nextStartsLowerCase(s, i, to)) {
          mayDateline = DatelineDetector.mayOpen(s, st, aheadEnd) ? 1 : 0;
        }
        if (strongOnly && mayDateline < 0 && !isStarter(s, st, i)) {
          // a word that is no starter is never strong: only a dateline could start here, and where the
          // quick test rules one out, the function and name words need not be asked
          mayDateline = DatelineDetector.mayOpen(s, st, aheadEnd) ? 1 : 0;
        }
        if (mayDateline != 0) {
          if (!isFunctionOrName(s, prevStart, prevEnd)) {
            String word = stripOpening(s.substring(st, i));
            // a day or month ends a caption like a lower-case word does ("... on Saturday Wright (centre)")
            boolean prevCapital = Character.isUpperCase(firstLetter(s, prevStart, prevEnd))
                && !TIME_WORDS.contains(Prose.key(s.substring(prevStart, prevEnd)));
            String next = nextToken(s, i, to);
            if (isStrong(word, next, prevCapital)
                || (mayDateline < 0 ? DatelineDetector.mayOpen(s, st, aheadEnd) : mayDateline == 1)
                && DatelineDetector.match(s.substring(st, aheadEnd)) != null) {
              out.add(new Start(st, STRONG));
            } else if (!strongOnly && CLOSED.contains(word.toLowerCase(Locale.ROOT))
                && (!prevCapital || AFTER_CAPITAL.contains(word.toLowerCase(Locale.ROOT)))) {
              out.add(new Start(st, STARTER));
            } else if (!strongOnly && !prevCapital && !continuesPhrase(s, i, to)) {
              out.add(new Start(st, WEAK));
            }
          }
        }
      }
      prevStart = st;
      prevEnd = i;
    }
    return out;
  }

  /**
   * Whether the word at {@code s[st, end)}, without the opening quotes before it, is a starter ignoring
   * case: what looking its lower-cased copy up in {@link #CLOSED} and {@link #OPEN} says, with no copy
   * made for a word of ASCII chars.
   */
  static boolean isStarter(String s, int st, int end) {
    int k = st;
    while (k < end - 1 && Prose.isOpeningQuote(s.charAt(k)) && s.charAt(k) != '(' && s.charAt(k) != '[') {
      k++;
    }
    int found = STARTERS.find(s, k, end);
    if (found >= 0) {
      return found == 1;
    }
    String w = s.substring(k, end).toLowerCase(Locale.ROOT);
    return CLOSED.contains(w) || OPEN.contains(w);
  }

  /**
   * Whether the token {@code s[from, to)} is, as its {@link Prose#key}, a function word or a name word:
   * with no copy made for a token of ASCII chars.
   */
  static boolean isFunctionOrName(String s, int from, int to) {
    if (AsciiWords.isAscii(s, from, to)) {
      int a = from;
      while (a < to && !Character.isLetterOrDigit(s.charAt(a))) {
        a++;
      }
      int b = to;
      while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '+') {
        b--;
      }
      return FUNCTION_OR_NAME.find(s, a, b) == 1;
    }
    String key = Prose.key(s.substring(from, to));
    return FUNCTION.contains(key) || NAME_WORDS.contains(key);
  }

  /**
   * Whether the capitalised words from {@code i} on are followed by a word that continues a phrase
   * rather than a sentence: a relative pronoun, a conjunction or a preposition ("... instructor
   * Alexander Soumbadze who ...", "... beat Briton Ennis-Hill to gold").
   */
  private static boolean continuesPhrase(String s, int i, int to) {
    int k = i;
    int names = 1;
    while (true) {
      while (k < to && s.charAt(k) == ' ') {
        k++;
      }
      if (k >= to) {
        return false;
      }
      int st = k;
      while (k < to && s.charAt(k) != ' ') {
        k++;
      }
      String t = s.substring(st, k);
      if (t.endsWith(":") || t.startsWith("-") || t.startsWith("\u2014") || t.startsWith("\u2013")) {
        return false; // a dateline ("TOKYO: ...", "PARIS -- ...") starts the sentence
      }
      if (Character.isUpperCase(t.charAt(0)) && !t.endsWith(",")) {
        names++;
        continue; // still inside the name
      }
      String key = Prose.key(t);
      // "Shares in Solidere fell" starts a sentence; "Mila Kunis for $5,000" ends one
      return CONNECTIVES.contains(key) || names >= 2 && PREPOSITIONS.contains(key);
    }
  }

  private static boolean startsCapitalised(String s, int st, int end) {
    int k = st;
    while (k < end - 1 && Prose.isOpeningQuote(s.charAt(k)) && s.charAt(k) != '(' && s.charAt(k) != '[') {
      k++;
    }
    return Character.isUpperCase(s.charAt(k));
  }

  /** Whether {@link #nextToken} would start with a lower-case letter. */
  private static boolean nextStartsLowerCase(String s, int i, int to) {
    while (i < to && s.charAt(i) == ' ') {
      i++;
    }
    return i < to && Character.isLowerCase(s.charAt(i));
  }

  private static String nextToken(String s, int i, int to) {
    while (i < to && s.charAt(i) == ' ') {
      i++;
    }
    int st = i;
    while (i < to && s.charAt(i) != ' ') {
      i++;
    }
    return s.substring(st, i);
  }

  private static boolean isStrong(String word, String next, boolean prevCapital) {
    if (!Character.isUpperCase(word.charAt(0)) || word.length() > 1 && !isLowerTail(word)) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    boolean closed = CLOSED.contains(w);
    if (!closed && !(OPEN.contains(w) && !prevCapital)) {
      return false;
    }
    if (prevCapital && !AFTER_CAPITAL.contains(w)) {
      return false;
    }
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    if (QUANTITIES.contains(w)) {
      return next.equals("of");
    }
    if (w.equals("a") || w.equals("an")) {
      return !FUNCTION.contains(Prose.key(next)); // "vitamin A and", "category A of"
    }
    if (prevCapital && JOINERS.contains(Prose.key(next))) {
      return false; // "It's Now or Never", "Faking It and ..."
    }
    return true;
  }

  /** The word without the opening quotes before it ("'Although" reads as "Although"). */
  private static String stripOpening(String w) {
    int i = 0;
    while (i < w.length() - 1 && Prose.isOpeningQuote(w.charAt(i)) && w.charAt(i) != '(' && w.charAt(i) != '[') {
      i++;
    }
    return w.substring(i);
  }

  private static boolean isLowerTail(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a token can be followed by a glued start: it ends in a letter or digit, or in a closing
   * quote or bracket right after one (not after a full stop or comma).
   */
  private static boolean endsOpen(String s, int from, int to) {
    int i = to - 1;
    if (i < from) {
      return false;
    }
    char c = s.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return Character.isLowerCase(c) || Character.isDigit(c) || to - from > 1
          && Character.isUpperCase(firstLetter(s, from, to)) && hasLower(s, from, to);
    }
    if (Prose.isClosingQuote(c) && i > from) {
      return Character.isLetterOrDigit(s.charAt(i - 1));
    }
    return false;
  }

  private static boolean hasLower(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static char firstLetter(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  private static char firstLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return t.charAt(i);
      }
    }
    return ' ';
  }
}
