package dev.facets.core.hedge;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one allocation fares in one scenario: its value {@code V_s = sum_f w_f P_sf}, the best
 * single-facet payoff {@code max_f P_sf}, the regret (best minus value, never negative) and the
 * relative regret (regret over best, only when the best is positive: a ratio to zero or a negative
 * best means nothing, so it is empty then). This class is immutable and thread-safe.
 */
public final class ScenarioResult {
  private final String name;
  private final double probability;
  private final double value;
  private final double best;
  private final double regret;

  private ScenarioResult(String name, double probability, double value, double best, double regret) {
    this.name = name;
    this.probability = probability;
    this.value = value;
    this.best = best;
    this.regret = regret;
  }

  static ScenarioResult of(String name, double probability, double value, double best) {
    // V_s is a convex combination of the payoffs, so best - value >= 0 up to rounding: clamp the rounding.
    return new ScenarioResult(Objects.requireNonNull(name, "name"), probability, value, best,
        Math.max(0, best - value));
  }

  /** {@return the scenario's name} */
  public String name() {
    return name;
  }

  /** {@return the scenario's probability (1/n when the set gives none)} */
  public double probability() {
    return probability;
  }

  /** {@return the allocation's value in this scenario} */
  public double value() {
    return value;
  }

  /** {@return the best single-facet payoff in this scenario, the benchmark of regret} */
  public double bestValue() {
    return best;
  }

  /** {@return the regret: best value minus value, {@code >= 0}} */
  public double regret() {
    return regret;
  }

  /** {@return the regret divided by the best value, {@code >= 0}; empty unless the best value is {@code > 0}} */
  public OptionalDouble relativeRegret() {
    return best > 0 ? OptionalDouble.of(regret / best) : OptionalDouble.empty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ScenarioResult)) {
      return false;
    }
    ScenarioResult that = (ScenarioResult) other;
    return name.equals(that.name) && Double.compare(probability, that.probability) == 0
        && Double.compare(value, that.value) == 0 && Double.compare(best, that.best) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, probability, value, best);
  }

  /** For example {@code steady state: p=0.5, value=0.99, regret=0.21}. */
  @Override
  public String toString() {
    return name + ": p=" + probability + ", value=" + value + ", regret=" + regret;
  }
}
