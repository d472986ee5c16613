package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How robust one facet allocation is across a set of futures: per-scenario value and regret, and the
 * decision-theoretic summaries of them ({@code docs/metrics.md#robustness} and {@code #cvar}).
 *
 * <p>With shares w and payoffs P, the value in scenario s is {@code V_s = sum_f w_f P_sf} and the
 * regret {@code R_s = max_f P_sf - V_s}. Summaries: expected value {@code sum_s p_s V_s}; worst and
 * best case; maximum and expected regret; CVaR at level alpha (mean value over the worst alpha of
 * probability mass, the boundary scenario split fractionally); Hurwicz
 * {@code H max_s V_s + (1 - H) min_s V_s}; Laplace, the plain mean of V_s ignoring probabilities.
 * Percentile regret and Starr's domain criterion depend on a caller's level or threshold, so they
 * are methods. Expected value and CVaR are linear in w once the tail is fixed, so their per-facet
 * Euler attributions {@code w_f * dM/dw_f} add up to the metric exactly.
 *
 * <p>Worst case, best case and maximum regret range over every scenario, including those of
 * probability 0: a future nobody puts weight on is still a future one may want to survive. The
 * result records alpha, the Hurwicz optimism and, when the allocation came from a portfolio, the
 * weighting. Made by {@link RobustnessEvaluator}. This class is immutable and thread-safe.
 */
public final class Robustness {
  private final FacetMix allocation;
  private final Optional<String> weighting;
  private final double alpha;
  private final double hurwiczOptimism;
  private final List<ScenarioResult> scenarios;
  private final double[] values;
  private final double[] regrets;
  private final double[] probabilities;
  private final double expectedValue;
  private final double cvar;
  private final FacetValues expectedValueAttribution;
  private final FacetValues cvarAttribution;

  Robustness(FacetMix allocation, Optional<String> weighting, double alpha, double hurwiczOptimism,
      List<ScenarioResult> scenarios, double expectedValue, double cvar,
      FacetValues expectedValueAttribution, FacetValues cvarAttribution) {
    this.allocation = allocation;
    this.weighting = weighting;
    this.alpha = alpha;
    this.hurwiczOptimism = hurwiczOptimism;
    this.scenarios = List.copyOf(scenarios);
    this.values = scenarios.stream().mapToDouble(ScenarioResult::value).toArray();
    this.regrets = scenarios.stream().mapToDouble(ScenarioResult::regret).toArray();
    this.probabilities = scenarios.stream().mapToDouble(ScenarioResult::probability).toArray();
    this.expectedValue = expectedValue;
    this.cvar = cvar;
    this.expectedValueAttribution = expectedValueAttribution;
    this.cvarAttribution = cvarAttribution;
  }

  /** {@return the facet shares evaluated} */
  public FacetMix allocation() {
    return allocation;
  }

  /** {@return the weighting that turned a portfolio into the shares ({@code "budget"}); empty for a given mix} */
  public Optional<String> weighting() {
    return weighting;
  }

  /** {@return the CVaR level: the probability mass of the worst outcomes averaged, in (0, 1]} */
  public double alpha() {
    return alpha;
  }

  /** {@return the Hurwicz optimism H in [0, 1]: the weight on the best case} */
  public double hurwiczOptimism() {
    return hurwiczOptimism;
  }

  /** {@return the value and regret per scenario, in the scenario set's order (at least one scenario)} */
  public List<ScenarioResult> scenarios() {
    return scenarios;
  }

  /** {@return the probability-weighted mean value {@code sum_s p_s V_s}} */
  public double expectedValue() {
    return expectedValue;
  }

  /** {@return the worst value over all scenarios (maximin's criterion)} */
  public double worstCase() {
    return Vectors.min(values);
  }

  /** {@return the best value over all scenarios} */
  public double bestCase() {
    return Vectors.max(values);
  }

  /** {@return the largest regret over all scenarios (Savage's criterion), {@code >= 0}} */
  public double maxRegret() {
    return Vectors.max(regrets);
  }

  /** {@return the probability-weighted mean regret} */
  public double expectedRegret() {
    return Vectors.dot(probabilities, regrets);
  }

  /**
   * {@return the largest relative regret; empty unless every scenario's best value is {@code > 0}, because a
   * maximum over only some scenarios would hide the others}
   */
  public OptionalDouble maxRelativeRegret() {
    double max = 0;
    for (ScenarioResult scenario : scenarios) {
      OptionalDouble relative = scenario.relativeRegret();
      if (relative.isEmpty()) {
        return OptionalDouble.empty();
      }
      max = Math.max(max, relative.getAsDouble());
    }
    return OptionalDouble.of(max);
  }

  /**
   * {@return the CVaR at {@link #alpha()}: the probability-weighted mean value over the worst alpha of
   * probability mass. Lies between the worst case and the expected value; equals the expected value
   * at alpha = 1}
   */
  public double cvar() {
    return cvar;
  }

  /** {@return Hurwicz's criterion {@code H * bestCase + (1 - H) * worstCase}, between the two} */
  public double hurwicz() {
    return hurwiczOptimism * bestCase() + (1 - hurwiczOptimism) * worstCase();
  }

  /** {@return Laplace's criterion: the plain mean of the values over scenarios, ignoring probabilities} */
  public double laplace() {
    return Vectors.sum(values) / values.length;
  }

  /** {@return each facet's share of the expected value, {@code w_f * sum_s p_s P_sf}; they add up to it} */
  public FacetValues expectedValueAttribution() {
    return expectedValueAttribution;
  }

  /**
   * {@return each facet's share of the CVaR (Euler), {@code w_f * sum_s q_s P_sf} with q_s the tail weights
   * (boundary scenario fractional, ties by scenario order); they add up to the CVaR}
   */
  public FacetValues cvarAttribution() {
    return cvarAttribution;
  }

  /**
   * {@return the regret at a percentile: the lower quantile {@code min{r : P(R <= r) >= level}} of the
   * probability-weighted regrets. At level 1 it is the largest regret among scenarios of positive
   * probability}
   *
   * @param level the percentile as a fraction, in (0, 1]
   */
  public double percentileRegret(double level) {
    checkLevel(level, "level");
    return Tail.quantile(regrets, probabilities, level);
  }

  /**
   * {@return Starr's domain criterion: the share of scenarios, counted alike whatever their
   * probability, in which the value reaches {@code threshold} ({@code V_s >= threshold}), in [0, 1]}
   *
   * @param threshold the value to reach, finite, in the units of the scenarios' payoffs
   * @throws dev.facets.api.InvalidValueException if the threshold is NaN or infinite
   */
  public double domainCriterion(double threshold) {
    Checks.finite(threshold, "threshold");
    long met = java.util.Arrays.stream(values).filter(value -> value >= threshold).count();
    return (double) met / values.length;
  }

  /**
   * {@return the probability that the value reaches {@code threshold}: the domain criterion weighted
   * by probability, in [0, 1]}
   *
   * @param threshold the value to reach, finite, in the units of the scenarios' payoffs
   * @throws dev.facets.api.InvalidValueException if the threshold is NaN or infinite
   */
  public double probabilityMeeting(double threshold) {
    Checks.finite(threshold, "threshold");
    double probability = 0;
    for (int s = 0; s < values.length; s++) {
      probability += values[s] >= threshold ? probabilities[s] : 0;
    }
    return probability;
  }

  static double checkLevel(double level, String field) {
    if (!(level > 0 && level <= 1)) {
      throw new dev.facets.api.InvalidValueException(field, Checks.render(level), "be in (0, 1]");
    }
    return level;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Robustness)) {
      return false;
    }
    Robustness that = (Robustness) other;
    return allocation.equals(that.allocation) && weighting.equals(that.weighting)
        && Double.compare(alpha, that.alpha) == 0
        && Double.compare(hurwiczOptimism, that.hurwiczOptimism) == 0
        && scenarios.equals(that.scenarios)
        && expectedValueAttribution.equals(that.expectedValueAttribution)
        && cvarAttribution.equals(that.cvarAttribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocation, weighting, alpha, hurwiczOptimism, scenarios, cvarAttribution);
  }

  /** {@return the allocation and the headline metrics} */
  @Override
  public String toString() {
    return "Robustness{" + allocation + ", expectedValue=" + expectedValue + ", worstCase=" + worstCase()
        + ", maxRegret=" + maxRegret() + ", cvar(" + alpha + ")=" + cvar + "}";
  }
}
