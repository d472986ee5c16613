/**
 * Go/no-go selection: which whole initiatives to fund under a budget limit, with prerequisite and
 * exclusion links and forced decisions, for the most expected value, the least distance to a
 * target facet mix or the least maximum regret across scenarios, under a minimum spend and bounds
 * on the funded shares, the distance and the regret; or, without an objective, the Pareto front of
 * distance and regret.
 *
 * <h2>With an objective: a 0-1 linear programme, solved exactly</h2>
 * {@code new SelectionProblem.Builder()...objective(SelectionObjective.VALUE)...build()} asks for
 * one objective under every constraint. An initiative's expected value is its success probability
 * times the mean of its three-point impact times, with scenarios, its multiplier (the
 * probability-weighted payoff of its own mix); a set's value is the sum. Every constraint is linear
 * in the decisions x once multiplied by the funded budget {@code W(x) = sum_i w_i x_i}: a share bound
 * {@code p_f >= lo} is {@code sum_i w_i (m_if - lo) x_i >= 0}; a distance bound {@code TV <= D} is
 * {@code 1/2 sum_f d_f <= D W(x)} with four auxiliary {@code d_f >= |sum_i w_i (m_if - t_f) x_i|};
 * a regret bound {@code R} is {@code sum_i w_i (r_is - R) x_i <= 0} for each scenario s, with
 * {@code r_is} the regret of initiative i's own mix. So the value objective is a 0-1 linear
 * programme, and the distance and regret objectives are ratios of such linear terms over W(x).
 *
 * <p>It is solved by a depth-first branch and bound ({@code MilpSearch}): links and the budget are
 * propagated at each decision, and each node is bounded by its linear relaxation, solved from
 * scratch by a bounded-variable dual simplex ({@code DualSimplex}: with each variable of positive
 * objective at its upper bound the slack basis is dual feasible, so no first phase is needed, and
 * the rows are few however many candidates there are). A completed search proves its answer.
 *
 * <p><b>The distance and regret objectives</b> are ratios over the funded budget, and a linear
 * relaxation meets any mix with fractions, so the linear search has to enumerate near-exact mixes,
 * a simplex solve per node. They go instead to the hull branch and bound of the Pareto search below
 * ({@code RatioSearch}, with {@code HullBound}), which bounds the ratio itself at a pass over the
 * candidates per node. The constraints that search never had are honoured as every answer here is:
 * a set becomes the incumbent only if it passes the exact check; and the hull box, which contains
 * the shares of every completion of a node, also prunes a node when no completion can meet a share
 * bound, the distance or regret bound, or (by the most that can still be spent) the minimum spend.
 * Only where a zero-budget initiative of positive cost could be what reaches a minimum spend (the
 * hull search never branches on initiatives that change no mix), or beyond its 64 candidates, do
 * these objectives go through the linear search, by Dinkelbach's method (maximise
 * {@code lambda W(x) - N(x)}, set lambda to the answer's ratio, repeat), then a last feasibility
 * search for any set better by more than ten times the check's tolerance, which makes the proof
 * independent of how small a set's budget is.
 *
 * <p>Why the dispatch, rather than the hull bound added inside the linear search or warm-started
 * node relaxations: on the Pareto search's own instances (a funding round, half the total budget,
 * links, no other bound) the hull search explores the same nodes as the Pareto search of that
 * objective alone, so it is as fast by construction, while the linear search was several times
 * slower at 40 candidates and did not finish at 60 within the time the hull search also needs. With
 * a minimum spend or share bounds on the distance, the hull search was also faster in our
 * measurements; the linear search was faster on some regret problems whose bounds rule out most
 * sets (the hull box judges the regret bound scenario by scenario), but those were quick either way.
 * The brute-force properties check both paths against enumeration, and
 * {@code SelectionBenchmark.distance} measures the objective against the Pareto search; the figures
 * are in benchmarks/README.md. The value front against distance or regret is traced
 * by the epsilon-constraint method: the most value under each bound {@code k * resolution} below the
 * last point's own distance (or regret), keeping the non-dominated points; it stops within one step
 * of zero, where the last point already covers every set nearer the target within the resolution.
 *
 * <p><b>Tolerances.</b> Every candidate answer is checked and valued exactly, from the initiatives'
 * own numbers in portfolio order, before it is accepted, so rounding in the relaxation can cost time
 * but not a wrong answer. The budget limit and the minimum spend are compared exactly; shares and
 * the distance meet their bounds within 1e-9, the regret within 1e-9 times the largest absolute
 * payoff (and the relaxation's rows are loosened by as much, so it never cuts off a set the check
 * accepts). "Optimal" means: no feasible set is better by more than 1e-9 times the objective's scale
 * (the sum of the absolute expected values, for the value objective), or, for distance and regret,
 * by more than ten times their tolerances. A relaxation whose infeasibility rests on coefficients too
 * small to pivot on is not trusted as a proof: the node is branched instead.
 *
 * <p><b>Why our own solver.</b> Measured against ojAlgo 57.1.0's integer solver (the same model
 * through {@code ExpressionsBasedModel}) on funding rounds of 20 to 200 candidates with a minimum
 * spend, two share bounds and links: both found the same optima, this search faster up to 100
 * candidates and ojAlgo faster at 200, both far inside the ten seconds a funding round allows; so
 * the library keeps no 6 MB dependency for it, and every answer stays checked by our own exact
 * evaluation. Timings belong to a machine and are kept, with their conditions, in
 * benchmarks/README.md ({@code SelectionBenchmark}), not here. Commons Math's simplex was not considered: it is dense, unmaintained, and
 * needed guards against wrong answers elsewhere in this library.
 *
 * <p><b>How far it goes</b>: the value objective with a minimum spend, share bounds and links, the
 * value front against distance, and the least distance alone are measured in
 * {@code SelectionBenchmark} (figures in benchmarks/README.md). The least distance or regret alone
 * remains the hard case, as it is for the Pareto search: near-exact mixes abound, and the proof's
 * time grows steeply with the candidates. The time limit bounds every search; a cut-short answer
 * is feasible and says it is not proven.
 *
 * <h2>Without an objective: the Pareto front of distance and regret</h2>
 * The entry point is {@link dev.facets.core.select.Selector#DEFAULT}:
 * {@code Selector.DEFAULT.select(new SelectionProblem.Builder()...build())} returns a
 * {@link dev.facets.core.select.SelectionResult}: a typed status (optimal, time limit reached with
 * the best selections so far, or infeasible with a diagnosis), the Pareto front of funded sets
 * ({@link dev.facets.core.select.Selection}: ids, cost, budget, shares, both objective values) and
 * the optimum of each objective. It never returns null and never throws for a problem that built.
 *
 * <h3>Conventions</h3>
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
 * <h3>How it searches, and why so</h3>
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
 * candidates it explored fewer nodes but spent far more per node (a tableau of some fifty rows per
 * objective per node against a pass over the candidates), so it took longer in all but one tiny case; both found the same fronts. It was also not safe
 * as first written: the relaxation is badly conditioned when budgets span orders of magnitude, and
 * the simplex method, given a tight tolerance, returned optima above true ones. A rigorous version
 * through the dual exists in the tests ({@code LinearProgramBound}, checked against enumeration and
 * the hull bound in {@code NodeBoundProperties}); the selector uses the hull bound alone.
 *
 * <h3>How far it goes</h3>
 * The search is exact for up to {@link dev.facets.core.select.SelectionProblem#MAX_CANDIDATES}
 * candidates given time; what time it needs depends on the problem more than on its size. On random
 * forty-initiative registers (budgets log-uniform from 1e4 to 1e7, sparse random mixes, three
 * scenarios, three prerequisites and two exclusions, half the total cost to spend) each
 * single-objective optimum is proven quickly, and the Pareto front of both (fronts of thousands of
 * selections) usually too, while on some registers the time limit stops the front's search with both
 * single-objective optima already proven. The time limit bounds the search either way. Measured
 * times, with the machine and conditions they were taken on, are in benchmarks/README.md
 * ({@code SelectionBenchmark}).
 *
 * <p>The formulas of the objectives and constraints, with their conventions, are in
 * docs/metrics.md (section "Selection").
 */
package dev.facets.core.select;
