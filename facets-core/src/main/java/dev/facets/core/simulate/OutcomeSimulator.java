package dev.facets.core.simulate;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.util.Optional;

/**
 * Simulates what a portfolio may deliver, trial by trial, from its elicited estimates.
 *
 * <p>Each trial draws a scenario s by probability (when a scenario set is given); each initiative i
 * succeeds with its success probability (independently, or through the copula of
 * {@link Correlation}) and then yields an impact drawn from Triangular(low, mode, high) times its
 * scenario multiplier sum_f m_if P_sf, where m_i is its facet mix and P_s the scenario's payoffs
 * (multiplier 1 without scenarios). The trial's total is the sum over initiatives.
 *
 * <p>Only the per-trial totals (one double per trial) and per-initiative accumulators are kept,
 * never a value per trial and initiative. The lower tail is attributed to initiatives by replaying
 * each block's random stream a second time, so a run simulates every trial twice. Results are
 * bit-identical for a given seed and block size on any number of threads (see
 * {@link SimulationSettings}); as they rely on {@link java.util.SplittableRandom}'s streams and its
 * {@code nextGaussian}, they are reproducible on the same Java release.
 *
 * <p>Use {@link #DEFAULT}. Implementations are immutable and thread-safe; runs share no state.
 */
public interface OutcomeSimulator {
  /** The simulator. */
  OutcomeSimulator DEFAULT = DefaultOutcomeSimulator.INSTANCE;

  /**
   * Simulates a portfolio, under a scenario set when one is given.
   *
   * @throws IllegalArgumentException if the totals could exceed {@code 1e145} in absolute value, or
   *     the per-trial totals (16 bytes a trial, with their sorted copy) cannot fit in the heap
   * @throws java.util.concurrent.CancellationException if the control cancelled the run or the
   *     calling thread was interrupted while waiting
   */
  OutcomeDistribution simulate(
      Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings, SimulationControl control);

  /** Simulates a portfolio without scenarios (every multiplier is 1), with the default control. */
  default OutcomeDistribution simulate(Portfolio portfolio, SimulationSettings settings) {
    return simulate(portfolio, Optional.empty(), settings, SimulationControl.DEFAULT);
  }

  /** Simulates a portfolio under a scenario set, with the default control. */
  default OutcomeDistribution simulate(Portfolio portfolio, ScenarioSet scenarios, SimulationSettings settings) {
    return simulate(portfolio, Optional.of(scenarios), settings, SimulationControl.DEFAULT);
  }
}
