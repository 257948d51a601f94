package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs.Case;
import dev.lede.HostileInputs.Expect;
import dev.lede.json.SchemaAssert;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What every entry point must make of a hostile input, checked on the document it produced. */
public final class HostileOutcomes {
  private static final Pattern EXCEPTION_CLASS =
      Pattern.compile("\\b(?:java|javax|dev\\.lede|software\\.amazon|com\\.fasterxml)\\.[\\w.$]*(?:Exception|Error)\\b");
  private HostileOutcomes() {}

  /**
   * Asserts that {@code json} is one valid document of the kind the case expects: a summary (no error,
   * text free of control characters, holding what decoding must keep) or an error document with the
   * expected code and a short message, and in either case no stack trace.
   */
  public static JsonNode assertDocument(Case c, byte[] json) {
    assertNoStackTrace(c, new String(json, StandardCharsets.UTF_8));
    JsonNode doc = SchemaAssert.assertValid(json);
    if (c.expect() == Expect.SUMMARY) {
      assertFalse(doc.has("error"), c + ": expected a summary, got " + doc.path("error"));
      String text = doc.path("text").asText();
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        assertTrue(ch == '\n' || !Character.isISOControl(ch), c + ": a control character in the text at " + i);
      }
      if (c.mustContain() != null) {
        assertTrue(text.contains(c.mustContain()), c + ": the text lost '" + c.mustContain() + "'");
      }
    } else {
      JsonNode error = doc.path("error");
      assertEquals(c.expect().code(), error.path("code").asText(), c + ": " + error);
      String message = error.path("message").asText();
      assertFalse(message.isBlank(), c + ": an error document says why");
      assertTrue(message.length() < 300, c + ": a short message, not a dump: " + message);
      assertFalse(doc.has("text"), c + ": an error document holds no article text");
    }
    return doc;
  }

  /** No Java stack trace or exception class name in {@code output}. */
  public static void assertNoStackTrace(Object what, String output) {
    assertFalse(output.contains("\tat ") || output.contains("at dev.lede.") || output.contains("at java."),
        what + ": a stack trace in the output");
    assertFalse(EXCEPTION_CLASS.matcher(output).find(), what + ": an exception class name in the output");
  }
}
