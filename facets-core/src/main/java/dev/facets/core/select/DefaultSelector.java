package dev.facets.core.select;

import java.util.Objects;

/**
 * {@link Selector#DEFAULT}: a problem with an objective goes to {@link LinearSelector} (the linear
 * branch and bound for value, the hull search for distance and regret where it applies), one
 * without to the Pareto search of distance and regret ({@link BranchAndBoundSelector}).
 */
final class DefaultSelector implements Selector {
  private final Selector pareto = new BranchAndBoundSelector(null);

  @Override
  public SelectionResult select(SelectionProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return problem.objective().isPresent() ? LinearSelector.select(problem) : pareto.select(problem);
  }

  @Override
  public String toString() {
    return "Selector[linear branch and bound with an objective, else " + pareto + "]";
  }
}
