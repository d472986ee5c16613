package dev.facets.core.hedge;

import dev.facets.api.EnumNames;

/** How an allocator's run ended; only {@link #OPTIMAL} carries an allocation. */
public enum AllocationStatus {
  /** Solved: the outcome carries the allocation and its objective value. */
  OPTIMAL,
  /** No allocation meets the constraints; the diagnosis says which constraints conflict. */
  INFEASIBLE,
  /** The objective can improve without limit (impossible for the bounded models here, kept for honesty). */
  UNBOUNDED,
  /**
   * The method stopped at its iteration limit before proving optimality; the diagnosis says what was
   * known by then.
   */
  LIMIT_REACHED,
  /**
   * The covariance matrix is singular and the method needs a positive definite one (equal risk
   * contributions); the diagnosis gives the smallest eigenvalue and the condition number.
   */
  SINGULAR,
  /**
   * The method's answer failed verification (it breaks a constraint, its optimum disagrees with the
   * objective re-evaluated from the shares, or its optimality could not be proved); the diagnosis
   * gives the numbers. A defect to report, kept apart so it is never mistaken for a result.
   */
  SOLVER_FAILURE;

  private static final EnumNames<AllocationStatus> NAMES = EnumNames.hyphenated(AllocationStatus.class, "status");

  /** {@return the JSON name: lower case, words joined by hyphens ({@code "limit-reached"})} */
  public String jsonName() {
    return NAMES.name(this);
  }
}
