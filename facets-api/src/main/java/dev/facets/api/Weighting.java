package dev.facets.api;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * How much each initiative counts when a portfolio is scored: its budget, one each, its priority, or
 * any function of the initiative a caller supplies.
 *
 * <p>A weight must be finite and {@code >= 0}; the scoring engine rejects any other with the
 * initiative's id. Implementations must be stateless or immutable, so that one weighting can be
 * shared by threads; the ones here are.
 */
public interface Weighting {
  /**
   * {@return the weight of one initiative: finite and {@code >= 0}}
   *
   * @param initiative the initiative, not null
   */
  double weight(Initiative initiative);

  /** {@return the name recorded in results ({@code "budget"})} */
  String name();

  /**
   * Weight by budget: the default, a share of the money.
   *
   * @return the budget weighting
   */
  static Weighting budget() {
    return of("budget", Initiative::budget);
  }

  /**
   * Weight 1 each: a share of the initiatives.
   *
   * @return the count weighting
   */
  static Weighting count() {
    return of("count", initiative -> 1);
  }

  /**
   * Weight by priority, as the Portfolio Exploration Tool sizes its bubbles: high 7, medium 5,
   * low 3.
   *
   * @return the priority weighting
   */
  static Weighting priority() {
    return of("priority", initiative -> initiative.priority().bubbleSize());
  }

  /**
   * {@return a named weighting of the caller's own}
   *
   * @param name the name the results record, not blank
   * @param weight an initiative's weight, finite and {@code >= 0}; must be thread-safe
   */
  static Weighting of(String name, ToDoubleFunction<Initiative> weight) {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(weight, "weight");
    return new Weighting() {
      @Override
      public double weight(Initiative initiative) {
        return weight.applyAsDouble(initiative);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String toString() {
        return "Weighting[" + name + "]";
      }
    };
  }

  /**
   * {@return the weighting of a command-line name: {@code budget}, {@code count} or {@code priority}}
   *
   * @param name {@code budget}, {@code count} or {@code priority}, not null
   */
  static Weighting parse(String name) {
    switch (Objects.requireNonNull(name, "name")) {
      case "budget":
        return budget();
      case "count":
        return count();
      case "priority":
        return priority();
      default:
        throw new InvalidValueException("weight", Checks.quote(name), "be one of budget, count, priority");
    }
  }
}
