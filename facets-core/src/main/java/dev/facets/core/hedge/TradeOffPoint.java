package dev.facets.core.hedge;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point of a {@link TradeOffCurve}: the weight lambda on expected value, the allocation outcome
 * maximising {@code lambda * expectedValue + (1 - lambda) * worstCase}, and the robustness of that
 * allocation when there is one. This class is immutable and thread-safe.
 */
public final class TradeOffPoint {
  private final double lambda;
  private final AllocationOutcome outcome;
  private final Optional<Robustness> robustness;

  private TradeOffPoint(double lambda, AllocationOutcome outcome, Optional<Robustness> robustness) {
    this.lambda = lambda;
    this.outcome = outcome;
    this.robustness = robustness;
  }

  static TradeOffPoint of(double lambda, AllocationOutcome outcome, Optional<Robustness> robustness) {
    return new TradeOffPoint(lambda, Objects.requireNonNull(outcome, "outcome"), robustness);
  }

  /** {@return the weight on expected value, in [0, 1]; 1 - lambda weighs the worst case} */
  public double lambda() {
    return lambda;
  }

  /** {@return the allocation outcome at this lambda} */
  public AllocationOutcome outcome() {
    return outcome;
  }

  /**
   * {@return the robustness of the allocation (at the allocator's alpha, default optimism); empty unless it is
   * optimal}
   */
  public Optional<Robustness> robustness() {
    return robustness;
  }

  /** {@return the expected value of the allocation; empty unless it is optimal} */
  public OptionalDouble expectedValue() {
    return robustness.map(r -> OptionalDouble.of(r.expectedValue())).orElse(OptionalDouble.empty());
  }

  /** {@return the worst-case value of the allocation; empty unless it is optimal} */
  public OptionalDouble worstCase() {
    return robustness.map(r -> OptionalDouble.of(r.worstCase())).orElse(OptionalDouble.empty());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TradeOffPoint
        && Double.compare(lambda, ((TradeOffPoint) other).lambda) == 0
        && outcome.equals(((TradeOffPoint) other).outcome)
        && robustness.equals(((TradeOffPoint) other).robustness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lambda, outcome, robustness);
  }

  /** For example {@code lambda=0.5: AllocationOutcome{...}}. */
  @Override
  public String toString() {
    return "lambda=" + lambda + ": " + outcome;
  }
}
