package dev.facets.core.hedge;

import dev.facets.api.FacetMix;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The typed answer of an allocator: an optimal allocation with its objective value, or a status that
 * says why there is none ({@link AllocationStatus#INFEASIBLE}, {@link AllocationStatus#UNBOUNDED},
 * {@link AllocationStatus#LIMIT_REACHED}, {@link AllocationStatus#SINGULAR}) with a diagnosis a person
 * can act on. Never null, never a raw solver exception.
 *
 * <p>The outcome records what was optimised ({@link #objective()}: an {@link Objective} name,
 * {@code "trade-off"}, {@code "equal-risk-contribution"} or {@code "minimum-variance"}) and its CVaR
 * level when that matters. The objective value is always the metric of the returned allocation as
 * {@link RobustnessEvaluator} or {@link RiskDecomposition} computes it, not the solver's internal
 * number, so it matches what {@code facets hedge} prints for the same allocation. This class is
 * immutable and thread-safe.
 */
public final class AllocationOutcome {
  private final String objective;
  private final OptionalDouble alpha;
  private final AllocationStatus status;
  private final FacetMix allocation; // null unless OPTIMAL
  private final double objectiveValue; // NaN unless OPTIMAL
  private final String diagnosis;

  private AllocationOutcome(String objective, OptionalDouble alpha, AllocationStatus status,
      FacetMix allocation, double objectiveValue, String diagnosis) {
    this.objective = Objects.requireNonNull(objective, "objective");
    this.alpha = Objects.requireNonNull(alpha, "alpha");
    this.status = status;
    this.allocation = allocation;
    this.objectiveValue = objectiveValue;
    this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
  }

  static AllocationOutcome optimal(
      String objective, OptionalDouble alpha, FacetMix allocation, double objectiveValue, String note) {
    return new AllocationOutcome(objective, alpha, AllocationStatus.OPTIMAL,
        Objects.requireNonNull(allocation, "allocation"), objectiveValue, note);
  }

  static AllocationOutcome failed(
      String objective, OptionalDouble alpha, AllocationStatus status, String diagnosis) {
    if (status == AllocationStatus.OPTIMAL) {
      throw new IllegalArgumentException("a failed outcome cannot be optimal");
    }
    return new AllocationOutcome(objective, alpha, status, null, Double.NaN, diagnosis);
  }

  /** {@return what was optimised: {@code "maximin"}, {@code "minimax-regret"}, {@code "minimum-variance"}, ...} */
  public String objective() {
    return objective;
  }

  /** {@return the CVaR level, for the {@code cvar} objective} */
  public OptionalDouble alpha() {
    return alpha;
  }

  /** {@return how the run ended} */
  public AllocationStatus status() {
    return status;
  }

  /** {@return whether an optimal allocation was found} */
  public boolean isOptimal() {
    return status == AllocationStatus.OPTIMAL;
  }

  /** {@return the optimal allocation; empty unless {@link #isOptimal()}} */
  public Optional<FacetMix> allocation() {
    return Optional.ofNullable(allocation);
  }

  /** {@return the objective's value at the optimal allocation; empty unless {@link #isOptimal()}} */
  public OptionalDouble objectiveValue() {
    return allocation == null ? OptionalDouble.empty() : OptionalDouble.of(objectiveValue);
  }

  /**
   * {@return why there is no allocation (for example {@code "minimum shares add up to 1.2 > 1"}), or a note on
   * an optimal one (for example that a singular covariance makes it one of several); empty when there
   * is nothing to say}
   */
  public String diagnosis() {
    return diagnosis;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AllocationOutcome)) {
      return false;
    }
    AllocationOutcome that = (AllocationOutcome) other;
    return objective.equals(that.objective) && alpha.equals(that.alpha) && status == that.status
        && Objects.equals(allocation, that.allocation)
        && Double.compare(objectiveValue, that.objectiveValue) == 0
        && diagnosis.equals(that.diagnosis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective, alpha, status, allocation, objectiveValue, diagnosis);
  }

  /** {@return the objective, the status, and the allocation and value or the diagnosis} */
  @Override
  public String toString() {
    return "AllocationOutcome{" + objective + (alpha.isPresent() ? " alpha=" + alpha.getAsDouble() : "")
        + ", " + status.jsonName()
        + (allocation == null ? "" : ", " + allocation + ", objectiveValue=" + objectiveValue)
        + (diagnosis.isEmpty() ? "" : ", " + diagnosis) + "}";
  }
}
