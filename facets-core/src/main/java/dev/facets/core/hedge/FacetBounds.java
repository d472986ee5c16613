package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.core.text.Numbers;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The smallest and largest share each facet may take in an allocation: by default 0 and 1.
 *
 * <p>Each bound must lie in [0, 1]: a share outside it means nothing, so such a value is a mistake in
 * the input, not a question. Bounds that no allocation can meet together (a minimum above its
 * maximum, minimums adding up to more than 1, maximums adding up to less than 1) are accepted here
 * and answered by the allocators as an {@link AllocationStatus#INFEASIBLE infeasible} outcome whose
 * diagnosis is {@link #infeasibility()}: an infeasible model is an answer, not a crash. This class is
 * immutable and thread-safe.
 */
public final class FacetBounds {
  /** How far bound sums may pass 1 before the bounds count as contradictory. */
  static final double SUM_TOLERANCE = 1e-12;

  private static final FacetBounds NONE =
      new FacetBounds(new double[Facet.COUNT], new double[] {1, 1, 1, 1});

  private final double[] min;
  private final double[] max;

  private FacetBounds(double[] min, double[] max) {
    this.min = min;
    this.max = max;
  }

  /** {@return no bounds beyond the simplex: every facet's share in [0, 1]} */
  public static FacetBounds none() {
    return NONE;
  }

  /**
   * {@return the bounds of two maps from facet to share; a facet a map lacks has minimum 0 or maximum 1}
   *
   * @param min the smallest share of each facet given, each in [0, 1]
   * @param max the largest share of each facet given, each in [0, 1]
   * @throws InvalidValueException if a bound is not finite or lies outside [0, 1]
   */
  public static FacetBounds of(Map<Facet, Double> min, Map<Facet, Double> max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    FacetBounds bounds = NONE;
    for (Map.Entry<Facet, Double> entry : min.entrySet()) {
      bounds = bounds.withMin(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<Facet, Double> entry : max.entrySet()) {
      bounds = bounds.withMax(entry.getKey(), entry.getValue());
    }
    return bounds;
  }

  /**
   * {@return these bounds with the minimum share of one facet replaced}
   *
   * @param facet the facet whose minimum changes
   * @param share its new minimum share, in [0, 1]
   * @throws InvalidValueException if {@code share} is not in [0, 1]
   */
  public FacetBounds withMin(Facet facet, double share) {
    double[] newMin = min.clone();
    newMin[facet.ordinal()] = Checks.inClosedRange(share, 0, 1, "min." + facet.jsonName()) + 0.0;
    return new FacetBounds(newMin, max);
  }

  /**
   * {@return these bounds with the maximum share of one facet replaced}
   *
   * @param facet the facet whose maximum changes
   * @param share its new maximum share, in [0, 1]
   * @throws InvalidValueException if {@code share} is not in [0, 1]
   */
  public FacetBounds withMax(Facet facet, double share) {
    double[] newMax = max.clone();
    newMax[facet.ordinal()] = Checks.inClosedRange(share, 0, 1, "max." + facet.jsonName()) + 0.0;
    return new FacetBounds(min, newMax);
  }

  /**
   * {@return the smallest share the facet may take, in [0, 1] (0 unless given)}
   *
   * @param facet the facet
   */
  public double min(Facet facet) {
    return min[facet.ordinal()];
  }

  /**
   * {@return the largest share the facet may take, in [0, 1] (1 unless given)}
   *
   * @param facet the facet
   */
  public double max(Facet facet) {
    return max[facet.ordinal()];
  }

  /**
   * {@return why no allocation can meet these bounds, when none can: a facet whose minimum exceeds its
   * maximum (named), minimums adding up to more than 1, or maximums adding up to less than 1 (each
   * with its sum); empty when some allocation meets them}
   */
  public Optional<String> infeasibility() {
    for (Facet facet : Facet.ordered()) {
      if (min(facet) > max(facet)) {
        return Optional.of("minimum share of " + facet.jsonName() + " " + Numbers.precise(min(facet))
            + " > maximum " + Numbers.precise(max(facet)));
      }
    }
    double minSum = Arrays.stream(min).sum();
    if (minSum > 1 + SUM_TOLERANCE) {
      return Optional.of("minimum shares add up to " + Numbers.precise(minSum) + " > 1");
    }
    double maxSum = Arrays.stream(max).sum();
    if (maxSum < 1 - SUM_TOLERANCE) {
      return Optional.of("maximum shares add up to " + Numbers.precise(maxSum) + " < 1");
    }
    return Optional.empty();
  }

  /**
   * {@return whether the mix lies within these bounds, each share within {@code tolerance}}
   *
   * @param mix the facet shares to check
   * @param tolerance how far a share may pass its bound, {@code >= 0}
   */
  public boolean contains(FacetMix mix, double tolerance) {
    for (Facet facet : Facet.ordered()) {
      double share = mix.weight(facet);
      if (share < min(facet) - tolerance || share > max(facet) + tolerance) {
        return false;
      }
    }
    return true;
  }

  double[] minArray() {
    return min.clone();
  }

  double[] maxArray() {
    return max.clone();
  }

  /**
   * The allocation closest to {@code shares} within these bounds: each share clamped into its bounds,
   * then the shortfall or excess of the sum taken up by the facets in order, each within its bounds.
   * Used to remove the last rounding errors from a solver's answer, so it is only ever asked to move
   * shares by tiny amounts; the bounds must be feasible.
   */
  double[] repair(double[] shares) {
    double[] repaired = new double[Facet.COUNT];
    double sum = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      repaired[f] = Math.min(max[f], Math.max(min[f], shares[f]));
      sum += repaired[f];
    }
    double gap = 1 - sum;
    for (int f = 0; f < Facet.COUNT && gap != 0; f++) {
      double moved = gap > 0 ? Math.min(gap, max[f] - repaired[f]) : Math.max(gap, min[f] - repaired[f]);
      repaired[f] += moved;
      gap -= moved;
    }
    return repaired;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FacetBounds
        && Arrays.equals(min, ((FacetBounds) other).min)
        && Arrays.equals(max, ((FacetBounds) other).max);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(min) + Arrays.hashCode(max);
  }

  /** For example {@code FacetBounds{min=[0.0, 0.2, 0.0, 0.0], max=[1.0, 1.0, 0.5, 1.0]}}. */
  @Override
  public String toString() {
    return "FacetBounds{min=" + Arrays.toString(min) + ", max=" + Arrays.toString(max) + "}";
  }
}
