package dev.facets.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The limits of the sizes a user can ask for on the command line, derived from the memory each
 * unit needs, and checked before anything is allocated: a size beyond its limit is a usage error (exit
 * 2) naming the option, the limit and how to raise it, never an {@link OutOfMemoryError} after the
 * work has started. A sized structure may take half the maximum heap; the other half is left for
 * everything else. SECURITY.md lists the same limits.
 *
 * <p>The limits of file contents (initiatives, scenarios) are the readers'; see
 * {@code dev.facets.core.io}.
 */
final class SizeLimits {
  /**
   * Bytes a simulation trial needs, as the simulator counts them: its total, the total's sorted copy
   * and its stream position for the tail's replay, 8 bytes each.
   */
  static final long BYTES_PER_TRIAL = 24;
  /**
   * Bytes a histogram bin needs, rounded up about threefold: its edge and count (16), their copies
   * (16), their JSON nodes (about 50), the printed JSON in the writer's buffer and as a string and
   * bytes (about 200), and the text table.
   */
  static final long BYTES_PER_BIN = 1024;
  /** The most worker threads: far more than there are cores, far fewer than a thread's stack costs. */
  static final int MAX_THREADS = 256;

  private SizeLimits() {}

  /** {@code --trials}: at least 2, at most the limit for this heap. */
  static int trials(CommandSpec spec, String option, int value) {
    return sized(spec, option, value, 2, BYTES_PER_TRIAL, "trial");
  }

  /** {@code --bins}: at least 1, at most the limit for this heap. */
  static int bins(CommandSpec spec, String option, int value) {
    return sized(spec, option, value, 1, BYTES_PER_BIN, "bin");
  }

  /** {@code --threads}: 1 to {@value #MAX_THREADS}. */
  static int threads(CommandSpec spec, String option, int value) {
    atLeast(spec, option, value, 1);
    if (value > MAX_THREADS) {
      throw OptionValues.invalid(spec, option, option.substring(2) + " must be at most " + MAX_THREADS
          + " (the result is the same for any number of threads), got " + value);
    }
    return value;
  }

  /** The most units of {@code bytesEach} that half a maximum heap of {@code heap} bytes holds. */
  static long limit(long heap, long bytesEach) {
    return heap / 2 / bytesEach;
  }

  private static int sized(CommandSpec spec, String option, int value, int min, long bytesEach, String unit) {
    atLeast(spec, option, value, min);
    long heap = Runtime.getRuntime().maxMemory();
    long limit = limit(heap, bytesEach);
    if (value > limit) {
      throw OptionValues.invalid(spec, option, option.substring(2) + " must be at most " + limit + " with the maximum heap of "
          + heap / (1 << 20) + " MiB (" + bytesEach + " bytes a " + unit + ", up to half the heap), got " + value
          + "; ask for fewer, or run Java with a larger heap, e.g. java -Xmx"
          + Math.max(1, (2 * bytesEach * value + (1L << 30) - 1) / (1L << 30) + 1) + "g -jar facets.jar ...");
    }
    return value;
  }

  private static void atLeast(CommandSpec spec, String option, int value, int min) {
    if (value < min) {
      throw OptionValues.invalid(spec, option, option.substring(2) + " must be >= " + min + ", got " + value);
    }
  }
}
