package dev.facets.core.select;

import dev.facets.api.EnumNames;

/** How a selection search ended. */
public enum SelectionStatus {
  /**
   * The search finished: the Pareto front and the single-objective optima are exact (within
   * {@link SelectionResult#distanceTolerance()} and {@link SelectionResult#regretTolerance()}).
   */
  OPTIMAL,
  /**
   * The time limit cut the search short: the front holds the best feasible selections found so far,
   * each feasible, the front itself not proven; {@link SelectionResult#bestDistanceProven()} and
   * {@link SelectionResult#bestRegretProven()} say whether an objective's optimum was proven anyway
   * (with two objectives, each optimum is searched for first).
   */
  TIME_LIMIT_REACHED,
  /**
   * No selection can be funded and scored; {@link SelectionResult#diagnosis()} says why, and the
   * front is empty.
   */
  INFEASIBLE;

  private static final EnumNames<SelectionStatus> NAMES = EnumNames.camelCase(SelectionStatus.class, "status");

  /**
   * {@return the camelCase name used in JSON ({@code "optimal"}, {@code "timeLimitReached"},
   * {@code "infeasible"})}
   */
  public String jsonName() {
    return NAMES.name(this);
  }
}
