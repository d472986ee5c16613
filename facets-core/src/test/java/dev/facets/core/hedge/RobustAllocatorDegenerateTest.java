package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.mapPayoffs;
import static dev.facets.core.hedge.RobustnessEvaluatorTest.assertMix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Degenerate and large inputs, each answered {@code optimal} and right: identical facets, a facet
 * paying the minimum everywhere, one scenario, all payoffs equal, and 100,000 random futures checked
 * against an evaluation of a grid of allocations written here independently of the allocator.
 */
class RobustAllocatorDegenerateTest {
  private static final double EPS = 1e-9;
  private static final RobustAllocator ALLOCATOR = RobustAllocator.DEFAULT;

  @Test
  void fourIdenticalFacetsShareAlike() {
    // Every facet pays a_s in scenario s, so every allocation has V_s = a_s: all allocations tie,
    // the four facets are twins and get a quarter each. a = (0.5, 2, 1): worst 0.5, mean 7/6, no
    // regret, CVaR at 0.2 (the worst third's first 0.2 of mass) 0.5.
    ScenarioSet set = HedgeFixtures.equallyLikely(FacetValues.of(0.5, 0.5, 0.5, 0.5), FacetValues.of(2, 2, 2, 2),
        FacetValues.of(1, 1, 1, 1));
    double[] values = {0.5, 0, 7.0 / 6, 0.5};
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = ALLOCATOR.optimize(set, objective);
      assertOptimal(outcome, FacetMix.uniform(), values[objective.ordinal()]);
      assertEquals(FacetMix.uniform(), outcome.allocation().get());
    }
  }

  @Test
  void twinsWithDifferentBoundsAreNotForcedAlike() {
    // Enhancement and adaptive pay the same, best in both futures; adaptive may take at most 0.2, so
    // the twins cannot share alike: maximin puts 0.8 on enhancement and 0.2 on adaptive, value 3.
    ScenarioSet set = HedgeFixtures.equallyLikely(FacetValues.of(3, 1, 3, 0), FacetValues.of(4, 2, 4, 1));
    AllocationConstraints capped = AllocationConstraints.of(FacetBounds.none().withMax(Facet.ADAPTIVE, 0.2));
    AllocationOutcome outcome = ALLOCATOR.optimize(set, Objective.MAXIMIN, capped);
    assertEquals(3, outcome.objectiveValue().getAsDouble(), EPS);
    assertEquals(1, outcome.allocation().get().weight(Facet.ENHANCEMENT) + outcome.allocation().get().weight(Facet.ADAPTIVE), EPS);
    assertTrue(outcome.allocation().get().weight(Facet.ADAPTIVE) <= 0.2 + EPS);
  }

  @Test
  void aFacetPayingTheMinimumEverywhereIsNeverUsed() {
    // Anticipatory pays 0, the smallest payoff, in every future, the others pay at least 0.2: moving
    // its share to any other facet raises every V_s, so no optimum holds any of it, and each optimum
    // equals the one with anticipatory capped at 0.
    ScenarioSet set = mapPayoffs(HedgeFixtures.random(50, 3, true),
        (s, f, old) -> f == Facet.ANTICIPATORY.ordinal() ? 0 : old[f]);
    AllocationConstraints without = AllocationConstraints.of(FacetBounds.none().withMax(Facet.ANTICIPATORY, 0));
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = ALLOCATOR.optimize(set, objective);
      assertTrue(outcome.isOptimal(), outcome.toString());
      assertEquals(0, outcome.allocation().get().weight(Facet.ANTICIPATORY), 1e-12, outcome.toString());
      assertEquals(ALLOCATOR.optimize(set, objective, without).objectiveValue().getAsDouble(),
          outcome.objectiveValue().getAsDouble(), EPS);
    }
  }

  @Test
  void oneScenarioIsThePureBestFacet() {
    // One future paying (1, 3, 2, 0): every objective puts everything on mission, value 3, regret 0.
    ScenarioSet set = HedgeFixtures.equallyLikely(FacetValues.of(1, 3, 2, 0));
    for (Objective objective : Objective.values()) {
      assertOptimal(ALLOCATOR.optimize(set, objective), FacetMix.pure(Facet.MISSION), objective.isMinimised() ? 0 : 3);
    }
  }

  @Test
  void allPayoffsEqualGiveTheUniformMix() {
    ScenarioSet set = HedgeFixtures.equallyLikely(FacetValues.of(1.5, 1.5, 1.5, 1.5), FacetValues.of(1.5, 1.5, 1.5, 1.5),
        FacetValues.of(1.5, 1.5, 1.5, 1.5));
    for (Objective objective : Objective.values()) {
      assertOptimal(ALLOCATOR.optimize(set, objective), FacetMix.uniform(), objective.isMinimised() ? 0 : 1.5);
    }
    // With a turnover limit from a non-uniform mix the facets are no longer interchangeable (their
    // current shares differ): any allocation within the limit is optimal, and one is returned.
    AllocationConstraints turnover = AllocationConstraints.none().withTurnoverLimit(FacetMix.of(0.7, 0.1, 0.1, 0.1), 0.1);
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = ALLOCATOR.optimize(set, objective, turnover);
      assertTrue(outcome.isOptimal(), outcome.toString());
      assertTrue(turnover.isMetBy(outcome.allocation().get(), EPS), outcome.toString());
    }
  }

  @Test
  void aHundredThousandFuturesAreOptimalCertifiedAndUnbeatenOnAGrid() {
    ScenarioSet set = HedgeFixtures.random(100_000, 17, false);
    PayoffTable table = PayoffTable.of(set);
    double span = table.maxPayoff() - table.minPayoff();
    Objective[] objectives = {Objective.MAXIMIN, Objective.MINIMAX_REGRET, Objective.EXPECTED, Objective.CVAR, Objective.CVAR};
    double[] alphas = {0.2, 0.2, 0.2, 0.2, 1e-6};
    double[] optima = new double[objectives.length];
    double[] bounds = new double[objectives.length];
    for (int k = 0; k < objectives.length; k++) {
      Objective objective = objectives[k];
      String label = objective + " alpha " + alphas[k];
      ScenarioProgram.Solution solution = ScenarioProgram.of(objective, alphas[k])
          .solve(table, AllocationConstraints.none(), RobustAllocator.DEFAULT_MAX_ITERATIONS);
      assertEquals(AllocationStatus.OPTIMAL, solution.status(), label + ": " + solution.diagnosis());
      assertTrue(solution.rounds() < 100, label + " took " + solution.rounds() + " rounds");
      // The certificate: the value at the shares is within the gap of the proved bound.
      double gap = objective.isMinimised() ? solution.value() - solution.bound() : solution.bound() - solution.value();
      assertTrue(gap >= -1e-12 * span && gap <= ScenarioProgram.GAP_TOLERANCE * span + 1e-12, label + " gap " + gap);
      AllocationOutcome outcome = ALLOCATOR.withAlpha(alphas[k]).optimize(set, objective);
      assertTrue(outcome.isOptimal(), outcome.toString());
      optima[k] = outcome.objectiveValue().getAsDouble();
      bounds[k] = solution.bound();
      assertEquals(evaluate(table, outcome.allocation().get().toArray(), true)[k], optima[k], 1e-10, label);
    }
    // No allocation of a grid (steps of 1/10, of 1/5 for CVaR) beats an optimum, nor its certified bound.
    for (double[] point : gridPoints(10)) {
      boolean coarse = isOnGrid(point, 5);
      double[] candidates = evaluate(table, point, coarse);
      for (int k = 0; k < objectives.length; k++) {
        if (objectives[k] == Objective.CVAR && !coarse) {
          continue;
        }
        double sign = objectives[k].isMinimised() ? -1 : 1;
        assertTrue(sign * candidates[k] <= sign * optima[k] + EPS && sign * candidates[k] <= sign * bounds[k] + 1e-12,
            objectives[k] + " alpha " + alphas[k] + ": " + Arrays.toString(point) + " gives " + candidates[k]);
      }
    }
    TradeOffCurve curve = ALLOCATOR.tradeOffCurve(set, AllocationConstraints.none(), 3);
    assertTrue(curve.points().stream().allMatch(point -> point.outcome().isOptimal()), curve.toString());
  }

  /**
   * The objectives of equally likely futures at shares w, from the payoffs alone (no allocator
   * code), in the test's order: worst case, maximum regret, mean, CVaR at 0.2 and at 1e-6 (NaN
   * unless asked: they need a sort). CVaR is the mean of the lowest alpha * n values, the boundary
   * one counted fractionally.
   */
  private static double[] evaluate(PayoffTable table, double[] w, boolean withCvar) {
    int n = table.size();
    double[] values = new double[n];
    double worst = Double.POSITIVE_INFINITY;
    double maxRegret = 0;
    double sum = 0;
    for (int s = 0; s < n; s++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int f = 0; f < Facet.COUNT; f++) {
        values[s] += w[f] * table.payoffs[s][f];
        best = Math.max(best, table.payoffs[s][f]);
      }
      worst = Math.min(worst, values[s]);
      maxRegret = Math.max(maxRegret, best - values[s]);
      sum += values[s];
    }
    double[] result = {worst, maxRegret, sum / n, Double.NaN, Double.NaN};
    if (withCvar) {
      Arrays.sort(values);
      result[3] = lowerMean(values, 0.2 * n);
      result[4] = lowerMean(values, 1e-6 * n);
    }
    return result;
  }

  private static double lowerMean(double[] sorted, double mass) {
    int whole = (int) Math.floor(mass);
    double sum = 0;
    for (int s = 0; s < whole; s++) {
      sum += sorted[s];
    }
    sum += whole < sorted.length ? (mass - whole) * sorted[whole] : 0;
    return sum / mass;
  }

  private static boolean isOnGrid(double[] point, int steps) {
    for (double share : point) {
      double scaled = share * steps;
      if (Math.abs(scaled - Math.rint(scaled)) > 1e-9) {
        return false;
      }
    }
    return true;
  }

  /** The allocations with shares in steps of 1 / steps, as share arrays. */
  private static List<double[]> gridPoints(int steps) {
    List<double[]> points = new ArrayList<>();
    for (int e = 0; e <= steps; e++) {
      for (int m = 0; e + m <= steps; m++) {
        for (int a = 0; e + m + a <= steps; a++) {
          points.add(new double[] {(double) e / steps, (double) m / steps, (double) a / steps,
              (double) (steps - e - m - a) / steps});
        }
      }
    }
    return points;
  }

  private static void assertOptimal(AllocationOutcome outcome, FacetMix allocation, double value) {
    assertTrue(outcome.isOptimal(), outcome.toString());
    assertMix(allocation, outcome.allocation().get());
    assertEquals(value, outcome.objectiveValue().getAsDouble(), EPS);
  }
}
