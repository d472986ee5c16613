package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Forty candidates: the time limit is honoured (the call returns with a feasible best-so-far) and
 * a register solves to optimal. Times are printed, never asserted.
 */
class SelectorScaleTest {
  private static void assertFeasibleAndScored(SelectionProblem problem, SelectionResult result) {
    Oracle oracle = new Oracle(problem);
    assertFalse(result.front().isEmpty(), result::toString);
    for (Selection selection : result.front()) {
      assertTrue(oracle.feasible(selection.ids()), () -> "infeasible " + selection);
      assertArrayEquals(oracle.objectives(oracle.set(selection.ids())), SelectorProperties.vector(selection), 1e-12);
    }
  }

  @Test
  void aTinyTimeLimitReturnsAFeasibleBestSoFar() {
    for (Duration limit : new Duration[] {Duration.ofNanos(1), Duration.ofMillis(1), Duration.ofMillis(50)}) {
      SelectionProblem problem = SelectionGenerators.register(3, 40, true, true, limit);
      long start = System.nanoTime();
      SelectionResult result = Selector.DEFAULT.select(problem);
      long took = System.nanoTime() - start;
      System.out.printf("40 candidates, limit %s: %s after %.1f ms, %d nodes, %d on the front%n",
          limit, result.status(), took / 1e6, result.nodesExplored(), result.front().size());
      assertTrue(result.status() == SelectionStatus.TIME_LIMIT_REACHED || result.status() == SelectionStatus.OPTIMAL,
          result::toString);
      assertFeasibleAndScored(problem, result);
      assertTrue(result.bestDistance().isPresent() && result.bestRegret().isPresent());
      if (result.status() == SelectionStatus.TIME_LIMIT_REACHED) {
        assertTrue(result.diagnosis().get(0).startsWith("the time limit of " + dev.facets.core.text.Numbers.duration(limit) + " was reached after"),
            result.diagnosis()::toString);
      }
    }
  }

  @Test
  void fortyCandidatesSolveToOptimal() {
    // One objective at a time, then both: the front of a forty-initiative register.
    for (boolean[] objectives : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
      SelectionProblem problem = SelectionGenerators.register(1, 40, objectives[0], objectives[1], Duration.ofMinutes(10));
      long start = System.nanoTime();
      SelectionResult result = Selector.DEFAULT.select(problem);
      long took = System.nanoTime() - start;
      System.out.printf("40 candidates, %s: %s after %.1f s, %d nodes, %d on the front%n",
          objectives[0] && objectives[1] ? "distance and regret" : objectives[0] ? "distance" : "regret",
          result.status(), took / 1e9, result.nodesExplored(), result.front().size());
      assertEquals(SelectionStatus.OPTIMAL, result.status(), result.diagnosis()::toString);
      assertFeasibleAndScored(problem, result);
      assertEquals(objectives[0], result.bestDistanceProven());
      assertEquals(objectives[1], result.bestRegretProven());
    }
  }
}
