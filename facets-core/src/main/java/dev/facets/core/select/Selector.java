package dev.facets.core.select;

/**
 * Chooses which initiatives to fund: the entry point of go/no-go selection.
 *
 * <p>{@code Selector.DEFAULT.select(problem)} returns, for a problem with an objective, the best
 * funded set under every constraint ({@link SelectionResult#best()}), the budget it leaves and why,
 * and the value front when asked; for a problem without one, the Pareto front of funded sets over
 * distance to a target mix and maximum regret over scenarios, with the optimum of each. Either way
 * with a typed status. It never returns null and never throws for a problem that was built:
 * infeasibility and the time limit are statuses of the result. Implementations are stateless and
 * thread-safe; one may serve many threads at once.
 */
public interface Selector {
  /**
   * The exact selector: with the value objective, a branch and bound with linear-relaxation bounds;
   * with the distance or regret objective, and without an objective, the branch and bound with hull
   * bounds of the Pareto search (see the package documentation for both, and why so).
   */
  Selector DEFAULT = new DefaultSelector();

  /**
   * Solves a selection problem within its time limit.
   *
   * @return the result, whose status says whether it is optimal, cut short, or infeasible
   */
  SelectionResult select(SelectionProblem problem);
}
