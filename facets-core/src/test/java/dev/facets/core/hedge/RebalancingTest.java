package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.twoFacets;
import static dev.facets.core.hedge.RobustnessEvaluatorTest.assertMix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.core.score.Disparity;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.score.TargetGap;
import dev.facets.api.TargetMix;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A portfolio optimised from where it stands, on a hand-solved model. The scenarios are
 * {@code twoFacets(0.5, 0.5)}: s1 pays enhancement 3, mission 1, s2 pays 0 and 2, adaptive and
 * anticipatory pay -10 in both. The portfolio holds 750 on a pure mission initiative and 250 on a pure
 * adaptive one, so by budget its current shares are c = (0, 0.75, 0.25, 0) and, by count, (0, 0.5,
 * 0.5, 0).
 *
 * <p>At c: V1 = 0.75 - 2.5 = -1.75 and V2 = 1.5 - 2.5 = -1, so the worst case is -1.75. Without a
 * turnover limit the maximin optimum is (1/4, 3/4, 0, 0) with value 1.5 (1 + 2w = 2 - 2w at w = 1/4),
 * a turnover of 1/4 + 0 + 1/4 + 0 = 0.5 from c.
 */
class RebalancingTest {
  private static final double EPS = 1e-9;
  private static final ScenarioSet SCENARIOS = twoFacets(0.5, 0.5);
  private static final Portfolio PORTFOLIO = new Portfolio.Builder().name("two lines")
      .addInitiatives(new Initiative.Builder().id("m").budget(750).facets(FacetMix.pure(Facet.MISSION)).build())
      .addInitiatives(new Initiative.Builder().id("a").budget(250).facets(FacetMix.pure(Facet.ADAPTIVE)).build())
      .build();

