package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineDetectorTest {
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "BEIJING -- #BEIJING",
    "LONDON (Reuters) - #LONDON",
    "WASHINGTON, Jan. 19 (Xinhua) -- #WASHINGTON",
    "(CNN) -- #CNN",
    "(CNN)#CNN",
    "Boston (CNN)#Boston",
    "Boston (CNN) -- #Boston",
    "New Delhi, India (CNN)#New Delhi",
    "PARIS, March 3 (AFP) - #PARIS",
    "NEW YORK \u2014 #NEW YORK",
    "RIO DE JANEIRO -- #RIO DE JANEIRO",
    "TOKYO: #TOKYO",
    "Geneva (AP) \u2014 #Geneva",
    "(The Hollywood Reporter)#The Hollywood Reporter",
    "MOSCOW, Feb 2 (Reuters) - #MOSCOW",
  })
  void findsTheDatelineAndItsName(String dateline, String name) {
    CleanArticle a = clean(dateline + " " + ARTICLE); // (CsvSource trims the value)
    assertEquals(name, a.dateline());
    assertEquals(List.of(dateline.strip()), removed(a, RemovalReason.DATELINE));
    assertEquals(ARTICLE.replace("\n", "\n\n"), a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The International Monetary Fund (IMF) has warned that growth will slow.",
    "(Close): London's leading shares ended the day higher.",
    "Pat Ingles, 69, remembers her grandmother knitting by the fire.",
    "NASA has announced a new mission to the Moon.",
    "Senior Communist Party of China official Wang Huning on Monday called for more work.",
    "HYUNDAI TO BUILD NEW INDIA PLANT - CNN.com said the plant would open in 2006.",
  })
  void ordinaryFirstSentencesHaveNoDateline(String lead) {
    assertNull(DatelineDetector.match(lead));
    assertNull(clean(lead + "\n" + ARTICLE).dateline());
  }
}
