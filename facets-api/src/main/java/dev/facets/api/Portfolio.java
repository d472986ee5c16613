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
   * The sum of the budgets, summed with compensation ({@link CompensatedSum}) so that large registers
   * lose no digits; positive infinity when the sum exceeds the largest double (each budget is finite,
   * their sum need not be, and as budgets are {@code >= 0} nothing can bring it back).
   */
  @Value.Lazy
  public double totalBudget() {
    double sum = 0;
    double error = 0;
    for (Initiative initiative : initiatives()) {
      double t = sum + initiative.budget();
      if (Double.isInfinite(t)) {
        return t; // compensating would make NaN
      }
      error += CompensatedSum.error(sum, initiative.budget(), t);
      sum = t;
    }
    return sum + error;
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
  }

  /** Builds a {@link Portfolio}; {@code name} and at least one initiative are required. */
  public static class Builder extends ImmutablePortfolio.Builder {}
}
