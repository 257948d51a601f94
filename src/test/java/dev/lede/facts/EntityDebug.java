package dev.lede.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.text.RuleSentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For analysis by hand: prints every mention the recognizer sees in one document of a JSONL set.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.lede.facts.EntityDebug FILE ID}
 */
final class EntityDebug {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode row = json.readTree(line);
      if (!row.path("id").asText().equals(args[1])) {
        continue;
      }
      String text = row.get("text").asText();
      Gazetteer g = Gazetteer.shared();
      List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
      List<Mention> mentions = new MentionFinder(g, text, tokens).find();
      EntityClassifier c = new EntityClassifier(g, text, tokens);
      for (Mention m : mentions) {
        c.classify(m);
      }
      System.out.println("sports=" + c.sports() + " " + mentions);
      new AliasLinker(text, tokens).link(mentions);
      System.out.println(mentions);
      System.out.println(row.get("entities"));
    }
  }
}
