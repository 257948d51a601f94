package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.clean.Removal;
import dev.lede.cli.eval.PageDresser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the whole pipeline: repeated copies clean to one, cleaning is idempotent, every
 * removal points at what it removed, and hostile input gets a clear answer quickly. The articles are
 * written for these tests (and the seed article).
 */
class LedePropertiesTest {
  static final Lede LEDE = Lede.create();
  /** A guard against hangs only; speed is measured by the benchmark commands, not here. */
  static final Duration HANG_GUARD = Duration.ofSeconds(120);

  static final String BRIDGE = String.join("\n",
      "Town bridge to close for a year",
      "Officials in the northern town said on Monday that the old bridge would close for repairs.",
      "The bridge, built in 1898, carries about 4,000 cars a day across the river.",
      "Engineers found cracks in two of its stone arches during a routine inspection last month.",
      "\"We cannot take any risks with public safety,\" the council leader, Mary Jones, said.",
      "A temporary footbridge will open next week while the work goes on.");
  static final String WIRE = "LONDON (Reuters) - Britain's biggest supermarket said on Tuesday that sales rose "
      + "2.1% in the 13 weeks to January, beating forecasts. The chain said it had cut prices on 1,000 lines. "
      + "Shares rose 4% in early trading. Analysts had expected growth of about 1.5%, a survey showed.";
  static final String RUN_ON = "A pensioner has been reunited with his lost dog after 12 years. Terry Cooper, 79, "
      + "said he never gave up hope of finding Sam. Terry Cooper (left) with his dog Sam at home on Friday The dog "
      + "was found 40 miles away by a dog warden. A microchip led the warden to Mr Cooper. He said: 'I cried when "
      + "I saw him.' The charity said such reunions were rare. Sam is now 14 and in good health. Scroll down for "
      + "video Sam and Mr Cooper enjoy a walk in the park near their home It is not known where Sam spent the years. "
      + "The warden said the dog was well fed.";

  static String seed() throws Exception {
    return Files.readString(Path.of("local/lede-input/articles/seed-article.txt"));
  }

  static Stream<String> articles() throws Exception {
    return Stream.of(BRIDGE, WIRE, RUN_ON, seed());
  }

  static Stream<Arguments> copiesAndSeparators() throws Exception {
    List<Arguments> out = new ArrayList<>();
    List<String> articles = List.of(BRIDGE, WIRE, RUN_ON);
    for (String article : articles) {
      for (int k = 1; k <= 4; k++) {
        for (String sep : List.of("", "\n", "\n\n", "  \n\t\n  ", "\u00A0\n")) {
          out.add(Arguments.of(article, k, sep));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("copiesAndSeparators")
  void kGluedCopiesCleanToTheSameResultAsOne(String article, int k, String separator) {
    Digest one = LEDE.digest(article, InputInfo.NONE);
    String repeated = String.join(separator, java.util.Collections.nCopies(k, article));
    Digest many = LEDE.digest(repeated, InputInfo.NONE);
    assertEquals(one.text(), many.text());
    assertEquals(one.title(), many.title());
    assertEquals(one.summary(), many.summary());
    assertEquals(one.dateline(), many.dateline());
    assertEquals(k, many.deduplication().copies());
  }

  @ParameterizedTest
  @MethodSource("articles")
  void summarisingTheCleanedTextAgainChangesNothing(String article) {
    Digest once = LEDE.digest(article, InputInfo.NONE);
    Digest twice = LEDE.digest(once.text(), InputInfo.NONE);
    assertEquals(once.text(), twice.text());
    assertEquals(once.summary(), twice.summary());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void dressedPagesAreIdempotentAndEveryRemovalPointsAtItsText(long seed) throws Exception {
    String body = LEDE.digest(BRIDGE, InputInfo.NONE).text();
    PageDresser.Page page = new PageDresser(seed).dress("bridge", body, body, null,
        List.of("Council approves new budget plan", "Flooding closes schools in the north", "Local team wins cup final"));
    Digest d = LEDE.digest(page.text(), InputInfo.NONE);
    String normalised = dev.lede.text.TextDecoder.normalise(page.text()).text();
    for (Removal r : d.removed()) {
      assertEquals(r.text(), normalised.substring(r.span().start(), r.span().end()).strip(), r.toString());
    }
    Digest again = LEDE.digest(d.text(), InputInfo.NONE);
    assertEquals(d.text(), again.text());
    assertEquals(d.summary(), again.summary());
  }

  @Test
  void emptyAndBlankInputAreNormalResultsWithoutASummary() throws Exception {
    for (String s : List.of("", "   ", "\n\n\t \n", "\u00A0\u200B\n")) {
      Digest d = LEDE.digest(s.getBytes(StandardCharsets.UTF_8), InputInfo.NONE);
      assertNull(d.summary());
      assertEquals("", d.text());
      assertEquals(1, d.deduplication().copies());
    }
  }

  @Test
  void binaryBytesAreAClearError() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    LedeException e = assertThrows(LedeException.class, () -> LEDE.digest(png, InputInfo.NONE));
    assertEquals(ErrorCode.NOT_TEXT, e.code());
  }

  @Test
  void aFiveMegabyteSingleLineGetsAResult() {
    StringBuilder b = new StringBuilder();
    java.util.Random r = new java.util.Random(5);
    String[] words = {"the", "council", "said", "on", "Monday", "that", "roads", "would", "close", "The", "He", "A"};
    while (b.length() < Lede.DEFAULT_MAX_BYTES - 100) {
      b.append(words[r.nextInt(words.length)]).append(r.nextInt(14) == 0 ? ". " : " ");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    Digest d = assertTimeoutPreemptively(HANG_GUARD, () -> LEDE.digest(bytes, InputInfo.NONE));
    assertNotNull(d.summary());
  }

  @Test
  void oneSentenceRepeatedAMillionTimesIsOneSentence() {
    String s = "The quick brown fox jumps over the lazy dog. ".repeat(1_000_000);
    Digest d = assertTimeoutPreemptively(HANG_GUARD, () -> LEDE.digest(s, InputInfo.NONE));
    assertEquals("The quick brown fox jumps over the lazy dog.", d.text());
    assertEquals(1_000_000, d.deduplication().copies());
    assertTrue(d.removed().size() <= 64, "the repeats are reported in a bounded number of removals");
  }

  @Test
  void bytesBeyondTheLimitAreAClearError() {
    byte[] big = "The quick brown fox jumps over the lazy dog. ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    LedeException e = assertThrows(LedeException.class, () -> LEDE.digest(big, InputInfo.NONE));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
  }
}
