package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Initiative;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The problem generator reaches the cases the properties are about: asserted, not hoped for. */
class SelectionGeneratorsTest {
  @Test
  void reachesTheInterestingCases() {
    Map<String, Integer> seen = new HashMap<>();
    int examples = 400;
    qt().withFixedSeed(20240601L).withExamples(examples).withGenerateAttempts(10_000)
        .forAll(SelectionGenerators.problems(12))
        .checkAssert(problem -> {
          SelectionResult result = Selector.DEFAULT.select(problem);
          count(seen, "infeasible", result.status() == SelectionStatus.INFEASIBLE);
          count(seen, "a front of several", result.front().size() >= 2);
          count(seen, "target only", problem.target().isPresent() && problem.scenarios().isEmpty());
          count(seen, "scenarios only", problem.target().isEmpty() && problem.scenarios().isPresent());
          count(seen, "both objectives", problem.target().isPresent() && problem.scenarios().isPresent());
          count(seen, "euclidean", problem.distance() == DistanceMeasure.EUCLIDEAN);
          count(seen, "prerequisites", !problem.prerequisites().isEmpty());
          count(seen, "exclusions", !problem.exclusions().isEmpty());
          count(seen, "forced in", !problem.forcedIn().isEmpty());
          count(seen, "forced out", !problem.forcedOut().isEmpty());
          count(seen, "given costs", !problem.costs().isEmpty());
          count(seen, "zero budgets", problem.portfolio().initiatives().stream().anyMatch(i -> i.budget() == 0));
          count(seen, "budgets over 1e6 apart", spread(problem) > 1e6);
          count(seen, "everything affordable", problem.budgetLimit() >= total(problem));
        });
    for (String kind : new String[] {"infeasible", "a front of several", "target only", "scenarios only",
        "both objectives", "euclidean", "prerequisites", "exclusions", "forced in", "forced out", "given costs",
        "zero budgets", "budgets over 1e6 apart", "everything affordable"}) {
      int count = seen.getOrDefault(kind, 0);
      assertTrue(count >= examples / 40, () -> kind + " reached in only " + count + " of " + examples + ": " + seen);
    }
  }

  private static void count(Map<String, Integer> seen, String kind, boolean reached) {
    if (reached) {
      seen.merge(kind, 1, Integer::sum);
    }
  }

  private static double spread(SelectionProblem problem) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Initiative initiative : problem.portfolio().initiatives()) {
      if (initiative.budget() > 0) {
        min = Math.min(min, initiative.budget());
        max = Math.max(max, initiative.budget());
      }
    }
    return max / min;
  }

  private static double total(SelectionProblem problem) {
    return problem.portfolio().initiatives().stream().mapToDouble(problem::cost).sum();
  }
}
