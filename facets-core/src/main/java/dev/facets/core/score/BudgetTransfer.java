package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * One move of a rebalancing plan: {@code amount} of weight (budget, for the budget weighting) from
 * the initiatives of one facet to those of another. This class is immutable and thread-safe.
 */
public final class BudgetTransfer {
  private final Facet from;
  private final Facet to;
  private final double amount;

  private BudgetTransfer(Facet from, Facet to, double amount) {
    this.from = from;
    this.to = to;
    this.amount = amount;
  }

  /**
   * A move of a positive, finite amount between two different facets.
   *
   * @throws InvalidValueException if the facets are the same or the amount is not finite and > 0
   */
  public static BudgetTransfer of(Facet from, Facet to, double amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new InvalidValueException("to", to.jsonName(), "differ from the facet it moves from");
    }
    return new BudgetTransfer(from, to, Checks.finitePositive(amount, "amount"));
  }

  /** The facet that gives. */
  public Facet from() {
    return from;
  }

  /** The facet that receives. */
  public Facet to() {
    return to;
  }

  /** The weight moved, in the units of the weighting. */
  public double amount() {
    return amount;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BudgetTransfer)) {
      return false;
    }
    BudgetTransfer that = (BudgetTransfer) other;
    return from == that.from && to == that.to && Double.compare(amount, that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, amount);
  }

  /** For example {@code enhancement -> anticipatory: 1200000.0}. */
  @Override
  public String toString() {
    return from.jsonName() + " -> " + to.jsonName() + ": " + amount;
  }
}
