package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AliasLinker} indexes mentions by their key's {@link NameKeys} id, and by the key itself for a
 * mention without one: both link the same mentions to the same targets and settle the same types.
 */
class AliasLinkerKeyIdsTest {
  private final Gazetteer g = Gazetteer.shared();

  /** The mentions of {@code text}, classified and linked; with their key ids taken away first when {@code byKey}. */
  private List<Mention> linked(String text, boolean byKey) {
    List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
    List<Mention> mentions = new MentionFinder(g, text, tokens).find();
    EntityClassifier classifier = new EntityClassifier(g, text, tokens);
    for (Mention m : mentions) {
      classifier.classify(m);
    }
    if (byKey) {
      for (Mention m : mentions) {
        m.keyId = -1;
      }
    }
    new AliasLinker(text, tokens).link(mentions);
    return mentions;
  }

  private static List<String> described(List<Mention> mentions) {
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      out.add(m.first + "-" + m.last + "@" + m.start + " " + m.type + m.strength + " cue=" + m.personCue
          + " -> " + (m.target == null ? "none" : m.target.first + "-" + m.target.last));
    }
    return out;
  }

  /** Returns how many mentions were compared. */
  private int assertSameByIdAndByKey(String text) {
    List<String> byId = described(linked(text, false));
    assertEquals(byId, described(linked(text, true)));
    return byId.size();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The Communist Party of China (CPC) met. The CPC said the Party would act. Wang Huning spoke; Wang left.",
      "Phil Simmons and Lendl Simmons played. Simmons scored. Deportivo Coruna won; Deportivo fans cheered.",
      "Johnson Controls Inc and Lear Corp merged. Johnson said so. Lear agreed, and Controls rose.",
      "Paris is in France. Paris Hilton visited Paris. Hilton said Paris was fine.",
      ""})
  void linksTheSameByIdAndByKey(String text) {
    assertSameByIdAndByKey(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "bbc"})
  void linksTheSameByIdAndByKeyOnWholeTexts(String which) throws IOException {
    int mentions = 0;
    List<String> texts = which.equals("seed") ? List.of(Files.readString(FactExtractorTest.SEED))
        : dev.lede.SharedData.texts("dev/bbc.jsonl");
    for (String text : texts) {
      mentions += assertSameByIdAndByKey(text);
    }
    assertTrue(mentions > 0);
  }
}
