package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulation at the extremes: impacts near the largest double, success probabilities of exactly 0
 * and 1, payoffs all zero, the fewest trials. Results stay finite and exact where they are certain,
 * or the error says why.
 */
class SimulateNumericExtremesTest {
  private static Initiative initiative(String id, double p, ImpactEstimate impact) {
    return new Initiative.Builder().id(id).budget(1).facets(FacetMix.uniform()).successProbability(p).impact(impact).build();
  }

  private static Portfolio portfolio(Initiative... initiatives) {
    return new Portfolio.Builder().name("extremes").addInitiatives(initiatives).build();
  }

  @Test
  void impactsWhoseTotalCouldOverflowAreRefusedSayingWhy() {
    ImpactEstimate max = ImpactEstimate.of(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OutcomeSimulator.DEFAULT.simulate(
        portfolio(initiative("a", 1, max), initiative("b", 1, max)), SimulationSettings.trials(100).withSeed(1)));
    assertTrue(e.getMessage().contains("initiatives[*].impact"), e.getMessage());
  }

  @Test
  void certainSuccessAndCertainFailureAreExact() {
    ImpactEstimate three = ImpactEstimate.of(3, 3, 3);
    OutcomeDistribution sure = OutcomeSimulator.DEFAULT.simulate(
        portfolio(initiative("a", 1, three), initiative("b", 1, three), initiative("never", 0, three)),
        SimulationSettings.trials(1_000).withSeed(7));
    assertEquals(6.0, sure.mean());
    assertEquals(0.0, sure.standardDeviation());
    assertEquals(0.0, sure.probabilityNoSuccess());
    assertEquals(2.0, sure.expectedSuccesses());
    assertEquals(6.0, sure.quantile(0.01));
    assertEquals(6.0, sure.quantile(0.99));
  }

  @Test
  void allZeroPayoffsMakeEveryOutcomeZero() {
    ScenarioSet zero = ScenarioSet.of(List.of(Scenario.of("flat", FacetValues.of(0, 0, 0, 0))));
    OutcomeDistribution outcome = OutcomeSimulator.DEFAULT.simulate(
        portfolio(initiative("a", 0.5, ImpactEstimate.of(1, 2, 9))), zero, SimulationSettings.trials(500).withSeed(3));
    assertEquals(0.0, outcome.mean());
    assertEquals(0.0, outcome.maximum());
    assertTrue(outcome.expectedSuccesses() > 0 && outcome.expectedSuccesses() < 1);
  }

  @Test
  void hugeButSafeImpactsGiveFiniteResults() {
    ImpactEstimate big = ImpactEstimate.of(1e140, 2e140, 3e140);
    OutcomeDistribution outcome = OutcomeSimulator.DEFAULT.simulate(
        portfolio(initiative("a", 0.5, big), initiative("b", 0.5, big)), SimulationSettings.trials(2_000).withSeed(11));
    assertTrue(Double.isFinite(outcome.mean()) && Double.isFinite(outcome.standardDeviation()), outcome::toString);
    assertTrue(outcome.maximum() <= 6e140, outcome::toString);
  }

  @Test
  void tooFewTrialsAreAnError() {
    assertThrows(InvalidValueException.class, () -> SimulationSettings.trials(1).withSeed(1));
  }
}
