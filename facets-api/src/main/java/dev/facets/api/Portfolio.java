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

  /** {@return the portfolio's name, not blank} */
  public abstract String name();

  /** {@return the date the register describes} */
  public abstract Optional<LocalDate> asOf();

  /** {@return the currency of the budgets ({@code "EUR"}), not blank when given} */
  public abstract Optional<String> currency();

  /** {@return the initiatives, at least one, with unique ids, in their given order} */
  public abstract List<Initiative> initiatives();

  /** {@return the number of initiatives} */
  public int size() {
    return initiatives().size();
  }

  /**
   * {@return the initiative with the given id}
   *
   * @param id the initiative's id
   */
  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * {@return the sum of the budgets, summed with compensation ({@link CompensatedSum}) so that large registers
   * lose no digits; positive infinity when the sum exceeds the largest double (each budget is finite,
   * their sum need not be, and as budgets are {@code >= 0} nothing can bring it back)}
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
  public static class Builder {
    private final ImmutablePortfolio.Builder generated = ImmutablePortfolio.builder();

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets every attribute from a built value: single values are replaced, lists and maps are
     * added to.
     *
     * @param instance the value to copy, not null
     * @return this builder
     */
    public final Builder from(Portfolio instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Portfolio#name() name}.
     *
     * @param name the value, not null
     * @return this builder
     */
    public final Builder name(String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the optional {@link Portfolio#asOf() asOf}.
     *
     * @param asOf the value, not null
     * @return this builder
     */
    public final Builder asOf(LocalDate asOf) {
      generated.asOf(asOf);
      return this;
    }

    /**
     * Sets the optional {@link Portfolio#asOf() asOf}; an empty optional leaves it absent.
     *
     * @param asOf the value or empty, not null
     * @return this builder
     */
    public final Builder asOf(Optional<? extends LocalDate> asOf) {
      generated.asOf(NullValueException.check(asOf, "asOf"));
      return this;
    }

    /**
     * Sets the optional {@link Portfolio#currency() currency}.
     *
     * @param currency the value, not null
     * @return this builder
     */
    public final Builder currency(String currency) {
      generated.currency(currency);
      return this;
    }

    /**
     * Sets the optional {@link Portfolio#currency() currency}; an empty optional leaves it absent.
     *
     * @param currency the value or empty, not null
     * @return this builder
     */
    public final Builder currency(Optional<String> currency) {
      generated.currency(NullValueException.check(currency, "currency"));
      return this;
    }

    /**
     * Adds one element to {@link Portfolio#initiatives() initiatives}.
     *
     * @param element the element, not null
     * @return this builder
     */
    public final Builder addInitiatives(Initiative element) {
      generated.addInitiatives(element);
      return this;
    }

    /**
     * Adds elements to {@link Portfolio#initiatives() initiatives}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addInitiatives(Initiative... elements) {
      generated.addInitiatives(NullValueException.check(elements, "initiatives"));
      return this;
    }

    /**
     * Replaces the elements of {@link Portfolio#initiatives() initiatives}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder initiatives(Iterable<? extends Initiative> elements) {
      generated.initiatives(NullValueException.check(elements, "initiatives"));
      return this;
    }

    /**
     * Adds elements to {@link Portfolio#initiatives() initiatives}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addAllInitiatives(Iterable<? extends Initiative> elements) {
      generated.addAllInitiatives(NullValueException.check(elements, "initiatives"));
      return this;
    }


    /**
     * {@return the portfolio built from the attributes set so far}
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public Portfolio build() {
      return generated.build();
    }
  }
}
