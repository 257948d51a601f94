package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.facts.Entity;
import dev.lede.facts.EntityType;
import dev.lede.facts.KeyFacts;
import dev.lede.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entity measure compares unique surface names per document and type. */
class EntityMeasureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Entity entity(String name, EntityType type, String... aliases) {
    return new Entity(name, type, 1 + aliases.length, List.of(new Span(0, name.length())), List.of(aliases));
  }

  @Test
  void namesAndAliasesAreScoredAsUniqueStringsPerType() throws Exception {
    JsonNode row = JSON.readTree("{\"id\":\"d1\",\"text\":\"...\",\"entities\":{"
        + "\"people\":[\"Phil Simmons\",\"Simmons\"],"
        + "\"organizations\":[\"Communist Party of China\",\"CPC\",\"Party\"],"
        + "\"places\":[\"London\",\"Paris\"]}}");
    KeyFacts facts = new KeyFacts(
        List.of(entity("Phil Simmons", EntityType.PERSON, "Simmons")),
        List.of(entity("Communist Party of China", EntityType.ORGANIZATION, "CPC", "the Party")),
        List.of(entity("London", EntityType.PLACE), entity("Berlin", EntityType.PLACE)),
        List.of(), List.of(), List.of());
    EntityMeasure measure = new EntityMeasure();
    assertTrue(measure.applies(row));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    measure.add(row, facts, new PrintStream(err, true, StandardCharsets.UTF_8));
    Map<String, Object> r = measure.result();
    assertEquals(1.0, r.get("entities.people.f1"));
    assertEquals(1.0, r.get("entities.organizations.f1"), "\"the Party\" counts as \"Party\"");
    assertEquals(0.5, r.get("entities.places.precision"));
    assertEquals(0.5, r.get("entities.places.recall"));
    // 6 right, 1 wrong, 1 missed
    assertEquals(Math.round(2.0 * 6 / (2 * 6 + 1 + 1) * 10000) / 10000.0, r.get("entities.micro.f1"));
    String failures = err.toString(StandardCharsets.UTF_8);
    assertTrue(failures.contains("+places: Berlin") && failures.contains("-places: Paris"), failures);
    assertFalse(failures.contains("Simmons"), failures);
  }

  @Test
  void rowsWithoutEntityLabelsDoNotApply() throws Exception {
    assertFalse(new EntityMeasure().applies(JSON.readTree("{\"id\":\"x\",\"text\":\"t\",\"lead\":\"l\"}")));
  }
}
