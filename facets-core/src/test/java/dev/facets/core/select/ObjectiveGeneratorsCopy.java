package dev.facets.core.select;

/** Copies of a problem with an objective, one part changed, through the public builder. */
final class ObjectiveGeneratorsCopy {
  private ObjectiveGeneratorsCopy() {}

  static SelectionProblem withBudget(SelectionProblem problem, double budgetLimit) {
    return copy(problem).budgetLimit(budgetLimit).build();
  }

  static SelectionProblem withFront(SelectionProblem problem, SelectionObjective axis, double resolution) {
    return copy(problem).front(axis, resolution).build();
  }

  /** Everything of the problem in a new builder. */
  static SelectionProblem.Builder copy(SelectionProblem problem) {
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(problem.portfolio())
        .budgetLimit(problem.budgetLimit()).costs(problem.costs()).distance(problem.distance())
        .timeLimit(problem.timeLimit()).minSpend(problem.minSpend())
        .prerequisites(problem.prerequisites()).exclusions(problem.exclusions())
        .forceIn(problem.forcedIn().toArray(new String[0])).forceOut(problem.forcedOut().toArray(new String[0]));
    problem.objective().ifPresent(builder::objective);
    problem.target().ifPresent(builder::target);
    problem.scenarios().ifPresent(builder::scenarios);
    problem.minShares().forEach(builder::minShare);
    problem.maxShares().forEach(builder::maxShare);
    problem.maxDistance().ifPresent(builder::maxDistance);
    problem.maxRegret().ifPresent(builder::maxRegret);
    problem.frontAxis().ifPresent(axis -> builder.front(axis, problem.frontResolution()));
    return builder;
  }
}
