package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The selector's rules: every selection is feasible and scored right; the result equals
 * exhaustive enumeration; and it moves as it must when the problem is permuted, rescaled, shifted,
 * given more budget or fewer links.
 */
class SelectorProperties {
  /** Far above the solver's 1e-9 tolerances, far below any gap a random instance shows. */
  private static final double CLOSE = 1e-7;
  private static final long SEED = 20240601L;

  private static org.quicktheories.dsl.TheoryBuilder<SelectionProblem> forAll(int examples, Gen<SelectionProblem> problems) {
    // Fixed-size lists of facet mixes need retries: a drawn mix of four zero weights is redrawn.
    return qt().withFixedSeed(SEED).withExamples(examples).withGenerateAttempts(10_000).forAll(problems);
  }

  // Validity: whatever the size, the time limit or the status.

  @Test
  void everySelectionRespectsBudgetLinksAndForcedDecisions() {
    Gen<SelectionProblem> problems = integers().between(2, 24)
        .flatMap(size -> SelectionGenerators.problems(size, Duration.ofMillis(50)));
    forAll(200, problems).checkAssert(problem -> {
      SelectionResult result = Selector.DEFAULT.select(problem);
      Oracle oracle = new Oracle(problem);
      assertEquals(result.status() == SelectionStatus.INFEASIBLE, result.front().isEmpty(), result::toString);
      assertEquals(result.status() == SelectionStatus.OPTIMAL, result.diagnosis().isEmpty(), result::toString);
      for (Selection selection : result.front()) {
        assertTrue(oracle.feasible(selection.ids()), () -> "infeasible " + selection);
        assertTrue(selection.cost() <= problem.budgetLimit(), selection::toString);
        assertTrue(selection.ids().containsAll(problem.forcedIn()), selection::toString);
        assertTrue(Collections.disjoint(selection.ids(), problem.forcedOut()), selection::toString);
        for (Prerequisite link : problem.prerequisites()) {
          assertTrue(!selection.ids().contains(link.dependent()) || selection.ids().contains(link.required()));
        }
        for (Exclusion link : problem.exclusions()) {
          assertFalse(selection.ids().contains(link.first()) && selection.ids().contains(link.second()));
        }
        assertArrayEquals(oracle.objectives(oracle.set(selection.ids())), vector(selection), 1e-12);
        assertTrue(selection.budget() > 0);
      }
    });
  }

  @Test
  void objectiveValuesAgreeWithTheScoringAndHedgingEngines() {
    // The same definitions, implemented apart: score's target gap (docs/metrics.md#target-gap) and hedge's robustness (#robustness),
    // evaluated on the funded set as a portfolio of its own with budget weights.
    forAll(150, SelectionGenerators.problems(12)).checkAssert(problem -> {
      for (Selection selection : Selector.DEFAULT.select(problem).front()) {
        Portfolio funded = new Portfolio.Builder().name("funded").addAllInitiatives(selection.ids().stream()
            .map(id -> problem.portfolio().initiative(id).orElseThrow()).collect(Collectors.toList())).build();
        dev.facets.core.score.PortfolioScore score = dev.facets.core.score.PortfolioScorer.DEFAULT.score(funded,
            dev.facets.api.Weighting.budget());
        assertArrayEquals(score.facetShares().toArray(), selection.shares().toArray(), 1e-12);
        problem.target().ifPresent(target -> {
          dev.facets.core.score.TargetGap gap = dev.facets.core.score.TargetGap.of(selection.shares(),
              selection.budget(), target, dev.facets.core.score.Disparity.DIAMOND);
          double expected = problem.distance() == DistanceMeasure.TOTAL_VARIATION ? gap.totalVariation() : gap.euclidean();
          assertEquals(expected, selection.distance().getAsDouble(), 1e-12);
        });
        problem.scenarios().ifPresent(scenarios -> assertEquals(
            dev.facets.core.hedge.RobustnessEvaluator.DEFAULT.evaluate(selection.shares(), scenarios).maxRegret(),
            selection.maxRegret().getAsDouble(), 1e-12 * scale(problem)));
      }
    });
  }

  // Equivalence with the slow, obvious model.

  @Test
  void hullSearchEqualsExhaustiveEnumerationOnTwelveCandidates() {
    forAll(300, SelectionGenerators.problems(12))
        .checkAssert(problem -> assertMatchesEnumeration(problem, Selector.DEFAULT.select(problem)));
  }

