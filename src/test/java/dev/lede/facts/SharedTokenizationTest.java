package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What entity recognition and the scanners share, made once, equals what each used to make for itself:
 * {@link HeadedText} against the heading lines and text joined by a StringBuilder and the sentences
 * shifted past them; the scanners' tokens read from the shared chars against {@link TextTokens#of(String)};
 * and the headline marks the tokenizer sets while it counts a line against the rule applied to the
 * finished tokens (a line in capitals, or four to twenty words nearly all capitalised, a third of them
 * common, with at most one comma and one number). On the BBC dev texts, and on random text of
 * capitals, common words, numbers, commas, line breaks and chars beyond ASCII.
 */
class SharedTokenizationTest {
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
  private static final String[] WORDS = {"The", "the", "Of", "of", "And", "and", "New", "York", "PARIS",
      "LONDON", "Wang", "Huning", "said", "Minister", "U.S.", "Inc.", "Mr.", "Dr", "C.", "2024", "3.5", "72",
      ",", ",", ".", ":", "-", "--", "\u2014", "\"", "\u201C", "\u201D", "Caf\u00E9", "CAF\u00C9", "\u0130stanbul",
      "na\u00EFve", "Tripoli-based", "O'Neill", "O\u2019Neill", "Gov't", "World", "Cup", "Final", "Take",
      "Over", "For", "A", "a", "I", "\u212Aelvin", "ENERGY", "SHARES", "Rise", "In", "Early", "Trade"};

  private static String random(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words; k++) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
      int gap = r.nextInt(10);
      b.append(gap == 0 ? "\n" : gap == 1 ? "\n\n" : gap == 2 ? ". " : gap == 3 ? "\r\n" : " ");
    }
    return b.toString();
  }

  /** Checks everything on {@code text} under {@code heading}; returns the number of name tokens. */
  private static int check(String text, List<String> heading) {
    List<Span> sentences = SPLITTER.split(text);
    HeadedText headed = HeadedText.of(text, sentences, heading);

    // the joined text and the sentence starts, as the recognizer used to make them
    StringBuilder all = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (String line : heading) {
      String l = line.replace('\n', ' ').strip();
      if (!l.isEmpty()) {
        starts.add(all.length());
        all.append(l).append("\n\n");
      }
    }
    int offset = all.length();
    String whole = offset == 0 ? text : all.append(text).toString();
    for (Span s : sentences) {
      starts.add(s.shift(offset).start());
    }
    assertEquals(whole, headed.whole);
    assertEquals(offset, headed.offset);
    assertArrayEquals(whole.toCharArray(), headed.chars);
    assertArrayEquals(starts.stream().mapToInt(Integer::intValue).toArray(), headed.sentenceStarts);

    // the scanners' tokens from the shared chars
    TextTokens own = TextTokens.of(text);
    TextTokens shared = TextTokens.of(text, headed.chars, headed.offset);
    assertEquals(own.size(), shared.size());
    for (int i = 0; i < own.size(); i++) {
      assertEquals(own.start(i), shared.start(i));
      assertEquals(own.end(i), shared.end(i));
      assertEquals(own.kind(i), shared.kind(i));
      assertEquals(own.foldedHash(i), shared.foldedHash(i));
      assertEquals(own.in(i, -1), shared.in(i, -1));
      for (int bit = 1; bit != 0; bit <<= 1) {
        assertEquals(own.in(i, bit), shared.in(i, bit));
      }
    }

    // the headline marks against the rule over the finished tokens
    Gazetteer g = Gazetteer.shared();
    List<NameToken> tokens = NameTokenizer.tokenize(new NameKeys(whole), headed.sentenceStarts, g);
    boolean[] expected = headlines(whole, tokens, g);
    for (int k = 0; k < tokens.size(); k++) {
      assertEquals(expected[k], tokens.get(k).headline, tokens.get(k).toString());
    }
    return tokens.size();
  }

  /** The headline rule applied to the finished tokens, each word's case counted from its chars. */
  private static boolean[] headlines(String text, List<NameToken> tokens, Gazetteer g) {
    boolean[] out = new boolean[tokens.size()];
    int from = 0;
    while (from < tokens.size()) {
      int to = from + 1;
      while (to < tokens.size() && !tokens.get(to).lineStart) {
        to++;
      }
      int upper = 0;
      int lower = 0;
      int count = 0;
      int capitalWords = 0;
      int capitalCommon = 0;
      int commas = 0;
      int numbers = 0;
      for (int k = from; k < to; k++) {
        NameToken t = tokens.get(k);
        if (!t.isWord()) {
          commas += t.isPunct(',') ? 1 : 0;
          numbers += t.kind() == NameToken.Kind.NUMBER ? 1 : 0;
          continue;
        }
        count++;
        if (t.capitalised) {
          capitalWords++;
          if (!t.allCaps && (g.flags(t.key()) & Gazetteer.COMMON) != 0) {
            capitalCommon++;
          }
        }
        for (int p = t.start; p < t.end; p++) {
          char c = text.charAt(p);
          if (Character.isUpperCase(c)) {
            upper++;
          } else if (Character.isLowerCase(c)) {
            lower++;
          }
        }
      }
      boolean caps = upper >= 4 && lower * 8 <= upper;
      boolean headlineCase = count >= 4 && capitalWords * 10 >= count * 9 && count <= 20
          && capitalCommon >= 2 && capitalCommon * 10 >= count * 3 && commas <= 1 && numbers <= 1;
      for (int k = from; k < to; k++) {
        out[k] = caps || headlineCase;
      }
      from = to;
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomText(long seed) {
    Random r = new Random(seed);
    List<String> heading = new ArrayList<>();
    for (int k = r.nextInt(3); k > 0; k--) {
      heading.add(r.nextInt(4) == 0 ? " \n " : random(r, 1 + r.nextInt(8)));
    }
    check(random(r, 50 + r.nextInt(400)), heading);
  }

  @Test
  void emptyTextAndHeading() {
    check("", List.of());
    check("", List.of("SOCCER - LATE GOAL GIVES JAPAN WIN"));
    check("Short.", List.of("", "  "));
  }

  @Test
  void bbcDevTexts() throws IOException {
    int tokens = 0;
    List<String> texts = SharedData.texts("dev/bbc.jsonl");
    for (int k = 0; k < texts.size(); k++) {
      String text = texts.get(k);
      int cut = text.indexOf('\n');
      // the first line as a headline over the rest, and the whole text with a dateline only
      if (cut > 0) {
        tokens += check(text.substring(cut + 1), List.of(text.substring(0, cut), "LONDON (Reuters) -"));
      }
      tokens += check(text, k % 2 == 0 ? List.of() : List.of("WASHINGTON --"));
    }
    assertTrue(tokens > 0);
  }
}
