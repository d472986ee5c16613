package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared inputs and checks of the simulation tests, and the analytic moments of a portfolio's
 * total, derived independently of the simulator from the model's definition.
 */
final class SimulationFixtures {
  private SimulationFixtures() {}

  /** Independent successes half the time, else a copula by dominant facet or by tag, rho in [0, 0.95]. */
  static Gen<Correlation> correlations() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, Generate.constant(Correlation.NONE)),
        org.quicktheories.api.Pair.of(1, doubles().between(0, 0.95).map(Correlation::byDominantFacet)),
        org.quicktheories.api.Pair.of(1, doubles().between(0, 0.95).map(Correlation::byTag)));
  }

  /** An initiative of one facet with a success probability and an impact estimate. */
  static Initiative initiative(String id, Facet facet, double probability, ImpactEstimate impact, String... tags) {
    return new Initiative.Builder().id(id).budget(1).facets(FacetMix.pure(facet))
        .successProbability(probability).impact(impact).addTags(tags).build();
  }

  static Portfolio portfolio(List<Initiative> initiatives) {
    return new Portfolio.Builder().name("test").addAllInitiatives(initiatives).build();
  }

  /** {@code count} initiatives of one facet, all with probability {@code p} and impact (1, 2, 4). */
  static Portfolio equalProbabilities(int count, double p, Facet facet) {
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      initiatives.add(initiative("i-" + i, facet, p, ImpactEstimate.of(1, 2, 4), i % 2 == 0 ? "even" : "odd"));
    }
    return portfolio(initiatives);
  }

  /** A mixed portfolio of three facets, with tags, for invariance tests. */
  static Portfolio mixed() {
    return portfolio(List.of(
        initiative("a", Facet.ENHANCEMENT, 0.8, ImpactEstimate.of(1, 2, 5), "digital"),
        initiative("b", Facet.MISSION, 0.4, ImpactEstimate.of(0, 0, 10), "digital", "health"),
        initiative("c", Facet.ANTICIPATORY, 0.1, ImpactEstimate.of(5, 20, 20)),
        new Initiative.Builder().id("d").budget(2).facets(FacetMix.of(1, 3, 0, 0)).successProbability(0.6)
            .impact(ImpactEstimate.of(-1, 1, 2)).addTags("health").build(),
        initiative("e", Facet.ENHANCEMENT, 1, ImpactEstimate.of(3, 3, 3))));
  }

  static ScenarioSet twoFutures() {
    return ScenarioSet.of(List.of(
        Scenario.of("steady", 0.7, dev.facets.api.FacetValues.of(1.2, 1.0, 0.8, 0.5)),
        Scenario.of("shock", 0.3, dev.facets.api.FacetValues.of(0.4, 0.9, 1.3, 1.6))));
  }

  /** The multiplier sum_f m_if P_sf of an initiative in a scenario, from the definition. */
  static double multiplier(Initiative initiative, Scenario scenario) {
    double m = 0;
    FacetMix mix = dev.facets.core.classify.InitiativeMixes.of(initiative);
    for (Facet facet : Facet.ordered()) {
      m += mix.weight(facet) * scenario.payoff().get(facet);
    }
    return m;
  }

  /** E[T^2] of a triangular: its variance (a^2+b^2+c^2-ab-ac-bc)/18 plus its squared mean. */
  static double secondMoment(ImpactEstimate impact) {
    double a = impact.low();
    double c = impact.mode();
    double b = impact.high();
    double mean = impact.mean();
    return (a * a + b * b + c * c - a * b - a * c - b * c) / 18 + mean * mean;
  }

  /**
   * The mean and variance of the total with independent successes. Given the scenario s,
   * E[T | s] = sum_i p_i mu_i m_is and Var(T | s) = sum_i m_is^2 (p_i E[X_i^2] - p_i^2 mu_i^2); over
   * scenarios, Var(T) = E_s[Var(T | s)] + Var_s(E[T | s]). Without scenarios s is one future with
   * every multiplier 1.
   */
  static double[] analyticMoments(Portfolio portfolio, Optional<ScenarioSet> scenarios) {
    int count = scenarios.map(ScenarioSet::size).orElse(1);
    double[] conditionalMean = new double[count];
    double[] conditionalVariance = new double[count];
    double[] weight = new double[count];
    for (int s = 0; s < count; s++) {
      weight[s] = scenarios.isPresent() ? scenarios.get().probability(s) : 1;
      for (Initiative initiative : portfolio.initiatives()) {
        double m = scenarios.isPresent() ? multiplier(initiative, scenarios.get().scenarios().get(s)) : 1;
        double p = initiative.successProbability();
        double mu = initiative.impact().mean();
        conditionalMean[s] += p * mu * m;
        conditionalVariance[s] += m * m * (p * secondMoment(initiative.impact()) - p * p * mu * mu);
      }
    }
    double mean = 0;
    for (int s = 0; s < count; s++) {
      mean += weight[s] * conditionalMean[s];
    }
    double variance = 0;
    for (int s = 0; s < count; s++) {
      double gap = conditionalMean[s] - mean;
      variance += weight[s] * (Math.max(0, conditionalVariance[s]) + gap * gap);
    }
    return new double[] {mean, variance};
  }

  /** The product of (1 - p_i): the probability that nothing succeeds, with independent successes. */
  static double probabilityNoSuccess(Portfolio portfolio) {
    double product = 1;
    for (Initiative initiative : portfolio.initiatives()) {
      product *= 1 - initiative.successProbability();
    }
    return product;
  }

  /** Asserts that two outcomes agree bit for bit in every field but the thread count. */
  static void assertSameOutcome(OutcomeDistribution expected, OutcomeDistribution actual) {
    assertEquals(expected.settings().withThreads(1), actual.settings().withThreads(1));
    assertEquals(expected.scenarioCount(), actual.scenarioCount());
    assertBits(expected.mean(), actual.mean(), "mean");
    assertBits(expected.standardDeviation(), actual.standardDeviation(), "standardDeviation");
    assertBits(expected.standardError(), actual.standardError(), "standardError");
    assertBits(expected.minimum(), actual.minimum(), "minimum");
    assertBits(expected.maximum(), actual.maximum(), "maximum");
    assertEquals(expected.quantiles(), actual.quantiles());
    assertBits(expected.valueAtRisk(), actual.valueAtRisk(), "valueAtRisk");
    assertBits(expected.conditionalValueAtRisk(), actual.conditionalValueAtRisk(), "cvar");
    assertBits(expected.probabilityNoSuccess(), actual.probabilityNoSuccess(), "probabilityNoSuccess");
    assertBits(expected.expectedSuccesses(), actual.expectedSuccesses(), "expectedSuccesses");
    assertBits(expected.successCountStandardDeviation(), actual.successCountStandardDeviation(), "successSd");
    assertEquals(expected.facetSuccessProbabilities(), actual.facetSuccessProbabilities());
    assertEquals(expected.initiatives(), actual.initiatives());
    assertEquals(expected.histogram(), actual.histogram());
    // With the thread count aligned, equality covers every field at once.
    assertEquals(expected, rethreaded(actual, expected.threads()));
  }

  private static void assertBits(double expected, double actual, String field) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        field + ": " + expected + " vs " + actual);
  }

  /** The same outcome as if it had been run on {@code threads} threads. */
  private static OutcomeDistribution rethreaded(OutcomeDistribution outcome, int threads) {
    OutcomeDistribution.Parts parts = new OutcomeDistribution.Parts();
    parts.settings = outcome.settings().withThreads(threads);
    parts.scenarioCount = outcome.scenarioCount();
    parts.mean = outcome.mean();
    parts.standardDeviation = outcome.standardDeviation();
    parts.minimum = outcome.minimum();
    parts.maximum = outcome.maximum();
    parts.quantiles = outcome.quantiles().values().stream().mapToDouble(Double::doubleValue).toArray();
    parts.valueAtRisk = outcome.valueAtRisk();
    parts.conditionalValueAtRisk = outcome.conditionalValueAtRisk();
    parts.probabilityNoSuccess = outcome.probabilityNoSuccess();
    parts.expectedSuccesses = outcome.expectedSuccesses();
    parts.successCountStandardDeviation = outcome.successCountStandardDeviation();
    parts.facetSuccess = Facet.ordered().stream()
        .mapToDouble(f -> outcome.facetSuccessProbability(f).orElse(Double.NaN)).toArray();
    parts.initiatives = outcome.initiatives();
    parts.histogram = outcome.histogram();
    return OutcomeDistribution.of(parts);
  }
}
