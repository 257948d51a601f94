package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.text.RuleSentenceSplitter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests for quantities. Each row: a sentence, then the one quantity expected in it (as printed),
 * its normalised value, its unit or currency, and what it counts ("-" for none).
 */
class NumberExtractorTest {
  private final NumberExtractor numbers = new NumberExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
      Turnout reached 76% of voters in the city.            | 76% of voters                    | 76         | percent           | voters
      Support fell to 47.3% of the vote on the day.         | 47.3% of the vote                | 47.3       | percent           | vote
      Inflation rose to 20 per cent last year.              | 20 per cent                      | 20         | percent           | -
      Rates rose by 2 percentage points overnight.          | 2 percentage points              | 2          | percentage points | -
      The firm agreed a $1.13bn deal with the bank.         | $1.13bn deal                     | 1130000000 | USD               | deal
      The council raised £600m from the sale.               | £600m                            | 600000000  | GBP               | -
      Greece must repay a £330million loan to the fund.     | £330million loan                 | 330000000  | GBP               | loan
      Brussels set aside €5 billion for the scheme.         | €5 billion                       | 5000000000 | EUR               | -
      Tokyo pledged ¥300 billion for the scheme.            | ¥300 billion                     | 300000000000 | JPY             | -
      The fund holds US$40 million in reserve.              | US$40 million                    | 40000000   | USD               | -
      The fund holds USD 5m in reserve.                     | USD 5m                           | 5000000    | USD               | -
      A pint now costs £2.50 in the village.                | £2.50                            | 2.5        | GBP               | -
      A stamp now costs 50p at the counter.                 | 50p                              | 0.5        | GBP               | -
      The deal is worth 3 million dollars to them.          | 3 million dollars                | 3000000    | USD               | -
      It marks the 70th anniversary of the founding.        | 70th anniversary                 | 70         | ordinal           | anniversary
      It follows the 18th CPC National Congress in Beijing. | 18th CPC National Congress       | 18         | ordinal           | CPC National Congress
      More than 2,000 business leaders attended the summit. | More than 2,000 business leaders | 2000       | -                 | business leaders
      Nearly 1.5 million people were displaced by the war.  | Nearly 1.5 million people        | 1500000    | -                 | people
      He played in front of a 17,430 crowd at the ground.   | 17,430 crowd                     | 17430      | -                 | crowd
      Three teenage girls who fled were found.              | Three teenage girls              | 3          | -                 | teenage girls
      Twenty-five people were hurt in the crash.            | Twenty-five people               | 25         | -                 | people
      He served three years in prison for fraud.            | three years                      | 3          | years             | -
      He was given a 10-year sentence for fraud.            | 10-year sentence                 | 10         | years             | sentence
      She was a 13-year-old girl at the time.               | 13-year-old girl                 | 13         | years             | girl
      She fled to Syria aged 15 without telling anyone.     | aged 15                          | 15         | years             | age
      He ran a 5km race before breakfast.                   | 5km race                         | 5          | km                | race
      A million people marched through the city.            | A million people                 | 1000000    | -                 | people
      """)
  void quantitiesWithUnitsAndWhatTheyCount(String sentence, String text, String value, String unit, String counts) {
    NumberFact f = only(sentence);
    assertEquals(text, f.text());
    assertEquals(new BigDecimal(value), f.value());
    assertEquals(unit, f.unit());
    assertEquals(counts, f.counts());
  }

  @Test
  void vagueQuantitiesHaveNoValue() {
    NumberFact f = only("Hundreds of people gathered outside the court.");
    assertEquals("Hundreds of people", f.text());
    assertNull(f.value());
    assertEquals("people", f.counts());
  }

  @Test
  void scoresAreReadWhenTheClauseSpeaksOfWinning() {
    NumberFact f = only("The Wolves ran out 29-10 winners at Headingley.");
    assertEquals("29-10 winners", f.text());
    assertNull(f.value());
    assertEquals("score", f.unit());
    assertEquals("winners", f.counts());
    NumberFact win = only("They had an 18-6 win over Leeds in March.");
    assertEquals("18-6 win", win.text());
    assertEquals("score", win.unit());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Leaders of the G20 met in Rome.",
    "Covid-19 cases rose in the north.",
    "He presents his BBC5Live show tonight.",
    "The train leaves at 3pm from the station.",
    "The train leaves at 10:30 from the station.",
    "The train leaves at 10.30am from the station.",
    "She was just 13 when it happened.",
    "The club was founded in 2012 by fans.",
    "Apollo 11 landed on the moon.",
    "Music of the 1990s is back in fashion.",
    "One of the killers was caught.",
    "He scored in the 2010-11 season."
  })
  void theseAreNotQuantities(String sentence) {
    assertEquals(List.of(), numbers.extract(sentence), sentence);
  }

  @Test
  void yearsThatArePartOfDatesAreNotNumbers() {
    String text = "On Jan 18, 2021, more than 2,000 business leaders met in 2019 and on 18/01/2021.";
    CleanArticle article = new CleanArticle(null, null, List.of(text), List.of(), new DedupStats(1, 0, 0, 0));
    KeyFacts facts = new FactExtractor().extract(article, text, new RuleSentenceSplitter().split(text), null);
    assertEquals(List.of("more than 2,000 business leaders"),
        facts.numbers().stream().map(NumberFact::text).toList());
    assertEquals(3, facts.dates().size(), facts.dates()::toString);
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Shares rose 5%.\n\nThe £2.50 fee hit 3,000 shoppers and 12 stores.";
    List<NumberFact> found = numbers.extract(text);
    assertEquals(4, found.size(), found::toString);
    for (NumberFact f : found) {
      assertEquals(f.text(), f.span().of(text).toString());
    }
  }

  @Test
  void hostileInputStaysLinear() {
    String many = "more than 2,000 business leaders paid $1.13bn, 29-10 winners 76% of 5 ".repeat(20_000);
    String digits = "1".repeat(1_000_000);
    String commas = "1,".repeat(500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      numbers.extract(many);
      numbers.extract(digits);
      numbers.extract(commas);
    });
  }

  private NumberFact only(String sentence) {
    List<NumberFact> found = numbers.extract(sentence);
    assertEquals(1, found.size(), () -> "one quantity in '" + sentence + "': " + found);
    NumberFact f = found.get(0);
    assertEquals(f.text(), f.span().of(sentence).toString(), "span points at the text");
    return f;
  }
}
