package dev.lede.clean;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CreditFinder#mayNameService} must answer as the word-by-word test it replaced
 * ({@link CreditFinder#mayNameServiceAtWordStarts}), and
 * {@link CreditFinder#mayHoldMarkedCredit}, the quick test that spares most paragraphs the scan over
 * brackets and word starts, must never say no where {@link CreditFinder#scanMarked} finds a credit: the
 * cleaner's output may not depend on it.
 */
class CreditFinderQuickTestTest {
  /** Every char that can open a label where the scan asks ({@code labelled}) is one the quick test seeks. */
  @Test
  void labelOpenersHoldEveryCharALabelCanOpenWith() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean asked = Character.isLetter(ch) && Character.isUpperCase(ch) || ch == '\u00A9';
      if (!asked) {
        continue;
      }
      for (String label : CreditFinder.LABELS) {
        if (Character.toLowerCase(ch) == label.charAt(0)) {
          assertTrue(CreditFinder.LABEL_OPENERS.indexOf(ch) >= 0, "U+" + Integer.toHexString(c));
        }
      }
    }
  }

  /** Every capital whose lower case opens a photo service's name is one the searches seek (or the dotted I). */
  @Test
  void serviceOpenersHoldEveryCapitalANameCanOpenWith() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (!Character.isUpperCase(ch) || ch == '\u0130') {
        continue;
      }
      for (String name : CreditFinder.PHOTO_SERVICES) {
        if (Character.toLowerCase(ch) == name.charAt(0)) {
          assertTrue(CreditFinder.SERVICE_OPENERS.indexOf(ch) >= 0, "U+" + Integer.toHexString(c));
        }
        String text = "at the rally " + ch + name.substring(1);
        assertEquals(CreditFinder.mayNameServiceAtWordStarts(text), CreditFinder.mayNameService(text), text);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The president at the rally [Photo/Xinhua]", "Crowds gathered (Photo: Reuters) on Monday.",
    "Image copyright AFP The storm hit", "Photo: Reuters", "Picture by John Smith/PA",
    "REUTERS/Kevin Lamarque", "He spoke. \u00A9 Getty", "Credit: Jane Doe", "Copyright: AP",
    "\u0130mage copyright AFP", "Photographs by Ann Lee", "Pic: Sam Jones", "IMAGE COPYRIGHT EPA"})
  void saysMaybeWhereTheScanFindsACredit(String text) {
    assertTrue(!scan(text).isEmpty(), text); // the examples are credits
    assertTrue(CreditFinder.mayHoldMarkedCredit(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Police in Maryland have said the plan is on.", "The minister said on Monday",
      "Chris Smith said Pakistan would go ahead.", "In Paris, Police Chief Ann Lee spoke."})
  void saysNoToProseWithoutBracketsSlashesOrLabels(String text) {
    assertEquals(false, CreditFinder.mayHoldMarkedCredit(text), text);
  }

  /** Random strings of the pieces credits are made of: the quick test never rules out a credit. */
  @Test
  void neverRulesOutACreditOnRandomPieces() {
    String[] pieces = {"Image", "copyright", "image", "IMAGE", "source,", "source:", "Photo:", "photo", "Picture",
        "by", "Pic:", "Credit:", "credit", "Copyright:", "\u00A9", "\u0130mage", "Getty", "Images", "AFP", "Reuters",
        "REUTERS/Kevin", "Xinhua/Li", "Xin", "(", ")", "[", "]", "/", "Photo/Xinhua", "AP", "Photo", "said", "The",
        "In", "Co", ".", ",", " ", " ", "Getty Images", "getty", "GETTY", "Shutterstock", "Alamy", "iStock",
        "Rex", "Features", "PA Wire", "Corbis", "Science", "\u0130stock", "\u212Aelvin", "G", "S", "A", "R", "\u2019s", "file", "PA", "\u212Aelvin", "Im", "Ph", "Cr", "C", "I", "P"};
    Random random = new Random(11);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int k = 0; k < parts; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      agree(b.toString());
    }
  }

  /** Every paragraph of real news copy, and every piece of it from a word start. */
  @Test
  void neverRulesOutACreditOnRealNews() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      Path path = SharedData.require(set);
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String text = mapper.readTree(line).path("text").asText();
        for (String paragraph : text.split("\n")) {
          agree(paragraph.strip());
        }
        for (int i = 0; i < text.length(); i++) {
          if (i == 0 || text.charAt(i - 1) == ' ') {
            agree(text.substring(i, Math.min(text.length(), i + 80)));
          }
        }
      }
    }
  }

  private static List<int[]> scan(String s) {
    List<int[]> out = new ArrayList<>();
    CreditFinder.scanMarked(s, out);
    return out;
  }

  private static void agree(String s) {
    assertEquals(CreditFinder.mayNameServiceAtWordStarts(s), CreditFinder.mayNameService(s), () -> "\"" + s + "\"");
    if (!CreditFinder.mayHoldMarkedCredit(s)) {
      assertTrue(scan(s).isEmpty(), () -> "\"" + s + "\"");
    }
  }
}
