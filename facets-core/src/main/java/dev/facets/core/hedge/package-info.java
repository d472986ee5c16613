/**
 * Hedging across futures: how robust a facet allocation is against named scenarios, which
 * allocations are most robust, and where the risk of an allocation comes from.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.facets.core.hedge.RobustnessEvaluator} evaluates a {@link dev.facets.api.FacetMix}
 *       or a portfolio's facet shares against a {@link dev.facets.api.ScenarioSet}: value, regret,
 *       CVaR, Hurwicz, Laplace, percentile regret, the domain criterion and per-facet attribution
 *       ({@link dev.facets.core.hedge.Robustness}).
 *   <li>{@link dev.facets.core.hedge.RobustAllocator} finds maximin, minimax-regret, expected-value
 *       and CVaR allocations within {@link dev.facets.core.hedge.AllocationConstraints} (bounds,
 *       turnover), and the trade-off curve between expected value and worst case.
 *   <li>{@link dev.facets.core.hedge.Rebalancing} optimises a portfolio from its current facet
 *       shares, within a turnover limit, and says which budget moves reach the answer.
 *   <li>{@link dev.facets.core.hedge.RiskDecomposition} decomposes an allocation's risk under a
 *       {@link dev.facets.core.hedge.CovarianceMatrix}; {@link dev.facets.core.hedge.RiskAllocator}
 *       finds equal-risk-contribution, risk-budgeting and minimum-variance allocations.
 * </ul>
 * Every allocator answers with an {@link dev.facets.core.hedge.AllocationOutcome}: optimal, or a
 * typed failure with a diagnosis. The formulas, with their conventions, bounds and sources, are in
 * docs/metrics.md (sections "Robustness" to "Minimum variance") and in each class's documentation.
 *
 * <h2>How the robust allocations are optimised, and why this way</h2>
 *
 * <p>With four facets an allocation lives on a 3-simplex, and each robust objective is a concave
 * piecewise-linear function of the shares with one piece per scenario (per tail for CVaR). The
 * allocator therefore solves them by constraint generation over the scenarios: a master linear
 * programme of at most nine variables holds the pieces found so far, one linear pass over the
 * scenarios finds the piece lowest at the master's answer, and the loop stops when the master's
 * bound (a relaxation's, certified by its dual values) meets the objective at that answer, within
 * 1e-11 of the payoff range. On random scenario sets (payoffs uniform, 1,000 to 100,000 futures) it
 * takes 1 round for the expected value, about 4 for minimax regret and 8 for maximin whatever the
 * number of scenarios, and for CVaR at level 0.2 a number that grows slowly with it (29 at 1,000, 55
 * at 100,000); each round is one pass over the scenarios, and memory is linear in them. The master
 * is a small dense simplex of this package ({@code SmallSimplex}, Bland's rule), solved from scratch
 * in the first round only: each later round adds cut rows, which keeps the last optimal basis dual
 * feasible, so a few dual simplex pivots from it reach the new optimum (a round whose warm answer
 * breaks a cut the master holds is solved again from scratch).
 *
 * <p>This replaced one linear programme per objective with a row (and for CVaR a column) per
 * scenario on Commons Math 3.6.1's dense {@code SimplexSolver}: its tableau is quadratic in the
 * scenarios (30,000 scenarios ran out of memory), it hit its iteration limit
 * for CVaR at 2,000 scenarios and answered a feasible minimax-regret model "infeasible" at 5,000, and
 * it needed guards against wrong answers on degenerate models (rescaled payoffs, twin columns,
 * retries with another pivoting rule), all gone now.
 *
 * <p>ojAlgo (pure Java, maintained) was measured as the alternative, both on the full programmes and
 * as the master of this loop: on the full programmes it grew superlinearly with the scenarios and at
 * 10,000 scenarios returned a CVaR allocation reported optimal that another allocation beat; as the
 * master it was several times slower than the small simplex. So the small simplex stays: its answers
 * are not trusted but bounded by duality and re-evaluated. The measurements, and the ratio against
 * the previous solver, are in {@code benchmarks/README.md} ({@code HedgeBenchmark}).
 */
package dev.facets.core.hedge;
