package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.clean.Removal;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import dev.lede.text.TextDecoder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's own example, end to end through {@code Lede.create().digest(bytes, ...)}: a title glued to
 * a photo caption, a photo credit, a dateline, and the whole article three times, glued. The expected
 * result is the golden file {@code golden/seed-article.expected.json}.
 *
 * <p>Key facts: Wang Huning among the people (and no "Senior Communist ..." person), Beijing among the
 * places, the Communist Party of China and its International Department among the organisations, and
 * 2021-01-18 among the dates.
 */
class SeedArticleTest {
  static final Path SEED = Path.of("local/lede-input/articles/seed-article.txt");
  static Digest digest;
  static JsonNode golden;
  static String source;

  @BeforeAll
  static void summarise() throws Exception {
    byte[] bytes = Files.readAllBytes(SEED);
    source = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    digest = Lede.create().digest(bytes, InputInfo.named(SEED.toString()));
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("/dev/lede/golden/seed-article.expected.json")) {
      golden = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void titleIsTheHeadlineGluedToTheCaption() {
    assertEquals(golden.get("title").asText(), digest.title());
  }

  @Test
  void summaryIsTheLeadWithoutItsDateline() {
    assertEquals(golden.get("summary").asText(), digest.summary());
  }

  @Test
  void datelineIsThePlace() {
    assertEquals(golden.get("dateline").asText(), digest.dateline());
  }

  @Test
  void textIsEveryBodySentenceOnceAndNothingElse() {
    List<String> want = new ArrayList<>();
    golden.get("text").forEach(p -> want.add(p.asText()));
    assertEquals(String.join("\n\n", want), digest.text());
    for (String sentence : want) {
      assertEquals(1, count(digest.text(), sentence), sentence);
    }
    assertFalse(digest.text().contains("[Photo/Xinhua]"), "no credit");
    assertFalse(digest.text().contains("second from left"), "no caption");
    assertFalse(digest.text().contains("BEIJING"), "no dateline");
    assertFalse(digest.text().contains("CPC marks"), "no title");
  }

  @Test
  void deduplicationFindsThreeCopies() {
    assertEquals(golden.get("copies").asInt(), digest.deduplication().copies());
    assertEquals(TextDecoder.decode(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)).text().length(),
        digest.deduplication().inputChars(), "inputChars counts the normalised input");
    assertEquals(digest.text().length(), digest.deduplication().outputChars());
  }

  @Test
  void everyRemovalIsRecordedWithItsReasonAndSpan() {
    JsonNode want = golden.get("removed");
    List<Removal> got = digest.removed();
    assertEquals(want.size(), got.size(), got.toString());
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).get("reason").asText(), got.get(i).reason().label(), "removal " + i);
      if (want.get(i).has("text")) {
        assertEquals(want.get(i).get("text").asText(), got.get(i).text(), "removal " + i);
      }
    }
    // the two repeated copies start where the article starts again, right after "...around the world."
    assertTrue(got.get(4).text().startsWith("CPC marks 70th anniversary"));
    assertTrue(got.get(5).text().startsWith("CPC marks 70th anniversary"));
    for (int i = 1; i < got.size(); i++) {
      assertTrue(got.get(i - 1).span().end() <= got.get(i).span().start(), "removals are in input order");
    }
  }

  @Test
  void theDatelineDateStaysReachableInTheCaption() {
    String caption = digest.removed().stream().filter(r -> r.reason().label().equals("caption"))
        .findFirst().orElseThrow().text();
    assertTrue(caption.contains("Jan 18, 2021"), caption);
  }

  @Test
  void documentIsValidJson() {
    byte[] json = DigestJson.toBytes(Map.of("path", SEED.toString()), digest, true);
    JsonNode doc = SchemaAssert.assertValid(json);
    assertEquals(3, doc.path("deduplication").path("copies").asInt());
    assertEquals("BEIJING", doc.path("dateline").asText());
  }

  @Test
  void keyFactsNameTheSeedsPeopleOrganisationsPlacesAndDate() {
    var facts = digest.keyFacts();
    List<String> people = facts.people().stream().map(dev.lede.facts.Entity::name).toList();
    assertTrue(people.contains("Wang Huning"), people::toString);
    assertTrue(people.stream().noneMatch(p -> p.contains("Senior") || p.contains("Communist")), people::toString);
    dev.lede.facts.Entity wang = facts.people().stream()
        .filter(e -> e.name().equals("Wang Huning")).findFirst().orElseThrow();
    assertTrue(wang.aliases().contains("Wang"), "a later 'Wang' is the same person");

    List<String> places = facts.places().stream().map(dev.lede.facts.Entity::name).toList();
    assertTrue(places.contains("Beijing"), "the dateline's place: " + places);

    List<String> orgs = facts.organizations().stream().map(dev.lede.facts.Entity::name).toList();
    assertTrue(orgs.contains("Communist Party of China"), orgs::toString);
    assertTrue(orgs.contains("International Department of the CPC Central Committee"), orgs::toString);
    dev.lede.facts.Entity cpc = facts.organizations().get(orgs.indexOf("Communist Party of China"));
    assertTrue(cpc.aliases().containsAll(List.of("CPC", "the Party")), cpc.aliases()::toString);

    assertTrue(facts.dates().stream().anyMatch(d -> "2021-01-18".equals(d.value())), facts.dates()::toString);
    for (var e : facts.people()) {
      for (var span : e.spans()) {
        assertTrue(span.end() <= digest.text().length(), "spans point into the text");
      }
    }
  }

  private static int count(String text, String piece) {
    int n = 0;
    for (int from = text.indexOf(piece); from >= 0; from = text.indexOf(piece, from + piece.length())) {
      n++;
    }
    return n;
  }
}
