package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Five small portfolios scored by hand, every metric worked in the comments, plus the errors a bad
 * input must get and batch scoring.
 */
class PortfolioScorerTest {
  private static final double EXACT = 1e-12;
  private static final PortfolioScorer SCORER = PortfolioScorer.DEFAULT;

  static Initiative.Builder initiative(String id, double budget) {
    return new Initiative.Builder().id(id).budget(budget);
  }

  static Portfolio portfolio(String name, Initiative.Builder... initiatives) {
    Portfolio.Builder builder = new Portfolio.Builder().name(name);
    Arrays.stream(initiatives).forEach(initiative -> builder.addInitiatives(initiative.build()));
    return builder.build();
  }

  /** The contract's example shares: pure initiatives with budgets 4, 3, 2, 1. */
  static Portfolio contractExample() {
    return portfolio("Contract example",
        initiative("e", 4).facets(FacetMix.pure(Facet.ENHANCEMENT)).stage(Stage.IMPLEMENT),
        initiative("m", 3).facets(FacetMix.pure(Facet.MISSION)).stage(Stage.IMPLEMENT),
        initiative("a", 2).facets(FacetMix.pure(Facet.ADAPTIVE)).stage(Stage.DEVELOP),
        initiative("n", 1).facets(FacetMix.pure(Facet.ANTICIPATORY)));
  }

  @Test
  void portfolioOneTheContractExample() {
    // W = 10; p = (0.4, 0.3, 0.2, 0.1); each initiative is pure, so zones are the facets.
    PortfolioScore score = SCORER.score(contractExample(), Weighting.budget(), TargetMix.of(1, 1, 1, 1));
    assertEquals("Contract example", score.portfolio());
    assertEquals(4, score.initiatives());
    assertEquals(10, score.totalWeight());
    assertShares(score, 0.4, 0.3, 0.2, 0.1);
    assertEquals(0.4, score.zoneShares().get(Zone.ENHANCEMENT), EXACT);
    assertEquals(0.1, score.zoneShares().get(Zone.ANTICIPATORY), EXACT);
    assertEquals(0, score.zoneShares().get(Zone.MIXED));
    // Stages: implement 4 + 3, develop 2, the anticipatory one unspecified.
    assertEquals(0.7, score.stageShares().get(Stage.IMPLEMENT), EXACT);
    assertEquals(0.2, score.stageShares().get(Stage.DEVELOP), EXACT);
    assertEquals(0, score.stageShares().get(Stage.IDENTIFY));
    assertEquals(0.1, score.unspecifiedStageShare(), EXACT);
    // The balance of these shares is worked out in BalanceTest.theContractExample.
    assertEquals(1.2798542258336674, score.balance().shannonEntropy(), EXACT);
    assertEquals(0.5535533905932737, score.balance().raoStirling(), EXACT);
    // Lean: uncertainty 0.1 - 0.4 = -0.3; directedness 0.3 - 0.2 = 0.1.
    assertEquals(-0.3, score.lean().uncertainty(), EXACT);
    assertEquals(0.1, score.lean().directedness(), EXACT);
    // Gap to uniform (TargetGapTest): TV 0.2, transfer 2.
    TargetGap gap = score.targetGap().orElseThrow();
    assertEquals(0.2, gap.totalVariation(), EXACT);
    assertEquals(2, gap.transfer(), 1e-11);
    assertEquals(ScoreConventions.of("budget", Disparity.DIAMOND), score.conventions());
    assertEquals("e", score.conventions().logBase());
    assertEquals(4, score.conventions().facetCount());
  }

  @Test
  void portfolioTwoASingleMissionProject() {
    // Position (0, 1): raw weights enhancement 0, anticipatory 0, mission 1, adaptive 0: pure mission.
    PortfolioScore score = SCORER.score(
        portfolio("One project", initiative("m", 250).position(AxisPosition.of(0, 1))), Weighting.budget());
    assertShares(score, 0, 1, 0, 0);
    assertEquals(1, score.zoneShares().get(Zone.MISSION));
    assertEquals(1, score.unspecifiedStageShare());
    Balance b = score.balance();
    assertEquals(1, b.variety());
    assertEquals(0, b.shannonEntropy());
    assertEquals(0, b.evenness());
    assertEquals(1, b.hhi());
    assertEquals(1, b.normalizedHhi());
    assertEquals(0, b.giniSimpson());
    assertEquals(1, b.effectiveFacets());
    assertEquals(1, b.shannonEffectiveFacets());
    assertEquals(0, b.raoStirling());
    // Lean: uncertainty 0 - 0; directedness 1 - 0.
    assertEquals(AxisPosition.of(0, 1), score.lean());
    assertTrue(score.targetGap().isEmpty());
    assertTrue(score.value(Metric.TOTAL_VARIATION).isEmpty());
  }

