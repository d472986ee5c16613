package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.TargetMix;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far a portfolio's facet shares p are from a target mix t, and how to close the gap.
 *
 * <p>totalVariation {@code 1/2 sum |p - t|}; hellinger {@code sqrt(1 - sum sqrt(p t))} (computed as
 * {@code sqrt(1/2 sum (sqrt p - sqrt t)^2)}, equal on the simplex and never negative by rounding);
 * euclidean {@code ||p - t||_2}; klDivergence {@code sum p ln(p / t)}, undefined (empty) when some
 * {@code t = 0 < p}; perFacet {@code t - p}; perFacetBudget {@code (t - p) W}; transfer
 * {@code totalVariation W}, the least weight that must move between facets to reach the target.
 *
 * <p>The {@link #rebalancing() rebalancing plan} moves weight from the facets above target to those
 * below: each giver gives exactly its surplus and each receiver gets exactly its deficit, so the
 * plan moves the transfer and no more. Among such plans it moves between the closest facets first
 * (under the scorer's disparity; ties by facet order), so with the diamond distances a surplus goes
 * to a neighbour before it crosses the diamond. This class is immutable and thread-safe.
 */
public final class TargetGap {
  private final TargetMix target;
  private final double[] values;
  private final FacetValues perFacet;
  private final double totalWeight;
  private final List<BudgetTransfer> rebalancing;

  private TargetGap(TargetMix target, double[] values, FacetValues perFacet, double totalWeight,
      List<BudgetTransfer> rebalancing) {
    this.target = target;
    this.values = values;
    this.perFacet = perFacet;
    this.totalWeight = totalWeight;
    this.rebalancing = rebalancing;
  }

  /**
   * {@return the gap between shares and a target}
   *
   * @param shares the portfolio's facet shares p, not null
   * @param totalWeight the weight behind the shares (finite, {@code >= 0}), which prices the transfer
   * @param target the target mix t, not null
   * @param disparity the matrix that orders the rebalancing moves, not null
   * @throws InvalidValueException if the total weight is negative or not finite
   */
  public static TargetGap of(FacetMix shares, double totalWeight, TargetMix target, Disparity disparity) {
    Objects.requireNonNull(disparity, "disparity");
    Checks.finiteNonNegative(totalWeight, "totalWeight");
    double[] p = shares.toArray();
    double[] values = new double[Metrics.COUNT];
    Metrics.evaluate(p, totalWeight, target.mix().toArray(), disparity.flat(), values);
    return ofValues(p, totalWeight, target, values, disparity);
  }

  /** The gap of shares already evaluated with this target. */
  static TargetGap ofValues(double[] p, double totalWeight, TargetMix target, double[] values, Disparity disparity) {
    double[] gap = new double[Metrics.F];
    for (Facet facet : Facet.ordered()) {
      gap[facet.ordinal()] = target.share(facet) - p[facet.ordinal()];
    }
    return new TargetGap(target, Arrays.copyOf(values, values.length), FacetValues.of(gap), totalWeight,
        BudgetTransfer.plan(gap, totalWeight, disparity));
  }

  /** {@return the target the gap is measured to} */
  public TargetMix target() {
    return target;
  }

  /**
   * {@return the value of a target-gap metric; empty for KL where it is undefined}
   *
   * @param metric a target-gap metric, not null
   * @throws InvalidValueException for a balance index, which a gap does not hold
   */
  public OptionalDouble value(Metric metric) {
    if (!metric.isTargetGap()) {
      throw new InvalidValueException("metric", metric.jsonName(), "be a target-gap metric, not a balance index");
    }
    return PortfolioScore.defined(values[metric.ordinal()]);
  }

  /** {@return total variation {@code 1/2 sum |p - t|}, in [0, 1]} */
  public double totalVariation() {
    return values[Metric.TOTAL_VARIATION.ordinal()];
  }

  /** {@return the Hellinger distance {@code sqrt(1 - sum sqrt(p t))}, in [0, 1]} */
  public double hellinger() {
    return values[Metric.HELLINGER.ordinal()];
  }

  /** {@return the Euclidean distance {@code ||p - t||_2}, in [0, sqrt 2]} */
  public double euclidean() {
    return values[Metric.EUCLIDEAN.ordinal()];
  }

  /**
   * {@return the KL divergence {@code sum p ln(p / t)} in nats, {@code >= 0} up to rounding; empty
   * when some facet has {@code t = 0 < p}}
   */
  public OptionalDouble klDivergence() {
    return PortfolioScore.defined(values[Metric.KL_DIVERGENCE.ordinal()]);
  }

  /**
   * {@return per facet, target share minus share, in [-1, 1]: positive where the portfolio holds
   * too little; the four sum to zero within rounding}
   */
  public FacetValues perFacet() {
    return perFacet;
  }

  /**
   * {@return per facet, {@code (t - p) W}: the weight to add (positive) or remove (negative), in
   * the weighting's unit}
   */
  public FacetValues perFacetBudget() {
    double[] budget = perFacet.toArray();
    for (int f = 0; f < budget.length; f++) {
      budget[f] *= totalWeight;
    }
    return FacetValues.of(budget);
  }

  /**
   * {@return the least weight that must move between facets: {@code totalVariation W},
   * {@code >= 0}}
   */
  public double transfer() {
    return values[Metric.TRANSFER.ordinal()];
  }

  /**
   * {@return which facets give how much to which, moving exactly the surplus above target: at most
   * three moves, empty when the shares meet the target; see
   * {@code docs/metrics.md#rebalancing-plan}}
   */
  public List<BudgetTransfer> rebalancing() {
    return rebalancing;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TargetGap)) {
      return false;
    }
    TargetGap that = (TargetGap) other;
    return target.equals(that.target) && Arrays.equals(values, that.values) && perFacet.equals(that.perFacet)
        && Double.compare(totalWeight, that.totalWeight) == 0 && rebalancing.equals(that.rebalancing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, Arrays.hashCode(values), perFacet, totalWeight, rebalancing);
  }

  /** For example {@code TargetGap[target=..., totalVariation=0.1, ..., transfer=1200000.0]}. */
  @Override
  public String toString() {
    return "TargetGap[target=" + target + ", totalVariation=" + totalVariation() + ", hellinger=" + hellinger()
        + ", euclidean=" + euclidean() + ", klDivergence=" + klDivergence() + ", perFacet=" + perFacet
        + ", transfer=" + transfer() + ", rebalancing=" + rebalancing + "]";
  }
}
