/**
 * Monte Carlo simulation of what a portfolio may deliver, from elicited estimates rather than a
 * return history.
 *
 * <p>Innovation portfolios have no price series: each initiative carries a success probability and
 * a three-point impact estimate, and a {@link dev.facets.api.ScenarioSet} names the futures it may
 * meet. The entry point is {@link dev.facets.core.simulate.OutcomeSimulator#DEFAULT}; it takes a
 * {@link dev.facets.core.simulate.SimulationSettings} (trials, seed, threads, alpha,
 * {@link dev.facets.core.simulate.Correlation}) and an optional
 * {@link dev.facets.core.simulate.SimulationControl} (executor, progress, cancellation), and returns
 * an {@link dev.facets.core.simulate.OutcomeDistribution}: moments, quantiles, VaR and CVaR of the
 * total, success statistics per facet and per initiative, and a
 * {@link dev.facets.core.simulate.Histogram}. A seed gives bit-identical results for any number of
 * threads. The model and the statistics are defined in docs/metrics.md (section "Simulation").
 * {@link dev.facets.core.simulate.SimulationBlocks} cuts the same run into its blocks for other
 * processes (a cluster's executors) to run, with the same result to the bit.
 */
package dev.facets.core.simulate;
