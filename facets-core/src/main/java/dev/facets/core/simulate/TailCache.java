package dev.facets.core.simulate;

import java.util.Arrays;

/**
 * The initiatives' values of the trials likely to fall in the lower tail, kept by the measuring
 * pass so that attributing the tail need not draw those trials again.
 *
 * <p>The tail's boundary is known only once every total is: the measuring pass cannot tell which
 * trials the attribution will need. It guesses: when block 0 has run, the quantile of its totals at
 * {@code alpha} plus {@link #MARGIN} becomes the threshold, and every later block keeps the values
 * of its trials at or below it (with the block's 4096 trials, the true boundary lies above that
 * quantile with a probability far below a thousandth). A tail trial without kept values, the ones of
 * the blocks that started before the threshold was known, the rare ones above it and any beyond the
 * memory cap, is replayed from its stream position as before. Which trials are kept therefore
 * depends on the timing of the workers, but never a result: the kept values are the ones the replay
 * would draw, bit for bit, and the attribution adds them in the same order.
 *
 * <p>Memory: at most {@link #MAX_BYTES}, and at most an eighth of the heap left beside the totals and
 * positions, split equally between the blocks. A run whose blocks' shares do not fit (large
 * portfolios, many trials) is not cached at all and replays its whole tail, as it did before the
 * cache. Each block's rows are written by the one worker that runs it; the threshold is published
 * through a volatile field.
 */
final class TailCache {
  /** Added to alpha for the level of the threshold, so that the guess covers the true boundary. */
  static final double MARGIN = 0.05;
  /** The most memory the kept values may take. */
  static final long MAX_BYTES = 64L << 20;
  /** A cache that keeps nothing: every tail trial is replayed. */
  static final TailCache NONE = new TailCache(0, 0, 0, 0);

  private final int size;
  private final int rowsPerBlock;
  private final double level;
  /** Per block, its kept trials, made by the worker that runs it (so in that worker's memory). */
  private final Kept[] blocks;
  private volatile double threshold = Double.NaN;

  /**
   * The trials kept for one block. Its count lives here rather than in an array shared by the
   * blocks: two workers on neighbouring blocks would write one cache line at every kept trial.
   */
  private static final class Kept {
    final double[] rows;
    final int[] trials;
    int count;

    Kept(int capacity, int size) {
      rows = new double[capacity * size];
      trials = new int[capacity];
    }
  }

  private TailCache(int size, int blocks, int rowsPerBlock, double level) {
    this.size = size;
    this.rowsPerBlock = rowsPerBlock;
    this.level = level;
    this.blocks = new Kept[blocks];
  }

  /**
   * The cache of a run of {@code settings} over {@code size} initiatives, if its share of every
   * block (the threshold's level of the block's trials, a quarter more against sampling noise) fits
   * within {@code bytes} and {@link #MAX_BYTES}; else {@link #NONE}, as a cache too small for most of
   * the tail would cost memory and save little.
   */
  static TailCache of(int size, SimulationSettings settings, long bytes) {
    double level = Math.min(1, settings.alpha() + MARGIN);
    int rowsPerBlock = (int) Math.min(settings.blockSize(), Math.ceil(1.25 * level * settings.blockSize()) + 16);
    double needed = (double) rowsPerBlock * settings.blocks() * size * Double.BYTES;
    if (size == 0 || needed > Math.min(bytes, MAX_BYTES)) {
      return NONE;
    }
    return new TailCache(size, settings.blocks(), rowsPerBlock, level);
  }

  /**
   * The memory a run may give the cache: an eighth of what the heap has beside the totals, their
   * sorted copy and the stream positions (24 bytes a trial).
   */
  static long heapShare(int trials) {
    return Math.max(0, (Runtime.getRuntime().maxMemory() - 3L * Double.BYTES * trials) / 8);
  }

  /** The threshold a block starting now keeps values at or below; NaN (nothing) until block 0 has run. */
  double threshold() {
    return threshold;
  }

  /** Sets the threshold from the totals of block 0, {@code totals[from, to)}. */
  void learn(double[] totals, int from, int to) {
    if (rowsPerBlock == 0) {
      return;
    }
    double[] sorted = Arrays.copyOfRange(totals, from, to);
    Arrays.sort(sorted);
    threshold = SortedSample.quantile(sorted, level);
  }

  /**
   * Keeps the values of trial {@code trial} (its index within the block) of {@code block},
   * {@code values[from, from + size)}, if the block's share has room; trials must be offered in
   * ascending order.
   */
  void keep(int block, int trial, double[] values, int from) {
    if (rowsPerBlock == 0) {
      return;
    }
    Kept kept = blocks[block];
    if (kept == null) {
      // The whole share at once: growing by copies cost more than the memory it saved.
      kept = new Kept(rowsPerBlock, size);
      blocks[block] = kept;
    }
    if (kept.count < rowsPerBlock) {
      System.arraycopy(values, from, kept.rows, kept.count * size, size);
      kept.trials[kept.count] = trial;
      kept.count++;
    }
  }

  /** The number of trials kept for {@code block}. */
  int kept(int block) {
    return rowsPerBlock == 0 || blocks[block] == null ? 0 : blocks[block].count;
  }

  /** The index within its block of the {@code k}-th trial kept for {@code block}; ascending in k. */
  int trial(int block, int k) {
    return blocks[block].trials[k];
  }

  /**
   * Adds the values of the {@code k}-th trial kept for {@code block} to {@code sums[offset + i]},
   * in initiative order as the kernel does, and returns their sum (the trial's total).
   */
  double addTo(int block, int k, double[] sums, int offset) {
    double[] values = blocks[block].rows;
    int start = k * size;
    double total = 0;
    for (int i = 0; i < size; i++) {
      double value = values[start + i];
      sums[offset + i] += value;
      total += value;
    }
    return total;
  }
}
