package dev.facets.core.simulate;

/**
 * Told how far a simulation has come, for a progress bar.
 *
 * <p>Called after each block of trials, from the worker threads but never concurrently (calls are
 * serialised) and with {@code done} never decreasing. Each trial is simulated twice: once to measure
 * the distribution and once, replayed from the same random stream, to attribute its lower tail to
 * the initiatives; {@code total} counts both passes. Keep it quick: workers wait while it runs.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Reports progress.
   *
   * @param done the trial simulations done so far, in [0, total]
   * @param total the trial simulations of the whole run (twice the trials)
   */
  void onProgress(long done, long total);
}
