package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quotations with every attribution form. The entities a recogniser would find are given by hand: every
 * mention of each name below becomes a mention of that entity, so a later "Locke" is "John Locke".
 */
class QuoteExtractorTest {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** Entities for {@code text}: people and organisations by full name and the aliases that mention them. */
  private static Entities entities(String text, String[][] people, String[][] orgs) {
    return new Entities(mentions(text, people, EntityType.PERSON),
        mentions(text, orgs, EntityType.ORGANIZATION), List.of());
  }

  private static List<Entity> mentions(String text, String[][] names, EntityType type) {
    List<Entity> out = new ArrayList<>();
    for (String[] forms : names) {
      List<Span> spans = new ArrayList<>();
      boolean[] taken = new boolean[text.length()];
      for (String form : forms) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          if (!taken[at]) {
            spans.add(new Span(at, at + form.length()));
            for (int k = at; k < at + form.length(); k++) {
              taken[k] = true;
            }
          }
        }
      }
      spans.sort(null);
      out.add(new Entity(forms[0], type, spans.size(), spans, List.of(forms).subList(1, forms.length)));
    }
    return out;
  }

  private static final String[][] LOCKE = {{"John Locke", "Locke"}};
  private static final String[][] REES = {{"Rob Rees", "Rees"}};
  private static final String[][] TRUST = {{"Wildlife Trust", "Trust"}};

  private List<Quote> extract(String text, String[][] people, String[][] orgs) {
    List<Quote> found = quotes.extract(text, entities(text, people, orgs));
    for (Quote q : found) {
      assertTrue(q.speaker() == null || !PRONOUNS.contains(q.speaker().toLowerCase(Locale.ROOT)), "never a pronoun");
      assertTrue(text.substring(q.span().start(), q.span().end()).startsWith(q.text().substring(0, Math.min(10, q.text().length()))),
          "span points at the quoted words");
    }
    return found;
  }

  private Quote only(String text, String[][] people, String[][] orgs) {
    List<Quote> found = extract(text, people, orgs);
    assertEquals(1, found.size(), () -> "one quote in: " + text + " " + found);
    return found.get(0);
  }

  @Test
  void saidNameAfterTheQuote() {
    Quote q = only("\"We will win this race,\" said Locke, smiling.", LOCKE, new String[0][]);
    assertEquals("We will win this race", q.text());
    assertEquals("John Locke", q.speaker());
  }

  @Test
  void nameSaidAfterTheQuote() {
    Quote q = only("\"We will win this race,\" Locke said.", LOCKE, new String[0][]);
    assertEquals("John Locke", q.speaker());
  }

  @Test
  void titleCommaNameCommaSaidColonBeforeTheQuote() {
    Quote q = only("Trust chairman, Rob Rees, said: \"The Trust has had its best year yet.\"", REES, TRUST);
    assertEquals("The Trust has had its best year yet.", q.text());
    assertEquals("Rob Rees", q.speaker(), "the person wins over the organisation in the subject");
  }

  @Test
  void heAddedResolvesToTheLastPersonNamedAsSpeaker() {
    String text = "Rob Rees said the year had been good.\n\n\"We are delighted with the result,\" he added.";
    assertEquals("Rob Rees", only(text, REES, new String[0][]).speaker());
  }

  @Test
  void pronounWithNoNamedSpeakerIsNull() {
    Quote q = only("\"We are delighted with the result,\" he added.", REES, new String[0][]);
    assertNull(q.speaker());
    Quote she = only("The Wildlife Trust said it was pleased.\n\n\"It is a great day for us all,\" she said.",
        new String[0][], TRUST);
    assertNull(she.speaker(), "'she' is a person; the last speaker was an organisation");
  }

  @Test
  void itSaidResolvesToTheLastOrganisationNamedAsSpeaker() {
    String text = "The Wildlife Trust said it was pleased.\n\n\"It is a great day for nature,\" it said.";
    assertEquals("Wildlife Trust", only(text, new String[0][], TRUST).speaker());
  }

  @Test
  void accordingToBeforeAndAfter() {
    Quote after = only("\"Prices will rise again next year,\" according to the Wildlife Trust.", new String[0][], TRUST);
    assertEquals("Wildlife Trust", after.speaker());
    Quote before = only("According to Locke, \"the economy is in a terrible state.\"", LOCKE, new String[0][]);
    assertEquals("John Locke", before.speaker());
  }

  @Test
  void toldSomebodyColonBeforeTheQuote() {
    String text = "Locke was honoured. He told Racemail: 'I have a kind invitation from the chairman.'";
    Quote q = only(text, LOCKE, new String[0][]);
    assertEquals("I have a kind invitation from the chairman.", q.text());
    assertNull(q.speaker(), "Locke was not named as a speaker before");
    Quote named = only("Locke said he was honoured. He told Racemail: 'I have a kind invitation from the chairman.'",
        LOCKE, new String[0][]);
    assertEquals("John Locke", named.speaker());
  }

  @Test
  void quoteRunningOverSeveralParagraphs() {
    String text = "Locke said: \u201CThe first part of the statement is here.\n\n"
        + "\u201CThe second part follows it.\n\n\u201CAnd the third ends it.\u201D\n\nThe meeting closed.";
    Quote q = only(text, LOCKE, new String[0][]);
    assertEquals("The first part of the statement is here. The second part follows it. And the third ends it.",
        q.text());
    assertEquals("John Locke", q.speaker());
  }

  @Test
  void paragraphsRunTogetherKeepOneQuote() {
    String text = "A senior official told the newspaper: 'We are a small government. If we must choose, it is easy. "
        + "'We may have to go into arrears with the fund.' Markets fell.";
    Quote q = only(text, new String[0][], new String[0][]);
    assertTrue(q.text().startsWith("We are a small government.") && q.text().endsWith("with the fund."), q.text());
  }

  @Test
  void singleAndCurlyQuotes() {
    assertEquals("John Locke", only("'We strive to pay our debts on time,' Locke said.", LOCKE, new String[0][]).speaker());
    assertEquals("John Locke", only("\u2018We strive to pay our debts on time,\u2019 Locke said.", LOCKE, new String[0][]).speaker());
    assertEquals("John Locke", only("\u201CWe strive to pay our debts on time,\u201D Locke said.", LOCKE, new String[0][]).speaker());
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    String text = "The CPC's story isn't over, and 'we don't give up on the players' union,' said Locke. "
        + "The players' union agreed in the '90s.";
    Quote q = only(text, LOCKE, new String[0][]);
    assertEquals("we don't give up on the players' union", q.text());
  }

  @Test
  void scareQuotesAreNotQuotations() {
    assertEquals(List.of(), extract("He was 'maybe' influenced by the 'nothing' campaign.", LOCKE, new String[0][]));
  }

  @Test
  void aQuoteWithoutAttributionContinuesTheSpeakerBeforeIt() {
    String text = "\"We will win,\" said Locke. \"And we will win the next one as well.\"";
    List<Quote> found = extract(text, LOCKE, new String[0][]);
    assertEquals(2, found.size());
    assertEquals("John Locke", found.get(1).speaker());
  }

  @Test
  void speakerIsNullWhenTheAttributionNamesNoEntity() {
    Quote q = only("\"It was a tragic accident on the road,\" said a police spokesman.", LOCKE, new String[0][]);
    assertNull(q.speaker());
  }

  @Test
  void thePersonWhoSpeaksIsTheSubjectNotAPossessiveOrTheListener() {
    String[][] people = {{"Abase Hussen", "Mr Hussen"}, {"Lee Rigby", "Mr Rigby"}};
    String text = "Mr Hussen said he felt terrible to know he had marched with one of Mr Rigby’s killers and said: "
        + "‘It was brutal, it has nothing to do with faith.’";
    assertEquals("Abase Hussen", only(text, people, new String[0][]).speaker());
    Quote told = only("'I have a kind invitation from the chairman,' told Locke the host.", LOCKE, new String[0][]);
    assertNull(told.speaker(), "after 'told' comes the listener");
  }

  @Test
  void aNewSentenceAfterAClosedQuoteIsNotItsAttribution() {
    String text = "\"We are talking about microbes here.\" Still, Locke said it was an exciting time.";
    assertNull(only(text, LOCKE, new String[0][]).speaker());
  }

  @Test
  void titlesInTitleCaseAreNotQuotations() {
    assertEquals(List.of(), extract("He sang \"The Thrill Is Gone\" and \"When Love Comes To Town\" live.",
        LOCKE, new String[0][]));
  }

  @Test
  void hundredThousandQuoteMarksStayLinear() {
    String straight = "\"".repeat(100_000);
    String singles = "' ".repeat(100_000);
    String unclosed = "He said \"no and \"yes and ".repeat(20_000);
    String balanced = "\"Fine words here,\" he said. ".repeat(20_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      quotes.extract(straight, Entities.NONE);
      quotes.extract(singles, Entities.NONE);
      quotes.extract(unclosed, Entities.NONE);
      assertEquals(20_000, quotes.extract(balanced, Entities.NONE).size());
    });
  }

  /**
   * Mentions sort on keys that pack start, end and index in 21 bits each; a text beyond two million
   * chars sorts them another way, and the speakers must be the same.
   */
  @Test
  void speakersAreTheSameWhenMentionsLieBeyondTwoMillionChars() {
    String body = "Rob Rees said the year had been good.\n\n\"We are delighted with the result,\" he added."
        + " \"The Trust has had its best year yet,\" the Wildlife Trust said.\n\n"
        + "\"We will win this race,\" said Locke, smiling. Locke said: \"It will be hard.\"";
    String[][] people = {{"Rob Rees", "Rees"}, {"John Locke", "Locke"}};
    String padding = "word ".repeat(430_000) + "\n\n"; // 2,150,002 chars
    List<Quote> near = quotes.extract(body, entities(body, people, TRUST));
    String far = padding + body;
    List<Quote> beyond = quotes.extract(far, entities(far, people, TRUST));
    assertTrue(far.length() - body.length() > (1 << 21));
    assertEquals(4, near.size());
    assertEquals(near.size(), beyond.size());
    for (int i = 0; i < near.size(); i++) {
      assertEquals(near.get(i).text(), beyond.get(i).text());
      assertEquals(near.get(i).speaker(), beyond.get(i).speaker());
      assertEquals(near.get(i).span().start() + padding.length(), beyond.get(i).span().start());
    }
  }
}
