package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extractors wired together, alone and through the {@link Lede} pipeline into the JSON document. */
class FactExtractorTest {
  static final Path SEED = Path.of("local/lede-input/articles/seed-article.txt");

  /** An article written for this test: a dateline, relative and written dates, numbers and a quote. */
  static final String ARTICLE = String.join("\n",
      "LONDON -- The Wildlife Trust on Monday opened a £2.5m reserve for more than 2,000 birds.",
      "The reserve, planned since 2015, will open to visitors next week, the Trust said last month.",
      "\"This is the best news for wildlife in three years,\" said Rob Rees, its chairman.",
      "The site covers 76% of the old quarry, which closed on Jan 18, 2021.");

  @Test
  void relativeDatesResolveAgainstACaptionDateTheCleanerRemoved() {
    String text = "Senior official Wang Huning on Monday called for improved international work.";
    Removal caption = new Removal(RemovalReason.CAPTION,
        "Wang Huning attends a gathering on Jan 18, 2021. [Photo/Xinhua]", new Span(0, 60));
    CleanArticle article = new CleanArticle(null, "BEIJING", List.of(text), List.of(caption), new DedupStats(1, 0, 0, 0));
    KeyFacts facts = new FactExtractor().extract(article, text, new RuleSentenceSplitter().split(text), null);
    assertEquals(List.of(new DateFact("on Monday", "2021-01-18", "caption", new Span(28, 37))), facts.dates());
  }

  @Test
  void theCallersDateResolvesRelativeDatesWhenTheArticleHasNone() {
    Digest d = Lede.create().digest(ARTICLE, new InputInfo("a.txt", null, LocalDate.of(2021, 1, 19)));
    List<DateFact> dates = d.keyFacts().dates();
    assertTrue(dates.contains(fact(d, "on Monday", "2021-01-18", "supplied")), dates::toString);
    assertTrue(dates.contains(fact(d, "next week", "2021-W04", "supplied")), dates::toString);
    assertTrue(dates.contains(fact(d, "last month", "2020-12", "supplied")), dates::toString);
    assertTrue(dates.contains(fact(d, "2015", "2015", "explicit")), dates::toString);
    assertTrue(dates.contains(fact(d, "Jan 18, 2021", "2021-01-18", "explicit")), dates::toString);
    List<String> numbers = d.keyFacts().numbers().stream().map(NumberFact::text).toList();
    assertEquals(List.of("£2.5m reserve", "more than 2,000 birds", "three years", "76% of the old quarry"), numbers);
    assertEquals(1, d.keyFacts().quotes().size());
  }

  @Test
  void documentsWithEveryKindOfDateValueValidateAgainstTheSchema() throws Exception {
    Lede lede = Lede.create();
    for (LocalDate ref : new LocalDate[] {null, LocalDate.of(2021, 1, 19)}) {
      Digest d = lede.digest(ARTICLE, new InputInfo("a.txt", null, ref));
      JsonNode doc = SchemaAssert.assertValid(DigestJson.toBytes(Map.of("path", "a.txt"), d, true));
      assertTrue(doc.path("keyFacts").path("dates").size() >= 5);
      assertTrue(doc.path("keyFacts").path("numbers").size() >= 4);
    }
    byte[] seed = Files.readAllBytes(SEED);
    SchemaAssert.assertValid(DigestJson.toBytes(Map.of("path", SEED.toString()),
        lede.digest(seed, new InputInfo(SEED.toString(), null, LocalDate.of(2021, 1, 19))), false));
  }

  @Test
  void seedFactsThroughTheWholePipeline() throws Exception {
    Digest d = Lede.create().digest(Files.readAllBytes(SEED), InputInfo.named(SEED.toString()));
    assertTrue(d.keyFacts().dates().stream()
        .anyMatch(f -> "2021-01-18".equals(f.value()) && f.basis().equals("caption")), d.keyFacts().dates()::toString);
    DateFact monday = d.keyFacts().dates().stream().filter(f -> f.text().equals("on Monday")).findFirst().orElseThrow();
    assertEquals("2021-01-18", monday.value());
    assertEquals("caption", monday.basis());
    List<String> numbers = d.keyFacts().numbers().stream().map(NumberFact::text).toList();
    assertTrue(numbers.contains("70th anniversary"), numbers::toString);
    assertTrue(numbers.stream().noneMatch(n -> n.contains("2021")), "the year of a date is not a number");
    assertTrue(d.text().indexOf("[Photo/Xinhua]") < 0);
    SchemaAssert.assertValid(DigestJson.toBytes(Map.of(), d, false));
  }

  @Test
  void seedNumbersAndDatesWithTheCallersDate() throws Exception {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    Digest d = Lede.create().digest(seed, new InputInfo(null, null, LocalDate.of(2021, 1, 19)));
    assertTrue(d.keyFacts().dates().stream().anyMatch(f -> f.text().equals("on Monday") && "2021-01-18".equals(f.value())),
        d.keyFacts().dates()::toString);
    List<String> numbers = d.keyFacts().numbers().stream().map(NumberFact::text).toList();
    assertTrue(numbers.contains("70th anniversary"), numbers::toString);
    assertTrue(numbers.contains("100th anniversary"), numbers::toString);
    assertTrue(numbers.contains("18th CPC National Congress"), numbers::toString);
    assertTrue(numbers.stream().noneMatch(n -> n.contains("2021")), "the year of a date is not a number");
  }

  @Test
  void hostileInputsOfFiveMegabytesStayBounded() {
    Lede lede = Lede.create();
    InputInfo info = new InputInfo(null, null, LocalDate.of(2021, 1, 19));
    String repeated = "On Monday, more than 2,000 people said \"we will win on Friday,\" according to Locke. ";
    String[] inputs = {
      repeated.repeat(5_000_000 / repeated.length()),
      "\"".repeat(5_000_000)
    };
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (String s : inputs) {
        Digest d = lede.digest(s, info);
        assertTrue(d.highlights().size() <= 3);
      }
    });
  }

  private static DateFact fact(Digest d, String text, String value, String basis) {
    int at = d.text().indexOf(text);
    return new DateFact(text, value, basis, new Span(at, at + text.length()));
  }
}
