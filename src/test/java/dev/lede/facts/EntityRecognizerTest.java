package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the entity recognizer promises: names, types, aliases, spans and order. */
class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** The seed article's body as the cleaner should hand it over: one copy, no title, no caption. */
  static final String SEED_BODY = String.join("\n\n",
      "BEIJING -- Senior Communist Party of China official Wang Huning on Monday called for improved"
          + " international work for the Party in the new era.",
      "Wang, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and"
          + " a member of the Secretariat of the CPC Central Committee, made the remarks at a gathering"
          + " marking the 70th anniversary of the founding of the International Department of the CPC"
          + " Central Committee.",
      "He said that international exchanges should be enhanced to make new and greater contributions to"
          + " the development of the Party and country, and noted that the 100th anniversary of the"
          + " founding of the CPC should be celebrated with outstanding accomplishments.",
      "Reviewing the CPC's international exchanges over the past 100 years, Wang highlighted achievements"
          + " made since the 18th CPC National Congress.",
      "He said it is important that the CPC's story is told well so that the Party is understood and"
          + " recognized more by the international community, and to promote communication and cooperation"
          + " with political parties around the world.");

  static Entities recognize(String text) {
    return RECOGNIZER.recognize(text, new RuleSentenceSplitter().split(text));
  }

  static Entity find(List<Entity> list, String name) {
    for (Entity e : list) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  static List<Entity> all(Entities e) {
    List<Entity> all = new ArrayList<>(e.people());
    all.addAll(e.organizations());
    all.addAll(e.places());
    return all;
  }

  @Test
  void seedWangHuningIsAPersonNamedOnceWithHisSurnameAsAlias() {
    Entities e = recognize(SEED_BODY);
    Entity wang = find(e.people(), "Wang Huning");
    assertNotNull(wang, "people: " + e.people());
    assertEquals(List.of("Wang"), wang.aliases());
    assertEquals(3, wang.mentions());
    for (Entity p : e.people()) {
      assertFalse(p.name().contains("Senior") || p.name().contains("Communist"), "not a person: " + p);
    }
  }

  @Test
  void headlineAndDatelineNameEntitiesWithoutSpansInTheText() {
    String text = "Wang said the talks would go on. The minister spoke for an hour.";
    Entities e = RECOGNIZER.recognize(
        text, new RuleSentenceSplitter().split(text), List.of("Wang Huning visits Paris", "BEIJING --"));
    Entity beijing = find(e.places(), "Beijing");
    assertNotNull(beijing, "the dateline names a place: " + e.places());
    assertEquals("Beijing", beijing.name(), "a place seen only in capitals takes its ordinary spelling");
    assertEquals(List.of("BEIJING"), beijing.aliases());
    assertEquals(1, beijing.mentions());
    assertTrue(beijing.spans().isEmpty(), "no span: the dateline is not in the text");
    Entity wang = find(e.people(), "Wang Huning");
    assertNotNull(wang, "the headline's full name links the text's surname: " + e.people());
    assertEquals(2, wang.mentions());
    assertEquals(1, wang.spans().size());
    assertEquals("Wang", wang.spans().get(0).of(text).toString(), "spans point into the text");
  }

  @Test
  void seedBeijingIsAPlace() {
    Entities e = recognize(SEED_BODY);
    assertNotNull(find(e.places(), "Beijing"), "places: " + e.places());
  }

  @Test
  void seedCommunistPartyOfChinaHasItsAcronymAndShortFormAsAliases() {
    Entities e = recognize(SEED_BODY);
    Entity cpc = find(e.organizations(), "Communist Party of China");
    assertNotNull(cpc, "organizations: " + e.organizations());
    assertEquals(List.of("the Party", "CPC"), cpc.aliases());
    // the name, three "the Party" and three "CPC" standing alone (two of them "CPC's"); the "CPC" in
    // "CPC Central Committee" belongs to that committee's name
    assertEquals(1 + 3 + 3, cpc.mentions(), "spans: " + cpc.spans());
    assertNotNull(find(e.organizations(), "Standing Committee of the Political Bureau of the CPC Central"
        + " Committee"), "organizations: " + e.organizations());
    assertNotNull(find(e.organizations(), "CPC National Congress"), "organizations: " + e.organizations());
    assertNotNull(find(e.organizations(), "International Department of the CPC Central Committee"),
        "organizations: " + e.organizations());
    assertNull(find(e.people(), "CPC"));
  }

  @Test
  void acronymDefinedInBracketsIsTheSameOrganisation() {
    Entities e = recognize("The World Wildlife Fund (WWF) said on Tuesday that poaching had risen."
        + " A WWF official in Nairobi blamed the drought.");
    Entity wwf = find(e.organizations(), "World Wildlife Fund");
    assertNotNull(wwf, "organizations: " + e.organizations());
    assertEquals(List.of("WWF"), wwf.aliases());
    assertEquals(3, wwf.mentions());
    assertEquals(1, e.organizations().size(), "organizations: " + e.organizations());
    assertNotNull(find(e.places(), "Nairobi"));
  }

  @Test
  void surnameReMentionIsTheSamePerson() {
    Entities e = recognize("Finance Minister Margaret Okonjo told reporters the budget was sound."
        + " Okonjo said spending would fall. Later, Okonjo flew to Lagos.");
    assertEquals(1, e.people().size(), "people: " + e.people());
    Entity p = e.people().get(0);
    assertEquals("Margaret Okonjo", p.name());
    assertEquals(List.of("Okonjo"), p.aliases());
    assertEquals(3, p.mentions());
  }

  @Test
  void theShortFormOfAnOrganisationNamedEarlierIsAnAlias() {
    Entities e = recognize("Shares in Northgate Mining Corporation rose after the Corporation said"
        + " output had doubled.");
    Entity org = find(e.organizations(), "Northgate Mining Corporation");
    assertNotNull(org, "organizations: " + e.organizations());
    assertEquals(List.of("the Corporation"), org.aliases());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Monday", "January", "May", "Sept", "Tuesday", "President", "Mr", "Senior", "Dr", "Prime",
      "Minister", "However", "Meanwhile", "The", "Scorers", "Attendance", "He", "It"})
  void monthsWeekdaysHonorificsAndSentenceInitialWordsAreNeverEntities(String word) {
    String text = word + " the talks resumed. They said in " + word + " that President Ana Lopez would"
        + " speak on Monday, January 18, with Mr Smith and Senior official Dr Wu. However, " + word
        + " was quiet.";
    for (Entity e : all(recognize(text))) {
      for (String n : names(e)) {
        for (String w : n.split(" ")) {
          assertFalse(w.equalsIgnoreCase(word) && !n.equals("Ana Lopez"),
              word + " became part of " + e);
        }
      }
    }
  }

  @Test
  void aSpeakerNamedOnlyByASurnameIsAPerson() {
    Entities e = recognize("\"We will rebuild the pier by spring,\" said Locke. Trust chairman, Rob Rees,"
        + " said: \"The money is there.\"");
    assertNotNull(find(e.people(), "Locke"), "people: " + e.people());
    assertNotNull(find(e.people(), "Rob Rees"), "people: " + e.people());
  }

  @Test
  void titlesAreCutOffPeople() {
    Entities e = recognize("Russian Foreign Minister Yevgeny Primakov met President Bill Clinton.");
    assertNotNull(find(e.people(), "Yevgeny Primakov"), "people: " + e.people());
    assertNotNull(find(e.people(), "Bill Clinton"), "people: " + e.people());
    assertEquals(2, e.people().size(), "people: " + e.people());
  }

  @Test
  void allCapsHeadlineAndDatelineYieldOnlyNamesTheBodyConfirms() {
    String text = "TENNIS - KOVALENKO UPSETS TOP SEED AT BERLIN OPEN\n"
        + "BERLIN 1997-05-12\n"
        + "Unseeded Russian Irina Kovalenko beat top seed Claudia Brandt of Germany 6-4 6-3 on Monday.\n"
        + "Kovalenko, 19, said she had never played better.";
    Entities e = recognize(text);
    Entity kovalenko = find(e.people(), "Irina Kovalenko");
    assertNotNull(kovalenko, "people: " + e.people());
    assertTrue(kovalenko.aliases().contains("KOVALENKO"), "aliases: " + kovalenko.aliases());
    assertNotNull(find(e.places(), "BERLIN"), "places: " + e.places());
    assertNotNull(find(e.places(), "Germany"), "places: " + e.places());
    for (Entity x : all(e)) {
      for (String n : names(x)) {
        for (String headlineWord : List.of("TENNIS", "UPSETS", "TOP", "SEED", "OPEN")) {
          assertFalse(n.toUpperCase(Locale.ROOT).contains(headlineWord), "headline word in " + x);
        }
      }
    }
  }

  @Test
  void sportsTablesGiveTeamsAsOrganisationsAndCountriesAsPlaces() {
    String text = "SOCCER - NORTHERN LEAGUE RESULTS\n"
        + "Results of Northern League matches on Saturday:\n"
        + "Ashford 2 Kingsley Rovers 1\n"
        + "Hartwell Athletic 0 Dunmore 3\n"
        + "In a friendly, Norway beat Iceland 1-0 in Oslo.";
    Entities e = recognize(text);
    assertNotNull(find(e.organizations(), "Kingsley Rovers"), "organizations: " + e.organizations());
    assertNotNull(find(e.organizations(), "Hartwell Athletic"), "organizations: " + e.organizations());
    assertNotNull(find(e.places(), "Norway"), "places: " + e.places());
    assertNotNull(find(e.places(), "Oslo"), "places: " + e.places());
  }

  @Test
  void everySpanPointsAtTheNameOrAnAlias() {
    String text = SEED_BODY + "\n\nTENNIS - KOVALENKO WINS\nKovalenko's coach, Pavel Orlov, spoke to"
        + " Reuters in Moscow. Orlov said the U.S. Open was next.";
    for (Entity e : all(recognize(text))) {
      assertEquals(e.mentions(), e.spans().size());
      for (Span s : e.spans()) {
        String at = text.substring(s.start(), s.end());
        assertTrue(at.equals(e.name()) || e.aliases().contains(at), at + " is not a name of " + e);
      }
      List<Span> sorted = new ArrayList<>(e.spans());
      sorted.sort(null);
      assertEquals(sorted, e.spans(), "spans in text order");
    }
  }

  @Test
  void entitiesAreSortedByMentionsAndThenByFirstPosition() {
    String text = "Anna Berg met Carl Holm in Oslo. Holm later met Dora Lind. Holm and Lind spoke."
        + " Lind left for Bergen.";
    List<Entity> people = recognize(text).people();
    assertEquals(List.of("Carl Holm", "Dora Lind", "Anna Berg"),
        people.stream().map(Entity::name).toList());
  }

  @Test
  void emptyAndNameLessTextsGiveNoEntities() {
    assertEquals(Entities.NONE.people(), recognize("").people());
    assertTrue(all(recognize("it was a quiet day, and nothing happened at all.")).isEmpty());
  }

  private static List<String> names(Entity e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    return names;
  }
}
