package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules of selection with an objective, against exhaustive enumeration ({@link ValueOracle}) on
 * up to twelve initiatives: the status is infeasible exactly when no subset is feasible; otherwise
 * the best set is feasible, optimal, and reported as recomputed; more budget never lowers the
 * optimal value; the value front is non-dominated and misses no feasible set by more than its
 * resolution.
 */
class ValueSelectionProperties {
  private static final long SEED = 20261202L;

  private static org.quicktheories.dsl.TheoryBuilder<SelectionProblem> forAll(int examples, Gen<SelectionProblem> problems) {
    return qt().withFixedSeed(SEED).withExamples(examples).withGenerateAttempts(10_000).forAll(problems);
  }

  private static Gen<SelectionProblem> problems(int most) {
    return integers().between(1, most).flatMap(ObjectiveGenerators::problems);
  }

  /** Far above the search's 1e-9 relative tolerance, far below any gap a random instance shows. */
  private static double close(SelectionProblem problem, ValueOracle oracle) {
    double scale = 1;
    for (var initiative : problem.portfolio().initiatives()) {
      scale += Math.abs(oracle.value(List.of(initiative.id())));
    }
    return 1e-7 * scale;
  }

  @Test
  void theBestSetIsFeasibleAndOptimalByEnumeration() {
    forAll(400, problems(11)).checkAssert(problem -> {
      ValueOracle oracle = new ValueOracle(problem);
      checkAgainstEnumeration(problem, oracle, close(problem, oracle));
    });
  }

  /**
   * The selector's answer against enumeration: infeasible (with a diagnosis) exactly when no subset
   * is feasible, else a proven, feasible best set whose score is the optimum within {@code within}.
   */
  private static void checkAgainstEnumeration(SelectionProblem problem, ValueOracle oracle, double within) {
    SelectionResult result = Selector.DEFAULT.select(problem);
    double optimum = oracle.optimum();
    if (Double.isNaN(optimum)) {
      assertEquals(SelectionStatus.INFEASIBLE, result.status(), result::toString);
      assertTrue(result.best().isEmpty());
      assertFalse(result.diagnosis().isEmpty());
      return;
    }
    assertEquals(SelectionStatus.OPTIMAL, result.status(), () -> result + " optimum " + optimum);
    assertTrue(result.bestProven());
    Selection best = result.best().orElseThrow();
    assertTrue(oracle.feasible(best.ids()), () -> "infeasible " + best + " for " + problem);
    assertEquals(optimum, oracle.score(best.ids()), within, () -> problem + " " + result);
  }

  @Test
  void theLeastDistanceIsFeasibleAndOptimalByEnumeration() {
    checkRatioObjective(SelectionObjective.DISTANCE);
  }

  @Test
  void theLeastRegretIsFeasibleAndOptimalByEnumeration() {
    checkRatioObjective(SelectionObjective.REGRET);
  }

  /**
   * The drawn problems (every constraint kind) with the given ratio objective, against enumeration.
   * The hull search must answer most of them (the linear search takes only those where a costly
   * zero-budget initiative meets a minimum spend).
   */
  private static void checkRatioObjective(SelectionObjective objective) {
    boolean distance = objective == SelectionObjective.DISTANCE;
    Gen<SelectionProblem> drawn = problems(11)
        .assuming(p -> distance ? p.target().isPresent() : p.scenarios().isPresent())
        .map(p -> ObjectiveGeneratorsCopy.copy(p).objective(objective).build());
    int[] hull = {0};
    forAll(300, drawn).checkAssert(problem -> {
      hull[0] += RatioSearch.applies(SelectionModel.of(problem)) ? 1 : 0;
      // The search proves its optimum within ten times the check's tolerance (1e-9, on the regret
      // times the largest absolute payoff); 1e-7 is far above that and far below any real gap.
      double scale = distance ? 1 : 1 + problem.scenarios().orElseThrow().scenarios().stream()
          .mapToDouble(s -> Math.max(Math.abs(s.payoff().max()), Math.abs(s.payoff().min()))).max().orElse(0);
      checkAgainstEnumeration(problem, new ValueOracle(problem), 1e-7 * scale);
    });
    assertTrue(hull[0] > 100, "the hull search answered only " + hull[0] + " problems");
  }

