package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sentence splitter's rules, one family at a time. Examples are written for these tests. */
class RuleSentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : SPLITTER.split(text)) {
      out.add(s.of(text).toString());
    }
    return out;
  }

  private static void assertSplit(String text, String... sentences) {
    assertEquals(List.of(sentences), split(text), () -> "splitting: " + text);
  }

  private static void assertOne(String text) {
    assertSplit(text, text);
  }

  @Nested
  class EmptyAndWhitespace {
    @Test
    void emptyTextHasNoSentences() {
      assertEquals(List.of(), SPLITTER.split(""));
    }

    @Test
    void whitespaceOnlyHasNoSentences() {
      assertEquals(List.of(), SPLITTER.split(" \t\n\u00A0\r\n  "));
    }

    @Test
    void spansAreTrimmedOfAllKindsOfSpace() {
      String text = "\u00A0 One two. \u2003Three four.\u00A0";
      List<Span> spans = SPLITTER.split(text);
      assertEquals(List.of(new Span(2, 10), new Span(12, 23)), spans);
    }

    @Test
    void textWithoutPunctuationIsOneSentence() {
      assertOne("a headline without a full stop");
    }

    @Test
    void nullIsRefused() {
      assertThrows(NullPointerException.class, () -> SPLITTER.split(null));
    }
  }

  @Nested
  class Newlines {
    @Test
    void aLineBreakAlwaysEndsASentence() {
      assertSplit("The first line\nthe second line", "The first line", "the second line");
      assertSplit("Mr.\nSmith arrived.", "Mr.", "Smith arrived.");
    }

    @Test
    void blankLinesAndCarriageReturnsMakeNoEmptySentences() {
      assertSplit("One.\r\n\r\n\n  Two.\n", "One.", "Two.");
    }

    @Test
    void unicodeLineAndParagraphSeparatorsEndSentences() {
      assertSplit("One\u2028Two\u2029Three", "One", "Two", "Three");
    }
  }

  @Nested
  class FullStopsQuestionsAndExclamations {
    @Test
    void aFullStopBeforeACapitalEndsASentence() {
      assertSplit("The vote was held. Labour won it.", "The vote was held.", "Labour won it.");
    }

    @Test
    void aFullStopBeforeALowerCaseWordDoesNot() {
      assertOne("The index rose 2 pct. on the day.");
    }

    @Test
    void aFullStopBeforeADigitEndsASentence() {
      assertSplit("Sales rose in 2019. 2020 was worse.", "Sales rose in 2019.", "2020 was worse.");
    }

    @Test
    void questionAndExclamationMarksAndTheirRuns() {
      assertSplit("Is it over? Not yet! Really?! Yes!!", "Is it over?", "Not yet!", "Really?!", "Yes!!");
    }

    @Test
    void anExclamationMarkInsideANameDoesNotEndASentence() {
      assertOne("Shares in Yahoo! fell on Monday.");
    }

    @Test
    void aQuestionInQuotesFollowedByItsSpeakerIsOneSentence() {
      assertOne("\"Who would pay for that?\" Jones asked.");
      assertOne("\"Can it be done?\" Mr Lewis asked.");
      assertSplit("\"Can it be done?\" The answer came later.", "\"Can it be done?\"", "The answer came later.");
      assertSplit("'He is flying!' Lawrence said his goal was money.", "'He is flying!'",
          "Lawrence said his goal was money.");
    }

    @Test
    void ideographicFullStopsAlwaysEndASentence() {
      assertSplit("今天下雨。明天晴天。", "今天下雨。", "明天晴天。");
    }
  }

  @Nested
  class Abbreviations {
    @Test
    void titlesNeverEndASentenceBeforeAName() {
      assertOne("Mr. Smith met Dr. Jones and Gov. Andrew Cuomo at Mt. Vernon.");
      assertOne("Sen. Warren and Rep. Ocasio-Cortez spoke to Prof. Dawkins.");
    }

    @Test
    void titlesWithoutAFullStopNeedNone() {
      assertSplit("He met Mr Smith. Mr Smith left.", "He met Mr Smith.", "Mr Smith left.");
    }

    @Test
    void joiningAbbreviationsNeverEndASentence() {
      assertOne("Cities, e.g. London and Paris, and teams, i.e. Leeds vs. Hull, were named.");
    }

    @Test
    void numberAbbreviationsJoinBeforeANumber() {
      assertOne("He lives at No. 10 and was born on Jan. 19 in Sept. 1990, see p. 55.");
    }

    @Test
    void numberAbbreviationsAreWordsBeforeAnythingElse() {
      assertSplit("The answer was No. The vote failed.", "The answer was No.", "The vote failed.");
    }

    @Test
    void companySuffixesEndASentenceBeforeASentenceStarter() {
      assertSplit(
          "The bid came from Acme Co. It was rejected.", "The bid came from Acme Co.", "It was rejected.");
      assertOne("The bid came from Acme Co. at noon.");
      assertOne("Acme Inc. Chief Executive Jane Roe resigned.");
    }

    @Test
    void dottedAbbreviationsEndASentenceOnlyBeforeASentenceStarter() {
      assertSplit("She moved to the U.K. How was it?", "She moved to the U.K.", "How was it?");
      assertOne("She joined the U.K. Treasury in 2010.");
      assertOne("She lived in the U.S.A. for a year.");
    }

    @Test
    void aShortPrepositionalPhraseIsNotASentence() {
      assertOne("At 9 p.m. The Crown was shown again.");
      assertSplit("The show ended at 9 p.m. The crew left.", "The show ended at 9 p.m.", "The crew left.");
    }

    @Test
    void aTitleAfterADottedAbbreviationStartsASentence() {
      assertSplit("The flight landed at 7 a.m. Mr. Jones was on it.", "The flight landed at 7 a.m.",
          "Mr. Jones was on it.");
    }

    @Test
    void possessiveAfterAnAbbreviation() {
      assertOne("It was Martin Luther King Jr.'s speech.");
    }

    @Test
    void stateAbbreviationsMatchOnlyWhenCapitalised() {
      assertOne("SPRINGFIELD, Ill. Officials said the plant would close.");
      assertSplit("He fell ill. Officials said so.", "He fell ill.", "Officials said so.");
    }

    @Test
    void anAbbreviationAfterAnOpeningQuoteIsStillAnAbbreviation() {
      assertSplit("It ended. 'Mr. Varoufakis never said that,' he wrote.", "It ended.",
          "'Mr. Varoufakis never said that,' he wrote.");
    }

    @Test
    void unitsGluedToNumbersAreNotInitials() {
      assertSplit("Profits were £5m. Analysts cheered.", "Profits were £5m.", "Analysts cheered.");
      assertSplit("It was big in the 1990s. Fans agree.", "It was big in the 1990s.", "Fans agree.");
    }
  }

  @Nested
  class Initials {
    @Test
    void initialsBeforeASurnameDoNotEndASentence() {
      assertOne("The novel by J.K. Rowling and a poem by T. S. Eliot were read by George W. Bush.");
    }

    @Test
    void aCapitalLetterBeforeASentenceStarterEndsASentence() {
      assertSplit("He took vitamin C. It helped.", "He took vitamin C.", "It helped.");
      assertSplit("Just you and I. Did you know?", "Just you and I.", "Did you know?");
    }

    @Test
    void aSingleCapitalIsAnInitialEvenWhereTheLowerCaseLetterIsAnAbbreviation() {
      assertOne("Surrey 174 (P. Simmons 4-38) won, see p. 5.");
    }

    @Test
    void anInitialBeforeAnArticleInitialIsNotASentenceEnd() {
      assertOne("The case of J. A. Smith was heard.");
    }
  }

  @Nested
  class NumbersUrlsAndAddresses {
    @Test
    void decimalsAndDottedNumbers() {
      assertOne("It cost $1.13bn, up 3.5% from 1026.253.553 units and .5 points.");
    }

    @Test
    void aNumberMayEndASentence() {
      assertSplit("She has $100.00. It is enough.", "She has $100.00.", "It is enough.");
    }

    @Test
    void timesWithDots() {
      assertOne("The polls close at 10.30pm on Thursday.");
    }

    @Test
    void urlsAndEmailAddressesKeepTheirDots() {
      assertSplit("Visit https://www.Example.com/News.Page.html. Then write to Jane.Doe@Example.org. Thanks.",
          "Visit https://www.Example.com/News.Page.html.", "Then write to Jane.Doe@Example.org.", "Thanks.");
      assertOne("See www.Example.co.uk/Page for more.");
    }
  }

  @Nested
  class QuotesAndBrackets {
    @Test
    void aClosingQuoteBelongsToTheSentenceItEnds() {
      assertSplit("He said \"Stop.\" Then he left.", "He said \"Stop.\"", "Then he left.");
      assertSplit("She wrote: ‘It is over.’ Nobody replied.", "She wrote: ‘It is over.’", "Nobody replied.");
      assertSplit("She wrote: 'It is over.'Nobody replied.", "She wrote: 'It is over.'", "Nobody replied.");
    }

    @Test
    void aQuotedSentenceFollowedByALowerCaseWordContinues() {
      assertOne("\"It is over.\" she said.");
      assertOne("'It is over!' she said.");
    }

    @Test
    void anOpeningQuoteStartsTheNextSentence() {
      assertSplit("He left. \"I am done,\" he said.", "He left.", "\"I am done,\" he said.");
    }

    @Test
    void aSentenceInsideBracketsFollowedByLowerCaseContinues() {
      assertOne("The minister (She had resigned in 2019.) was reappointed.");
    }

    @Test
    void aSentenceInsideBracketsFollowedByACapitalEnds() {
      assertSplit("It rained. (It always does.) The match went on.", "It rained.", "(It always does.)",
          "The match went on.");
    }
  }

  @Nested
  class Ellipses {
    @Test
    void anEllipsisAttachedToAWordEndsASentenceBeforeACapital() {
      assertSplit("I never said that... She left.", "I never said that...", "She left.");
      assertSplit("I never said that… She left.", "I never said that…", "She left.");
    }

    @Test
    void anEllipsisBeforeALowerCaseWordOrGluedToOneContinues() {
      assertOne("It was... well, odd...really odd.");
    }

    @Test
    void anEllipsisAfterASpaceMarksAnOmissionInsideASentence() {
      assertOne("The report ... Is it true . . . I doubt it.");
    }

    @Test
    void fourDotsEndASentence() {
      assertSplit("I meant it.... Then he left.", "I meant it....", "Then he left.");
      assertSplit("words were left out . . . . Then more.", "words were left out . . . .", "Then more.");
    }

    @Test
    void aFullStopThenASpacedEllipsisBeginsTheNextSentence() {
      assertSplit("The first part ended. . . . The second began.", "The first part ended.",
          ". . . The second began.");
      assertOne("It ended. . . .");
    }

    @Test
    void anEllipsisInBracketsIsAnEditorsMark() {
      assertOne("\"The board [...] agreed [...]\" (Minutes, p. 3).");
    }
  }

  @Nested
  class Lists {
    @Test
    void numberedItemsOnOneLine() {
      assertSplit("1. Buy milk 2. Feed the cat 3. Sleep", "1. Buy milk", "2. Feed the cat", "3. Sleep");
      assertSplit("1) Buy milk. 2) Feed the cat.", "1) Buy milk.", "2) Feed the cat.");
      assertSplit("1.) Buy milk 2.) Feed the cat", "1.) Buy milk", "2.) Feed the cat");
    }

    @Test
    void letteredItems() {
      assertSplit("a. Buy milk b. Feed the cat", "a. Buy milk", "b. Feed the cat");
    }

    @Test
    void bulletedItems() {
      assertSplit("• Buy milk • Feed the cat", "• Buy milk", "• Feed the cat");
      assertSplit("• 4. Buy milk • 5. Feed the cat", "• 4. Buy milk", "• 5. Feed the cat");
    }

    @Test
    void itemsOnTheirOwnLines() {
      assertSplit("1. Buy milk.\n2. Feed the cat.", "1. Buy milk.", "2. Feed the cat.");
    }

    @Test
    void aNumberInsideASentenceIsNotAListItem() {
      assertSplit("He scored 2. The team lost 3. Then it rained.", "He scored 2.", "The team lost 3.",
          "Then it rained.");
    }
  }

  @Nested
  class GluedSentences {
    @Test
    void aFullStopWithoutASpaceBetweenSentences() {
      assertSplit("It grew around the world.CPC marks its anniversary.", "It grew around the world.",
          "CPC marks its anniversary.");
      assertSplit("It was Tuesday.Mr. Smith came.", "It was Tuesday.", "Mr. Smith came.");
      assertSplit("He bought 1,000.That is a lot.", "He bought 1,000.", "That is a lot.");
      assertSplit("He said it was over.\"It is not,\" she said.", "He said it was over.\"",
          "It is not,\" she said.");
    }

    @Test
    void dottedNamesAndAbbreviationsStayWhole() {
      assertOne("She bought it from Amazon.com and read bbc.co.uk and Halo.Bungie.Org in the U.S.A.");
      assertOne("Cities e.g.London are big.");
      assertOne("It was Mr.Benn on the screen.");
    }
  }
}
