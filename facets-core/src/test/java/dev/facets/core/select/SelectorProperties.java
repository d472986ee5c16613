package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorProperties {
  /** Far above the solver's 1e-9 tolerances, far below any gap a random instance shows. */
  private static final double CLOSE = 1e-7;

  @Test
  void hullSearchEqualsExhaustiveEnumerationOnTwelveCandidates() {
    qt().withFixedSeed(20240601L).withExamples(300).withGenerateAttempts(10_000)
        .forAll(SelectionGenerators.problems(12))
        .checkAssert(problem -> assertMatchesEnumeration(problem, Selector.DEFAULT.select(problem)));
  }

  static void assertMatchesEnumeration(SelectionProblem problem, SelectionResult result) {
    Enumeration oracle = new Enumeration(problem);
    if (oracle.infeasible()) {
      assertEquals(SelectionStatus.INFEASIBLE, result.status(), () -> result.toString());
      assertTrue(result.front().isEmpty());
      assertTrue(!result.diagnosis().isEmpty());
      return;
    }
    assertEquals(SelectionStatus.OPTIMAL, result.status(), () -> result.toString());
    int k = 0;
    if (problem.target().isPresent()) {
      assertEquals(oracle.minimum(k), result.bestDistance().orElseThrow().distance().getAsDouble(), CLOSE);
      k++;
    }
    if (problem.scenarios().isPresent()) {
      assertEquals(oracle.minimum(k), result.bestRegret().orElseThrow().maxRegret().getAsDouble(),
          CLOSE * scale(problem));
    }
    List<double[]> front = oracle.front();
    List<double[]> found = result.front().stream().map(SelectorProperties::vector).collect(java.util.stream.Collectors.toList());
    for (Selection selection : result.front()) {
      assertTrue(oracle.feasible(selection.ids()), () -> "infeasible " + selection);
    }
    double[] tolerance = tolerances(problem);
    for (double[] truth : front) {
      assertTrue(found.stream().anyMatch(y -> within(y, truth, tolerance, false)),
          () -> "no selection matches " + java.util.Arrays.toString(truth) + " in " + result);
    }
    for (double[] y : found) {
      assertTrue(front.stream().anyMatch(truth -> within(y, truth, tolerance, true)),
          () -> "selection " + java.util.Arrays.toString(y) + " is on no true front point");
    }
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
