package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.Removal;
import java.util.List;

/**
 * The invariants of cleaned text the fuzz targets check (issue 6), in one place.
 *
 * <p><b>Subsequence, precisely.</b> Cleaning only leaves text out; it never adds or changes a
 * character, except the whitespace it puts between paragraphs. So: delete every whitespace character
 * from the cleaned text and from the decoded input; the first must be a subsequence of the second (the
 * kept characters appear in the input in the same order). Whitespace is left out of the comparison
 * because the cleaner separates paragraphs with a blank line ({@code "\n\n"}) and may split a paragraph
 * where a title, caption or copy was glued on with no space at all ("departmentSenior",
 * "world.CPC"), or join the lines of one paragraph with a space.
 */
public final class TextInvariants {
  private TextInvariants() {}

  /** Asserts that the non-whitespace chars of {@code output} are a subsequence of those of {@code input}. */
  public static void assertSubsequence(String input, String output) {
    int i = 0;
    for (int o = 0; o < output.length(); o++) {
      char c = output.charAt(o);
      if (Character.isWhitespace(c)) {
        continue;
      }
      while (i < input.length() && input.charAt(i) != c) {
        i++;
      }
      if (i >= input.length()) {
        throw new AssertionError("output char " + o + " ('" + c + "') is not in the input after what came before");
      }
      i++;
    }
  }

  /**
   * The shape of cleaned text: paragraphs non-empty, without surrounding whitespace and without a blank
   * line inside, joined by one blank line.
   */
  public static void assertParagraphs(CleanArticle a) {
    for (String p : a.paragraphs()) {
      assertFalse(p.isEmpty(), "an empty paragraph");
      assertEquals(p.strip(), p, "a paragraph with whitespace around it");
      assertFalse(p.contains("\n\n"), "a blank line inside a paragraph");
    }
    assertEquals(String.join("\n\n", a.paragraphs()), a.text());
  }

  /** Every removal lies inside {@code input} and names the text its span covers. */
  public static void assertRemovals(String input, List<Removal> removed) {
    for (Removal r : removed) {
      assertTrue(r.span().start() >= 0 && r.span().end() <= input.length(), () -> "removal outside the input: " + r);
      assertEquals(input.substring(r.span().start(), r.span().end()).strip(), r.text(), () -> "removal text: " + r);
    }
  }
}