  static void assertMatchesEnumeration(SelectionProblem problem, SelectionResult result) {
    Oracle oracle = Oracle.enumerate(problem);
    if (oracle.sets.isEmpty()) {
      assertEquals(SelectionStatus.INFEASIBLE, result.status(), result::toString);
      return;
    }
    assertEquals(SelectionStatus.OPTIMAL, result.status(), result::toString);
    double[] tolerance = tolerances(problem);
    int k = 0;
    if (problem.target().isPresent()) {
      assertTrue(result.bestDistanceProven());
      assertEquals(oracle.minimum(k), result.bestDistance().orElseThrow().distance().getAsDouble(), tolerance[k]);
      k++;
    }
    if (problem.scenarios().isPresent()) {
      assertTrue(result.bestRegretProven());
      assertEquals(oracle.minimum(k), result.bestRegret().orElseThrow().maxRegret().getAsDouble(), tolerance[k]);
    }
    assertSameFront(oracle.front(), result, tolerance);
    for (Selection selection : result.front()) {
      assertTrue(oracle.feasible(selection.ids()), () -> "infeasible " + selection);
    }
  }

  /**
   * The fronts agree within the tolerance: every true front vector is matched or beaten by a found
   * one, and every found one is a true front vector.
   */
  private static void assertSameFront(List<double[]> truth, SelectionResult result, double[] tolerance) {
    List<double[]> found = result.front().stream().map(SelectorProperties::vector).collect(Collectors.toList());
    for (double[] z : truth) {
      assertTrue(found.stream().anyMatch(y -> within(y, z, tolerance, false)),
          () -> "nothing matches " + Arrays.toString(z) + " in " + result);
    }
    for (double[] y : found) {
      assertTrue(truth.stream().anyMatch(z -> within(y, z, tolerance, true)),
          () -> Arrays.toString(y) + " is on no true front point of " + result);
    }
  }

  // Metamorphic: what must not change, and what may only improve.

  @Test
  void reorderingThePortfolioKeepsTheFront() {
    forAll(100, SelectionGenerators.problems(12)).checkAssert(problem -> {
      List<Initiative> reversed = new ArrayList<>(problem.portfolio().initiatives());
      Collections.reverse(reversed);
      Portfolio portfolio = new Portfolio.Builder().from(problem.portfolio()).initiatives(reversed).build();
      SelectionProblem permuted = SelectionGenerators.rebuild(problem, portfolio, problem.budgetLimit(),
          problem.costs(), problem.scenarios());
      assertSameFront(fronts(Selector.DEFAULT.select(problem)), Selector.DEFAULT.select(permuted), tolerances(problem));
    });
  }

  @Test
  void scalingEveryAmountByAPowerOfTwoChangesNothing() {
    // Multiplying budgets, costs and the limit by 2^10 is exact in binary floating point, so every
    // sum, share and comparison is the same and the result must be identical.
    forAll(100, SelectionGenerators.problems(12)).checkAssert(problem -> {
      double factor = 1024;
      List<Initiative> scaled = problem.portfolio().initiatives().stream()
          .map(i -> new Initiative.Builder().from(i).budget(i.budget() * factor).build())
          .collect(Collectors.toList());
      Map<String, Double> costs = new LinkedHashMap<>();
      problem.costs().forEach((id, cost) -> costs.put(id, cost * factor));
      SelectionProblem bigger = SelectionGenerators.rebuild(problem,
          new Portfolio.Builder().from(problem.portfolio()).initiatives(scaled).build(),
          problem.budgetLimit() * factor, costs, problem.scenarios());
      SelectionResult before = Selector.DEFAULT.select(problem);
      SelectionResult after = Selector.DEFAULT.select(bigger);
      assertEquals(before.status(), after.status());
      assertEquals(ids(before), ids(after));
      assertEquals(fronts(before).stream().map(Arrays::toString).collect(Collectors.toList()),
          fronts(after).stream().map(Arrays::toString).collect(Collectors.toList()));
    });
  }

  @Test
  void shiftingAScenarioKeepsTheRegret() {
    // R_s = max_f P_sf - p . P_s: adding c_s to every payoff of scenario s adds c_s to both terms
    // (the shares sum to 1), so regret, and with it the front, is unchanged.
    forAll(100, SelectionGenerators.problems(12).assuming(p -> p.scenarios().isPresent())).checkAssert(problem -> {
      List<Scenario> shifted = new ArrayList<>();
      List<Scenario> scenarios = problem.scenarios().orElseThrow().scenarios();
      for (int s = 0; s < scenarios.size(); s++) {
        double shift = (s % 2 == 0 ? 1.5 : -0.75) * (s + 1);
        double[] payoff = scenarios.get(s).payoff().toArray();
        for (int f = 0; f < payoff.length; f++) {
          payoff[f] += shift;
        }
        shifted.add(new Scenario.Builder().from(scenarios.get(s)).payoff(FacetValues.of(payoff)).build());
      }
      SelectionProblem moved = SelectionGenerators.rebuild(problem, problem.portfolio(), problem.budgetLimit(),
          problem.costs(), Optional.of(ScenarioSet.of(shifted)));
      double[] tolerance = tolerances(problem);
      tolerance[tolerance.length - 1] *= 10; // the shifted payoffs are larger, so round a little more
      assertSameFront(fronts(Selector.DEFAULT.select(problem)), Selector.DEFAULT.select(moved), tolerance);
    });
  }