  @Test
  void portfolioThreePositionAndProjectMapping() {
    // a: position (-0.8, 0.2) -> mix (0.8, 0.2, 0, 0), zone enhancement (0.8 >= 2/3), budget 3.
    // b: purpose adaptive, driver future -> halves on adaptive and anticipatory, zone disruptive, budget 1.
    // W = 4: p = (3*0.8, 3*0.2, 0.5, 0.5) / 4 = (0.6, 0.15, 0.125, 0.125).
    PortfolioScore score = SCORER.score(portfolio("Mixed sources",
        initiative("a", 3).position(AxisPosition.of(-0.8, 0.2)),
        initiative("b", 1).purpose(Purpose.ADAPTIVE).driver(Driver.FUTURE)), Weighting.budget());
    assertShares(score, 0.6, 0.15, 0.125, 0.125);
    assertEquals(0.75, score.zoneShares().get(Zone.ENHANCEMENT), EXACT);
    assertEquals(0.25, score.zoneShares().get(Zone.DISRUPTIVE), EXACT);
    Balance b = score.balance();
    // H = -(0.6 ln 0.6 + 0.15 ln 0.15 + 2 * 0.125 ln 0.125) = 0.306495 + 0.284568 + 0.519860 = 1.110924
    assertEquals(1.1109237574124355, b.shannonEntropy(), EXACT);
    assertEquals(1.1109237574124355 / Math.log(4), b.evenness(), EXACT);
    // hhi = 0.36 + 0.0225 + 2 * 0.015625 = 0.41375; 1/hhi = 2.416918
    assertEquals(0.41375, b.hhi(), EXACT);
    assertEquals((0.41375 - 0.25) / 0.75, b.normalizedHhi(), EXACT);
    assertEquals(1 / 0.41375, b.effectiveFacets(), EXACT);
    // Rao, unordered pairs: neighbours E-M 0.09, E-A 0.075, M-N 0.01875, A-N 0.015625 = 0.199375;
    // opposites E-N 0.075, M-A 0.01875 = 0.09375. Ordered: 2 (0.199375 sqrt2/2 + 0.09375) = 0.469459
    assertEquals(0.199375 * Math.sqrt(2) + 0.1875, b.raoStirling(), EXACT);
    // Lean: uncertainty 0.125 - 0.6 = -0.475; directedness 0.15 - 0.125 = 0.025.
    assertEquals(-0.475, score.lean().uncertainty(), EXACT);
    assertEquals(0.025, score.lean().directedness(), EXACT);
  }

  /** Three mixed initiatives: opposite halves, purpose "all", and the origin. */
  static Portfolio mixedBag() {
    return portfolio("Mixed bag",
        initiative("a", 0).facets(FacetMix.halves(Facet.ENHANCEMENT, Facet.ANTICIPATORY)),
        initiative("b", 5).purpose(Purpose.ALL).driver(Driver.LEADERS),
        initiative("c", 2).position(AxisPosition.ORIGIN));
  }

  @Test
  void portfolioFourCountWeightingWithAZeroBudget() {
    // Count weighting, W = 3. a: halves on opposite facets (zone mixed); b: purpose all (uniform,
    // mixed); c: the origin (uniform, mixed).
    // p = ((0.5 + 0.25 + 0.25), (0 + 0.25 + 0.25), (0 + 0.25 + 0.25), (0.5 + 0.25 + 0.25)) / 3
    //   = (1/3, 1/6, 1/6, 1/3)
    PortfolioScore score = SCORER.score(mixedBag(), Weighting.count());
    assertEquals(3, score.totalWeight());
    assertEquals("count", score.conventions().weighting());
    assertShares(score, 1.0 / 3, 1.0 / 6, 1.0 / 6, 1.0 / 3);
    assertEquals(1, score.zoneShares().get(Zone.MIXED), EXACT);
    Balance b = score.balance();
    // H = (2/3) ln 3 + (1/3) ln 6 = 0.732408 + 0.597253 = 1.329661
    assertEquals(2.0 / 3 * Math.log(3) + Math.log(6) / 3, b.shannonEntropy(), EXACT);
    // hhi = 2/9 + 2/36 = 5/18; 1/hhi = 3.6
    assertEquals(5.0 / 18, b.hhi(), EXACT);
    assertEquals(3.6, b.effectiveFacets(), EXACT);
    // Rao, unordered: neighbours E-M, E-A, M-N, A-N each 1/18 = 2/9; opposites E-N 1/9, M-A 1/36 = 5/36.
    // Ordered: 2 (2/9 sqrt2/2 + 5/36) = 2 sqrt2/9 + 5/18 = 0.592047
    assertEquals(2 * Math.sqrt(2) / 9 + 5.0 / 18, b.raoStirling(), EXACT);
    assertEquals(AxisPosition.ORIGIN, score.lean());

    // By budget the zero-budget a drops out and b, c are uniform: p = 1/4 each, W = 7.
    PortfolioScore byBudget = SCORER.score(mixedBag(), Weighting.budget());
    assertEquals(7, byBudget.totalWeight());
    assertShares(byBudget, 0.25, 0.25, 0.25, 0.25);
    assertEquals(Math.log(4), byBudget.balance().shannonEntropy(), EXACT);
    assertEquals(1, byBudget.balance().evenness(), EXACT);
    assertEquals(0, byBudget.balance().normalizedHhi(), EXACT);
  }

