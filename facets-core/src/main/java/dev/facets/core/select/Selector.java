package dev.facets.core.select;

import java.util.Objects;

/**
 * Chooses which initiatives to fund: the entry point of go/no-go selection.
 *
 * <p>{@code Selector.DEFAULT.select(problem)} returns, for a problem with an objective, the best
 * funded set under every constraint ({@link SelectionResult#best()}), the budget it leaves and why,
 * and the value front when asked; for a problem without one, the Pareto front of funded sets over
 * distance to a target mix and maximum regret over scenarios, with the optimum of each. Either way
 * with a typed status. It never returns null and never throws for a problem that was built:
 * infeasibility and the time limit are statuses of the result. The selector is stateless and
 * thread-safe; one may serve many threads at once.
 */
public final class Selector {
  /**
   * The exact selector: with the value objective, a branch and bound with linear-relaxation bounds;
   * with the distance or regret objective, and without an objective, the branch and bound with hull
   * bounds of the Pareto search (see the package documentation for both, and why so).
   */
  public static final Selector DEFAULT = new Selector();

  private Selector() {}

  /**
   * Solves a selection problem within its time limit: a problem with an objective goes to the
   * linear branch and bound (or the hull search for distance and regret where it applies), one
   * without to the Pareto search of distance and regret.
   *
   * @param problem the problem, already checked by its builder
   * @return the result, whose status says whether it is optimal, cut short, or infeasible
   */
  public SelectionResult select(SelectionProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return problem.objective().isPresent() ? LinearSelector.select(problem) : ParetoSelector.select(problem);
  }

  @Override
  public String toString() {
    return "Selector[linear branch and bound with an objective, else Selector[branch and bound]]";
  }
}
