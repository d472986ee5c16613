package dev.facets.core.simulate;

import dev.facets.api.Checks;
import java.util.Objects;

/**
 * What a simulation computes: the number of trials, the seed, the number of threads, the tail level
 * alpha, the correlation model, the histogram's bins and the block size. Every setting is recorded in
 * the {@link OutcomeDistribution}, so a printed number can always be reproduced.
 *
 * <p>The trials are split into consecutive blocks of {@link #blockSize()} trials; block b draws from
 * its own {@link java.util.SplittableRandom} stream, the b-th split of a root stream seeded with
 * {@link #seed()}, and the blocks' partial results are merged in block order. The result is
 * therefore a function of the seed, the block size and the inputs only: the same for any number of
 * threads, bit for bit. Changing the block size changes the streams (and so the sampled numbers, not
 * their distribution). This class is immutable and thread-safe.
 */
public final class SimulationSettings {
  /**
   * The default tail level: the worst 20 % of trials, the level the scenario analysis uses by default
   * too ({@code RobustnessEvaluator.DEFAULT_ALPHA}), so that one alpha means one tail everywhere.
   */
  public static final double DEFAULT_ALPHA = 0.2;
  /** The default number of trials per block. */
  public static final int DEFAULT_BLOCK_SIZE = 4096;
  /** The default number of histogram bins. */
  public static final int DEFAULT_HISTOGRAM_BINS = 50;

  private final int trials;
  private final long seed;
  private final int threads;
  private final double alpha;
  private final Correlation correlation;
  private final int histogramBins;
  private final int blockSize;

  private SimulationSettings(
      int trials, long seed, int threads, double alpha, Correlation correlation, int histogramBins, int blockSize) {
    this.trials = Checks.atLeast(trials, 2, "trials");
    this.seed = seed;
    this.threads = Checks.atLeast(threads, 1, "threads");
    this.alpha = Checks.inOpenRange(alpha, 0, 1, "alpha");
    this.correlation = Objects.requireNonNull(correlation, "correlation");
    this.histogramBins = Checks.atLeast(histogramBins, 1, "histogramBins");
    this.blockSize = Checks.atLeast(blockSize, 1, "blockSize");
  }

  /** The seed of {@link #trials(int)}'s settings, the command's default too. */
  public static final long DEFAULT_SEED = 42;

  /**
   * {@code trials} (at least 2, so that a standard deviation exists) from seed
   * {@value #DEFAULT_SEED}, on all available cores, with the default alpha, histogram and block
   * size, and independent successes. Set the seed with {@link #withSeed(long)}:
   * {@code SimulationSettings.trials(10_000).withSeed(7)}. (There is no {@code of(trials, seed)}: an
   * int and a long side by side were too easy to swap.)
   *
   * @param trials the number of trials, at least 2
   * @return the settings
   * @throws dev.facets.api.InvalidValueException if {@code trials} is less than 2
   */
  public static SimulationSettings trials(int trials) {
    return new SimulationSettings(trials, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(),
        DEFAULT_ALPHA, Correlation.NONE, DEFAULT_HISTOGRAM_BINS, DEFAULT_BLOCK_SIZE);
  }

  /**
   * {@return these settings with another number of trials}
   *
   * @param trials the number of trials, at least 2
   * @throws dev.facets.api.InvalidValueException if {@code trials} is less than 2
   */
  public SimulationSettings withTrials(int trials) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another seed}
   *
   * @param seed the seed of the root random stream; any long
   */
  public SimulationSettings withSeed(long seed) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another number of worker threads; the result does not depend
   * on it}
   *
   * @param threads the number of workers, at least 1
   * @throws dev.facets.api.InvalidValueException if {@code threads} is less than 1
   */
  public SimulationSettings withThreads(int threads) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another tail level}
   *
   * @param alpha the share of worst trials that VaR and CVaR describe, in the open interval (0, 1)
   * @throws dev.facets.api.InvalidValueException if {@code alpha} is not in (0, 1)
   */
  public SimulationSettings withAlpha(double alpha) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another correlation model}
   *
   * @param correlation the model of how successes move together, not null
   */
  public SimulationSettings withCorrelation(Correlation correlation) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another number of histogram bins}
   *
   * @param histogramBins the number of equal-width bins, at least 1
   * @throws dev.facets.api.InvalidValueException if {@code histogramBins} is less than 1
   */
  public SimulationSettings withHistogramBins(int histogramBins) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /**
   * {@return these settings with another block size}
   *
   * @param blockSize the trials per block (and random stream), at least 1; a change draws other
   *     random numbers
   * @throws dev.facets.api.InvalidValueException if {@code blockSize} is less than 1
   */
  public SimulationSettings withBlockSize(int blockSize) {
    return new SimulationSettings(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  /** {@return the number of trials, at least 2} */
  public int trials() {
    return trials;
  }

  /** {@return the seed of the root random stream ({@value #DEFAULT_SEED} unless set)} */
  public long seed() {
    return seed;
  }

  /** {@return the number of worker threads, at least 1; the result does not depend on it} */
  public int threads() {
    return threads;
  }

  /**
   * {@return the tail level of VaR and CVaR: the probability mass of the worst outcomes, in (0, 1)
   * ({@value #DEFAULT_ALPHA} unless set)}
   */
  public double alpha() {
    return alpha;
  }

  /** {@return the correlation model of successes ({@link Correlation#NONE} unless set)} */
  public Correlation correlation() {
    return correlation;
  }

  /** {@return the number of equal-width histogram bins, at least 1} */
  public int histogramBins() {
    return histogramBins;
  }

  /** {@return the number of trials per block, each block with its own random stream; at least 1} */
  public int blockSize() {
    return blockSize;
  }

  /** The number of blocks: trials / blockSize, rounded up. */
  int blocks() {
    return (int) ((trials + (long) blockSize - 1) / blockSize);
  }

  /** The index of the first trial of block {@code block}. */
  int blockStart(int block) {
    return (int) Math.min(trials, (long) block * blockSize);
  }

  /** The index after the last trial of block {@code block}. */
  int blockEnd(int block) {
    return blockStart(block + 1);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SimulationSettings)) {
      return false;
    }
    SimulationSettings that = (SimulationSettings) other;
    return trials == that.trials && seed == that.seed && threads == that.threads
        && Double.compare(alpha, that.alpha) == 0 && correlation.equals(that.correlation)
        && histogramBins == that.histogramBins && blockSize == that.blockSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trials, seed, threads, alpha, correlation, histogramBins, blockSize);
  }

  @Override
  public String toString() {
    return "SimulationSettings[trials=" + trials + ", seed=" + seed + ", threads=" + threads
        + ", alpha=" + alpha + ", correlation=" + correlation + ", histogramBins=" + histogramBins
        + ", blockSize=" + blockSize + "]";
  }
}
