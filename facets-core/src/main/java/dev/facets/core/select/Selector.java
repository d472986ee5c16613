package dev.facets.core.select;

/**
 * Chooses which initiatives to fund: the entry point of go/no-go selection.
 *
 * <p>{@code Selector.DEFAULT.select(problem)} returns the Pareto front of funded sets over the
 * problem's objectives (distance to a target mix, maximum regret over scenarios), the optimum of
 * each, and a typed status. It never returns null and never throws for a problem that was built:
 * infeasibility and the time limit are statuses of the result. Implementations are stateless and
 * thread-safe; one may serve many threads at once.
 */
public interface Selector {
  /**
   * The exact selector: with an objective, a branch and bound with linear-relaxation bounds; without,
   * the Pareto search of distance and regret (see the package documentation for both, and why so).
   */
  Selector DEFAULT = new DefaultSelector();

  /**
   * Solves a selection problem within its time limit.
   *
   * @return the result, whose status says whether it is optimal, cut short, or infeasible
   */
  SelectionResult select(SelectionProblem problem);
}