  /** High-priority mission, low-priority adaptive-anticipatory halves. */
  static Portfolio priorities() {
    return portfolio("Priorities",
        initiative("m", 1).facets(FacetMix.pure(Facet.MISSION)).priority(Priority.HIGH),
        initiative("d", 100).facets(FacetMix.halves(Facet.ADAPTIVE, Facet.ANTICIPATORY)).priority(Priority.LOW));
  }

  @Test
  void portfolioFivePriorityWeightingAndTargets() {
    // Priority weighting: m weighs 7, d weighs 3, W = 10: p = (0, 0.7, 0.15, 0.15).
    PortfolioScore score = SCORER.score(priorities(), Weighting.priority(), TargetMix.of(1, 1, 1, 1));
    assertEquals(10, score.totalWeight());
    assertShares(score, 0, 0.7, 0.15, 0.15);
    assertEquals(0.7, score.zoneShares().get(Zone.MISSION), EXACT);
    assertEquals(0.3, score.zoneShares().get(Zone.DISRUPTIVE), EXACT);
    Balance b = score.balance();
    assertEquals(3, b.variety());
    // H = -(0.7 ln 0.7 + 2 * 0.15 ln 0.15) = 0.249672 + 0.569136 = 0.818808
    assertEquals(0.818808456222877, b.shannonEntropy(), EXACT);
    // hhi = 0.49 + 0.0225 + 0.0225 = 0.535
    assertEquals(0.535, b.hhi(), EXACT);
    // Lean: uncertainty 0.15 - 0; directedness 0.7 - 0.15 = 0.55.
    assertEquals(0.15, score.lean().uncertainty(), EXACT);
    assertEquals(0.55, score.lean().directedness(), EXACT);
    TargetGap gap = score.targetGap().orElseThrow();
    // TV = 1/2 (0.25 + 0.45 + 0.1 + 0.1) = 0.45; transfer 4.5
    assertEquals(0.45, gap.totalVariation(), EXACT);
    assertEquals(4.5, gap.transfer(), 1e-11);
    // KL = 0.7 ln 2.8 + 2 * 0.15 ln 0.6 = 0.720736 - 0.153248 = 0.567486
    assertEquals(0.7 * Math.log(2.8) + 0.3 * Math.log(0.6), gap.klDivergence().getAsDouble(), EXACT);
    // Euclidean = sqrt(0.0625 + 0.2025 + 0.01 + 0.01) = sqrt(0.285)
    assertEquals(Math.sqrt(0.285), gap.euclidean(), EXACT);
    // Giver mission 4.5; receivers enhancement 2.5 (neighbour), adaptive 1 (opposite), anticipatory 1
    // (neighbour): mission -> enhancement 2.5, mission -> anticipatory 1, mission -> adaptive 1.
    assertEquals(List.of(BudgetTransfer.of(Facet.MISSION, Facet.ENHANCEMENT, gap.rebalancing().get(0).amount()),
        BudgetTransfer.of(Facet.MISSION, Facet.ANTICIPATORY, gap.rebalancing().get(1).amount()),
        BudgetTransfer.of(Facet.MISSION, Facet.ADAPTIVE, gap.rebalancing().get(2).amount())), gap.rebalancing());
    assertEquals(2.5, gap.rebalancing().get(0).amount(), 1e-11);
    assertEquals(1, gap.rebalancing().get(1).amount(), 1e-11);
    assertEquals(1, gap.rebalancing().get(2).amount(), 1e-11);

    // All on enhancement as the target: t = 0 where p = 0.7 > 0, so KL is undefined (empty, null in JSON).
    PortfolioScore pure = SCORER.score(priorities(), Weighting.priority(), TargetMix.parse("enhancement=1"));
    assertTrue(pure.targetGap().orElseThrow().klDivergence().isEmpty());
    assertTrue(pure.value(Metric.KL_DIVERGENCE).isEmpty());
    assertEquals(1, pure.targetGap().get().totalVariation(), EXACT);
  }

