package dev.lede.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates documents against the published schema; shared by every test that produces JSON. */
public final class SchemaAssert {
  public static final String SCHEMA_RESOURCE = "/dev/lede/json/lede-document-v1.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaAssert() {}

  private static JsonSchema load() {
    try (InputStream in = SchemaAssert.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code json}, fails the test unless it validates, and returns the tree. */
  public static JsonNode assertValid(byte[] json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      assertValid(node);
      return node;
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  public static void assertValid(JsonNode node) {
    Set<ValidationMessage> errors = SCHEMA.validate(node);
    if (!errors.isEmpty()) {
      fail("document does not validate against the schema: " + errors + "\n" + node.toPrettyString());
    }
  }
}
