package dev.lede.facts;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Gives each quotation its speaker: a person or organisation from the entities, never a pronoun.
 *
 * <p>Attribution forms read: after the quote, {@code ..." said Locke}, {@code ..." Locke said},
 * {@code ..." he added}, {@code ..." according to X}; before it, {@code Trust chairman, Rob Rees, said:
 * "...}, {@code He told Racemail: '...}, {@code According to X, "...}. A person named in the subject wins
 * over an organisation ("Apple chief Tim Cook said"). "he" or "she" resolves to the most recent person
 * named as the subject of an attribution, quoted or reported ("Mr Hussen told MPs ..."), "it" to the most
 * recent such organisation; otherwise the speaker is null. A quotation without an attribution that
 * follows another in the same paragraph continues it and keeps its speaker.
 *
 * <p>One instance per text; the work per quotation is bounded (a window of a dozen tokens and a binary
 * search over entity mentions).
 */
final class QuoteAttribution {
  private static final WordTable<Boolean> SPEECH_VERBS = speechVerbs();
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final WordSet PRONOUNS = new WordSet("he", "she", "it", "they", "we", "i", "you");
  private static final int WINDOW = 12;
  /** How far back the subject of "X said:" is looked for: the sentence, within reason. */
  private static final int SENTENCE_WINDOW = 40;
  private static final int CONTINUATION_CHARS = 400;
  /** A mention's start, end and index each take 21 bits of its sort key. */
  private static final int KEY_MASK = (1 << 21) - 1;

  private final TextTokens t;
  private final String text;
  /**
   * Mentions of people and organisations, sorted by start, then end, then the order they were listed in
   * (people first): mention {@code m} runs from {@code mentionStart[m]} to {@code mentionEnd[m]} and
   * names entity {@code mentionEntity[m]}, an index into {@link #names}.
   */
  private final int[] mentionStart;
  private final int[] mentionEnd;
  private final int[] mentionEntity;
  private final String[] names;
  private final boolean[] isPerson;

  QuoteAttribution(TextTokens tokens, Entities entities) {
    this.t = tokens;
    this.text = tokens.text;
    List<Entity> people = entities.people();
    List<Entity> organizations = entities.organizations();
    int count = people.size() + organizations.size();
    names = new String[count];
    isPerson = new boolean[count];
    int spans = 0;
    for (int e = 0; e < count; e++) {
      Entity entity = e < people.size() ? people.get(e) : organizations.get(e - people.size());
      names[e] = entity.name();
      isPerson[e] = e < people.size();
      spans += entity.spans().size();
    }
    int[] start = new int[spans];
    int[] end = new int[spans];
    int[] entity = new int[spans];
    int n = 0;
    for (int e = 0; e < count; e++) {
      Entity named = e < people.size() ? people.get(e) : organizations.get(e - people.size());
      for (Span s : named.spans()) {
        start[n] = s.start();
        end[n] = s.end();
        entity[n] = e;
        n++;
      }
    }
    int[] order = bySpan(start, end);
    mentionStart = new int[spans];
    mentionEnd = new int[spans];
    mentionEntity = new int[spans];
    for (int m = 0; m < spans; m++) {
      mentionStart[m] = start[order[m]];
      mentionEnd[m] = end[order[m]];
      mentionEntity[m] = entity[order[m]];
    }
  }

  /**
   * The mentions' indices in order of start, then end, equal spans in the order listed (as a stable sort
   * gives): one sort of primitive keys (start, end, index) rather than of an object per mention.
   */
  private static int[] bySpan(int[] start, int[] end) {
    int n = start.length;
    int[] order = new int[n];
    long[] keys = new long[n];
    for (int m = 0; m < n; m++) {
      if (start[m] > KEY_MASK || end[m] > KEY_MASK || n > KEY_MASK) {
        return bySpanBoxed(start, end); // a text beyond two million chars
      }
      keys[m] = ((long) start[m] << 42) | ((long) end[m] << 21) | m;
    }
    Arrays.sort(keys);
    for (int m = 0; m < n; m++) {
      order[m] = (int) keys[m] & KEY_MASK;
    }
    return order;
  }

  private static int[] bySpanBoxed(int[] start, int[] end) {
    Integer[] order = new Integer[start.length];
    for (int m = 0; m < order.length; m++) {
      order[m] = m;
    }
    Arrays.sort(order, new java.util.Comparator<Integer>() { // not a lambda: its bootstrap costs a cold start
      @Override
      public int compare(Integer a, Integer b) {
        int byStart = Integer.compare(start[a], start[b]);
        return byStart != 0 ? byStart : Integer.compare(end[a], end[b]);
      }
    });
    int[] out = new int[order.length];
    for (int m = 0; m < order.length; m++) {
      out[m] = order[m];
    }
    return out;
  }

  /** Speech verbs; the value says whether the verb may come before its speaker ("said Locke"). */
  private static WordTable<Boolean> speechVerbs() {
    java.util.Map<String, Boolean> m = new java.util.HashMap<>();
    for (String line : ResourceLines.load("speech-verbs.txt")) {
      String[] f = line.split("\t");
      m.put(f[0], f.length > 1 && f[1].equals("inverts"));
    }
    return new WordTable<>(m);
  }

