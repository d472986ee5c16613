package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.mapPayoffs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the robust allocations: validity of every outcome, optimality against a grid of the
 * simplex and against the method's own certified bound, monotonicity in the scenarios, equal
 * treatment of identical facets, and the invariances of the criteria (regret ignores what is added
 * to one scenario on every facet; values move with a constant and scale with a positive factor).
 */
class RobustAllocatorProperties {
  private static final double TOLERANCE = 1e-9;
  private static final List<FacetMix> GRID = HedgeGenerators.simplexGrid();

  private static Gen<Objective> objectives() {
    return Generate.enumValues(Objective.class);
  }

  private static AllocationOutcome optimize(ScenarioSet set, Objective objective, double alpha,
      AllocationConstraints constraints) {
    return RobustAllocator.DEFAULT.withAlpha(alpha).optimize(set, objective, constraints);
  }

  private static double value(ScenarioSet set, Objective objective, double alpha) {
    AllocationOutcome outcome = optimize(set, objective, alpha, AllocationConstraints.none());
    assertTrue(outcome.isOptimal(), outcome.toString());
    return outcome.objectiveValue().getAsDouble();
  }

  // --- validity ---

  @Test
  void everyOutcomeIsOptimalWithinItsConstraintsOrDiagnosedInfeasible() {
    qt().withFixedSeed(11).withExamples(400)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), HedgeGenerators.constraints())
        .checkAssert((set, objective, alpha, constraints) -> {
          AllocationOutcome outcome = optimize(set, objective, alpha, constraints);
          if (constraints.infeasibility().isPresent()) {
            assertEquals(AllocationStatus.INFEASIBLE, outcome.status());
            assertEquals(constraints.infeasibility().get(), outcome.diagnosis());
            return;
          }
          assertEquals(AllocationStatus.OPTIMAL, outcome.status(), outcome.toString());
          FacetMix allocation = outcome.allocation().get();
          assertEquals(1, java.util.Arrays.stream(allocation.toArray()).sum(), TOLERANCE);
          assertTrue(constraints.isMetBy(allocation, TOLERANCE), allocation + " breaks " + constraints);
          assertEquals(objective.valueOf(RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(allocation, set)),
              outcome.objectiveValue().getAsDouble(), 0);
        });
  }

  @Test
  void theGeneratedConstraintsAreFeasibleAndInfeasibleAlike() {
    int[] counts = new int[2];
    qt().withFixedSeed(11).withExamples(400).forAll(HedgeGenerators.constraints())
        .checkAssert(constraints -> counts[constraints.infeasibility().isPresent() ? 1 : 0]++);
    assertTrue(counts[0] > 100 && counts[1] > 40, java.util.Arrays.toString(counts));
  }

  // --- optimality (model-based: against every grid point that meets the constraints) ---

  @Test
  void noFeasibleGridAllocationBeatsTheOptimum() {
    qt().withFixedSeed(12).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), HedgeGenerators.constraints())
        .assuming((set, objective, alpha, constraints) -> constraints.infeasibility().isEmpty())
        .checkAssert((set, objective, alpha, constraints) -> {
          double optimum = optimize(set, objective, alpha, constraints).objectiveValue().getAsDouble();
          RobustnessEvaluator evaluator = RobustnessEvaluator.DEFAULT.withAlpha(alpha);
          for (FacetMix point : GRID) {
            if (constraints.isMetBy(point, 0)) {
              double candidate = objective.valueOf(evaluator.evaluate(point, set));
              assertTrue(objective.isMinimised() ? optimum <= candidate + TOLERANCE : optimum >= candidate - TOLERANCE,
                  objective + " optimum " + optimum + " but " + point + " gives " + candidate);
            }
          }
        });
  }

  @Test
  void theCertifiedBoundIsNeverBeatenAndTheOptimumIsWithinTheGapOfIt() {
    // The cutting-plane certificate, checked against the grid: the bound (an upper bound on the
    // optimum, a lower bound for regret) is at least every feasible grid allocation's objective, and
    // the value at the returned shares is within the stated gap of it.
    qt().withFixedSeed(22).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), HedgeGenerators.constraints())
        .assuming((set, objective, alpha, constraints) -> constraints.infeasibility().isEmpty())
        .checkAssert((set, objective, alpha, constraints) -> {
          PayoffTable table = PayoffTable.of(set);
          double span = Math.max(table.maxPayoff() - table.minPayoff(), 1);
          ScenarioProgram.Solution solution = ScenarioProgram.of(objective, alpha)
              .solve(table, constraints, RobustAllocator.DEFAULT_MAX_ITERATIONS);
          assertEquals(AllocationStatus.OPTIMAL, solution.status(), solution.diagnosis());
          double sign = objective.isMinimised() ? -1 : 1;
          double gap = sign * (solution.bound() - solution.value());
          assertTrue(gap >= -1e-12 * span && gap <= ScenarioProgram.GAP_TOLERANCE * span + 1e-12, "gap " + gap);
          RobustnessEvaluator evaluator = RobustnessEvaluator.DEFAULT.withAlpha(alpha);
          for (FacetMix point : GRID) {
            if (constraints.isMetBy(point, 0)) {
              double candidate = objective.valueOf(evaluator.evaluate(point, set));
              assertTrue(sign * candidate <= sign * solution.bound() + 1e-12 * span,
                  objective + " bound " + solution.bound() + " but " + point + " gives " + candidate);
            }
          }
        });
  }

  @Test
  void addingAScenarioNeverLowersTheLeastMaximumRegret() {
    // Every allocation's maximum regret over more scenarios is at least its maximum over fewer, so
    // the least of them is too.
    qt().withFixedSeed(23).withExamples(150)
        .forAll(Generators.scenarioSets(), Generators.payoffs(), HedgeGenerators.constraints())
        .assuming((set, payoff, constraints) -> constraints.infeasibility().isEmpty())
        .checkAssert((set, payoff, constraints) -> {
          List<Scenario> more = new ArrayList<>(HedgeFixtures.withoutProbabilities(set).scenarios());
          more.add(Scenario.of("added", payoff));
          double before = value(HedgeFixtures.withoutProbabilities(set), Objective.MINIMAX_REGRET, 1, constraints);
          double after = value(ScenarioSet.of(more), Objective.MINIMAX_REGRET, 1, constraints);
          assertTrue(after >= before - TOLERANCE, before + " -> " + after);
        });
  }

  @Test
  void identicalFacetsGetEqualSharesAndAnswersRepeat() {
    // Facet y pays what facet x pays in every future (no bounds, no turnover): the two are
    // interchangeable, so the answer gives them the same share; asking again gives the same outcome.
    qt().withFixedSeed(24).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), Generators.facets())
        .checkAssert((set, objective, alpha, x) -> {
          Facet y = x.opposite();
          ScenarioSet twins = mapPayoffs(set, (s, f, old) -> f == y.ordinal() ? old[x.ordinal()] : old[f]);
          AllocationOutcome outcome = optimize(twins, objective, alpha, AllocationConstraints.none());
          FacetMix allocation = outcome.allocation().get();
          assertEquals(allocation.weight(x), allocation.weight(y), 1e-15, outcome.toString());
          assertEquals(outcome, optimize(twins, objective, alpha, AllocationConstraints.none()));
        });
  }

  @Test
  void theOptimaAreOrderedWorstCaseCvarExpected() {
    // For every w: worst(w) <= cvar(w) <= expected(w); so the maxima are ordered the same way.
    qt().withFixedSeed(13).withExamples(200).forAll(Generators.scenarioSets(), HedgeGenerators.alphas())
        .checkAssert((set, alpha) -> {
          double maximin = value(set, Objective.MAXIMIN, alpha);
          double cvar = value(set, Objective.CVAR, alpha);
          double expected = value(set, Objective.EXPECTED, alpha);
          assertTrue(maximin <= cvar + TOLERANCE && cvar <= expected + TOLERANCE, maximin + " " + cvar + " " + expected);
        });
  }

  // --- invariances ---

  @Test
  void minimaxRegretIgnoresScenarioSpecificShifts() {
    qt().withFixedSeed(14).withExamples(200)
        .forAll(Generators.scenarioSets(), lists().of(doubles().between(-5, 5)).ofSize(8))
        .checkAssert((set, shifts) -> {
          ScenarioSet shifted = mapPayoffs(set, (s, f, old) -> old[f] + shifts.get(s));
          assertEquals(value(set, Objective.MINIMAX_REGRET, 1), value(shifted, Objective.MINIMAX_REGRET, 1), TOLERANCE);
        });
  }

  @Test
  void maximinDoesMoveWithScenarioSpecificShifts() {
    // The discriminating half of the invariance: some shift of one scenario changes maximin's optimum.
    int[] changed = {0};
    qt().withFixedSeed(15).withExamples(200).forAll(Generators.scenarioSets(), doubles().between(0.5, 5))
        .checkAssert((set, shift) -> {
          ScenarioSet shifted = mapPayoffs(set, (s, f, old) -> old[f] + (s == 0 ? shift : 0));
          double before = value(set, Objective.MAXIMIN, 1);
          double after = value(shifted, Objective.MAXIMIN, 1);
          changed[0] += Math.abs(after - before) > 1e-6 ? 1 : 0;
        });
    assertTrue(changed[0] > 100, changed[0] + " of 200");
  }

  @Test
  void valueObjectivesShiftWithAConstantAddedEverywhere() {
    qt().withFixedSeed(16).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), doubles().between(-10, 10))
        .checkAssert((set, objective, alpha, c) -> {
          ScenarioSet shifted = mapPayoffs(set, (s, f, old) -> old[f] + c);
          double expected = value(set, objective, alpha) + (objective.isMinimised() ? 0 : c);
          assertEquals(expected, value(shifted, objective, alpha), TOLERANCE * (1 + Math.abs(c)));
        });
  }

  @Test
  void everyObjectiveScalesWithPositiveScaling() {
    qt().withFixedSeed(17).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), HedgeGenerators.alphas(), Generators.logUniform(-3, 3))
        .checkAssert((set, objective, alpha, a) -> {
          ScenarioSet scaled = mapPayoffs(set, (s, f, old) -> old[f] * a);
          assertEquals(a * value(set, objective, alpha), value(scaled, objective, alpha), TOLERANCE * Math.max(1, a));
        });
  }

  @Test
  void aNeverBestFacetLeavesEveryMaximumRegretUnchanged() {
    // An alternative that is best nowhere changes no scenario's benchmark, so no
    // allocation that does not hold it changes its maximum regret, whatever that facet pays.
    qt().withFixedSeed(18).withExamples(200)
        .forAll(Generators.scenarioSets(), Generators.facets(), HedgeGenerators.mixes(), doubles().between(0.01, 2))
        .checkAssert((set, x, mix, gap) -> {
          ScenarioSet low = mapPayoffs(set, (s, f, old) -> f == x.ordinal() ? minimum(old) - 10 : old[f]);
          ScenarioSet never = mapPayoffs(low, (s, f, old) -> f == x.ordinal() ? secondBest(old, x) - gap : old[f]);
          FacetMix without = withoutFacet(mix, x);
          assertEquals(RobustnessEvaluator.DEFAULT.evaluate(without, low).maxRegret(),
              RobustnessEvaluator.DEFAULT.evaluate(without, never).maxRegret(), TOLERANCE);
        });
  }

  @Test
  void aDominatedFacetChangesNoOptimum() {
    // Facet x pays facet y's payoff minus a gap >= 0 in every scenario, so it is never better than y:
    // allowing it can raise no value and lower no regret, so every optimum equals the one without it.
    qt().withFixedSeed(19).withExamples(150)
        .forAll(Generators.scenarioSets(), objectives(), Generators.facets(), lists().of(doubles().between(0, 2)).ofSize(8))
        .checkAssert((set, objective, x, gaps) -> {
          Facet y = x.opposite();
          ScenarioSet dominated = mapPayoffs(set, (s, f, old) -> f == x.ordinal() ? old[y.ordinal()] - gaps.get(s) : old[f]);
          AllocationConstraints excluded = AllocationConstraints.of(FacetBounds.none().withMax(x, 0));
          assertEquals(optimize(dominated, objective, 0.3, excluded).objectiveValue().getAsDouble(),
              optimize(dominated, objective, 0.3, AllocationConstraints.none()).objectiveValue().getAsDouble(),
              TOLERANCE);
        });
  }

  @Test
  void duplicatingAScenarioChangesNeitherMaximinNorMinimaxRegret() {
    qt().withFixedSeed(20).withExamples(150).forAll(Generators.scenarioSets()).checkAssert(set -> {
      List<Scenario> doubled = new ArrayList<>(HedgeFixtures.withoutProbabilities(set).scenarios());
      doubled.add(Scenario.of("copy", set.scenarios().get(0).payoff()));
      ScenarioSet withCopy = ScenarioSet.of(doubled);
      assertEquals(value(set, Objective.MAXIMIN, 1), value(withCopy, Objective.MAXIMIN, 1), TOLERANCE);
      assertEquals(value(set, Objective.MINIMAX_REGRET, 1), value(withCopy, Objective.MINIMAX_REGRET, 1), TOLERANCE);
    });
  }

  // --- the trade-off curve ---

  @Test
  void alongTheTradeOffCurveExpectedValueRisesAndWorstCaseFalls() {
    qt().withFixedSeed(21).withExamples(100).forAll(Generators.scenarioSets(), HedgeGenerators.constraints())
        .assuming((set, constraints) -> constraints.infeasibility().isEmpty())
        .checkAssert((set, constraints) -> {
          List<TradeOffPoint> points = RobustAllocator.DEFAULT.tradeOffCurve(set, constraints, 6).points();
          assertEquals(value(set, Objective.MAXIMIN, 1, constraints), points.get(0).worstCase().getAsDouble(), TOLERANCE);
          assertEquals(value(set, Objective.EXPECTED, 1, constraints), points.get(5).expectedValue().getAsDouble(), TOLERANCE);
          for (int i = 1; i < points.size(); i++) {
            TradeOffPoint before = points.get(i - 1);
            TradeOffPoint after = points.get(i);
            assertTrue(after.expectedValue().getAsDouble() >= before.expectedValue().getAsDouble() - TOLERANCE);
            assertTrue(after.worstCase().getAsDouble() <= before.worstCase().getAsDouble() + TOLERANCE);
            assertTrue(constraints.isMetBy(after.outcome().allocation().get(), TOLERANCE));
          }
        });
  }

  private static double value(ScenarioSet set, Objective objective, double alpha, AllocationConstraints constraints) {
    return optimize(set, objective, alpha, constraints).objectiveValue().getAsDouble();
  }

  private static double minimum(double[] payoffs) {
    return java.util.Arrays.stream(payoffs).min().getAsDouble();
  }

  /** The best payoff among the facets other than x. */
  private static double secondBest(double[] payoffs, Facet x) {
    double best = Double.NEGATIVE_INFINITY;
    for (Facet facet : Facet.ordered()) {
      best = facet == x ? best : Math.max(best, payoffs[facet.ordinal()]);
    }
    return best;
  }

  /** The mix with facet x's weight removed (uniform over the others if that leaves nothing). */
  private static FacetMix withoutFacet(FacetMix mix, Facet x) {
    double[] weights = mix.toArray();
    weights[x.ordinal()] = 0;
    if (java.util.Arrays.stream(weights).sum() == 0) {
      java.util.Arrays.fill(weights, 1);
      weights[x.ordinal()] = 0;
    }
    return FacetMix.of(weights);
  }
}
