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
 *   <li>{@link dev.facets.core.hedge.RiskDecomposition} decomposes an allocation's risk under a
 *       {@link dev.facets.core.hedge.CovarianceMatrix}; {@link dev.facets.core.hedge.RiskAllocator}
 *       finds equal-risk-contribution, risk-budgeting and minimum-variance allocations.
 * </ul>
 * Every allocator answers with an {@link dev.facets.core.hedge.AllocationOutcome}: optimal, or a
 * typed failure with a diagnosis. The formulas are given in each class's documentation.
 *
 * <h2>How the robust allocations are optimised, and why this way</h2>
 *
 * <p>With four facets an allocation lives on a 3-simplex, and each robust objective is a concave
 * piecewise-linear function of the shares with one piece per scenario (per tail for CVaR). The
 * allocator therefore solves them by constraint generation over the scenarios: a master linear
 * programme of at most nine variables holds the pieces found so far, one linear pass over the
 * scenarios finds the piece lowest at the master's answer, and the loop stops when the master's
 * bound (a relaxation's, certified by its dual values) meets the objective at that answer, within
 * 1e-11 of the payoff range. On random scenario sets it takes 1 round for the expected value, about
 * 4 for minimax regret, 8 for maximin, 30 to 55 for CVaR at level 0.2, whatever the number of
 * scenarios, and memory is linear in the scenarios. The master is a small dense simplex of this
 * package ({@code SmallSimplex}, Bland's rule).
 *
 * <p>This replaced one linear programme per objective with a row (and for CVaR a column) per
 * scenario on Commons Math 3.6.1's dense {@code SimplexSolver}: its tableau is quadratic in the
 * scenarios (1,000 scenarios took 1 to 13 s, 30,000 ran out of memory), it hit its iteration limit
 * for CVaR at 2,000 scenarios and answered a feasible minimax-regret model "infeasible" at 5,000, and
 * it needed guards against wrong answers on degenerate models. ojAlgo 57.1.0 (pure Java, maintained)
 * was measured as the alternative on the same machine (2 shared cores, loaded, short runs): on the
 * full programmes it took 22 ms (maximin) and 77 ms (CVaR) at 1,000 scenarios and 1.3 s and 30 s at
 * 10,000, where its CVaR answer, reported optimal, was 0.4 % below an allocation the cutting-plane
 * method found and the evaluator confirmed; as the master of the cutting-plane loop it took 0.8 to
 * 1.3 ms per 30-cut master against 0.15 to 0.3 ms for the small simplex. The cutting-plane method
 * with the small simplex took 0.2 to 2.7 ms per optimisation at 1,000 scenarios and 5 to 75 ms at
 * 100,000 (objective and CVaR levels as above), so ojAlgo (a 2.7 MB jar) brought neither speed nor
 * a risk removed: the small simplex's answers are not trusted but bounded by duality and checked.
 */
package dev.facets.core.hedge;
