package dev.facets.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A named portfolio of initiatives, in their given order, with unique ids.
 *
 * <p>At least one initiative is required: every balance index is undefined on nothing. Build with
 * {@code new Portfolio.Builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Portfolio {
  Portfolio() {}

  /** The portfolio's name, not blank. */
  public abstract String name();

  /** The date the register describes. */
  public abstract Optional<LocalDate> asOf();

  /** The currency of the budgets ({@code "EUR"}), not blank when given. */
  public abstract Optional<String> currency();

  /** The initiatives, at least one, with unique ids, in their given order. */
  public abstract List<Initiative> initiatives();

  /** The number of initiatives. */
  public int size() {
    return initiatives().size();
  }

  /** The initiative with the given id. */
  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * The sum of the budgets: finite, because a portfolio whose budgets add up to more than the
   * largest double is rejected when it is built.
   *
   * <p>Summed with compensation (Kahan), so that large registers lose no digits, and in a scaled
   * representation: every budget is multiplied by the power of two that brings the largest one into
   * [1, 2), and the sum is scaled back at the end. Multiplying by a power of two is exact, so the
   * result is bit for bit the plain compensated sum whenever that sum is finite; the scaling keeps
   * the running sum and its compensation finite (never Infinity, never the NaN of Infinity minus
   * Infinity) even for budgets near {@link Double#MAX_VALUE}, so that a sum too large to hold is
   * recognised and reported rather than returned. Budgets below 2^-1074 of the largest one vanish in
   * the scaling; they could not change the rounded sum anyway.
   */
  @Value.Lazy
  public double totalBudget() {
    return Math.scalb(scaledBudgetSum(), budgetScale());
  }

  /** The exponent of the largest budget, or 0 when all budgets are 0. */
  private int budgetScale() {
    double max = 0;
    for (Initiative initiative : initiatives()) {
      max = Math.max(max, initiative.budget());
    }
    return max == 0 ? 0 : Math.getExponent(max);
  }

  /** The compensated sum of the budgets divided by 2^{@link #budgetScale()}: at most the count times 2. */
  private double scaledBudgetSum() {
    int scale = budgetScale();
    double sum = 0;
    double compensation = 0;
    for (Initiative initiative : initiatives()) {
      double y = Math.scalb(initiative.budget(), -scale) - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }
    return sum;
  }

  @Value.Lazy
  Map<String, Initiative> byId() {
    return initiatives().stream().collect(Collectors.toUnmodifiableMap(Initiative::id, Function.identity()));
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    currency().ifPresent(currency -> Checks.notBlank(currency, "currency"));
    Checks.notEmpty(initiatives(), "initiatives");
    Checks.uniqueKeys(initiatives(), Initiative::id, "initiatives", "id");
    if (Double.isInfinite(totalBudget())) {
      throw new InvalidValueException("initiatives[*].budget",
          "a sum of about " + scaledBudgetSum() + " * 2^" + budgetScale(),
          "sum to at most " + Double.MAX_VALUE + " (the largest double), so that every share of the total is defined");
    }
  }

  /** Builds a {@link Portfolio}; {@code name} and at least one initiative are required. */
  public static class Builder extends ImmutablePortfolio.Builder {}
}