  static java.util.List<String> speechVerbKeys() {
    return SPEECH_VERBS.keys();
  }

  /** Token {@code k} is a speech verb that may come before its speaker: "said Locke", not "told Racemail". */
  private boolean inverts(int k) {
    return Boolean.TRUE.equals(t.lookup(SPEECH_VERBS, k)) || t.is(k, "according");
  }

  static boolean isSpeechVerb(String word) {
    return SPEECH_VERBS.get(word) != null;
  }

  static boolean isPronoun(String lower) {
    return PRONOUNS.contains(lower);
  }

  /** The quotations worth keeping, with their speakers, in text order. */
  List<Quote> attribute(List<QuoteExtractor.Raw> raws) {
    List<Quote> out = new ArrayList<>();
    int[] reported = reportedSpeechSubjects();
    int next = 0;
    int lastPerson = -1;
    int lastOrg = -1;
    int prevClose = -1;
    String prevSpeaker = null;
    for (QuoteExtractor.Raw r : raws) {
      while (next < reported.length / 2 && reported[2 * next] < r.open()) {
        int id = reported[2 * next + 1];
        if (isPerson[id]) {
          lastPerson = id;
        } else {
          lastOrg = id;
        }
        next++;
      }
      Attribution a = after(r.close());
      if (a == null) {
        a = before(r.open(), prevClose);
      }
      String speaker = null;
      if (a != null && a.entity >= 0) {
        speaker = names[a.entity];
        if (isPerson[a.entity]) {
          lastPerson = a.entity;
        } else {
          lastOrg = a.entity;
        }
      } else if (a != null && a.pronoun != null) {
        int id = PERSON_PRONOUNS.contains(a.pronoun) ? lastPerson : a.pronoun.equals("it") ? lastOrg : -1;
        speaker = id < 0 ? null : names[id];
      } else if (a == null && continues(prevClose, r.open())) {
        speaker = prevSpeaker;
      }
      String words = QuoteExtractor.quoted(text, r);
      boolean keep =
          a != null ? QuoteExtractor.isShortQuotation(text, r, words) : QuoteExtractor.isQuotation(words);
      if (keep) {
        Span span = QuoteExtractor.innerSpan(text, r);
        if (span != null) {
          out.add(new Quote(words, speaker, span));
          prevClose = r.close();
          prevSpeaker = speaker;
        }
      }
    }
    return List.copyOf(out);
  }

