package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.mapPayoffs;
import static dev.facets.core.hedge.HedgeFixtures.twoFacets;
import static dev.facets.core.hedge.RobustnessEvaluatorTest.assertMix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.ScenarioSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenario LPs on hand-solved two-facet, two-scenario models. In {@code twoFacets}, s1 pays
 * enhancement 3 and mission 1, s2 pays 0 and 2 (adaptive and anticipatory -10, never used). With w the
 * enhancement share and 1 - w on mission: V1 = 1 + 2w, V2 = 2 - 2w, regrets R1 = 3 - V1 = 2 - 2w and
 * R2 = 2 - V2 = 2w.
 */
class RobustAllocatorTest {
  private static final double EPS = 1e-9;
  private static final RobustAllocator ALLOCATOR = RobustAllocator.DEFAULT;

  @Test
  void maximinEqualisesTheTwoScenarios() {
    // 1 + 2w = 2 - 2w at w = 1/4, value 1.5
    AllocationOutcome outcome = ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MAXIMIN);
    assertOptimal(outcome, FacetMix.of(0.25, 0.75, 0, 0), 1.5);
    assertEquals("maximin", outcome.objective());
    assertFalse(outcome.alpha().isPresent());
  }

  @Test
  void minimaxRegretEqualisesTheTwoRegrets() {
    // 2 - 2w = 2w at w = 1/2, maximum regret 1
    assertOptimal(ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MINIMAX_REGRET), FacetMix.of(0.5, 0.5, 0, 0), 1);
  }

  @Test
  void expectedValueTakesTheBestMeanFacet() {
    // p = (0.3, 0.7): E = 0.3 (1 + 2w) + 0.7 (2 - 2w) = 1.7 - 0.8w, best at w = 0
    assertOptimal(ALLOCATOR.optimize(twoFacets(0.3, 0.7), Objective.EXPECTED), FacetMix.pure(Facet.MISSION), 1.7);
  }

  @Test
  void cvarAveragesTheWorstMassWithAFractionalScenario() {
    // p = (0.2, 0.8), alpha 0.5. For w < 1/4, V1 < V2: tail = all of s1 and 0.3 of s2,
    // CVaR = (0.2 (1 + 2w) + 0.3 (2 - 2w)) / 0.5 = 1.6 - 0.4w. For w > 1/4 the tail is inside s2:
    // CVaR = 2 - 2w < 1.5. Best: w = 0, CVaR 1.6.
    AllocationOutcome outcome = ALLOCATOR.withAlpha(0.5).optimize(twoFacets(0.2, 0.8), Objective.CVAR);
    assertOptimal(outcome, FacetMix.pure(Facet.MISSION), 1.6);
    assertEquals(0.5, outcome.alpha().getAsDouble(), 0);
    // p = (0.5, 0.5), alpha 0.5: the tail is the worse scenario, so CVaR is the worst case (maximin).
    assertOptimal(ALLOCATOR.withAlpha(0.5).optimize(twoFacets(0.5, 0.5), Objective.CVAR),
        FacetMix.of(0.25, 0.75, 0, 0), 1.5);
  }

  @Test
  void boundsAreHonoured() {
    // w >= 0.5: V2 = 2 - 2w is the worse scenario and falls with w, so w = 0.5, value min(2, 1) = 1
    FacetBounds bounds = FacetBounds.none().withMin(Facet.ENHANCEMENT, 0.5);
    assertOptimal(ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MAXIMIN, AllocationConstraints.of(bounds)),
        FacetMix.of(0.5, 0.5, 0, 0), 1);
    // mission <= 0.6 forces w >= 0.4 for the regret model too: max(2 - 2w, 2w) is least at w = 0.5
    FacetBounds missionCap = FacetBounds.none().withMax(Facet.MISSION, 0.6);
    assertOptimal(ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MINIMAX_REGRET,
        AllocationConstraints.of(missionCap)), FacetMix.of(0.5, 0.5, 0, 0), 1);
  }

  @Test
  void turnoverLimitStopsHalfWay() {
    // From pure mission, turnover 0.2 allows w <= 0.1 (0.1 leaves mission, 0.1 arrives at enhancement).
    // Maximin wants w = 1/4, so w = 0.1: V1 = 1.2 < V2 = 1.8, value 1.2.
    AllocationConstraints constraints =
        AllocationConstraints.none().withTurnoverLimit(FacetMix.pure(Facet.MISSION), 0.2);
    AllocationOutcome outcome = ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MAXIMIN, constraints);
    assertOptimal(outcome, FacetMix.of(0.1, 0.9, 0, 0), 1.2);
    assertEquals(0.2, AllocationConstraints.turnover(outcome.allocation().get(), FacetMix.pure(Facet.MISSION)), EPS);
    // a generous limit does not bind
    assertOptimal(ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MAXIMIN,
        AllocationConstraints.none().withTurnoverLimit(FacetMix.pure(Facet.MISSION), 2)), FacetMix.of(0.25, 0.75, 0, 0), 1.5);
  }

  @Test
  void minimaxRegretIgnoresAConstantAddedToOneScenarioButMaximinDoesNot() {
    // Add 2 to every payoff of s2: V2 = 4 - 2w, best 4. Regrets are unchanged (R2 = 4 - V2 = 2w), so
    // minimax regret still picks w = 1/2; maximin now equalises 1 + 2w = 4 - 2w at w = 3/4.
    ScenarioSet base = twoFacets(0.5, 0.5);
    ScenarioSet shifted = mapPayoffs(base, (s, f, old) -> old[f] + (s == 1 ? 2 : 0));
    AllocationOutcome regretBase = ALLOCATOR.optimize(base, Objective.MINIMAX_REGRET);
    AllocationOutcome regretShifted = ALLOCATOR.optimize(shifted, Objective.MINIMAX_REGRET);
    assertMix(regretBase.allocation().get(), regretShifted.allocation().get());
    assertEquals(regretBase.objectiveValue().getAsDouble(), regretShifted.objectiveValue().getAsDouble(), EPS);
    AllocationOutcome maximinShifted = ALLOCATOR.optimize(shifted, Objective.MAXIMIN);
    assertOptimal(maximinShifted, FacetMix.of(0.75, 0.25, 0, 0), 2.5);
    assertNotEquals(ALLOCATOR.optimize(base, Objective.MAXIMIN).allocation(), maximinShifted.allocation());
  }

  @Test
  void aFacetThatIsNeverBestLeavesTheMinimaxRegretUnchanged() {
    // Adaptive pays mission's payoff minus 0.5: never best, dominated by mission. Allowing it (its
    // payoff was -10, so unusable) changes no scenario's best value and cannot lower any regret.
    ScenarioSet base = twoFacets(0.5, 0.5);
    ScenarioSet withAdaptive = mapPayoffs(base, (s, f, old) -> f == Facet.ADAPTIVE.ordinal() ? old[1] - 0.5 : old[f]);
    assertEquals(1, ALLOCATOR.optimize(withAdaptive, Objective.MINIMAX_REGRET).objectiveValue().getAsDouble(), EPS);
    // and the regret of every allocation that does not use it is the same as before
    FacetMix mix = FacetMix.of(0.3, 0.7, 0, 0);
    assertEquals(RobustnessEvaluator.DEFAULT.evaluate(mix, base).maxRegret(),
        RobustnessEvaluator.DEFAULT.evaluate(mix, withAdaptive).maxRegret(), 0);
  }

  @Test
  void facetsWithIdenticalPayoffsAreSolvedAndShareAlike() {
    // Enhancement and adaptive pay the same (1) and mission more (1.207): every objective is pure
    // mission. (The previous simplex solver answered "all enhancement" with the optimum of "all
    // mission" here, confused by the identical columns.)
    ScenarioSet one = ScenarioSet.of(List.of(
        dev.facets.api.Scenario.of("only", dev.facets.api.FacetValues.of(1, 1.2067036940020177, 1, -0.05))));
    for (Objective objective : Objective.values()) {
      assertOptimal(ALLOCATOR.optimize(one, objective), FacetMix.pure(Facet.MISSION), objective.isMinimised() ? 0 : 1.2067036940020177);
    }
    // when the identical facets are the best ones, they split the allocation evenly
    ScenarioSet twins = HedgeFixtures.equallyLikely(dev.facets.api.FacetValues.of(2, 1, 2, 0),
        dev.facets.api.FacetValues.of(3, 1, 3, 0));
    assertOptimal(ALLOCATOR.optimize(twins, Objective.MAXIMIN), FacetMix.of(0.5, 0, 0.5, 0), 2);
  }

  @Test
  void cvarAtLevelOneIsTheExpectedValueEvenWhenProbabilitiesFallARoundingShort() {
    // The probabilities sum to 1 - 1e-10 (allowed): the CVaR programme must stay bounded at alpha = 1.
    ScenarioSet set = ScenarioSet.of(List.of(dev.facets.api.Scenario.of("s1", 0.3, dev.facets.api.FacetValues.of(3, 1, -10, -10)),
        dev.facets.api.Scenario.of("s2", 0.6999999999, dev.facets.api.FacetValues.of(0, 2, -10, -10))));
    AllocationOutcome cvar = ALLOCATOR.withAlpha(1).optimize(set, Objective.CVAR);
    assertOptimal(cvar, FacetMix.pure(Facet.MISSION), ALLOCATOR.optimize(set, Objective.EXPECTED).objectiveValue().getAsDouble());
  }

  @Test
  void contradictoryBoundsAreDiagnosedBeforeSolving() {
    assertInfeasible(FacetBounds.none().withMin(Facet.ENHANCEMENT, 0.6).withMin(Facet.MISSION, 0.6),
        "minimum shares add up to 1.2 > 1");
    FacetBounds lowCaps = FacetBounds.none();
    for (Facet facet : Facet.ordered()) {
      lowCaps = lowCaps.withMax(facet, 0.2);
    }
    assertInfeasible(lowCaps, "maximum shares add up to 0.8 < 1");
    assertInfeasible(FacetBounds.none().withMin(Facet.ADAPTIVE, 0.5).withMax(Facet.ADAPTIVE, 0.4),
        "minimum share of adaptive 0.5 > maximum 0.4");
  }

  @Test
  void aTurnoverLimitTooTightToReachTheBoundsIsDiagnosed() {
    // From pure mission with mission <= 0.5: 0.5 must leave mission and arrive elsewhere, turnover 1.
    AllocationConstraints constraints = AllocationConstraints.of(FacetBounds.none().withMax(Facet.MISSION, 0.5))
        .withTurnoverLimit(FacetMix.pure(Facet.MISSION), 0.4);
    assertEquals(1, constraints.minimumTurnover(), EPS);
    AllocationOutcome outcome = ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.EXPECTED, constraints);
    assertEquals(AllocationStatus.INFEASIBLE, outcome.status());
    assertEquals("turnover limit 0.4 < 1, the least turnover that reaches the bounds from the current allocation",
        outcome.diagnosis());
    // exactly the least turnover is enough
    AllocationOutcome tight = ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.EXPECTED,
        AllocationConstraints.of(FacetBounds.none().withMax(Facet.MISSION, 0.5))
            .withTurnoverLimit(FacetMix.pure(Facet.MISSION), 1));
    assertTrue(tight.isOptimal(), tight.toString());
  }

  @Test
  void theIterationLimitCountsMasterProgrammesAndSaysWhereTheOptimumLies() {
    // On 300 random futures the CVaR needs more than the first master (seeded with the tails at the
    // uniform and the four pure allocations); stopped there, the diagnosis brackets the optimum.
    ScenarioSet set = HedgeFixtures.random(300, 5, true);
    double optimum = ALLOCATOR.optimize(set, Objective.CVAR).objectiveValue().getAsDouble();
    AllocationOutcome outcome = ALLOCATOR.withMaxIterations(1).optimize(set, Objective.CVAR);
    assertEquals(AllocationStatus.LIMIT_REACHED, outcome.status());
    assertFalse(outcome.allocation().isPresent());
    assertFalse(outcome.objectiveValue().isPresent());
    java.util.regex.Matcher interval = java.util.regex.Pattern
        .compile("stopped at its limit of 1 iterations \\(master programmes\\) with the optimum between (\\S+) and (\\S+); raise the limit")
        .matcher(outcome.diagnosis());
    assertTrue(interval.find(), outcome.diagnosis());
    double low = Double.parseDouble(interval.group(1));
    double high = Double.parseDouble(interval.group(2));
    assertTrue(low < high && low <= optimum + 1e-9 && optimum <= high + 1e-9, outcome.diagnosis() + " vs " + optimum);
    assertEquals(10_000, ALLOCATOR.maxIterations());
    assertEquals(1, ALLOCATOR.withMaxIterations(1).maxIterations());
    assertThrows(InvalidValueException.class, () -> ALLOCATOR.withMaxIterations(0));
    assertThrows(InvalidValueException.class, () -> ALLOCATOR.withAlpha(0));
  }

  @Test
  void cvarAtATinyLevelIsTheWorstCaseOfTheLikelyFutures() {
    // Any alpha <= min p_s puts the whole tail on the worse scenario, so CVaR = min(V1, V2), the
    // maximin: w = 1/4, value 1.5 (p = (0.2, 0.8)). Subnormal levels are no exception.
    for (double alpha : new double[] {1e-6, 1e-320, Double.MIN_VALUE, 0.2}) {
      AllocationOutcome outcome = ALLOCATOR.withAlpha(alpha).optimize(twoFacets(0.2, 0.8), Objective.CVAR);
      assertOptimal(outcome, FacetMix.of(0.25, 0.75, 0, 0), 1.5);
      assertEquals(alpha, outcome.alpha().getAsDouble(), 0);
    }
    // alpha = 1 is the expected value: 0.2 (1 + 2w) + 0.8 (2 - 2w) = 1.8 - 1.2w, best at w = 0.
    assertOptimal(ALLOCATOR.withAlpha(1).optimize(twoFacets(0.2, 0.8), Objective.CVAR), FacetMix.pure(Facet.MISSION), 1.8);
  }

  @Test
  void threeFacetsEachBestInOneFutureAreEqualised() {
    // s_k pays 1 on facet k (enhancement, mission, adaptive) and 0 on the others, anticipatory -1.
    // V_k = w_k: maximin max min_k w_k = 1/3 at w = (1/3, 1/3, 1/3, 0); regret 1 - w_k, least 2/3 there;
    // CVaR at 1/3 (equal probabilities) is the worst scenario alone, so the maximin again.
    ScenarioSet set = HedgeFixtures.equallyLikely(dev.facets.api.FacetValues.of(1, 0, 0, -1),
        dev.facets.api.FacetValues.of(0, 1, 0, -1), dev.facets.api.FacetValues.of(0, 0, 1, -1));
    FacetMix thirds = FacetMix.of(1, 1, 1, 0);
    assertOptimal(ALLOCATOR.optimize(set, Objective.MAXIMIN), thirds, 1.0 / 3);
    assertOptimal(ALLOCATOR.optimize(set, Objective.MINIMAX_REGRET), thirds, 2.0 / 3);
    assertOptimal(ALLOCATOR.withAlpha(1.0 / 3).optimize(set, Objective.CVAR), thirds, 1.0 / 3);
    // Expected value: every mix of the first three facets gives 1/3, a tie; the answer is one of
    // them, the same every time.
    AllocationOutcome expected = ALLOCATOR.optimize(set, Objective.EXPECTED);
    assertEquals(1.0 / 3, expected.objectiveValue().getAsDouble(), EPS);
    assertEquals(0, expected.allocation().get().weight(Facet.ANTICIPATORY), 0);
    assertEquals(expected, ALLOCATOR.optimize(set, Objective.EXPECTED));
  }

  @Test
  void minimaxRegretUnderATurnoverLimit() {
    // From pure mission, turnover 0.6 allows w <= 0.3; max(2 - 2w, 2w) falls until w = 1/2, so w = 0.3
    // and the maximum regret is 2 - 0.6 = 1.4.
    AllocationOutcome outcome = ALLOCATOR.optimize(twoFacets(0.5, 0.5), Objective.MINIMAX_REGRET,
        AllocationConstraints.none().withTurnoverLimit(FacetMix.pure(Facet.MISSION), 0.6));
    assertOptimal(outcome, FacetMix.of(0.3, 0.7, 0, 0), 1.4);
  }

  @Test
  void tradeOffCurveShowsWhatRobustnessCosts() {
    // p = (0.3, 0.7): maximise lambda (1.7 - 0.8w) + (1 - lambda) min(1 + 2w, 2 - 2w). Left of w = 1/4
    // the slope is 2 - 2.8 lambda, so w = 1/4 for lambda < 5/7 and w = 0 above it.
    TradeOffCurve curve = ALLOCATOR.tradeOffCurve(twoFacets(0.3, 0.7), AllocationConstraints.none(), 5);
    List<TradeOffPoint> points = curve.points();
    assertEquals(5, points.size());
    double[] expected = {1.5, 1.5, 1.5, 1.7, 1.7};
    double[] worst = {1.5, 1.5, 1.5, 1.0, 1.0};
    for (int i = 0; i < 5; i++) {
      assertEquals(i / 4.0, points.get(i).lambda(), 0);
      assertEquals(expected[i], points.get(i).expectedValue().getAsDouble(), EPS, "expected at " + i);
      assertEquals(worst[i], points.get(i).worstCase().getAsDouble(), EPS, "worst at " + i);
      assertEquals(RobustAllocator.TRADE_OFF, points.get(i).outcome().objective());
    }
    assertEquals(0.2, curve.robustnessCost().getAsDouble(), EPS);
    assertThrows(InvalidValueException.class, () -> ALLOCATOR.tradeOffCurve(twoFacets(0.3, 0.7), AllocationConstraints.none(), 1));
  }

  @Test
  void anInfeasibleTradeOffCurveSaysSoAtEveryPoint() {
    TradeOffCurve curve = ALLOCATOR.tradeOffCurve(twoFacets(0.3, 0.7),
        AllocationConstraints.of(FacetBounds.none().withMin(Facet.ENHANCEMENT, 0.7).withMin(Facet.MISSION, 0.7)), 3);
    assertTrue(curve.points().stream().allMatch(p -> p.outcome().status() == AllocationStatus.INFEASIBLE));
    assertFalse(curve.robustnessCost().isPresent());
    assertFalse(curve.points().get(0).expectedValue().isPresent());
  }

  @Test
  void objectiveNamesParse() {
    assertEquals(Objective.MINIMAX_REGRET, Objective.parse("minimax-regret"));
    assertEquals(Objective.CVAR, Objective.parse("cvar"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Objective.parse("CVar"));
    assertTrue(e.getMessage().contains("maximin, minimax-regret, expected, cvar"), e.getMessage());
  }

  @Test
  void boundsOutsideTheUnitIntervalAreMistakes() {
    assertThrows(InvalidValueException.class, () -> FacetBounds.none().withMin(Facet.MISSION, 1.2));
    assertThrows(InvalidValueException.class, () -> FacetBounds.none().withMax(Facet.MISSION, -0.1));
    assertThrows(InvalidValueException.class, () -> FacetBounds.none().withMax(Facet.MISSION, Double.NaN));
    assertThrows(InvalidValueException.class,
        () -> AllocationConstraints.none().withTurnoverLimit(FacetMix.uniform(), 2.5));
  }

  private static void assertInfeasible(FacetBounds bounds, String diagnosis) {
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = ALLOCATOR.optimize(twoFacets(0.5, 0.5), objective, AllocationConstraints.of(bounds));
      assertEquals(AllocationStatus.INFEASIBLE, outcome.status());
      assertEquals(diagnosis, outcome.diagnosis());
      assertFalse(outcome.allocation().isPresent());
      assertFalse(outcome.objectiveValue().isPresent());
    }
  }

  private static void assertOptimal(AllocationOutcome outcome, FacetMix allocation, double value) {
    assertTrue(outcome.isOptimal(), outcome.toString());
    assertMix(allocation, outcome.allocation().get());
    assertEquals(value, outcome.objectiveValue().getAsDouble(), EPS);
  }
}
