package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTimeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-11-20|2019-11-20",
        "2019-11-20T08:30|2019-11-20T08:30:00",
        "2019-11-20T08:30:15.123Z|2019-11-20T08:30:15Z",
        "2021-11-01T10:52:50+0100|2021-11-01T10:52:50+01:00",
        "2017-11-03 03:01:00.000000|2017-11-03T03:01:00",
        "2019/11/20|2019-11-20",
        "Nov 20, 2019|2019-11-20",
        "20 November 2019|2019-11-20",
        "Wed, 20 Nov 2019 08:30:00 GMT|2019-11-20",
        "November 3rd, 2019|2019-11-03"
      })
  void normalisesTheFormsPagesUse(String value, String iso) {
    assertEquals(iso, PublishedTime.parse(value).orElseThrow().iso());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2019-13-01", "2019-02-30", "1066-10-14", "Posted 3 hours ago", "12345678"})
  void refusesWhatIsNoDate(String value) {
    assertEquals(Optional.empty(), PublishedTime.parse(value));
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example/2019/11/20/story-slug, 2019-11-20",
    "https://news.example/world/2019-11-20/story, 2019-11-20",
    "https://news.example/20191120/story, 2019-11-20"
  })
  void readsTheDateInAUrl(String url, String iso) {
    assertEquals(iso, PublishedTime.fromUrl(url).orElseThrow().iso());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://news.example/story-12345", "https://news.example/2019/story", "https://news.example/p/123456789"})
  void aUrlWithoutAFullDateGivesNone(String url) {
    assertEquals(Optional.empty(), PublishedTime.fromUrl(url));
  }
}
