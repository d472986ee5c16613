package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the choice of bound: the hull bound alone against the hull refined by
 * the linear relaxation ({@link LinearProgramBound}), on the same registers. Both must find the
 * same fronts; the nodes and times they take are printed, never asserted.
 */
class BoundComparisonTest {
  @Test
  void hullAndLinearProgramFindTheSameFronts() {
    System.out.println("size objectives     hull: nodes      ms   hull+LP: nodes      ms");
    for (int size : new int[] {12, 16}) {
      for (long seed = 1; seed <= 3; seed++) {
        for (boolean[] objectives : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
          SelectionProblem problem = SelectionGenerators.register(seed, size, objectives[0], objectives[1],
              Duration.ofMinutes(10));
          long start = System.nanoTime();
          SelectionResult hull = Selector.DEFAULT.select(problem);
          long hullTime = System.nanoTime() - start;
          start = System.nanoTime();
          SelectionResult linear = SelectorProperties.LINEAR_PROGRAM.select(problem);
          long linearTime = System.nanoTime() - start;
          System.out.printf("%4d %-12s %12d %7.1f %14d %7.1f%n", size,
              objectives[0] && objectives[1] ? "both" : objectives[0] ? "distance" : "regret",
              hull.nodesExplored(), hullTime / 1e6, linear.nodesExplored(), linearTime / 1e6);
          assertEquals(SelectionStatus.OPTIMAL, hull.status());
          assertEquals(SelectionStatus.OPTIMAL, linear.status());
          assertEquals(rounded(hull), rounded(linear));
        }
      }
    }
  }

  /** The front's objective vectors to eight digits: both runs prove the same front within 1e-9. */
  private static List<String> rounded(SelectionResult result) {
    return result.front().stream()
        .map(selection -> java.util.Arrays.stream(SelectorProperties.vector(selection))
            .mapToObj(value -> String.format(java.util.Locale.ROOT, "%.8f", value))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
  }
}
