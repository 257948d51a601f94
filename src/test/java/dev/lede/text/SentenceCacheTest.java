package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary reads the sentences of the cleaned text from the cleaner's cache, paragraph by paragraph,
 * instead of splitting the joined text again. That is only right if the splitter splits each line as if
 * it stood alone, which these tests hold {@link RuleSentenceSplitter} to, on the same hard random texts
 * as {@link SentenceSplitterPropertyTest} and on real news.
 */
class SentenceCacheTest {
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();
  private static final String[] LINE_BREAKS = {"\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B",
      "\u000C", "\n\n", "\n \n"};

  static Stream<Long> seeds() {
    return IntStream.range(0, 250).mapToObj(i -> 0xCAC4EL * 31 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void joinedParagraphsSplitAsTheirJoinedText(long seed) {
    Random r = new Random(seed);
    List<String> paragraphs = new ArrayList<>();
    int count = 1 + r.nextInt(6);
    for (int i = 0; i < count; i++) {
      paragraphs.add(SentenceSplitterPropertyTest.randomText(r.nextLong()));
    }
    SentenceCache cache = new SentenceCache(SPLITTER);
    assertEquals(SPLITTER.split(String.join("\n\n", paragraphs)), cache.splitJoined(paragraphs),
        () -> "paragraphs " + paragraphs);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void eachLineIsSplitAsIfItStoodAlone(long seed) {
    Random r = new Random(seed);
    String a = SentenceSplitterPropertyTest.randomText(r.nextLong());
    String b = SentenceSplitterPropertyTest.randomText(r.nextLong());
    String lineBreak = LINE_BREAKS[r.nextInt(LINE_BREAKS.length)];
    List<Span> expected = new ArrayList<>(SPLITTER.split(a));
    for (Span s : SPLITTER.split(b)) {
      expected.add(s.shift(a.length() + lineBreak.length()));
    }
    assertEquals(expected, SPLITTER.split(a + lineBreak + b), () -> "lines " + List.of(a, b));
  }

  @Test
  void onRealNewsTheLinesOfAnArticleSplitAsTheArticle() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int articles = 0;
    for (String set : new String[] {"dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/bbc.jsonl"}) {
      Path path = SharedData.require(set);
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : mapper.readTree(line).path("text").asText().split("\n")) {
          if (!p.isBlank()) {
            paragraphs.add(p.strip());
          }
        }
        assertEquals(SPLITTER.split(String.join("\n\n", paragraphs)),
            new SentenceCache(SPLITTER).splitJoined(paragraphs), () -> set + ": " + line);
        articles++;
      }
    }
    assertTrue(articles > 1_000, "read the dev sets: " + articles);
  }

  @Test
  void eachDistinctTextIsSplitOnce() {
    CountingSplitter counting = new CountingSplitter();
    SentenceCache cache = new SentenceCache(counting);
    String text = "It rained. Then it stopped.";
    assertEquals(List.of(new Span(0, 10), new Span(11, 27)), cache.split(text));
    assertEquals(cache.split(text), cache.split(new String(text.toCharArray())));
    cache.splitJoined(List.of(text, "Dry again."));
    assertEquals(2, counting.calls(), "the text once, and the new paragraph once");
  }

  @Test
  void aSplitterThatReadsAcrossLinesSplitsTheJoinedText() {
    SentenceSplitter whole = new SentenceSplitter() { // one sentence per text, whatever its lines
      @Override
      public List<Span> split(CharSequence text) {
        String s = text.toString();
        int start = s.length() - s.stripLeading().length();
        return s.isBlank() ? List.of() : List.of(new Span(start, s.stripTrailing().length()));
      }
    };
    assertEquals(List.of(new Span(0, 10)), new SentenceCache(whole).splitJoined(List.of("One.", "Two.")));
  }
}