  static void assertShares(PortfolioScore score, double e, double m, double a, double n) {
    assertEquals(e, score.facetShares().weight(Facet.ENHANCEMENT), EXACT);
    assertEquals(m, score.facetShares().weight(Facet.MISSION), EXACT);
    assertEquals(a, score.facetShares().weight(Facet.ADAPTIVE), EXACT);
    assertEquals(n, score.facetShares().weight(Facet.ANTICIPATORY), EXACT);
  }

  @Test
  void theReferencePathGivesTheSameHandValues() {
    PortfolioScore reference = ReferenceScorer.score(SCORER, mixedBag(), Weighting.count(), Optional.empty());
    ScoreAssertions.assertScoresClose(SCORER.score(mixedBag(), Weighting.count()), reference, EXACT);
    assertEquals(5.0 / 18, reference.balance().hhi(), EXACT);
  }

  // ---- errors -----------------------------------------------------------------------------------

  @Test
  void zeroTotalWeightIsAnErrorNamingTheFieldAndValue() {
    Portfolio unfunded = portfolio("Unfunded", initiative("a", 0).facets(FacetMix.uniform()),
        initiative("b", 0).position(AxisPosition.ORIGIN));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SCORER.score(unfunded, Weighting.budget()));
    assertEquals("totalWeight", e.field());
    assertEquals("totalWeight must be finite and > 0 to define facet shares (portfolio 'Unfunded', weighting"
        + " 'budget'), got 0.0", e.getMessage());
    assertThrows(InvalidValueException.class, () -> ReferenceScorer.score(SCORER, unfunded, Weighting.budget(), Optional.empty()));
    assertThrows(InvalidValueException.class, () -> SCORER.attribute(unfunded, Weighting.budget(), Optional.empty()));
    assertThrows(InvalidValueException.class,
        () -> SCORER.score("Nothing", "budget", FacetTally.EMPTY, Optional.empty()));
  }

  @Test
  void aBadCustomWeightIsAnErrorNamingTheInitiative() {
    for (double bad : new double[] {Double.NaN, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      Weighting weighting = Weighting.of("custom", initiative -> initiative.id().equals("m") ? bad : 1);
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> SCORER.score(contractExample(), weighting));
      assertEquals("initiatives[1].weight", e.field());
      assertEquals("initiatives[1].weight must be finite and >= 0 (initiative 'm', weighting 'custom'), got " + bad,
          e.getMessage());
      assertThrows(InvalidValueException.class, () -> ReferenceScorer.score(SCORER, contractExample(), weighting, Optional.empty()));
    }
  }

  @Test
  void weightsThatOverflowAreAnError() {
    Weighting huge = Weighting.of("huge", initiative -> Double.MAX_VALUE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SCORER.score(contractExample(), huge));
    assertEquals("totalWeight", e.field());
    assertTrue(e.getMessage().endsWith("got Infinity"), e.getMessage());
  }

  // ---- batches ----------------------------------------------------------------------------------

  @Test
  void oneBadPortfolioNeverAbortsTheBatch() {
    Portfolio unfunded = portfolio("Unfunded", initiative("a", 0).facets(FacetMix.uniform()));
    Weighting fussy = Weighting.of("fussy", initiative -> {
      if (initiative.id().equals("b")) {
        throw new IllegalStateException("no weight for b");
      }
      return initiative.budget();
    });
    List<ScoreResult> results = SCORER.scoreAll(
        Arrays.asList(contractExample(), unfunded, null, mixedBag()), fussy, Optional.empty());
    assertEquals(4, results.size());
    assertTrue(results.get(0).isSuccess());
    assertEquals(SCORER.score(contractExample(), fussy), results.get(0).score().orElseThrow());
    assertEquals("Unfunded", results.get(1).portfolio());
    assertTrue(results.get(1).failure().orElseThrow().startsWith("totalWeight must be finite and > 0"),
        results.get(1).toString());
    assertEquals("portfolios[2]", results.get(2).portfolio());
    assertEquals("portfolios[2] must not be null", results.get(2).failure().orElseThrow());
    assertEquals("IllegalStateException: no weight for b", results.get(3).failure().orElseThrow());
    assertEquals(3, results.get(3).index());
    assertTrue(results.get(3).score().isEmpty());
  }
}
