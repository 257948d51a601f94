package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import dev.lede.facts.QuoteExtractor.Mark;
import dev.lede.facts.QuoteExtractor.Raw;
import dev.lede.text.Span;
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
 * {@link QuoteExtractor#scan}, which reads only the marks among the tokens, finds what a scan of every
 * char finds (the straightforward form below, kept here as the specification).
 */
class QuoteScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every char looked at, in order. */
  private static List<Raw> charByChar(String s) {
    List<Raw> out = new ArrayList<>();
    List<Span> pieces = new ArrayList<>();
    int n = s.length();
    Mark open = null;
    int openAt = -1;
    int pieceStart = -1;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!QuoteExtractor.isQuoteOrBreak(c)) {
        i++;
        continue;
      }
      if (open == null) {
        Mark m = QuoteExtractor.opening(s, i);
        if (m != null) {
          open = m;
          openAt = i;
          pieceStart = i + 1;
          pieces.clear();
        }
        i++;
        continue;
      }
      if (c == '\n') {
        int j = i;
        while (j < n && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        if (j < n && QuoteExtractor.opening(s, j) == open) {
          pieces.add(new Span(pieceStart, i));
          pieceStart = j + 1;
          i = j + 1;
        } else {
          open = null;
          i = j;
        }
        continue;
      }
      if (QuoteExtractor.closes(s, i, open)) {
        pieces.add(new Span(pieceStart, i));
        out.add(new Raw(openAt, i, List.copyOf(pieces)));
        open = null;
      } else if (QuoteExtractor.opening(s, i) == open) {
        if (QuoteExtractor.afterSentenceEnd(s, i)) {
          pieces.add(new Span(pieceStart, i));
        } else {
          openAt = i;
          pieces.clear();
        }
        pieceStart = i + 1;
      }
      i++;
    }
    return out;
  }

  private static void same(String text) {
    assertEquals(charByChar(text), QuoteExtractor.scan(TextTokens.of(text)), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"We won,\" he said. 'Fine' - and \u201Cthe players' union\u201D said \u2018no\u2019.",
      "\u201CFirst paragraph\n\n\u201CSecond paragraph,\u201D she said.\r\n \n\"Never closed\nNext",
      "It's rock'n'roll, the '90s. \"Quote one. \"Quote two.\" \u00ABGuillemets\u00BB",
      "\"\n\"\n\n\"a\" \"", "'", "\n\n\"x\n  \n\"y\"", "(\"Bracketed\") and -\"dashed\" and /'slashed'"})
  void findsWhatACharByCharScanFinds(String text) {
    same(text);
  }

  @Test
  void randomTextsOfQuotesLettersAndBreaks() {
    char[] alphabet = {'"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', 'a', 'B', 's',
        '9', ' ', ' ', '\n', '\r', '\t', '.', ',', '(', '-', ':', '\u2014'};
    Random r = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      same(b.toString());
    }
  }

  @Test
  void theDevTexts() throws IOException {
    for (String set : List.of("dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl")) {
      Path data = SharedData.require(set);
      for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          same(JSON.readTree(line).get("text").asText());
        }
      }
    }
  }
}
