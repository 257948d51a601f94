package dev.lede.clean;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes photo captions and credits. A credit ({@link CreditFinder}) is removed as {@code credit}, and
 * the text before it in the same sentence as {@code caption}. Captions are also found by their labels
 * ("Image caption ...", "Pictured: ..."), and where they are glued to the following sentence without a
 * full stop (common in Daily Mail copy) by a {@link GluedStarts glued sentence start}, removed when the
 * glued piece carries caption cues ("(left)", "pictured", "Label: ..."), follows "Scroll down for
 * video", opens the article, or sits in a paragraph that has lost its structure (a whole article on one
 * line). Stateless and thread-safe.
 */
final class CaptionDetector {
  private static final PhraseIndex CUES = new PhraseIndex(Lexicon.lines("caption-cues.txt"));
  private static final Set<String> FUNCTION = Lexicon.set("function-words.txt");
  /** Imperatives that open links, not captions ("Watch the video: ..."). */
  private static final Set<String> LINK_VERBS = Set.of("watch", "read", "click", "see", "listen", "follow",
      "sign", "subscribe", "share", "download", "tap", "visit", "view", "play", "join", "get", "find", "learn");
  private static final List<String> CAPTION_LABELS = List.of(
      "image caption", "media caption", "photo caption", "caption:", "pictured:", "pictured above:",
      "pictured below:", "pictured left:", "pictured right:", "above:", "below:", "top:", "bottom:",
      "left:", "right:", "inset:", "main picture:", "main image:", "main photo:", "top picture:",
      "top image:", "file photo:", "file picture:");
  private static final PhraseIndex LABEL_INDEX = new PhraseIndex(CAPTION_LABELS);
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added", "adds",
      "explained", "explains", "wrote", "writes", "insisted", "insists", "claimed", "claims", "stated",
      "states", "warned", "warns", "continued", "asked", "asks", "replied", "tweeted", "posted", "revealed",
      "admitted", "announced", "declared", "noted", "commented", "joked", "confirmed", "reads", "read",
      "reported", "according", "argued", "argues", "concluded", "recalled", "recalls", "remarked");
  private static final List<String> SCROLL_PHRASES = List.of(
      "scroll down for video", "scroll down for videos", "scroll down to watch the video",
      "scroll down to watch");
  /** A paragraph with at least this many sentences and words has lost its structure. */
  static final int RUN_ON_SENTENCES = 8;
  static final int RUN_ON_WORDS = 150;
  static final int MAX_CAPTION_WORDS = 60;
  /** Rounds of glued-caption removal per paragraph (each is linear). */
  static final int MAX_ROUNDS = 4;

  void apply(Draft d) {
    boolean leadSeen = d.dateline != null; // the lead follows a dateline line, no caption between
    for (int i = 0; i < d.paragraphs.size(); ) {
      // credits and labelled captions first; glued captions are then looked for in what is left
      Paragraph p = d.paragraphs.get(i);
      Paragraph rest = d.memo().unmarked.contains(p.text) ? p : d.cutAll(i, findMarked(d, p));
      // a removed caption can uncover the next one glued behind it: look again until nothing changes
      for (int round = 0; rest != null && round < MAX_ROUNDS; round++) {
        Paragraph before = rest;
        rest = d.cutAll(i, findGlued(d, rest, !leadSeen));
        if (rest == before) {
          break;
        }
      }
      if (rest != null) {
        leadSeen = leadSeen || Prose.endsSentence(rest.text) || Prose.wordCount(rest.text, 12) >= 12;
        i++;
      }
    }
  }

  /** Whether {@code s} holds a credit or opens with a caption label. */
  static boolean hasCredit(String s) {
    return CreditFinder.has(s) || labelAt(s, 0) > 0;
  }

  /** Credits with the captions before them, and captions with labels ("Image caption ..."). */
  private List<Cut> findMarked(Draft d, Paragraph p) {
    String s = p.text;
    List<Cut> cuts = new ArrayList<>();
    List<int[]> credits = CreditFinder.find(s);
    List<Integer> labels = labelStarts(s);
    if (credits.isEmpty() && labels.isEmpty()) {
      d.memo().unmarked.add(s); // a verdict on the text alone: a later pass need not look again
      return cuts;
    }
    List<Span> sentences = sentences(d, s);
    // credits, and the caption before each: back to its sentence start, a label or the last credit
    int lastCreditEnd = 0;
    for (int[] credit : credits) {
      cuts.add(new Cut(credit[0], credit[1], RemovalReason.CREDIT));
      int start = Math.max(sentenceStart(sentences, s, credit[0]), lastCreditEnd);
      for (int l : labels) {
        if (l < credit[0] && l > start) {
          start = l;
        }
      }
      if (start < credit[0] && Prose.hasLetterOrDigit(s.substring(start, credit[0]))
          && !Prose.hasWords(s, start, credit[0], MAX_CAPTION_WORDS + 1)) {
        cuts.add(new Cut(start, credit[0], RemovalReason.CAPTION));
      }
      lastCreditEnd = credit[1];
    }
    // labelled captions ("Image caption The president ...", "Pictured: ..."), up to the next label or
    // credit, the end of the sentence, or a sentence glued on
    for (int k = 0; k < labels.size(); k++) {
      int at = labels.get(k);
      int end = sentenceEnd(sentences, at, s.length());
      if (k + 1 < labels.size()) {
        end = Math.min(end, labels.get(k + 1));
      }
      for (int[] credit : credits) {
        if (credit[0] > at && credit[0] < end) {
          end = credit[0];
        }
      }
      if (Prose.hasWords(s, at, end, MAX_CAPTION_WORDS + 1)) {
        end = labelAt(s, at);
      }
      int glued = lastGluedStart(s, labelAt(s, at), end, true);
      cuts.add(new Cut(at, glued > 0 ? glued : end, RemovalReason.CAPTION));
    }
    return cuts;
  }

  private static int sentenceEnd(List<Span> sentences, int at, int fallback) {
    for (Span sp : sentences) {
      if (sp.start() <= at && at < sp.end()) {
        return sp.end();
      }
    }
    return fallback;
  }

  /** Captions glued to the next sentence without a full stop. */
  private List<Cut> findGlued(Draft d, Paragraph p, boolean leadPosition) {
    String s = p.text;
    List<Span> sentences = sentences(d, s);
    // whether a sentence follows "Scroll down for video" is read in the input around the paragraph;
    // all else here depends on the text and the lead position alone, which a later pass can look up
    boolean[] scrolls = new boolean[sentences.size()];
    boolean anyScroll = false;
    for (int k = 0; k < scrolls.length; k++) {
      scrolls[k] = precededByScrollDown(d.source, p.sourceOffset(sentences.get(k).start()));
      anyScroll |= scrolls[k];
    }
    Set<String> clear = leadPosition ? d.memo().ungluedAsLead : d.memo().unglued;
    if (!anyScroll && clear.contains(s)) {
      return List.of();
    }
    Cues cues = new Cues(s);
    List<Cut> cuts = new ArrayList<>();
    boolean runOn = sentences.size() >= RUN_ON_SENTENCES && Prose.wordCount(s, RUN_ON_WORDS) >= RUN_ON_WORDS;
    for (int k = 0; k < sentences.size(); k++) {
      Span sp = sentences.get(k);
      int a = sp.start();
      int b = sp.end();
      boolean scroll = scrolls[k];
      boolean lead = leadPosition && k == 0;
      // "Label: ..." marks a caption only where captions are expected: opening the article, or in
      // copy that has lost its structure; elsewhere it is more often a title ("Joshua Reynolds: The...")
      boolean labels = lead || runOn;
      if (!labels && !scroll && !cues.in(a, b, false)) {
        // nothing marks a caption in this sentence (no cue, no label, not the lead, not run-on copy,
        // not after "Scroll down"), so no glued start in it would be cut: spare the search for one
        continue;
      }
      int glued = lastGluedStart(s, a, b, false);
      if (glued > 0) {
        if (lead || runOn || scroll || cues.in(a, glued, labels)) {
          cuts.add(new Cut(a, glued, RemovalReason.CAPTION));
        }
      } else if (scroll || cues.in(a, b, labels)) {
        glued = gluedStart(s, a, b, true, cues.last(a, b, labels));
        if (glued > 0 && (scroll || cues.in(a, glued, labels))) {
          cuts.add(new Cut(a, glued, RemovalReason.CAPTION));
        } else if (k == sentences.size() - 1 && !Prose.endsSentence(s, b)
            && (cues.in(a, b, k == 0 && labels) || scroll) && !Prose.hasWords(s, a, b, MAX_CAPTION_WORDS + 1)) {
          cuts.add(new Cut(a, b, RemovalReason.CAPTION)); // an unfinished caption closing the paragraph
        }
      }
    }
    if (cuts.isEmpty() && !anyScroll) {
      clear.add(s);
    }
    return cuts;
  }

  /** {@link #refine}d sentences of {@code s}, worked out once per distinct text in a cleaning run. */
  private static List<Span> sentences(Draft d, String s) {
    List<Span> found = d.memo().captionSentences.get(s);
    if (found == null) {
      found = refine(s, d.sentences(s));
      d.memo().captionSentences.put(s, found);
    }
    return found;
  }

  /**
   * The best glued sentence start in {@code s[a, b)} that leaves at least three words before it and a
   * real sentence after it, or -1: the surest kind, and the last of those. {@code weak} admits starts
   * of every rank, else only strong ones.
   */
  private static int lastGluedStart(String s, int a, int b, boolean weak) {
    return gluedStart(s, a, b, weak, -1);
  }

  /**
   * The best glued sentence start in {@code s[a, b)}: of the surest rank, the last one; but of weak
   * starts, the first after {@code lastCue} (a caption runs from its cue to the next sentence, while
   * the sentence itself often holds "noun Name" pairs that look like starts).
   */
  private static int gluedStart(String s, int a, int b, boolean weak, int lastCue) {
    List<GluedStarts.Start> starts = weak ? GluedStarts.all(s, a, b) : GluedStarts.strong(s, a, b);
    int best = -1;
    int bestRank = 0;
    for (GluedStarts.Start g : starts) {
      boolean ok = Prose.hasWords(s, a, g.at(), 3)
          && Prose.hasWords(s, g.at(), b, g.rank() == GluedStarts.WEAK ? 6 : 4);
      if (!ok || g.rank() < bestRank) {
        continue;
      }
      boolean firstWeakAfterCue = g.rank() == GluedStarts.WEAK && bestRank == GluedStarts.WEAK
          && lastCue >= 0 && best > lastCue;
      if (!firstWeakAfterCue) {
        best = g.at();
        bestRank = g.rank();
      }
    }
    return best;
  }

  /**
   * The splitter's sentences, each cut again wherever a sentence plainly starts after a full stop, so
   * that a caption never reaches back into a finished sentence however the splitter cut.
   */
  static List<Span> refine(String s, List<Span> sentences) {
    List<Span> out = new ArrayList<>(sentences.size());
    // only a char after a space can start a sentence: go from space to space (indexOf, not a loop over
    // every char); the next space is searched for again only once passed, so the whole is one pass
    int space = -1;
    int searchedFrom = Integer.MAX_VALUE;
    TerminalMarks marks = new TerminalMarks(s);
    boolean changed = false;
    for (Span sp : sentences) {
      int from = sp.start();
      char first = s.charAt(from);
      int reach = Prose.isClosingQuote(first) ? Math.max(0, from - REFINE_REACH) : from;
      if (!Character.isWhitespace(first) && !marks.anyIn(reach, sp.end() - 2)) {
        out.add(sp); // no full stop for a start inside to follow: the sentence stays whole
        continue;
      }
      if (searchedFrom > from || space >= 0 && space < from) {
        space = s.indexOf(' ', from);
        searchedFrom = from;
      }
      while (space >= 0 && space + 1 < sp.end()) {
        int i = space + 1;
        if (Prose.startsSentence(s.charAt(i)) && Prose.endsSentence(s, i - 1) && !isAbbreviationBefore(s, i - 1)) {
          out.add(new Span(from, i - 1));
          from = i;
          changed = true;
        }
        space = s.indexOf(' ', i);
        searchedFrom = i;
      }
      out.add(changed ? new Span(from, sp.end()) : sp);
    }
    return changed ? out : sentences;
  }

  /**
   * How far before a sentence's start the mark that {@link Prose#endsSentence} finds for a space inside
   * it can lie. The walk back from the space passes white space, which stops at the sentence's first
   * char (a sentence opens with none), then at most three closing quotes, each perhaps after a space:
   * it passes the sentence's start only when that is a closing quote, and then by at most this much.
   */
  static final int REFINE_REACH = 6;

  /**
   * Where the marks that end a sentence for {@link Prose#endsSentence} ({@link Prose#isTerminal}) are in
   * one text, asked for rising ranges: each kind of mark is searched for again only once passed.
   */
  static final class TerminalMarks {
    private static final char[] MARKS = {'.', '!', '?', '\u2026'};
    private final String s;
    private final int[] next = new int[MARKS.length];

    TerminalMarks(String s) {
      this.s = s;
      for (int k = 0; k < MARKS.length; k++) {
        next[k] = s.indexOf(MARKS[k]);
      }
    }

    /** Whether a mark lies in {@code s[from, to)}; {@code from} must not fall from one call to the next. */
    boolean anyIn(int from, int to) {
      boolean any = false;
      for (int k = 0; k < MARKS.length; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = s.indexOf(MARKS[k], from);
        }
        any |= next[k] >= 0 && next[k] < to;
      }
      return any;
    }
  }

  /** "Mr. Smith", "U.S. troops", "Jan. 19": a short word or initials before the full stop. */
  static boolean isAbbreviationBefore(String s, int space) {
    int dot = space - 1;
    if (dot < 0 || s.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > 0 && s.charAt(w - 1) != ' ') {
      w--;
    }
    String word = s.substring(w, dot);
    return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        || word.indexOf('.') >= 0;
  }

  /** The start of the sentence that holds the text just before {@code at}. */
  private static int sentenceStart(List<Span> sentences, String s, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return at;
    }
    for (Span sp : sentences) {
      if (sp.start() < i && i <= sp.end()) {
        return sp.start();
      }
    }
    return at;
  }

  /**
   * Where the caption cues of one paragraph are ("(pictured)", ", left,", "circled"): found once, in
   * one pass per cue, so that asking about each sentence costs a binary search.
   */
  private static final class Cues {
    private final String s;
    private final int[] starts;

    Cues(String s) {
      this.s = s;
      List<String> present = CUES.present(s);
      if (present.isEmpty()) {
        starts = new int[0]; // most paragraphs: no lower-cased copy, no stream
        return;
      }
      String lower = s.toLowerCase(Locale.ROOT);
      List<Integer> found = new ArrayList<>();
      for (String cue : present) {
        int at = lower.indexOf(cue);
        while (at >= 0) {
          boolean wordStart = at == 0 || !Character.isLetter(cue.charAt(0))
              || !Character.isLetter(lower.charAt(at - 1));
          int end = at + cue.length();
          boolean wordEnd = end >= lower.length() || !Character.isLetter(cue.charAt(cue.length() - 1))
              || !Character.isLetter(lower.charAt(end));
          if (wordStart && wordEnd) {
            found.add(at);
          }
          at = lower.indexOf(cue, at + 1);
        }
      }
      starts = new int[found.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = found.get(i);
      }
      Arrays.sort(starts);
    }

    /**
     * Whether {@code s[a, b)} holds a cue, a caption label at {@code a}, or when {@code colonLabels} a
     * "Label: " opening at {@code a}.
     */
    /** The start of the last cue in {@code s[a, b)} (the label at {@code a} counts), or -1. */
    int last(int a, int b, boolean colonLabels) {
      int k = java.util.Arrays.binarySearch(starts, b);
      int i = (k >= 0 ? k : -k - 1) - 1;
      if (i >= 0 && starts[i] >= a) {
        return starts[i];
      }
      return labelAt(s, a) > 0 || colonLabels && colonLabelAt(s, a) > 0 ? a : -1;
    }

    boolean in(int a, int b, boolean colonLabels) {
      int k = java.util.Arrays.binarySearch(starts, a);
      int i = k >= 0 ? k : -k - 1;
      if (i < starts.length && starts[i] < b) {
        return true;
      }
      return labelAt(s, a) > 0 || colonLabels && colonLabelAt(s, a) > 0;
    }
  }

  /** The lengths of the caption labels that end in a colon, each once. */
  private static final int[] COLON_LABEL_LENGTHS;
  /** For each label not ending in a colon, how far before its closing "caption" it starts. */
  private static final int[] CAPTION_LABEL_OFFSETS;

  static {
    java.util.TreeSet<Integer> colon = new java.util.TreeSet<>();
    java.util.TreeSet<Integer> caption = new java.util.TreeSet<>();
    for (String label : CAPTION_LABELS) {
      if (label.endsWith(":")) {
        colon.add(label.length());
      } else if (label.endsWith("caption")) {
        caption.add(label.length() - "caption".length());
      } else {
        throw new IllegalStateException("a caption label ends in a colon or in 'caption': " + label);
      }
    }
    COLON_LABEL_LENGTHS = toArray(colon);
    CAPTION_LABEL_OFFSETS = toArray(caption);
  }

  private static int[] toArray(Set<Integer> set) {
    int[] out = new int[set.size()];
    int k = 0;
    for (int v : set) {
      out[k++] = v;
    }
    return out;
  }

  /**
   * The word starts (the first char, and each after a space) where a caption label opens
   * ({@link #labelAt} finds one), in order. Every label ends in a colon or in "caption", so a label
   * can only open at a fixed distance before a colon or before a "caption" (any case): only those
   * places are asked, not every word, and a paragraph with neither is answered by two char searches.
   */
  static List<Integer> labelStarts(String s) {
    int colon = s.indexOf(':');
    int lowerP = s.indexOf('p'); // 'p' and 'P' are the only chars that lower-case to 'p'
    int upperP = s.indexOf('P');
    if (colon < 0 && lowerP < 0 && upperP < 0) {
      return new ArrayList<>();
    }
    // candidates as bits by position: in order, each once, and a paragraph of colons stays linear
    long[] at = new long[(s.length() >> 6) + 1];
    for (; colon >= 0; colon = s.indexOf(':', colon + 1)) {
      for (int len : COLON_LABEL_LENGTHS) {
        mark(at, colon + 1 - len);
      }
    }
    while (lowerP >= 0 || upperP >= 0) {
      int p;
      if (upperP < 0 || lowerP >= 0 && lowerP < upperP) {
        p = lowerP;
        lowerP = s.indexOf('p', p + 1);
      } else {
        p = upperP;
        upperP = s.indexOf('P', p + 1);
      }
      if (p >= 2 && Prose.matchesAt(s, p - 2, "caption")) {
        for (int offset : CAPTION_LABEL_OFFSETS) {
          mark(at, p - 2 - offset);
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int w = 0; w < at.length; w++) {
      for (long bits = at[w]; bits != 0; bits &= bits - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
        if ((i == 0 || s.charAt(i - 1) == ' ') && Character.isUpperCase(s.charAt(i)) && labelAt(s, i) > 0) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static void mark(long[] bits, int i) {
    if (i >= 0) {
      bits[i >> 6] |= 1L << i;
    }
  }

  /** The end of a caption label ("Image caption", "Pictured:") at {@code i}, or -1. */
  static int labelAt(String s, int i) {
    int[] candidates = i < s.length() ? LABEL_INDEX.candidates(s, i, s.length()) : null;
    if (candidates == null) {
      return -1; // no label starts with these two chars: asked at every capital, this spares the list
    }
    for (int k : candidates) {
      String label = CAPTION_LABELS.get(k);
      if (Prose.matchesAt(s, i, label) && Character.isUpperCase(s.charAt(i))) {
        int end = i + label.length();
        if (end == s.length() || s.charAt(end) == ' ') {
          return end;
        }
      }
    }
    return -1;
  }

  /**
   * The end of a Daily-Mail style caption label at {@code i}: one to three words, the first
   * capitalised and not a function word, then a colon and a capitalised word ("Fighter ace: Douglas
   * Bader's story ..."), not a reporting clause ("He said: ...") or a link ("Watch the video: ...").
   * Returns -1 when there is none.
   */
  static int colonLabelAt(String s, int i) {
    if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
      return -1;
    }
    int sp = s.indexOf(' ', i);
    String first = (sp < 0 ? s.substring(i) : s.substring(i, sp)).toLowerCase(Locale.ROOT);
    if (FUNCTION.contains(first) || LINK_VERBS.contains(first)) {
      return -1; // "With the new Avengers: Age of Ultron ..." is a sentence, "Watch the video:" a link
    }
    int words = 1;
    for (int j = i; j < s.length() && j < i + 40; j++) {
      char c = s.charAt(j);
      if (c == ' ') {
        if (++words > 3) {
          return -1;
        }
      } else if (c == ':') {
        if (j + 2 >= s.length() || s.charAt(j + 1) != ' ' || !Character.isUpperCase(s.charAt(j + 2))) {
          return -1;
        }
        String label = s.substring(i, j).toLowerCase(Locale.ROOT);
        for (String w : label.split(" ")) {
          if (REPORTING.contains(w)) {
            return -1;
          }
        }
        if (i == 0 && !Prose.hasLowerCase(s.substring(0, j)) && DatelineDetector.match(s) != null) {
          return -1; // "TOKYO: German airline ..." opens with a dateline, not a caption's label
        }
        return j + 1;
      } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '\u2019') {
        return -1;
      }
    }
    return -1;
  }

  /** The last chars of {@link #SCROLL_PHRASES}, each once. */
  private static final String SCROLL_PHRASE_ENDS = scrollPhraseEnds();

  private static String scrollPhraseEnds() {
    StringBuilder b = new StringBuilder();
    for (String phrase : SCROLL_PHRASES) {
      char last = phrase.charAt(phrase.length() - 1);
      if (b.indexOf(String.valueOf(last)) < 0) {
        b.append(last);
      }
    }
    return b.toString();
  }

  /**
   * A quick test, false only when no scroll phrase ({@link Prose#matchesAt}, which lower-cases each char)
   * can end with {@code c}.
   */
  static boolean endsLikeScrollPhrase(char c) {
    return SCROLL_PHRASE_ENDS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /** Whether the input right before {@code offset} (spaces aside) is "Scroll down for video". */
  private static boolean precededByScrollDown(String source, int offset) {
    int i = offset;
    while (i > 0 && Character.isWhitespace(source.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && (source.charAt(i - 1) == '.' || source.charAt(i - 1) == ':')) {
      i--;
    }
    if (i == 0 || !endsLikeScrollPhrase(source.charAt(i - 1))) {
      return false; // the common case: no phrase ends here, told by its last char
    }
    for (String phrase : SCROLL_PHRASES) {
      int st = i - phrase.length();
      if (st >= 0 && Prose.matchesAt(source, st, phrase)) {
        return true;
      }
    }
    return false;
  }
}
