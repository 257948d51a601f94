package dev.lede.clean;

import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds photo and agency credits in a paragraph: bracketed ("[Photo/Xinhua]", "(Photo: Reuters)",
 * "(AP Photo/Evan Vucci)", "(Getty Images)"), labelled ("Image copyright AFP", "Photo: Reuters",
 * "Picture by John Smith/PA"), agency-slash-photographer ("REUTERS/Kevin Lamarque") and a bare
 * photo-service name closing a caption ("... at the rally Getty Images"). An agency in brackets at the
 * start of a paragraph or before a dash is a dateline ("LONDON (Reuters) -", "(CNN)"), not a credit.
 * Stateless and thread-safe.
 */
final class CreditFinder {
  static final Set<String> AGENCIES = Lexicon.set("credit-sources.txt");
  static final Set<String> CREDIT_WORDS = Lexicon.set("credit-words.txt");
  private static final int MAX_BRACKET = 100;
  /** Spans by start; a class, not a lambda, whose bootstrap would cost a cold start. */
  private static final Comparator<int[]> BY_START = new Comparator<>() {
    @Override
    public int compare(int[] x, int[] y) {
      return Integer.compare(x[0], y[0]);
    }
  };
  /** Labels that open an unbracketed credit, longest first. */
  static final List<String> LABELS = List.of(
      "image copyright", "image source,", "image source:", "image source", "photo credit:",
      "picture credit:", "image credit:", "photograph by", "photographs by", "photo by", "photos by",
      "picture by", "pictures by", "pic by", "images by", "photograph:", "photographs:", "photo:",
      "photos:", "picture:", "pictures:", "pic:", "pics:", "image:", "images:", "credit:", "copyright:",
      "\u00A9");
  private static final PhraseIndex LABEL_INDEX = new PhraseIndex(LABELS);
  /**
   * Every char a label can open with in {@link #labelled}: a capital whose lower case opens a label
   * ("I", "P", "C", and the dotted capital I, whose lower case is "i"), or the copyright sign.
   * CreditFinderQuickTestTest checks it against every char.
   */
  static final String LABEL_OPENERS = "IPC\u0130\u00A9";
  /** Photo services whose bare name can close a caption; unlike news agencies they never write news. */
  static final List<String> PHOTO_SERVICES = longestFirst(List.of(
      "getty images", "shutterstock", "alamy", "istock", "istockphoto", "rex features", "rex/shutterstock",
      "pa wire", "afp/getty images", "afp via getty images", "getty", "corbis", "science photo library"));
  private static final PhraseIndex SERVICE_INDEX = new PhraseIndex(PHOTO_SERVICES);
  /**
   * The capitals a photo service's name can open with where {@link #mayNameService} looks: the capital
   * of each name's first letter (the dotted capital I is handled before, and no name opens with a k,
   * whose capital has a twin beyond ASCII, the Kelvin sign). CreditFinderQuickTestTest checks it
   * against every char.
   */
  static final String SERVICE_OPENERS = serviceOpeners();

  private CreditFinder() {}

  /** Every credit in {@code s}, as sorted, non-overlapping {start, end} ranges. */
  static List<int[]> find(String s) {
    List<int[]> out = new ArrayList<>();
    if (isCreditLine(s)) {
      out.add(new int[] {0, s.length()});
      return out;
    }
    if (mayHoldMarkedCredit(s)) {
      scanMarked(s, out);
    }
    for (int[] bare : bareServices(s)) {
      boolean overlaps = false;
      for (int[] o : out) {
        overlaps |= o[0] < bare[1] && bare[0] < o[1];
      }
      if (!overlaps) {
        out.add(bare);
      }
    }
    out.sort(BY_START);
    return out;
  }

