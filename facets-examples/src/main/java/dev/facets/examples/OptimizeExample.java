package dev.facets.examples;

import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.report.Numbers;
import java.io.PrintStream;

/**
 * {@code facets optimize} in Java: the facet allocation that is best in the worst future (maximin)
 * and the one with the least regret (minimax regret), through {@link RobustAllocator#DEFAULT}, for
 * {@link HedgeExample}'s two futures. Run it:
 * {@code java -cp facets.jar dev.facets.examples.OptimizeExample}.
 */
public final class OptimizeExample {
  private OptimizeExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    for (Objective objective : new Objective[] {Objective.MAXIMIN, Objective.MINIMAX_REGRET}) {
      AllocationOutcome outcome = RobustAllocator.DEFAULT.optimize(HedgeExample.futures(), objective);
      out.println(objective.jsonName() + ": " + outcome.status().jsonName() + ", value "
          + Numbers.fixed(outcome.objectiveValue().orElseThrow(), 4) + ", allocation "
          + ClassifyExample.mix(outcome.allocation().orElseThrow()));
    }
  }
}
