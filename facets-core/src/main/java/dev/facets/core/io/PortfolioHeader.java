package dev.facets.core.io;

import dev.facets.api.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a streamed portfolio file says besides its initiatives: the portfolio's name, date and
 * currency, and how many initiatives it holds. Returned by the streaming readers
 * ({@link PortfolioFiles#stream}), which hand the initiatives to a sink instead of holding them.
 * Immutable and thread-safe.
 */
public final class PortfolioHeader {
  private final String name;
  private final Optional<LocalDate> asOf;
  private final Optional<String> currency;
  private final long initiatives;

  PortfolioHeader(String name, Optional<LocalDate> asOf, Optional<String> currency, long initiatives) {
    this.name = Checks.notBlank(name, "name");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.initiatives = Checks.atLeast(initiatives, 1, "initiatives");
  }

  /** {@return the portfolio's name: the file's, or the file name without its extension} */
  public String name() {
    return name;
  }

  /**
   * {@return the date the portfolio describes ({@code asOf}), or empty when the file gives none}
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** {@return the currency of the budgets ({@code EUR}), or empty when the file gives none} */
  public Optional<String> currency() {
    return currency;
  }

  /** {@return the number of initiatives, at least 1} */
  public long initiatives() {
    return initiatives;
  }

  /** For example {@code PortfolioHeader[Ministry, 3 initiatives]}. */
  @Override
  public String toString() {
    return "PortfolioHeader[" + name + ", " + initiatives + " initiatives]";
  }
}
