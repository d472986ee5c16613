package dev.facets.core.select;

import dev.facets.api.FacetMix;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One funded set of initiatives with what it costs, the facet shares it funds and its objective
 * values: a point of a selection's Pareto front.
 *
 * <p>The shares are the budget-weighted facet mixes of the funded initiatives, so a selection always
 * funds a positive budget (a selection of nothing, or of zero-budget initiatives only, has no facet
 * mix and is never returned). The distance is present exactly when the problem has a target, the
 * maximum regret exactly when it has scenarios. This class is immutable and thread-safe.
 */
public final class Selection {
  private final List<String> ids;
  private final double cost;
  private final double budget;
  private final FacetMix shares;
  private final OptionalDouble distance;
  private final OptionalDouble maxRegret;
  private final double value;

  private Selection(List<String> ids, double cost, double budget, FacetMix shares,
      OptionalDouble distance, OptionalDouble maxRegret, double value) {
    this.ids = List.copyOf(ids);
    this.cost = cost;
    this.budget = budget;
    this.shares = Objects.requireNonNull(shares, "shares");
    this.distance = Objects.requireNonNull(distance, "distance");
    this.maxRegret = Objects.requireNonNull(maxRegret, "maxRegret");
    this.value = value;
  }

  static Selection of(List<String> ids, double cost, double budget, FacetMix shares,
      OptionalDouble distance, OptionalDouble maxRegret, double value) {
    return new Selection(ids, cost, budget, shares, distance, maxRegret, value);
  }

  /** {@return the ids of the funded initiatives, in portfolio order; never empty} */
  public List<String> ids() {
    return ids;
  }

  /** {@return what the funded initiatives cost together (summed in portfolio order), at most the budget limit} */
  public double cost() {
    return cost;
  }

  /** {@return the funded initiatives' total budget, the weight of their facet mix: always {@code > 0}} */
  public double budget() {
    return budget;
  }

  /** {@return the funded facet shares: the budget-weighted mix of the funded initiatives' mixes} */
  public FacetMix shares() {
    return shares;
  }

  /** {@return the distance of the shares from the target, when the problem has one} */
  public OptionalDouble distance() {
    return distance;
  }

  /** {@return the maximum regret of the shares over the scenarios, when the problem has them} */
  public OptionalDouble maxRegret() {
    return maxRegret;
  }

  /**
   * {@return the expected value of the funded set: the sum, in portfolio order, of each funded initiative's
   * expected value (see {@link SelectionProblem} for the formula)}
   */
  public double value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Selection)) {
      return false;
    }
    Selection that = (Selection) other;
    return ids.equals(that.ids)
        && Double.compare(cost, that.cost) == 0
        && Double.compare(budget, that.budget) == 0
        && shares.equals(that.shares)
        && distance.equals(that.distance)
        && maxRegret.equals(that.maxRegret)
        && Double.compare(value, that.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ids, cost, budget, shares, distance, maxRegret, value);
  }

  @Override
  public String toString() {
    return "Selection{ids=" + ids + ", cost=" + cost + ", budget=" + budget + ", shares=" + shares
        + ", distance=" + text(distance) + ", maxRegret=" + text(maxRegret) + ", value=" + value + "}";
  }

  private static String text(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "none";
  }
}