  private static Rebalancing maximin(Weighting weighting, double turnoverLimit) {
    return Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MAXIMIN, SCENARIOS, PORTFOLIO, weighting,
        FacetBounds.none(), turnoverLimit);
  }

  @Test
  void aLimitThatDoesNotBindGivesTheUnconstrainedOptimum() {
    // Limit 1 > 0.5: the answer is the optimum; adaptive gives its 0.25 (250) to enhancement, which is
    // the only facet that rises; mission keeps its 0.75.
    Rebalancing rebalancing = maximin(Weighting.budget(), 1);
    assertTrue(rebalancing.outcome().isOptimal(), rebalancing::toString);
    assertMix(FacetMix.of(0.25, 0.75, 0, 0), rebalancing.outcome().allocation().get());
    assertEquals(1.5, rebalancing.outcome().objectiveValue().getAsDouble(), EPS);
    assertMix(FacetMix.of(0, 0.75, 0.25, 0), rebalancing.current());
    assertEquals(-1.75, rebalancing.currentObjectiveValue(), EPS);
    assertEquals(0.5, rebalancing.turnover().getAsDouble(), EPS);
    assertEquals(1, rebalancing.turnoverLimit().getAsDouble(), 0);
    assertEquals(1000, rebalancing.totalWeight(), 0);
    assertEquals("budget", rebalancing.weighting());
    assertEquals("two lines", rebalancing.portfolioName());
    assertMoves(List.of(new Move(Facet.ADAPTIVE, Facet.ENHANCEMENT, 250)), rebalancing.moves());
  }

  @Test
  void aBindingLimitMovesTheMostValuableShareFirst() {
    // Limit 0.2: a share of 0.1 may move. Moving x from adaptive to enhancement raises V1 by 13x and
    // V2 by 10x; from mission to enhancement V1 by 2x and lowers V2; any other move does less for V1,
    // which is the worse scenario throughout. So 0.1 goes adaptive -> enhancement: w = (0.1, 0.75,
    // 0.15, 0), V1 = 0.3 + 0.75 - 1.5 = -0.45, V2 = 1.5 - 1.5 = 0, worst case -0.45; 100 of 1000 moves.
    Rebalancing rebalancing = maximin(Weighting.budget(), 0.2);
    assertMix(FacetMix.of(0.1, 0.75, 0.15, 0), rebalancing.outcome().allocation().get());
    assertEquals(-0.45, rebalancing.outcome().objectiveValue().getAsDouble(), EPS);
    assertEquals(0.2, rebalancing.turnover().getAsDouble(), EPS);
    assertMoves(List.of(new Move(Facet.ADAPTIVE, Facet.ENHANCEMENT, 100)), rebalancing.moves());
  }

  @Test
  void countWeightingMovesInitiativesAndPairsTheClosestFacetsFirst() {
    // By count c = (0, 0.5, 0.5, 0) and the total weight is 2. Unlimited, the optimum (1/4, 3/4, 0, 0)
    // is a turnover of 0.25 + 0.25 + 0.5 = 1, so 1/2 * 1 * 2 = 1 initiative's worth moves: adaptive
    // gives 0.5 (1.0), enhancement and mission receive 0.25 each (0.5). Adaptive and enhancement are
    // neighbours on the diamond, adaptive and mission opposite, so enhancement is served first.
    Rebalancing rebalancing = Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MAXIMIN, SCENARIOS,
        PORTFOLIO, Weighting.count(), FacetBounds.none());
    assertFalse(rebalancing.turnoverLimit().isPresent());
    assertEquals("count", rebalancing.weighting());
    assertEquals(2, rebalancing.totalWeight(), 0);
    assertEquals(1, rebalancing.turnover().getAsDouble(), EPS);
    assertMoves(List.of(new Move(Facet.ADAPTIVE, Facet.ENHANCEMENT, 0.5), new Move(Facet.ADAPTIVE, Facet.MISSION, 0.5)),
        rebalancing.moves());
  }

  @Test
  void aZeroLimitKeepsTheCurrentSharesAndMovesNothing() {
    Rebalancing rebalancing = maximin(Weighting.budget(), 0);
    assertMix(rebalancing.current(), rebalancing.outcome().allocation().get());
    assertEquals(-1.75, rebalancing.outcome().objectiveValue().getAsDouble(), EPS);
    assertEquals(0, rebalancing.turnover().getAsDouble(), EPS);
    assertEquals(List.of(), rebalancing.moves());
  }

  @Test
  void minimaxRegretAndCvarUseTheirOwnMetricAtTheCurrentShares() {
    // At c, regrets are 3 - (-1.75) = 4.75 and 2 - (-1) = 3: maximum regret 4.75. CVaR at alpha 0.5
    // with two equally likely scenarios is the worse one, -1.75; at alpha 1 it is the mean, -1.375.
    Rebalancing regret = Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MINIMAX_REGRET, SCENARIOS,
        PORTFOLIO, Weighting.budget(), FacetBounds.none());
    assertEquals(4.75, regret.currentObjectiveValue(), EPS);
    // The optimum (1/2, 1/2, 0, 0) has maximum regret 1 (RobustAllocatorTest's hand solution).
    assertEquals(1, regret.outcome().objectiveValue().getAsDouble(), EPS);
    Rebalancing cvar = Rebalancing.optimize(RobustAllocator.DEFAULT.withAlpha(0.5), Objective.CVAR, SCENARIOS,
        PORTFOLIO, Weighting.budget(), FacetBounds.none());
    assertEquals(-1.75, cvar.currentObjectiveValue(), EPS);
    Rebalancing mean = Rebalancing.optimize(RobustAllocator.DEFAULT.withAlpha(1), Objective.CVAR, SCENARIOS,
        PORTFOLIO, Weighting.budget(), FacetBounds.none());
    assertEquals(-1.375, mean.currentObjectiveValue(), EPS);
  }

  @Test
  void aLimitTooSmallToReachTheBoundsIsInfeasibleWithADiagnosis() {
    // anticipatory >= 0.5 from c = (0, 0.75, 0.25, 0): clamping moves 0.5 and leaves the shares
    // summing to 1.5, another 0.5 to move: at least 1.
    Rebalancing rebalancing = Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MAXIMIN, SCENARIOS, PORTFOLIO,
        Weighting.budget(), FacetBounds.none().withMin(Facet.ANTICIPATORY, 0.5), 0.2);
    assertEquals(AllocationStatus.INFEASIBLE, rebalancing.outcome().status());
    assertEquals("turnover limit 0.2 < 1, the least turnover that reaches the bounds from the current allocation",
        rebalancing.outcome().diagnosis());
    assertFalse(rebalancing.turnover().isPresent());
    assertEquals(List.of(), rebalancing.moves());
    assertEquals(-1.75, rebalancing.currentObjectiveValue(), EPS);
  }

  @Test
  void theMovesAreTheTargetGapsRebalancingPlanToTheAnswerWithoutRoundingNoise() {
    // The minimax-regret optimum by count is (1/2, 1/2, 0, 0) from (0, 1/2, 1/2, 0): adaptive gives one
    // initiative's worth to enhancement. The solver's mission share misses 1/2 by about 1e-16, which the
    // plan turns into a move of about 1e-15 to mission: noise, left out of the moves.
    Rebalancing rebalancing = Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MINIMAX_REGRET, SCENARIOS,
        PORTFOLIO, Weighting.count(), FacetBounds.none());
    FacetMix answer = rebalancing.outcome().allocation().get();
    double total = rebalancing.totalWeight();
    TargetGap gap = TargetGap.of(rebalancing.current(), total, TargetMix.of(answer), Disparity.DIAMOND);
    List<BudgetTransfer> plan = BudgetTransfer.plan(rebalancing.current(), answer, total, Disparity.DIAMOND);
    assertEquals(gap.rebalancing(), plan);
    assertEquals(plan.stream().filter(move -> move.amount() > Rebalancing.NOISE * total).collect(Collectors.toList()),
        rebalancing.moves());
    assertMoves(List.of(new Move(Facet.ADAPTIVE, Facet.ENHANCEMENT, 1)), rebalancing.moves());
    assertEquals(PortfolioScorer.DEFAULT.disparity(), Disparity.DIAMOND);
  }

  @Test
  void badArgumentsAreRejected() {
    InvalidValueException limit = assertThrows(InvalidValueException.class, () -> maximin(Weighting.budget(), 2.5));
    assertEquals("turnoverLimit must be in [0.0, 2.0], got 2.5", limit.getMessage());
    assertThrows(InvalidValueException.class, () -> maximin(Weighting.budget(), Double.NaN));
    Portfolio unfunded = new Portfolio.Builder().name("nothing")
        .addInitiatives(new Initiative.Builder().id("z").budget(0).facets(FacetMix.uniform()).build()).build();
    assertThrows(InvalidValueException.class, () -> Rebalancing.optimize(RobustAllocator.DEFAULT, Objective.MAXIMIN,
        SCENARIOS, unfunded, Weighting.budget(), FacetBounds.none()));
    new NullPointerTester()
        .setDefault(RobustAllocator.class, RobustAllocator.DEFAULT)
        .setDefault(Objective.class, Objective.MAXIMIN)
        .setDefault(ScenarioSet.class, SCENARIOS)
        .setDefault(Portfolio.class, PORTFOLIO)
        .setDefault(Weighting.class, Weighting.budget())
        .setDefault(FacetBounds.class, FacetBounds.none())
        .testAllPublicStaticMethods(Rebalancing.class);
  }

  @Test
  void resultsAreValuesEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(maximin(Weighting.budget(), 0.2), maximin(Weighting.budget(), 0.2))
        .addEqualityGroup(maximin(Weighting.budget(), 1))
        .addEqualityGroup(maximin(Weighting.count(), 1))
        .testEquals();
    assertTrue(maximin(Weighting.budget(), 0.2).toString().contains("turnover <= 0.2"));
  }

  /** An expected move, compared with the plan's within {@link #EPS} of the total weight. */
  private static final class Move {
    final Facet from;
    final Facet to;
    final double amount;

    Move(Facet from, Facet to, double amount) {
      this.from = from;
      this.to = to;
      this.amount = amount;
    }
  }

  private static void assertMoves(List<Move> expected, List<BudgetTransfer> actual) {
    assertEquals(expected.size(), actual.size(), actual::toString);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).from, actual.get(i).from(), actual::toString);
      assertEquals(expected.get(i).to, actual.get(i).to(), actual::toString);
      assertEquals(expected.get(i).amount, actual.get(i).amount(), 1000 * EPS, actual::toString);
    }
  }
}
