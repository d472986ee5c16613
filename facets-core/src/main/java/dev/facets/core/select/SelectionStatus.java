package dev.facets.core.select;

/** How a selection search ended. */
public enum SelectionStatus {
  /**
   * The search finished: the Pareto front and the single-objective optima are exact (within
   * {@link SelectionResult#tolerances() the result's tolerances}).
   */
  OPTIMAL,
  /**
   * The time limit cut the search short: the front holds the best feasible selections found so far,
   * each feasible, none proven optimal.
   */
  TIME_LIMIT_REACHED,
  /**
   * No selection can be funded and scored; {@link SelectionResult#diagnosis()} says why, and the
   * front is empty.
   */
  INFEASIBLE;

  /** The lower-case name used in JSON ({@code "optimal"}, {@code "timeLimitReached"}, {@code "infeasible"}). */
  public String jsonName() {
    switch (this) {
      case OPTIMAL:
        return "optimal";
      case TIME_LIMIT_REACHED:
        return "timeLimitReached";
      default:
        return "infeasible";
    }
  }
}
