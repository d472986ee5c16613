/**
 * Portfolio scoring: how a portfolio's weight spreads over the four facets, the nine zones and the
 * lifecycle stages; how balanced that spread is (variety, Shannon entropy and evenness, HHI and its
 * normalised form, Gini-Simpson, effective numbers of facets, Rao-Stirling); its lean on both axes;
 * its gap to a target mix with a rebalancing plan; and who contributes what to each metric.
 *
 * <p>Entry point: {@link dev.facets.core.score.PortfolioScorer} ({@code DEFAULT}), which returns
 * immutable {@link dev.facets.core.score.PortfolioScore}s and
 * {@link dev.facets.core.score.Attribution}s that record their conventions. Large registers go
 * through {@link dev.facets.core.score.ColumnarPortfolio}, whose allocation-free pass produces a
 * mergeable {@link dev.facets.core.score.FacetTally}, so scoring splits across threads or nodes; a
 * register too long to hold is tallied as it streams by {@link dev.facets.core.score.StreamingTally},
 * to the same bits. {@link dev.facets.core.score.PortfolioGroups} scores a portfolio group by group
 * (by a {@link dev.facets.core.score.GroupKey}: stage, priority, zone, tag or attribute), each group a
 * tally of its own. The formulas, with their conventions, bounds and sources, are in docs/metrics.md.
 */
package dev.facets.core.score;
