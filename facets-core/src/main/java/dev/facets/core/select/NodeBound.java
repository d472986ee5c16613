package dev.facets.core.select;

/**
 * A lower bound on each objective over every feasible completion of a search node: every selection
 * that keeps the node's funded set, adds only free candidates, and respects the budget and the
 * links.
 *
 * <p>A bound must be valid, never merely plausible: the search discards a node whose bound is
 * matched by a selection already found, so a bound above the true optimum loses that optimum.
 */
interface NodeBound {
  /**
   * The lower bounds in objective order (distance first when there is a target), or {@code null}
   * when no completion funds a positive budget (so none has a facet mix).
   */
  double[] lowerBounds(Node node);
}
