package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SourceDate}: the day of {@code SOURCE_DATE_EPOCH} in UTC, else the clock's. */
class SourceDateTest {
  /** 2026-12-02 10:00 UTC, in a zone where it is already the next day (UTC+14). */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Pacific/Kiritimati"));

  @Test
  void theDayOfTheEpochSecondsInUtc() {
    assertEquals(LocalDate.of(1970, 1, 1), SourceDate.of(Optional.of("0"), CLOCK));
    // 1764633600 = 20,424 days of 86,400 s after 1970-01-01: 2025-12-02 00:00 UTC; a second before is the 1st.
    assertEquals(LocalDate.of(2025, 12, 2), SourceDate.of(Optional.of("1764633600"), CLOCK));
    assertEquals(LocalDate.of(2025, 12, 1), SourceDate.of(Optional.of("1764633599"), CLOCK));
  }

  @Test
  void unsetOrEmptyIsTodayInUtc() {
    assertEquals(LocalDate.of(2026, 12, 2), SourceDate.of(Optional.empty(), CLOCK));
    assertEquals(LocalDate.of(2026, 12, 2), SourceDate.of(Optional.of(""), CLOCK));
  }

  @Test
  void anythingElseIsRefusedNamingTheVariableAndTheValue() {
    for (String bad : List.of("-1", "1.5", "1e9", " 0", "today", "2026-12-02", "99999999999999999999",
        "9223372036854775807")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SourceDate.of(Optional.of(bad), CLOCK), bad);
      assertEquals("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 00:00 UTC (as date +%s "
          + "prints), got '" + bad + "'; unset it to date the report today", e.getMessage());
    }
  }
}