  @Test
  void theReportedNumbersAreTheRecomputedOnes() {
    forAll(200, problems(10)).checkAssert(problem -> {
      SelectionResult result = Selector.DEFAULT.select(problem);
      ValueOracle oracle = new ValueOracle(problem);
      result.best().ifPresent(best -> {
        assertEquals(oracle.value(best.ids()), best.value(), 1e-12 * (1 + Math.abs(best.value())));
        assertArrayEquals(oracle.shares(best.ids()), best.shares().toArray(), 1e-12);
        assertEquals(problem.target().isPresent(), best.distance().isPresent());
        assertEquals(problem.scenarios().isPresent(), best.maxRegret().isPresent());
        if (best.distance().isPresent()) {
          assertEquals(oracle.distance(best.ids()), best.distance().getAsDouble(), 1e-12);
        }
        if (best.maxRegret().isPresent()) {
          assertEquals(oracle.regret(best.ids()), best.maxRegret().getAsDouble(), 1e-12 * (1 + oracle.regretTolerance() * 1e9));
        }
        double cost = 0;
        for (String id : best.ids()) {
          cost += problem.cost(problem.portfolio().initiative(id).orElseThrow());
        }
        assertEquals(cost, best.cost(), 1e-12 * cost);
        assertTrue(best.cost() <= problem.budgetLimit());
        assertTrue(best.cost() >= problem.minSpend());
        assertTrue(best.ids().containsAll(problem.forcedIn()));
        assertTrue(java.util.Collections.disjoint(best.ids(), problem.forcedOut()));
        assertEquals(problem.budgetLimit() - best.cost(), result.unspent().getAsDouble(), 0);
      });
    });
  }

  @Test
  void moreBudgetNeverLowersTheOptimalValue() {
    Gen<SelectionProblem> valueProblems = problems(10).assuming(p -> p.objective().orElseThrow() == SelectionObjective.VALUE);
    forAll(150, valueProblems).checkAssert(problem -> {
      SelectionResult before = Selector.DEFAULT.select(problem);
      SelectionProblem richer = ObjectiveGeneratorsCopy.withBudget(problem, problem.budgetLimit() * 1.5 + 1);
      SelectionResult after = Selector.DEFAULT.select(richer);
      before.best().ifPresent(best -> {
        double tolerance = close(problem, new ValueOracle(problem));
        assertTrue(after.best().isPresent(), after::toString);
        assertTrue(after.best().get().value() >= best.value() - tolerance, () -> before + " then " + after);
      });
    });
  }

  @Test
  void theValueFrontIsNonDominatedAndMissesNothingByMoreThanItsResolution() {
    Gen<SelectionProblem> frontProblems = problems(9)
        .assuming(p -> p.objective().orElseThrow() == SelectionObjective.VALUE && p.target().isPresent())
        .map(p -> ObjectiveGeneratorsCopy.withFront(p, SelectionObjective.DISTANCE, 0.05));
    forAll(120, frontProblems).checkAssert(problem -> checkFront(problem, true));
  }

  @Test
  void theRegretFrontIsNonDominatedAndMissesNothingByMoreThanItsResolution() {
    Gen<SelectionProblem> frontProblems = problems(9)
        .assuming(p -> p.objective().orElseThrow() == SelectionObjective.VALUE && p.scenarios().isPresent())
        .map(p -> ObjectiveGeneratorsCopy.withFront(p, SelectionObjective.REGRET, 0.1));
    forAll(120, frontProblems).checkAssert(problem -> checkFront(problem, false));
  }

  private static void checkFront(SelectionProblem problem, boolean distance) {
    SelectionResult result = Selector.DEFAULT.select(problem);
    ValueOracle oracle = new ValueOracle(problem);
    double tolerance = close(problem, oracle);
    List<Selection> front = result.front();
    if (result.status() == SelectionStatus.INFEASIBLE) {
      assertTrue(front.isEmpty());
      return;
    }
    assertEquals(SelectionStatus.OPTIMAL, result.status());
    for (int k = 0; k < front.size(); k++) {
      Selection point = front.get(k);
      assertTrue(oracle.feasible(point.ids()), point::toString);
      if (k > 0) {
        Selection before = front.get(k - 1);
        assertTrue(axis(before, distance) < axis(point, distance), front::toString);
        assertTrue(before.value() < point.value(), front::toString);
      }
    }
    assertEquals(result.best().orElseThrow().value(), front.get(front.size() - 1).value(), tolerance);
    for (int mask = 1; mask < 1 << problem.portfolio().size(); mask++) {
      List<String> ids = oracle.ids(mask);
      if (!oracle.feasible(ids)) {
        continue;
      }
      double value = oracle.value(ids);
      double at = distance ? oracle.distance(ids) : oracle.regret(ids);
      boolean covered = front.stream().anyMatch(point -> axis(point, distance)
          <= at + problem.frontResolution() + 1e-9 && point.value() >= value - tolerance);
      assertTrue(covered, () -> ids + " value " + value + " at " + at + " beyond front " + front);
    }
  }

  private static double axis(Selection selection, boolean distance) {
    return distance ? selection.distance().getAsDouble() : selection.maxRegret().getAsDouble();
  }
}
