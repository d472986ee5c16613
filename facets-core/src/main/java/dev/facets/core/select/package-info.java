/**
 * Go/no-go selection: which whole initiatives to fund under a budget limit, with prerequisite and
 * exclusion links, to come near a target facet mix and/or to keep the maximum regret across
 * scenarios low.
 *
 * <p>The entry point is {@link dev.facets.core.select.Selector#DEFAULT}:
 * {@code Selector.DEFAULT.select(new SelectionProblem.Builder()...build())} returns a
 * {@link dev.facets.core.select.SelectionResult} with a typed status, the Pareto front of funded sets
 * ({@link dev.facets.core.select.Selection}) and the optimum of each objective. The search is an
 * exact branch and bound in pure Java, meant for up to about forty candidates, with a time limit
 * after which it returns the best selections found so far.
 */
package dev.facets.core.select;