  @Test
  void moreBudgetNeverWorsensAnOptimum() {
    forAll(100, SelectionGenerators.problems(12)).checkAssert(problem -> {
      SelectionProblem richer = SelectionGenerators.rebuild(problem, problem.portfolio(),
          problem.budgetLimit() * 1.5 + 1, problem.costs(), problem.scenarios());
      assertNoWorse(Selector.DEFAULT.select(problem), Selector.DEFAULT.select(richer), tolerances(problem));
    });
  }

  @Test
  void fewerLinksNeverWorsenAnOptimum() {
    forAll(100, SelectionGenerators.problems(12)).checkAssert(problem -> {
      SelectionProblem.Builder looser = new SelectionProblem.Builder().portfolio(problem.portfolio())
          .budgetLimit(problem.budgetLimit()).costs(problem.costs()).distance(problem.distance())
          .forceIn(problem.forcedIn().toArray(new String[0])).forceOut(problem.forcedOut().toArray(new String[0]));
      problem.target().ifPresent(looser::target);
      problem.scenarios().ifPresent(looser::scenarios);
      assertNoWorse(Selector.DEFAULT.select(problem), Selector.DEFAULT.select(looser.build()), tolerances(problem));
    });
  }

  /** A relaxed problem's optima are no worse; what was feasible stays feasible. */
  private static void assertNoWorse(SelectionResult tight, SelectionResult relaxed, double[] tolerance) {
    if (tight.status() == SelectionStatus.INFEASIBLE) {
      return;
    }
    assertEquals(SelectionStatus.OPTIMAL, relaxed.status(), relaxed::toString);
    tight.bestDistance().ifPresent(best -> assertTrue(relaxed.bestDistance().orElseThrow().distance().getAsDouble()
        <= best.distance().getAsDouble() + tolerance[0]));
    tight.bestRegret().ifPresent(best -> assertTrue(relaxed.bestRegret().orElseThrow().maxRegret().getAsDouble()
        <= best.maxRegret().getAsDouble() + tolerance[tolerance.length - 1]));
  }

  // Helpers.

  private static List<double[]> fronts(SelectionResult result) {
    return result.front().stream().map(SelectorProperties::vector).collect(Collectors.toList());
  }

  private static List<List<String>> ids(SelectionResult result) {
    return result.front().stream().map(Selection::ids).collect(Collectors.toList());
  }

  private static double scale(SelectionProblem problem) {
    return problem.scenarios().map(set -> set.scenarios().stream()
        .mapToDouble(s -> Math.max(Math.abs(s.payoff().max()), Math.abs(s.payoff().min()))).max().getAsDouble())
        .map(s -> Math.max(1, s)).orElse(1.0);
  }

  private static double[] tolerances(SelectionProblem problem) {
    double[] tolerance = new double[(problem.target().isPresent() ? 1 : 0) + (problem.scenarios().isPresent() ? 1 : 0)];
    int k = 0;
    if (problem.target().isPresent()) {
      tolerance[k++] = CLOSE;
    }
    if (problem.scenarios().isPresent()) {
      tolerance[k] = CLOSE * scale(problem);
    }
    return tolerance;
  }

  /** y <= z + tolerance on every objective, or (both ways) |y - z| <= tolerance. */
  private static boolean within(double[] y, double[] z, double[] tolerance, boolean bothWays) {
    for (int k = 0; k < y.length; k++) {
      if (y[k] > z[k] + tolerance[k] || (bothWays && y[k] < z[k] - tolerance[k])) {
        return false;
      }
    }
    return true;
  }

  static double[] vector(Selection selection) {
    double[] vector = new double[(selection.distance().isPresent() ? 1 : 0) + (selection.maxRegret().isPresent() ? 1 : 0)];
    int k = 0;
    if (selection.distance().isPresent()) {
      vector[k++] = selection.distance().getAsDouble();
    }
    if (selection.maxRegret().isPresent()) {
      vector[k] = selection.maxRegret().getAsDouble();
    }
    return vector;
  }
}