  /** A quote opening at {@code open} follows the one closed at {@code prevClose} in the same paragraph. */
  private boolean continues(int prevClose, int open) {
    if (prevClose < 0 || open - prevClose > CONTINUATION_CHARS) {
      return false;
    }
    for (int k = prevClose; k < open; k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Who speaks: an entity index, or a pronoun to resolve; both empty for "said a spokesman". */
  private record Attribution(int entity, String pronoun) {}

  /** {@code ..." said Locke}, {@code ..." Locke said}, {@code ..." he added}, {@code ..." according to X}. */
  private Attribution after(int close) {
    int j = t.tokenAt(close + 1);
    if (t.isMark(j, ',') || t.isMark(j, '\u2014') || t.isMark(j, '-')) {
      j++;
    }
    if (j >= t.size() || t.lineBreakBefore(j) && t.start(j - 1) <= close) {
      return null; // the quote ends its paragraph
    }
    if (endsSentence(close) && t.capitalised(j) && !isPronounAt(j)) {
      return null; // "... microbes." Still, Grunsfeld said ...: a new sentence, not an attribution
    }
    int verb = -1;
    for (int k = j; k < t.size() && k < j + WINDOW; k++) {
      if (t.isBoundary(k) || isQuoteMark(k) || (k > j && t.lineBreakBefore(k))) {
        break;
      }
      if (isVerbAt(k)) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    if (verb == j || (verb == j + 1 && isAdverb(j))) {
      if (t.is(verb, "according")) {
        return subject(verb + 2, end(verb + 2), true);
      }
      if (!inverts(verb)) {
        return new Attribution(-1, null); // "..., told the BBC": no speaker named
      }
      return subject(verb + 1, end(verb + 1), true); // said Locke; said the company
    }
    return subject(j, verb, false); // Locke said; the chairman, Rob Rees, said
  }

  /** {@code Rob Rees said: "...}, {@code He told Racemail: '...}, {@code According to X, "...}. */
  private Attribution before(int open, int prevClose) {
    int j = t.tokenAt(open) - 1;
    boolean punct = t.isMark(j, ':') || t.isMark(j, ',') || t.isMark(j, ';');
    int last = punct ? j - 1 : j;
    int clauseStart = last + 1;
    int verb = -1;
    for (int k = last; k >= 0 && k > last - SENTENCE_WINDOW; k--) {
      if (t.isBoundary(k) || isQuoteMark(k) || t.end(k) <= prevClose
          || t.lineBreakBefore(k + 1) && k < last) {
        break;
      }
      clauseStart = k;
      if (verb < 0 && isVerbAt(k)) {
        verb = k;
      }
    }
    // said: '...; told Racemail: '...; said '...; said that '...
    boolean adjacent = verb >= 0 && (punct || verb == last || (verb == last - 1 && t.is(last, "that")));
    if (!adjacent) {
      return null;
    }
    if (t.is(verb, "according") || t.is(verb, "According")) {
      return subject(verb + 2, last + 1, true);
    }
    return subject(clauseStart, verb, false);
  }

  /**
   * The speaker among tokens {@code [from, to)}: the first person named there, else the first
   * organisation ("Apple chief Tim Cook said" is Tim Cook; "Mr Hussen said he felt ... with Mr Rigby's
   * killers and said:" is Hussen); a possessive ("Rigby's") is never the speaker. Else a pronoun next to
   * the verb.
   */
  private Attribution subject(int from, int to, boolean afterVerb) {
    if (from >= to || from >= t.size()) {
      return new Attribution(-1, null);
    }
    int startChar = t.start(from);
    int endChar = t.end(Math.min(to, t.size()) - 1);
    int person = -1;
    int org = -1;
    int at = firstMentionFrom(startChar);
    for (int k = at; k < mentionStart.length && mentionStart[k] < endChar && person < 0; k++) {
      int id = mentionEntity[k];
      if (mentionEnd[k] > endChar || isPossessive(mentionEnd[k])) {
        continue;
      }
      if (isPerson[id]) {
        person = id;
      } else if (org < 0) {
        org = id;
      }
    }
    if (person >= 0 || org >= 0) {
      return new Attribution(person >= 0 ? person : org, null);
    }
    int p = afterVerb ? from : to - 1;
    String w = t.isWord(p) ? t.lower(p) : "";
    return new Attribution(-1, PRONOUNS.contains(w) ? w : null);
  }

  /** The mention ending at char {@code end} is followed by 's or ' (a possessive). */
  private boolean isPossessive(int end) {
    return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
  }

  /** The quoted words ending just before the closing mark at {@code close} end a sentence. */
  private boolean endsSentence(int close) {
    int e = close - 1;
    while (e > 0 && Character.isWhitespace(text.charAt(e))) {
      e--;
    }
    return e >= 0 && (text.charAt(e) == '.' || text.charAt(e) == '\u2026');
  }

  private boolean isPronounAt(int k) {
    return t.isWord(k) && PRONOUNS.contains(t, k);
  }

  /** End of a subject after a verb: the next boundary, comma or quote mark, at most a window away. */
  private int end(int from) {
    int k = from;
    while (k < t.size() && k < from + WINDOW && !t.isBoundary(k) && !t.isMark(k, ',') && !isQuoteMark(k)
        && !(k > from && t.lineBreakBefore(k))) {
      k++;
    }
    return k;
  }

  private int firstMentionFrom(int charOffset) {
    int lo = 0;
    int hi = mentionStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentionStart[mid] < charOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Positions and entities of people and organisations named right before or after a speech verb
   * anywhere in the text ("Mr Hussen told MPs", "said Locke"), as pairs {position, entity}.
   */
  private int[] reportedSpeechSubjects() {
    int[] out = new int[16];
    int n = 0;
    for (int k = 0; k < t.size(); k++) {
      if (!t.in(k, ScanWords.SPEECH_VERB)) {
        continue;
      }
      int id = mentionEndingNear(t.start(k));
      if (id < 0 && k + 1 < t.size() && inverts(k)) {
        int m = firstMentionFrom(t.end(k));
        id = m < mentionStart.length && mentionStart[m] <= t.end(k) + 1 ? mentionEntity[m] : -1;
      }
      if (id >= 0) {
        if (n + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = t.start(k);
        out[n++] = id;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** An entity whose mention ends just before char {@code at} (a space between), or -1. */
  private int mentionEndingNear(int at) {
    int m = firstMentionFrom(at) - 1;
    for (int k = m; k >= 0 && k > m - 4; k--) {
      if (mentionEnd[k] >= at - 2 && mentionEnd[k] <= at) {
        return mentionEntity[k];
      }
    }
    return -1;
  }

  private boolean isVerbAt(int k) {
    if (!t.isWord(k)) {
      return false;
    }
    if (t.isPlain(k)) { // lower case folds char by char: the token's own look-up answers
      return t.in(k, ScanWords.SPEECH_VERB) || (t.lowerIs(k, "according") && t.is(k + 1, "to"));
    }
    String w = t.lower(k);
    return isSpeechVerb(w) || (w.equals("according") && t.is(k + 1, "to"));
  }

  private boolean isAdverb(int k) {
    return t.isWord(k) && t.str(k).endsWith("ly");
  }

  private boolean isQuoteMark(int k) {
    if (k < 0 || k >= t.size() || t.kind(k) != TextTokens.MARK) {
      return false;
    }
    char c = text.charAt(t.start(k));
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

}