  /**
   * A quick test, false only when {@link #scanMarked} finds nothing: it takes a credit only at a bracket,
   * beside a slash, or at a label, whose first char is one of {@link #LABEL_OPENERS} at a word start
   * (a capital, as {@link #labelled} asks). Most paragraphs hold none of these, and a few string searches
   * rule them out instead of a stop at every word.
   */
  static boolean mayHoldMarkedCredit(String s) {
    if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0 || s.indexOf('/') >= 0) {
      return true;
    }
    int n = s.length();
    for (int k = 0; k < LABEL_OPENERS.length(); k++) {
      for (int i = s.indexOf(LABEL_OPENERS.charAt(k)); i >= 0; i = s.indexOf(LABEL_OPENERS.charAt(k), i + 1)) {
        if ((i == 0 || s.charAt(i - 1) == ' ') && LABEL_INDEX.candidates(s, i, n) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Bracketed, labelled and slashed credits, added to {@code out} in text order. A credit opens only at
   * a bracket, at a word start with a char a label opens with ({@link #LABEL_OPENERS}), or at the start
   * of a word with a slash after its first char: the scan goes from one such place to the next, found by
   * string searches, not from word to word (CreditFinderQuickTestTest holds it to the word-by-word scan).
   */
  static void scanMarked(String s, List<int[]> out) {
    boolean slashes = s.indexOf('/') >= 0; // "REUTERS/Kevin Lamarque" needs one
    int n = s.length();
    int nextBracket = nextBracket(s, 0);
    int[] nextOpener = new int[LABEL_OPENERS.length()];
    for (int k = 0; k < nextOpener.length; k++) {
      nextOpener[k] = nextWordStartWith(s, LABEL_OPENERS.charAt(k), 0);
    }
    int nextSlashed = slashes ? nextSlashedWord(s, 0) : n;
    int i = 0;
    while (true) {
      if (nextBracket < i) {
        nextBracket = nextBracket(s, i);
      }
      int at = nextBracket;
      for (int k = 0; k < nextOpener.length; k++) {
        if (nextOpener[k] < i) {
          nextOpener[k] = nextWordStartWith(s, LABEL_OPENERS.charAt(k), i);
        }
        at = Math.min(at, nextOpener[k]);
      }
      if (nextSlashed < i) {
        nextSlashed = nextSlashedWord(s, i);
      }
      at = Math.min(at, nextSlashed);
      if (at >= n) {
        return;
      }
      char c = s.charAt(at);
      int[] hit = null;
      if (c == '(' || c == '[') {
        hit = bracketed(s, at);
      } else if (Character.isLetter(c) || c == '\u00A9') {
        // a word start: a label's opener, or a word with a slash
        hit = labelled(s, at);
        if (hit == null && slashes) {
          hit = slashed(s, at);
        }
      }
      if (hit != null) {
        out.add(hit);
      }
      i = hit != null ? hit[1] : at + 1;
    }
  }

  /** The first word start at or after {@code from} (the first char, or one after a space) holding {@code c}, or the length. */
  private static int nextWordStartWith(String s, char c, int from) {
    for (int i = s.indexOf(c, from); i >= 0; i = s.indexOf(c, i + 1)) {
      if (i == 0 || s.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return s.length();
  }

  /**
   * The first word start at or after {@code from} whose word (up to the next space) has a slash after
   * its first char, as {@link #slashed} needs; or the length of {@code s}.
   */
  private static int nextSlashedWord(String s, int from) {
    int p = s.indexOf('/', from);
    while (p >= 0) {
      int w = s.lastIndexOf(' ', p) + 1; // the start of the word holding the slash
      if (w >= from && p > w) {
        return w; // p is the word's first slash: none lies between from and p
      }
      // the word opened before from, or with its slash: no start in it is wanted; go past it
      int space = s.indexOf(' ', p);
      if (space < 0) {
        break;
      }
      p = s.indexOf('/', space + 1);
    }
    return s.length();
  }

  /** The first '(' or '[' at or after {@code from}, or the length of {@code s}. */
  private static int nextBracket(String s, int from) {
    int round = s.indexOf('(', from);
    int square = s.indexOf('[', from);
    int n = s.length();
    return Math.min(round < 0 ? n : round, square < 0 ? n : square);
  }

  /**
   * A line that is nothing but a credit: "AFP Photo", "AP Photo/Evan Vucci", "File photo", "Photo
   * courtesy of the family", "Getty Images".
   */
  private static boolean isCreditLine(String s) {
    if (s.length() > 60 || Prose.wordCount(s) > 6) {
      return false;
    }
    String lower = s.strip().toLowerCase(Locale.ROOT);
    // an agency's name alone on a line between paragraphs ("AFP", "Getty Images") credits a photo
    return !lower.isEmpty() && Character.isUpperCase(s.strip().charAt(0))
        && (creditByWord(lower) || AGENCIES.contains(Prose.key(lower)) || PHOTO_SERVICES.contains(Prose.key(lower)));
  }

  /** Whether {@code s} holds a credit. */
  static boolean has(String s) {
    return !find(s).isEmpty();
  }

  static int[] bracketed(String s, int i) {
    int end = ChromeDetector.closingBracket(s, i, MAX_BRACKET);
    if (end < 0) {
      return null;
    }
    String inner = s.substring(i + 1, end).strip();
    String lower = inner.toLowerCase(Locale.ROOT);
    if (inner.isEmpty() || Prose.wordCount(inner) > 10) {
      return null;
    }
    if (creditByWord(lower)) {
      return new int[] {i, end + 1};
    }
    if (isAgencyName(lower) && !datelinePosition(s, i, end) && !abbreviates(s, i, inner)) {
      return new int[] {i, end + 1};
    }
    return null;
  }

  /**
   * Whether {@code inner}, in brackets at {@code open}, abbreviates the capitalised words right before
   * it: "the British Broadcasting Corporation (BBC)", "Agence France-Presse (AFP)" name the agency in
   * a sentence, they credit no photo.
   */
  static boolean abbreviates(String s, int open, String inner) {
    if (inner.length() < 2 || inner.length() > 8 || Prose.hasLowerCase(inner)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    int i = open;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    // walk back over the words before the bracket, collecting their initials, last word first
    while (i > 0 && initials.length() < inner.length()) {
      int end = i;
      while (i > 0 && s.charAt(i - 1) != ' ') {
        i--;
      }
      String word = s.substring(i, end);
      if (word.isEmpty()) {
        break;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!(lower.equals("of") || lower.equals("and") || lower.equals("for") || lower.equals("&")
          || lower.equals("the") && initials.length() > 0)) {
        String[] parts = word.split("-");
        for (int k = parts.length - 1; k >= 0; k--) {
          if (parts[k].isEmpty() || !Character.isUpperCase(parts[k].charAt(0))) {
            return false;
          }
          initials.insert(0, parts[k].charAt(0));
        }
      }
      while (i > 0 && s.charAt(i - 1) == ' ') {
        i--;
      }
    }
    return initials.toString().equals(inner.replace(".", ""));
  }

  /**
   * "Photo: X", "Photo/Xinhua", "Photo by X", "Photo courtesy of X", "File photo", "AP Photo",
   * "Reuters photo", "AP Photo/Evan Vucci": a credit word leading a label, or a few words that are all
   * credit words and agencies, or a slash beside a credit word or an agency.
   */
  private static boolean creditByWord(String lower) {
    String[] toks = Words.split(lower, "/:,;");
    if (toks.length == 0 || toks[0].isEmpty()) {
      return false;
    }
    String first = toks[0];
    if (CREDIT_WORDS.contains(first)) {
      char after = lower.length() > first.length() ? lower.charAt(first.length()) : ':';
      if (after == ':' || after == '/' || lower.startsWith(first + " by ") || lower.startsWith(first + " credit")
          || lower.startsWith(first + " courtesy") || lower.startsWith(first + " source")) {
        return true;
      }
    }
    boolean creditWord = false;
    boolean allCredit = toks.length <= 4;
    for (String t : toks) {
      boolean isCredit = CREDIT_WORDS.contains(t);
      creditWord |= isCredit;
      allCredit &= isCredit || AGENCIES.contains(t) || t.equals("file");
    }
    return creditWord && (allCredit || lower.indexOf('/') >= 0);
  }

  /** Whether {@code lower} names an agency alone or as "agency/photographer" or "a/b". */
  static boolean isAgencyName(String lower) {
    if (AGENCIES.contains(lower) || PHOTO_SERVICES.contains(lower)) {
      return true;
    }
    int slash = lower.indexOf('/');
    if (slash > 0) {
      return AGENCIES.contains(lower.substring(0, slash).strip())
          || AGENCIES.contains(lower.substring(slash + 1).strip());
    }
    return false;
  }

  /**
   * An agency in brackets is a dateline, not a credit, when only a place and date (capitalised words,
   * numbers) stand before it in the paragraph, or when a dash or a glued word follows it.
   */
  private static boolean datelinePosition(String s, int open, int close) {
    int j = close + 1;
    if (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      return true; // "(CNN)They may..."
    }
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j < s.length()) {
      char c = s.charAt(j);
      if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':' || Character.isLowerCase(c)) {
        return true; // a dateline dash, or a mention inside a sentence: "told Reuters (AP) that"
      }
    }
    String before = s.substring(0, open).strip();
    if (before.isEmpty()) {
      return true;
    }
    if (before.length() > 60 || Prose.endsSentence(before)) {
      return false;
    }
    for (String t : before.split(" ")) {
      if (!t.isEmpty() && !(Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** "Image copyright Getty Images", "Photo: Reuters", "Picture by John Smith/PA". */
  static int[] labelled(String s, int i) {
    if (!Character.isUpperCase(s.charAt(i)) && s.charAt(i) != '\u00A9') {
      return null; // "Photo:" or "PHOTO:", never "photo:" inside a sentence
    }
    int[] candidates = LABEL_INDEX.candidates(s, i, s.length());
    if (candidates == null) {
      return null; // no label starts with these two chars
    }
    for (int k : candidates) {
      String label = LABELS.get(k);
      if (Prose.matchesAt(s, i, label)) {
        int j = i + label.length();
        if (j < s.length() && Character.isLetter(s.charAt(j)) && !label.endsWith(",") && !label.endsWith(":")) {
          continue;
        }
        int end = nameEnd(s, j);
        return end > j || j >= s.length() ? new int[] {i, Math.max(end, j)} : null;
      }
    }
    return null;
  }

  /**
   * The end of a credit's name starting at {@code j}: a known agency (longest match), else up to two
   * capitalised words (a third when it carries "/Agency"). Stops before "Image caption".
   */
  private static int nameEnd(String s, int j) {
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    List<int[]> toks = ChromeDetector.tokens(s.substring(j));
    int best = j;
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < toks.size() && k < 6; k++) {
      String t = s.substring(j + toks.get(k)[0], j + toks.get(k)[1]);
      if (k > 0) {
        name.append(' ');
      }
      name.append(Prose.key(t));
      if (isAgencyName(name.toString())) {
        best = j + toks.get(k)[1];
      }
    }
    if (best > j) {
      return best;
    }
    int end = j;
    for (int k = 0; k < toks.size() && k < 3; k++) {
      String t = s.substring(j + toks.get(k)[0], j + toks.get(k)[1]);
      if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || t.indexOf('/') > 0)) {
        break;
      }
      if (k == 2 && t.indexOf('/') < 0) {
        break;
      }
      if (t.equalsIgnoreCase("image") || t.equalsIgnoreCase("media")) {
        break;
      }
      end = j + toks.get(k)[1];
      if (t.endsWith(".") || t.endsWith(",")) {
        break;
      }
    }
    return end;
  }

  /** "REUTERS/Kevin Lamarque", "Xinhua/Li Xin": an agency, a slash and the photographer. */
  static int[] slashed(String s, int i) {
    int e = i;
    int slash = -1;
    while (e < s.length() && s.charAt(e) != ' ') {
      if (slash < 0 && s.charAt(e) == '/') {
        slash = e - i;
      }
      e++;
    }
    if (slash <= 0) {
      return null; // no slash after the token's first char: the common case, decided without copying
    }
    String tok = s.substring(i, e);
    if (!AGENCIES.contains(tok.substring(0, slash).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int end = e;
    int k = e;
    for (int n = 0; n < 3; n++) {
      int st = k + 1;
      if (st >= s.length() || s.charAt(k) != ' ' || !Character.isUpperCase(s.charAt(st))) {
        break;
      }
      int en = st;
      while (en < s.length() && s.charAt(en) != ' ') {
        en++;
      }
      if (slash + 1 < tok.length() && n >= 1) {
        break; // "Xinhua/Li Xin": at most one more word after a name begun at the slash
      }
      end = en;
      k = en;
    }
    return new int[] {i, end};
  }

  /**
   * A photo service's bare name after a caption: closing the paragraph ("... at the rally Getty
   * Images") or before the next sentence ("... this week Getty Images RIO DE JANEIRO -- ...").
   */
  private static List<int[]> bareServices(String s) {
    List<int[]> out = new ArrayList<>();
    if (!mayNameService(s)) {
      return out;
    }
    List<String> present = SERVICE_INDEX.present(s);
    if (present.isEmpty()) {
      return out;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String name : present) { // longest first, so "Getty Images" wins over "Getty"
      int at = lower.indexOf(name);
      while (at >= 0) {
        int end = at + name.length();
        boolean starts = at == 0 || s.charAt(at - 1) == ' ';
        boolean properCase = Character.isUpperCase(s.charAt(at));
        if (starts && properCase && (end == s.length() || Prose.sentenceFollowsAt(s, end))
            && !(end == s.length() && at > 0 && !Prose.hasLowerCase(s.substring(Math.max(0, at - 40), at)))
            && !overlaps(out, at, end)) {
          out.add(new int[] {at, end});
        }
        at = lower.indexOf(name, end);
      }
    }
    return out;
  }

  /**
   * A quick test, false only when {@link #bareServices} finds nothing: a bare name is taken only at a
   * word start and in proper case, so only the capitals opening a word are tried, not every char. Text
   * with a dotted capital I, the one char whose lower case is two chars long, is left to the full search,
   * whose offsets into the lower-cased text then shift. Answers as {@link #mayNameServiceAtWordStarts},
   * which CreditFinderQuickTestTest holds it to, with one string search per capital a name opens with
   * ({@link #SERVICE_OPENERS}) instead of a stop at every word.
   */
  static boolean mayNameService(String s) {
    if (s.indexOf('\u0130') >= 0) {
      return true;
    }
    int n = s.length();
    for (int k = 0; k < SERVICE_OPENERS.length(); k++) {
      char o = SERVICE_OPENERS.charAt(k);
      for (int i = s.indexOf(o); i >= 0; i = s.indexOf(o, i + 1)) {
        if ((i == 0 || s.charAt(i - 1) == ' ') && namesServiceAt(s, i, n)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String serviceOpeners() {
    StringBuilder b = new StringBuilder();
    for (String name : PHOTO_SERVICES) {
      char c = Character.toUpperCase(name.charAt(0));
      if (b.indexOf(String.valueOf(c)) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@link #mayNameService} as it was first written: every word start is tried. */
  static boolean mayNameServiceAtWordStarts(String s) {
    if (s.indexOf('\u0130') >= 0) {
      return true;
    }
    for (int i = 0; i < s.length(); i = afterNextSpace(s, i)) {
      if (Character.isUpperCase(s.charAt(i)) && namesServiceAt(s, i, s.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a photo service's name starts at {@code i}, ignoring case. */
  private static boolean namesServiceAt(String s, int i, int n) {
    int[] candidates = SERVICE_INDEX.candidates(s, i, n);
    if (candidates != null) {
      for (int k : candidates) {
        if (Prose.matchesAt(s, i, PHOTO_SERVICES.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index after the first space at or after {@code i}, or the length of {@code s}. */
  private static int afterNextSpace(String s, int i) {
    int space = s.indexOf(' ', i);
    return space < 0 ? s.length() : space + 1;
  }

  private static boolean overlaps(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (r[0] < end && start < r[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> longestFirst(List<String> names) {
    return List.copyOf(Lexicon.longestFirst(names));
  }
}
