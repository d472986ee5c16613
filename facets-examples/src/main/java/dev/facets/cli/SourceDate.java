package dev.facets.cli;

import dev.facets.api.Checks;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The date a report is made on: the day (UTC) of {@code SOURCE_DATE_EPOCH} when that environment
 * variable is set, else today's (UTC). {@code SOURCE_DATE_EPOCH} is the reproducible-builds
 * convention, a whole number of seconds since 1970-01-01 00:00 UTC, so that the same inputs give the
 * same report byte for byte on any day. Empty counts as unset (as {@code ${SOURCE_DATE_EPOCH:-...}}
 * does in a shell); anything else that is not such a number is refused rather than replaced by the
 * clock, since the person who set it asked for a fixed date.
 */
final class SourceDate {
  /** The environment variable's name. */
  static final String VARIABLE = "SOURCE_DATE_EPOCH";

  private SourceDate() {}

  /**
   * The report's date.
   *
   * @param sourceDateEpoch the variable's value, empty when unset
   * @param clock the clock for today's date
   * @throws IllegalArgumentException if the value is not a whole number of seconds in the range of
   *     dates
   */
  static LocalDate of(Optional<String> sourceDateEpoch, Clock clock) {
    if (sourceDateEpoch.isEmpty() || sourceDateEpoch.get().isEmpty()) {
      return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
    String value = sourceDateEpoch.get();
    try {
      if (value.matches("[0-9]{1,19}")) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC);
      }
    } catch (NumberFormatException | DateTimeException e) {
      // out of range: refused below
    }
    throw new IllegalArgumentException(VARIABLE + " must be a whole number of seconds since 1970-01-01 00:00 UTC "
        + "(as date +%s prints), got " + Checks.quote(value) + "; unset it to date the report today");
  }
}
