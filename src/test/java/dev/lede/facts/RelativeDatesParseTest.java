package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RelativeDates#parseIso} reads back what {@link RelativeDates#iso(LocalDate)} wrote. */
class RelativeDatesParseTest {

  @Test
  void readsBackEveryDayWrittenInTheFourDigitYears() {
    // every day of 1900-2100 (leap rules included), then every 13th day of the rest of 0000-9999
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      assertEquals(d, RelativeDates.parseIso(RelativeDates.iso(d)));
    }
    for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(13)) {
      assertEquals(d, RelativeDates.parseIso(RelativeDates.iso(d)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "-0001-12-31", "-2021-06-15"})
  void yearsOutsideFourDigitsAgreeWithLocalDateParse(String iso) {
    assertEquals(LocalDate.parse(iso), RelativeDates.parseIso(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30", "2021-13-01", "2021-00-10", "20a1-01-01", "2021/01/01", ""})
  void notADayFailsAsLocalDateParseDoes(String s) {
    assertThrows(DateTimeException.class, () -> LocalDate.parse(s));
    assertThrows(DateTimeException.class, () -> RelativeDates.parseIso(s));
  }
}
