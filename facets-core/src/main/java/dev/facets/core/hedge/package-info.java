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
 *   <li>{@link dev.facets.core.hedge.RobustAllocator} solves maximin, minimax-regret, expected-value
 *       and CVaR allocations as linear programmes within {@link dev.facets.core.hedge.AllocationConstraints}
 *       (bounds, turnover), and the trade-off curve between expected value and worst case.
 *   <li>{@link dev.facets.core.hedge.Rebalancing} optimises a portfolio from its current facet
 *       shares, within a turnover limit, and says which budget moves reach the answer.
 *   <li>{@link dev.facets.core.hedge.RiskDecomposition} decomposes an allocation's risk under a
 *       {@link dev.facets.core.hedge.CovarianceMatrix}; {@link dev.facets.core.hedge.RiskAllocator}
 *       finds equal-risk-contribution, risk-budgeting and minimum-variance allocations.
 * </ul>
 * Every allocator answers with an {@link dev.facets.core.hedge.AllocationOutcome}: optimal, or a
 * typed failure with a diagnosis.
 */
package dev.facets.core.hedge;
