package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One move of a rebalancing plan: {@code amount} of weight (budget, for the budget weighting) from
 * the initiatives of one facet to those of another. {@link #plan(FacetMix, FacetMix, double,
 * Disparity)} makes the plan that takes one set of facet shares to another (the target gap's
 * rebalancing and the portfolio optimiser's moves are both such plans). This class is immutable and
 * thread-safe.
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
  static BudgetTransfer of(Facet from, Facet to, double amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new InvalidValueException("to", to.jsonName(), "differ from the facet it moves from");
    }
    return new BudgetTransfer(from, to, Checks.finitePositive(amount, "amount"));
  }

  /**
   * The moves that take the facet shares {@code from} to {@code to} in a portfolio of total weight
   * {@code totalWeight}: each facet whose share falls gives exactly {@code (from_f - to_f) W} and each
   * facet whose share rises receives exactly {@code (to_f - from_f) W}, so the amounts sum to
   * {@code 1/2 sum_f |to_f - from_f| W}, the least weight that must move, and no facet both gives and
   * receives. The plan is a greedy transport: repeatedly, the closest (giver, receiver) pair under
   * {@code disparity} that both have something left moves all it can (ties by facet order), so a
   * surplus goes to a neighbouring facet before it crosses the diamond. Each step uses up a giver or a
   * receiver, so there are at most three moves. Deterministic; empty when the shares are equal.
   *
   * @param from the shares the plan starts from, not null
   * @param to the shares the plan reaches, not null
   * @param totalWeight the portfolio's total weight W, finite and {@code >= 0}; it converts shares
   *     into amounts (0 gives an empty plan)
   * @param disparity which facets are close, not null
   * @return at most three moves, in the order the greedy transport makes them; unmodifiable
   * @throws InvalidValueException if the total weight is negative or not finite
   */
  public static List<BudgetTransfer> plan(FacetMix from, FacetMix to, double totalWeight, Disparity disparity) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(disparity, "disparity");
    Checks.finiteNonNegative(totalWeight, "totalWeight");
    double[] gap = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      gap[facet.ordinal()] = to.weight(facet) - from.weight(facet);
    }
    return plan(gap, totalWeight, disparity);
  }

  /** The plan for a gap in shares ({@code to - from} per facet), as {@link #plan(FacetMix, FacetMix, double, Disparity)}. */
  static List<BudgetTransfer> plan(double[] gap, double totalWeight, Disparity disparity) {
    double[] surplus = new double[Facet.COUNT];
    double[] deficit = new double[Facet.COUNT];
    for (int f = 0; f < Facet.COUNT; f++) {
      double budget = gap[f] * totalWeight;
      surplus[f] = Math.max(0, -budget);
      deficit[f] = Math.max(0, budget);
    }
    List<BudgetTransfer> moves = new ArrayList<>();
    while (true) {
      Facet from = null;
      Facet to = null;
      for (Facet giver : Facet.ordered()) {
        for (Facet receiver : Facet.ordered()) {
          if (surplus[giver.ordinal()] > 0 && deficit[receiver.ordinal()] > 0
              && (from == null || disparity.between(giver, receiver) < disparity.between(from, to))) {
            from = giver;
            to = receiver;
          }
        }
      }
      if (from == null) {
        return List.copyOf(moves);
      }
      double amount = Math.min(surplus[from.ordinal()], deficit[to.ordinal()]);
      surplus[from.ordinal()] -= amount;
      deficit[to.ordinal()] -= amount;
      moves.add(of(from, to, amount));
    }
  }

  /** {@return the facet that gives} */
  public Facet from() {
    return from;
  }

  /** {@return the facet that receives, never {@link #from()}} */
  public Facet to() {
    return to;
  }

  /**
   * {@return the weight moved, finite and {@code > 0}, in the units of the weighting (budget:
   * currency)}
   */
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
