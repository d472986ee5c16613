package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.core.text.Numbers;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a scenario-robust allocation must respect: per-facet {@link FacetBounds} and, optionally, a
 * turnover limit {@code sum_f |w_f - current_f| <= k} from a current allocation.
 *
 * <p>Turnover is the total share that changes facet, counted on both sides (moving 10 % from
 * enhancement to mission is a turnover of 0.2), so it lies in [0, 2]. Like the bounds, a limit too
 * tight to reach the bounds from the current allocation is not an error but an infeasible model,
 * diagnosed by {@link #infeasibility()}. This class is immutable and thread-safe.
 */
public final class AllocationConstraints {
  private static final AllocationConstraints NONE =
      new AllocationConstraints(FacetBounds.none(), null, Double.NaN);

  private final FacetBounds bounds;
  private final FacetMix current; // null when there is no turnover limit
  private final double turnoverLimit; // NaN when there is no turnover limit

  private AllocationConstraints(FacetBounds bounds, FacetMix current, double turnoverLimit) {
    this.bounds = bounds;
    this.current = current;
    this.turnoverLimit = turnoverLimit;
  }

  /** {@return no constraints beyond the simplex: every share in [0, 1], no turnover limit} */
  public static AllocationConstraints none() {
    return NONE;
  }

  /**
   * {@return per-facet bounds and no turnover limit}
   *
   * @param bounds the bounds of each facet's share; infeasible bounds are accepted and diagnosed by
   *     {@link #infeasibility()}
   */
  public static AllocationConstraints of(FacetBounds bounds) {
    return new AllocationConstraints(Objects.requireNonNull(bounds, "bounds"), null, Double.NaN);
  }

  /**
   * These constraints with a turnover limit: the allocation may differ from {@code current} by at
   * most {@code limit} in total absolute share, in [0, 2].
   *
   * @param current the allocation turnover is measured from, typically the portfolio's current shares
   * @param limit the greatest turnover {@code sum_f |w_f - current_f|}, in [0, 2]
   * @return a copy of these constraints with the turnover limit (replacing any earlier one)
   * @throws dev.facets.api.InvalidValueException if the limit is not in [0, 2]
   */
  public AllocationConstraints withTurnoverLimit(FacetMix current, double limit) {
    Objects.requireNonNull(current, "current");
    Checks.inClosedRange(limit, 0, 2, "turnoverLimit");
    return new AllocationConstraints(bounds, current, limit + 0.0);
  }

  /** {@return the per-facet bounds} */
  public FacetBounds bounds() {
    return bounds;
  }

  /** {@return the allocation turnover is measured from, when there is a turnover limit} */
  public Optional<FacetMix> current() {
    return Optional.ofNullable(current);
  }

  /** {@return the turnover limit, when there is one} */
  public OptionalDouble turnoverLimit() {
    return current == null ? OptionalDouble.empty() : OptionalDouble.of(turnoverLimit);
  }

  /** The turnover between two allocations: {@code sum_f |a_f - b_f|}, in [0, 2]. */
  static double turnover(FacetMix a, FacetMix b) {
    double sum = 0;
    for (Facet facet : Facet.ordered()) {
      sum += Math.abs(a.weight(facet) - b.weight(facet));
    }
    return sum;
  }

  /**
   * {@return the least turnover from the current allocation that reaches the bounds (0 without a turnover
   * limit or when the current allocation is within them)}
   *
   * <p>Closed form: clamp the current shares into their bounds, then the sum of the clamped shares
   * misses 1 by some gap, which must be moved on top; no facet can take up that gap while moving back
   * toward its current share (a facet clamped down sits at its maximum, one clamped up at its
   * minimum), so every unit of the gap costs one unit of turnover:
   * {@code sum_f |clamp(c_f) - c_f| + |1 - sum_f clamp(c_f)|}. Requires feasible bounds.
   */
  public double minimumTurnover() {
    if (current == null) {
      return 0;
    }
    double moved = 0;
    double sum = 0;
    for (Facet facet : Facet.ordered()) {
      double share = current.weight(facet);
      double clamped = Math.min(bounds.max(facet), Math.max(bounds.min(facet), share));
      moved += Math.abs(clamped - share);
      sum += clamped;
    }
    return moved + Math.abs(1 - sum);
  }

  /**
   * {@return why no allocation meets these constraints, when none can: the bounds' own
   * {@linkplain FacetBounds#infeasibility() diagnosis}, or a turnover limit below the
   * {@linkplain #minimumTurnover() least turnover} that reaches the bounds; empty when some
   * allocation meets them}
   */
  public Optional<String> infeasibility() {
    Optional<String> boundsProblem = bounds.infeasibility();
    if (boundsProblem.isPresent() || current == null) {
      return boundsProblem;
    }
    double needed = minimumTurnover();
    if (turnoverLimit < needed - FacetBounds.SUM_TOLERANCE) {
      return Optional.of("turnover limit " + Numbers.precise(turnoverLimit) + " < "
          + Numbers.precise(needed) + ", the least turnover that reaches the bounds from the current allocation");
    }
    return Optional.empty();
  }

  /**
   * {@return whether the allocation meets these constraints, each within {@code tolerance}}
   *
   * @param allocation the facet shares to check
   * @param tolerance how far a share or the turnover may pass its bound, {@code >= 0} (a solver's
   *     rounding, say {@code 1e-9})
   */
  public boolean isMetBy(FacetMix allocation, double tolerance) {
    return bounds.contains(allocation, tolerance)
        && (current == null || turnover(allocation, current) <= turnoverLimit + tolerance);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AllocationConstraints)) {
      return false;
    }
    AllocationConstraints that = (AllocationConstraints) other;
    return bounds.equals(that.bounds) && Objects.equals(current, that.current)
        && Double.compare(turnoverLimit, that.turnoverLimit) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(bounds, current, turnoverLimit);
  }

  /** {@return the bounds, and the turnover limit with its current allocation when there is one} */
  @Override
  public String toString() {
    return "AllocationConstraints{" + bounds
        + (current == null ? "" : ", turnover <= " + turnoverLimit + " from " + current) + "}";
  }
}
