package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.contractScenarios;
import static dev.facets.core.hedge.HedgeFixtures.equallyLikely;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessEvaluatorTest {
  private static final double EPS = 1e-12;
  private static final FacetMix CONTRACT_MIX = FacetMix.of(0.4, 0.3, 0.2, 0.1);

  /** Every number of the contract's {@code facets hedge} example, recomputed by hand in the comments. */
  @Test
  void reproducesTheContractExample() {
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(CONTRACT_MIX, contractScenarios());
    // steady state: 0.4*1.2 + 0.3*1.0 + 0.2*0.8 + 0.1*0.5 = 0.48 + 0.30 + 0.16 + 0.05 = 0.99; best 1.2
    assertEquals(0.99, r.scenarios().get(0).value(), EPS);
    assertEquals(0.21, r.scenarios().get(0).regret(), EPS);
    // technology shock: 0.16 + 0.27 + 0.26 + 0.16 = 0.85; best 1.6
    assertEquals(0.85, r.scenarios().get(1).value(), EPS);
    assertEquals(0.75, r.scenarios().get(1).regret(), EPS);
    assertEquals("technology shock", r.scenarios().get(1).name());
    assertEquals(0.5, r.scenarios().get(1).probability(), 0);
    assertEquals(0.92, r.expectedValue(), EPS); // (0.99 + 0.85) / 2
    assertEquals(0.85, r.worstCase(), EPS);
    assertEquals(0.99, r.bestCase(), EPS);
    assertEquals(0.75, r.maxRegret(), EPS);
    assertEquals(0.48, r.expectedRegret(), EPS); // (0.21 + 0.75) / 2
    assertEquals(0.85, r.cvar(), EPS); // the worst 0.2 of mass lies inside the shock
    assertEquals(0.2, r.alpha(), 0);
    assertEquals(0.92, r.hurwicz(), EPS); // 0.5 * 0.99 + 0.5 * 0.85
    assertEquals(0.5, r.hurwiczOptimism(), 0);
    assertEquals(0.92, r.laplace(), EPS);
  }

  @Test
  void portfolioSharesAreBudgetWeightedMixes() {
    // Budgets 4, 3, 2, 1 on pure facets, plus a zero-budget initiative that budget weighting ignores:
    // budget shares 0.4, 0.3, 0.2, 0.1, the contract example; count shares (1+1/2, 1, 1, 1+1/2) / 5.
    Portfolio portfolio = new Portfolio.Builder().name("p").addInitiatives(
        pure("e", 4, Facet.ENHANCEMENT), pure("m", 3, Facet.MISSION), pure("a", 2, Facet.ADAPTIVE),
        pure("n", 1, Facet.ANTICIPATORY),
        new Initiative.Builder().id("z").budget(0).facets(FacetMix.halves(Facet.ENHANCEMENT, Facet.ANTICIPATORY))
            .build()).build();
    Robustness byBudget = RobustnessEvaluator.DEFAULT.evaluate(portfolio, Weighting.budget(), contractScenarios());
    assertMix(CONTRACT_MIX, byBudget.allocation());
    assertEquals("budget", byBudget.weighting().get());
    assertEquals(0.92, byBudget.expectedValue(), EPS);
    Robustness byCount = RobustnessEvaluator.DEFAULT.evaluate(portfolio, Weighting.count(), contractScenarios());
    assertMix(FacetMix.of(0.3, 0.2, 0.2, 0.3), byCount.allocation());
    assertTrue(RobustnessEvaluator.DEFAULT.evaluate(CONTRACT_MIX, contractScenarios()).weighting().isEmpty());
  }

  @Test
  void zeroTotalWeightAndBadWeightsAreRejected() {
    Portfolio unfunded = new Portfolio.Builder().name("p").addInitiatives(pure("e", 0, Facet.ENHANCEMENT)).build();
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> RobustnessEvaluator.DEFAULT.evaluate(unfunded, Weighting.budget(), contractScenarios()));
    assertEquals("totalWeight", zero.field());
    Portfolio funded = new Portfolio.Builder().name("p").addInitiatives(pure("e-7", 1, Facet.ENHANCEMENT)).build();
    InvalidValueException negative = assertThrows(InvalidValueException.class,
        () -> RobustnessEvaluator.DEFAULT.evaluate(funded, Weighting.of("odd", i -> -1), contractScenarios()));
    assertTrue(negative.getMessage().contains("'e-7'"), negative.getMessage());
    assertThrows(InvalidValueException.class,
        () -> RobustnessEvaluator.DEFAULT.evaluate(funded, Weighting.of("nan", i -> Double.NaN), contractScenarios()));
  }

  @Test
  void attributionsAddUpToTheirMetric() {
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(CONTRACT_MIX, contractScenarios());
    // mean payoffs (0.8, 0.95, 1.05, 1.05) times shares: 0.32, 0.285, 0.21, 0.105
    assertValues(FacetValues.of(0.32, 0.285, 0.21, 0.105), r.expectedValueAttribution());
    // the tail is the shock alone: shares times its payoffs 0.16, 0.27, 0.26, 0.16 (sum 0.85)
    assertValues(FacetValues.of(0.16, 0.27, 0.26, 0.16), r.cvarAttribution());
  }

  @Test
  void cvarSplitsTheBoundaryScenarioFractionally() {
    // Pure enhancement, so V_s is the enhancement payoff: 5, 1, 3, 2, 4, each with probability 0.2.
    ScenarioSet five = equallyLikely(e(5), e(1), e(3), e(2), e(4));
    FacetMix pure = FacetMix.pure(Facet.ENHANCEMENT);
    // alpha 0.3 = 1.5 scenarios: (1 + 0.5 * 2) / 1.5 = 4/3
    assertEquals(4.0 / 3, cvar(0.3, pure, five), EPS);
    assertEquals(1.5, cvar(0.4, pure, five), EPS); // (1 + 2) / 2
    assertEquals(1.0, cvar(0.2, pure, five), EPS);
    assertEquals(1.0, cvar(0.05, pure, five), EPS);
    assertEquals(3.0, cvar(1, pure, five), EPS); // the mean
    // Unequal probabilities: values 1 (p 0.1), 2 (p 0.3), 5 (p 0.6); alpha 0.2 takes 0.1 of each of the
    // first two: (0.1 * 1 + 0.1 * 2) / 0.2 = 1.5.
    ScenarioSet weighted = ScenarioSet.of(List.of(Scenario.of("a", 0.1, e(1)), Scenario.of("b", 0.3, e(2)),
        Scenario.of("c", 0.6, e(5))));
    assertEquals(1.5, cvar(0.2, pure, weighted), EPS);
    // and the attribution carries the fractional weights: all of it on enhancement
    Robustness r = RobustnessEvaluator.DEFAULT.withAlpha(0.2).evaluate(pure, weighted);
    assertValues(FacetValues.of(1.5, 0, 0, 0), r.cvarAttribution());
  }

  @Test
  void hurwiczRunsFromWorstToBest() {
    RobustnessEvaluator pessimist = RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(0);
    RobustnessEvaluator optimist = RobustnessEvaluator.DEFAULT.withHurwiczOptimism(1);
    assertEquals(0.85, pessimist.evaluate(CONTRACT_MIX, contractScenarios()).hurwicz(), EPS);
    assertEquals(0.99, optimist.evaluate(CONTRACT_MIX, contractScenarios()).hurwicz(), EPS);
    assertEquals(0.25 * 0.99 + 0.75 * 0.85,
        RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(0.25).evaluate(CONTRACT_MIX, contractScenarios()).hurwicz(), EPS);
  }

  @Test
  void laplaceIgnoresProbabilities() {
    ScenarioSet skewed = ScenarioSet.of(List.of(Scenario.of("a", 0.9, e(1)), Scenario.of("b", 0.1, e(3))));
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.ENHANCEMENT), skewed);
    assertEquals(2.0, r.laplace(), EPS);
    assertEquals(1.2, r.expectedValue(), EPS);
  }

  @Test
  void relativeRegretOnlyWhereTheBestValueIsPositive() {
    ScenarioSet mixed = equallyLikely(FacetValues.of(2, 1, 0, 0), FacetValues.of(-1, -2, -3, -4));
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.MISSION), mixed);
    assertEquals(0.5, r.scenarios().get(0).relativeRegret().getAsDouble(), EPS); // (2 - 1) / 2
    assertFalse(r.scenarios().get(1).relativeRegret().isPresent()); // best -1 <= 0
    assertFalse(r.maxRelativeRegret().isPresent());
    Robustness positive = RobustnessEvaluator.DEFAULT.evaluate(CONTRACT_MIX, contractScenarios());
    assertEquals(0.75 / 1.6, positive.maxRelativeRegret().getAsDouble(), EPS);
  }

  @Test
  void percentileRegretIsTheLowerQuantile() {
    // Pure mission; regrets 0, 1, 2, 3 with probabilities 0.1, 0.2, 0.3, 0.4.
    ScenarioSet set = ScenarioSet.of(List.of(
        Scenario.of("a", 0.1, FacetValues.of(1, 1, 0, 0)), Scenario.of("b", 0.2, FacetValues.of(2, 1, 0, 0)),
        Scenario.of("c", 0.3, FacetValues.of(3, 1, 0, 0)), Scenario.of("d", 0.4, FacetValues.of(4, 1, 0, 0))));
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.MISSION), set);
    assertEquals(0, r.percentileRegret(0.1), EPS); // P(R <= 0) = 0.1 reaches 0.1
    assertEquals(1, r.percentileRegret(0.11), EPS);
    assertEquals(1, r.percentileRegret(0.3), EPS); // cumulative 0.1 + 0.2, one ulp short, still counts
    assertEquals(2, r.percentileRegret(0.5), EPS);
    assertEquals(3, r.percentileRegret(0.9), EPS);
    assertEquals(3, r.percentileRegret(1), EPS);
    assertThrows(InvalidValueException.class, () -> r.percentileRegret(0));
    assertThrows(InvalidValueException.class, () -> r.percentileRegret(Double.NaN));
  }

  @Test
  void domainCriterionCountsScenariosMeetingTheThreshold() {
    ScenarioSet set = ScenarioSet.of(List.of(Scenario.of("a", 0.7, e(1)), Scenario.of("b", 0.2, e(2)),
        Scenario.of("c", 0.1, e(3))));
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.ENHANCEMENT), set);
    assertEquals(2.0 / 3, r.domainCriterion(2), EPS); // b and c reach 2
    assertEquals(0.3, r.probabilityMeeting(2), EPS);
    assertEquals(1, r.domainCriterion(1), 0);
    assertEquals(0, r.domainCriterion(3.5), 0);
    assertThrows(InvalidValueException.class, () -> r.domainCriterion(Double.NaN));
  }

  @Test
  void settingsOutOfRangeAreRejected() {
    assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(0).withHurwiczOptimism(0.5));
    assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(1.5).withHurwiczOptimism(0.5));
    assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(Double.NaN).withHurwiczOptimism(0.5));
    assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(-0.1));
    assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(Double.NaN));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RobustnessEvaluator.DEFAULT.withAlpha(2));
    assertEquals("alpha", e.field());
  }

  @Test
  void zeroProbabilityScenariosStillCountForTheWorstCase() {
    ScenarioSet set = ScenarioSet.of(List.of(Scenario.of("likely", 1, e(2)), Scenario.of("unlikely", 0, e(-5))));
    Robustness r = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.ENHANCEMENT), set);
    assertEquals(-5, r.worstCase(), 0);
    assertEquals(2, r.cvar(), EPS); // no probability mass in the bad future
    assertEquals(2, r.expectedValue(), EPS);
  }

  static double cvar(double alpha, FacetMix mix, ScenarioSet set) {
    return RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(mix, set).cvar();
  }

  private static FacetValues e(double enhancement) {
    return FacetValues.of(enhancement, 0, 0, 0);
  }

  private static Initiative pure(String id, double budget, Facet facet) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(facet)).build();
  }

  static void assertMix(FacetMix expected, FacetMix actual) {
    for (Facet facet : Facet.ordered()) {
      assertEquals(expected.weight(facet), actual.weight(facet), EPS, facet.jsonName());
    }
  }

  static void assertValues(FacetValues expected, FacetValues actual) {
    for (Facet facet : Facet.ordered()) {
      assertEquals(expected.get(facet), actual.get(facet), EPS, facet.jsonName());
    }
  }
}
