/**
 * Go/no-go selection: which whole initiatives to fund under a budget limit, with prerequisite and
 * exclusion links and forced decisions, to come near a target facet mix and/or to keep the maximum
 * regret across scenarios low (metrics sheet, section 4 item 4; F7 and F9).
 *
 * <p>The entry point is {@link dev.facets.core.select.Selector#DEFAULT}:
 * {@code Selector.DEFAULT.select(new SelectionProblem.Builder()...build())} returns a
 * {@link dev.facets.core.select.SelectionResult}: a typed status (optimal, time limit reached with
 * the best selections so far, or infeasible with a diagnosis), the Pareto front of funded sets
 * ({@link dev.facets.core.select.Selection}: ids, cost, budget, shares, both objective values) and
 * the optimum of each objective. It never returns null and never throws for a problem that built.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A funded set's facet shares are its budget-weighted mix; cost is the budget unless given.
 *   <li>The empty selection, and any selection of zero-budget initiatives only, has no facet mix,
 *       so it is never a solution. When it is all the constraints allow, the result is
 *       {@code INFEASIBLE} and the diagnosis says why each initiative of positive budget cannot be
 *       funded.
 *   <li>Each objective value is exact within an absolute tolerance: 1e-9 on the distance, 1e-9
 *       times the largest absolute payoff on the regret. Within it, ties count as one point of the
 *       front, represented by the first selection the search met.
 * </ul>
 *
 * <h2>How it searches, and why so</h2>
 * A depth-first branch and bound over fund/exclude decisions, largest budgets first, with the
 * links propagated at every decision. The objectives are not linear in the selection (the shares
 * are a ratio of sums), so the bound must be valid for ratios: it boxes where the funded shares can
 * still go, using that they are always a convex combination of the funded set's mix and the mixes
 * still addable, weighted at least by the funded budget against a fractional-knapsack bound on the
 * budget still addable (see {@code HullBound}). With two objectives, each optimum is proven first
 * (cheap) and seeds the search of the front, so a run cut short by its time limit still reports
 * proven single-objective optima.
 *
 * <p>The linear relaxation of the fractional selection (the ratio linearised by the Charnes-Cooper
 * change of variables, solved by Commons Math's simplex method) was measured against it, as the hull
 * bound refined by the relaxation where the hull fails to prune. On registers of 12 and 16
 * candidates it explored 1.1 to 6 times fewer nodes but spent 20 to 50 times more per node (a
 * tableau of some fifty rows per objective per node against a pass over the candidates), so it took
 * 2 to 25 times longer in all but one tiny case; both found the same fronts. It was also not safe
 * as first written: the relaxation is badly conditioned when budgets span orders of magnitude, and
 * the simplex method, given a tight tolerance, returned optima above true ones. A rigorous version
 * through the dual exists in the tests ({@code LinearProgramBound}, {@code BoundComparisonTest});
 * the selector uses the hull bound alone.
 *
 * <h2>How far it goes</h2>
 * The search is exact for up to {@link dev.facets.core.select.SelectionProblem#MAX_CANDIDATES}
 * candidates given time; what time it needs depends on the problem more than on its size. Measured
 * on six random forty-initiative registers (budgets log-uniform from 1e4 to 1e7, sparse random mixes,
 * three scenarios, three prerequisites and two exclusions, half the total cost to spend; a two-core
 * machine shared with other builds): the least distance alone was proven in 0.0 to 1.5 s and the
 * least maximum regret alone in 0.1 to 5.2 s on every register. The Pareto front of both was
 * proven in 31 to 72 s on four registers (fronts of 1,160 to 10,558 selections); on the other two
 * the two-minute limit stopped it with both single-objective optima already proven. The time limit
 * bounds the search either way.
 */
package dev.facets.core.select;
