package dev.facets.core.select;

import dev.facets.core.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exact selector: compile and settle feasibility; with two objectives, prove each one's optimum
 * first; then search the whole front with the time that is left.
 *
 * <p>The single-objective searches come first because they are far cheaper than the front (a
 * front of thousands of selections must be proven point by point) and because their optima are what
 * a caller most needs from a cut-short run: with them proven, a result that reaches its time limit
 * still says "nothing funds nearer the target, nothing has less regret", and they seed the front
 * search with its two ends. {@link Selector#DEFAULT} sends here every problem without an objective.
 */
final class ParetoSelector {
  private ParetoSelector() {}

  static SelectionResult select(SelectionProblem problem) {
    Objects.requireNonNull(problem, "problem");
    long start = System.nanoTime();
    long limit = nanos(problem);
    SelectionInstance instance = SelectionInstance.of(problem);
    if (!instance.feasible()) {
      return result(problem, instance, SelectionStatus.INFEASIBLE, instance.infeasibility, List.of(),
          new boolean[instance.objectiveCount], 0);
    }
    int count = instance.objectiveCount;
    boolean[] proven = new boolean[count];
    long[] seeds = new long[count == 2 ? 2 : 0];
    long nodes = 0;
    for (int k = 0; k < seeds.length; k++) {
      Search single = search(instance, new int[] {k}, start, limit);
      single.run();
      nodes += single.nodes();
      seeds[k] = single.archive().front().get(0);
      proven[k] = !single.timedOut();
    }
    Search search = search(instance, count == 2 ? new int[] {0, 1} : new int[] {0}, start, limit);
    search.run(seeds);
    nodes += search.nodes();
    List<Selection> front = new ArrayList<>();
    for (long set : search.archive().front()) {
      front.add(instance.selection(set));
    }
    if (!search.timedOut()) {
      java.util.Arrays.fill(proven, true);
      return result(problem, instance, SelectionStatus.OPTIMAL, List.of(), front, proven, nodes);
    }
    List<String> diagnosis = new ArrayList<>();
    diagnosis.add("the time limit of " + Numbers.duration(problem.timeLimit()) + " was reached after " + nodes
        + " nodes; the front holds the best feasible selections found so far");
    for (int k = 0; k < count; k++) {
      String name = k == 0 && instance.hasTarget() ? "least distance" : "least maximum regret";
      diagnosis.add("the " + name + (proven[k] ? " was proven optimal" : " was not proven optimal"));
    }
    return result(problem, instance, SelectionStatus.TIME_LIMIT_REACHED, diagnosis, front, proven, nodes);
  }

  private static Search search(SelectionInstance instance, int[] objectives, long start, long limit) {
    return new Search(instance, objectives, start, limit);
  }

  private static SelectionResult result(SelectionProblem problem, SelectionInstance instance, SelectionStatus status,
      List<String> diagnosis, List<Selection> front, boolean[] proven, long nodes) {
    boolean distanceProven = instance.hasTarget() && proven[0];
    boolean regretProven = instance.hasScenarios() && proven[instance.objectiveCount - 1];
    return SelectionResult.of(status, diagnosis, front, distanceProven, regretProven, problem.distance(),
        problem.budgetLimit(), problem.timeLimit(), SelectionInstance.DISTANCE_TOLERANCE,
        instance.hasScenarios() ? instance.tolerance[instance.objectiveCount - 1]
            : SelectionInstance.RELATIVE_REGRET_TOLERANCE,
        nodes);
  }

  /** The time limit in nanoseconds, saturated: a limit of centuries means no limit. */
  private static long nanos(SelectionProblem problem) {
    try {
      return problem.timeLimit().toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
