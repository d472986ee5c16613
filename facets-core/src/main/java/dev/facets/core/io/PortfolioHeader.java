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

  /** The portfolio's name. */
  public String name() {
    return name;
  }

  /** The date the portfolio describes, if given. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** The currency of the budgets, if given. */
  public Optional<String> currency() {
    return currency;
  }

  /** The number of initiatives, at least 1. */
  public long initiatives() {
    return initiatives;
  }

  /** For example {@code PortfolioHeader[Ministry, 3 initiatives]}. */
  @Override
  public String toString() {
    return "PortfolioHeader[" + name + ", " + initiatives + " initiatives]";
  }
}
