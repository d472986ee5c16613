package dev.facets.cli;

import dev.facets.core.simulate.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for long simulations.
 *
 * <p>It draws only on a terminal (a bar in a redirected log is noise) and only once the run has
 * taken more than a second (a quick run should print nothing but its result), redrawing in place
 * with a carriage return when the percentage changes; closing it ends the line if it drew anything.
 * Calls come serialised from the simulator, so it needs no locking.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
  /** How long a run must take before the bar appears. */
  static final long DELAY_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean interactive;
  private final LongSupplier clock;
  private final long start;
  private int shownPercent = -1;

  ProgressBar(PrintWriter err, boolean interactive, LongSupplier clock) {
    this.err = err;
    this.interactive = interactive;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A bar that draws only when the JVM has a console (standard input and output are a terminal). */
  static ProgressBar onTerminal(PrintWriter err) {
    return new ProgressBar(err, System.console() != null, System::nanoTime);
  }

  @Override
  public void onProgress(long done, long total) {
    if (!interactive || clock.getAsLong() - start < DELAY_NANOS) {
      return;
    }
    int percent = (int) (100 * done / Math.max(1, total));
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = WIDTH * percent / 100;
    err.print("\rsimulating [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " %");
    err.flush();
  }

  @Override
  public void close() {
    if (shownPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
