package dev.facets.core.simulate;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * How a simulation runs, as opposed to what it computes: the executor, the progress listener and
 * the cancellation signal. None of these changes a single bit of the result, so they are kept out
 * of {@link SimulationSettings} and out of the recorded {@link OutcomeDistribution}.
 *
 * <p>Without an executor, each run creates its own pool of {@link SimulationSettings#threads()}
 * daemon threads and shuts it down before returning (one thread runs on the caller's thread). With
 * one, the run submits that many worker tasks to it and waits for them; the executor is not shut
 * down. Cancellation is checked between blocks of trials; once it answers {@code true} (or the
 * calling thread is interrupted), the workers stop after their current block and the run throws a
 * {@link java.util.concurrent.CancellationException} once they have: no callback runs after the
 * run has returned. This class is immutable and thread-safe when
 * its callbacks are.
 */
public final class SimulationControl {
  /** The run's own executor, no progress, never cancelled. */
  public static final SimulationControl DEFAULT =
      new SimulationControl(null, ProgressListener.NONE, () -> false);

  private final Executor executor;
  private final ProgressListener progress;
  private final BooleanSupplier cancellation;

  private SimulationControl(Executor executor, ProgressListener progress, BooleanSupplier cancellation) {
    this.executor = executor;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /**
   * {@return this control, running the workers on {@code executor} instead of a pool of the run's
   * own}
   *
   * @param executor where the run submits its {@link SimulationSettings#threads()} worker tasks,
   *     not null; it is not shut down by the run
   */
  public SimulationControl withExecutor(Executor executor) {
    return new SimulationControl(Objects.requireNonNull(executor, "executor"), progress, cancellation);
  }

  /**
   * {@return this control, reporting progress to {@code progress}}
   *
   * @param progress the listener, not null; called from worker threads
   */
  public SimulationControl withProgress(ProgressListener progress) {
    return new SimulationControl(executor, Objects.requireNonNull(progress, "progress"), cancellation);
  }

  /**
   * This control, stopping the run once {@code cancellation} answers {@code true}. It is asked
   * between blocks from worker threads (never concurrently), so it must read state that other
   * threads write safely, for example {@code AtomicBoolean::get}.
   *
   * @param cancellation the signal, not null
   * @return this control with the signal
   */
  public SimulationControl withCancellation(BooleanSupplier cancellation) {
    return new SimulationControl(executor, progress, Objects.requireNonNull(cancellation, "cancellation"));
  }

  /** The caller's executor, if one was given. */
  Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** The progress listener. */
  ProgressListener progress() {
    return progress;
  }

  /** The cancellation signal. */
  BooleanSupplier cancellation() {
    return cancellation;
  }
}
