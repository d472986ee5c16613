package dev.facets.core.simulate;

import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * <p>Only the per-trial totals and stream positions (two numbers per trial) and per-initiative
 * accumulators are kept, never a value per trial and initiative. The lower tail is attributed to
 * initiatives by replaying its trials, each from the position of its block's random stream noted
 * when it first ran, so a run simulates every trial once and the tail's trials (about {@code alpha}
 * of them) twice. Results are bit-identical for a given seed and block size on any number of
 * threads (see {@link SimulationSettings}); as they rely on {@link java.util.SplittableRandom}'s
 * streams and its {@code nextGaussian}, they are reproducible on the same Java release.
 *
 * <p>Use {@link #DEFAULT}. Internally: a measuring pass over all blocks that stores each trial's total
 * and where its stream starts, the order statistics of the sorted totals, then a replay of the tail's
 * trials alone that attributes the lower tail to the initiatives. This class is immutable and
 * thread-safe; runs share no state.
 */
public final class OutcomeSimulator {
  /** The simulator: stateless, so one instance serves every run. */
  public static final OutcomeSimulator DEFAULT = new OutcomeSimulator();

  /** Returned by a replayed block without tail trials. */
  private static final double[] NO_TAIL = new double[0];

  private OutcomeSimulator() {}

  /**
   * Simulates a portfolio without scenarios (every multiplier is 1), with the default control.
   *
   * @param portfolio the portfolio, not null
   * @param settings trials, seed, threads, alpha, correlation, bins and block size, not null
   * @return the distribution of the totals, with every setting recorded
   * @throws IllegalArgumentException as {@link #simulate(Portfolio, SimulationSettings,
   *     SimulationControl)}
   */
  public OutcomeDistribution simulate(Portfolio portfolio, SimulationSettings settings) {
    return simulate(portfolio, settings, SimulationControl.DEFAULT);
  }

  /**
   * Simulates a portfolio under a scenario set, with the default control.
   *
   * @param portfolio the portfolio, not null
   * @param scenarios the futures a trial draws from, by their probabilities, not null
   * @param settings trials, seed, threads, alpha, correlation, bins and block size, not null
   * @return the distribution of the totals, with every setting recorded
   * @throws IllegalArgumentException as {@link #simulate(Portfolio, ScenarioSet,
   *     SimulationSettings, SimulationControl)}
   */
  public OutcomeDistribution simulate(Portfolio portfolio, ScenarioSet scenarios, SimulationSettings settings) {
    return simulate(portfolio, scenarios, settings, SimulationControl.DEFAULT);
  }

  /**
   * Simulates a portfolio without scenarios (every multiplier is 1).
   *
   * @param portfolio the portfolio, not null
   * @param settings trials, seed, threads, alpha, correlation, bins and block size, not null
   * @param control the executor, progress listener and cancellation of the run, not null
   * @return the distribution of the totals, with every setting recorded
   * @throws IllegalArgumentException if the totals could exceed {@code 1e145} in absolute value, or
   *     the per-trial totals and stream positions (24 bytes a trial, with the totals' sorted copy)
   *     cannot fit in the heap
   * @throws java.util.concurrent.CancellationException if the control cancelled the run or the
   *     calling thread was interrupted while waiting
   */
  public OutcomeDistribution simulate(Portfolio portfolio, SimulationSettings settings, SimulationControl control) {
    return run(portfolio, Optional.empty(), settings, control);
  }

  /**
   * Simulates a portfolio under a scenario set.
   *
   * @param portfolio the portfolio, not null
   * @param scenarios the futures a trial draws from, by their probabilities, not null
   * @param settings trials, seed, threads, alpha, correlation, bins and block size, not null
   * @param control the executor, progress listener and cancellation of the run, not null
   * @return the distribution of the totals, with every setting recorded
   * @throws IllegalArgumentException if the totals could exceed {@code 1e145} in absolute value, or
   *     the per-trial totals and stream positions (24 bytes a trial, with the totals' sorted copy)
   *     cannot fit in the heap
   * @throws java.util.concurrent.CancellationException if the control cancelled the run or the
   *     calling thread was interrupted while waiting
   */
  public OutcomeDistribution simulate(
      Portfolio portfolio, ScenarioSet scenarios, SimulationSettings settings, SimulationControl control) {
    return run(portfolio, Optional.of(Objects.requireNonNull(scenarios, "scenarios")), settings, control);
  }

  private static OutcomeDistribution run(
      Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings, SimulationControl control) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(control, "control");
    checkHeap(settings.trials());
    TrialKernel kernel = TrialKernel.of(portfolio, scenarios, settings.correlation());
    double[] totals = new double[settings.trials()];
    long[] positions = new long[settings.trials()];
    BlockStreams streams = new BlockStreams(settings);
    OutcomeDistribution.Parts parts = new OutcomeDistribution.Parts();
    try (BlockRunner runner = BlockRunner.open(settings, control, 2)) {
      BlockStats stats = measure(kernel, settings, runner, streams, totals, positions);
      LowerTail tail = describeSorted(totals, settings, runner, parts);
      double[] tailSums = attributeTail(kernel, settings, runner, streams, totals, positions, tail);
      describe(kernel, settings, stats, tail, tailSums, parts);
    }
    parts.settings = settings;
    parts.scenarioCount = kernel.scenarioCount();
    return OutcomeDistribution.of(parts);
  }

  /**
   * Rejects a run whose per-trial totals (8 bytes each, and a sorted copy of them) and stream
   * positions (8 bytes each) cannot fit in the heap at all, with a message rather than an
   * {@link OutOfMemoryError} after the work has started.
   */
  static void checkHeap(int trials) {
    long needed = 3L * Double.BYTES * trials;
    long heap = Runtime.getRuntime().maxMemory();
    if (needed > heap) {
      throw new InvalidValueException("trials", Integer.toString(trials),
          "fit in the heap: their totals and stream positions need " + needed / (1 << 20)
              + " MiB, the heap limit is " + heap / (1 << 20) + " MiB");
    }
  }

  /**
   * One stream per block: the b-th split of a root stream seeded with the seed. Splitting gives each
   * block its own gamma, so the streams are statistically independent rather than shifted copies.
   *
   * <p>Each stream is followed in memory by a filler. A stream's state is written on every
   * draw, and the streams of consecutive blocks, split one after the other, would sit in one cache
   * line: two workers on neighbouring blocks (the usual case, as they take blocks in order) would
   * then invalidate each other's line on every draw (false sharing; MonteCarloBenchmark measured
   * 1.55x on two threads, 1.83x with the fillers). The fillers are kept in the same array, between
   * the streams, so that a collector copying the array's objects in order keeps them apart.
   */
  private static final class BlockStreams {
    /** 128 bytes: a cache line and the one the adjacent-line prefetcher pairs it with. */
    private static final int FILLER_LONGS = 14;

    private final Object[] cells;

    BlockStreams(SimulationSettings settings) {
      TrialStream root = TrialStream.of(settings.seed());
      cells = new Object[Math.multiplyExact(2, settings.blocks())];
      for (int b = 0; b < settings.blocks(); b++) {
        cells[2 * b] = root.split();
        cells[2 * b + 1] = new long[FILLER_LONGS];
      }
    }

    /** The stream of block {@code block}. */
    TrialStream of(int block) {
      return (TrialStream) cells[2 * block];
    }
  }

  /**
   * The first pass: every trial's total into {@code totals} and the position of its block's stream
   * where it starts into {@code positions}, and the merged block statistics.
   */
  private static BlockStats measure(TrialKernel kernel, SimulationSettings settings, BlockRunner runner,
      BlockStreams streams, double[] totals, long[] positions) {
    BlockStats merged = new BlockStats(kernel.size());
    runner.run(kernel::newTrial, (block, trial) -> {
      TrialStream random = streams.of(block);
      BlockStats stats = new BlockStats(kernel.size());
      for (int t = settings.blockStart(block); t < settings.blockEnd(block); t++) {
        positions[t] = random.position();
        totals[t] = stats.run(kernel, random, trial);
      }
      return stats;
    }, merged::merge);
    return merged;
  }

  /** Sorts a copy of the totals (on the workers) for the quantiles, extremes, histogram and tail; returns the tail. */
  private static LowerTail describeSorted(
      double[] totals, SimulationSettings settings, BlockRunner runner, OutcomeDistribution.Parts parts) {
    double[] sorted = totals.clone();
    SortedTotals.sort(sorted, runner);
    return describeSorted(sorted, settings, parts);
  }

  /**
   * The quantiles, extremes, histogram and tail of totals already sorted (by {@link SortedTotals},
   * or by {@link java.util.Arrays#sort(double[])}, which orders them to the same bits); returns the tail.
   */
  static LowerTail describeSorted(double[] sorted, SimulationSettings settings, OutcomeDistribution.Parts parts) {
    parts.minimum = sorted[0];
    parts.maximum = sorted[sorted.length - 1];
    parts.quantiles = OutcomeDistribution.QUANTILE_LEVELS.stream()
        .mapToDouble(level -> SortedSample.quantile(sorted, level)).toArray();
    parts.histogram = Histogram.ofSorted(sorted, settings.histogramBins());
    LowerTail tail = LowerTail.of(sorted, settings.alpha());
    parts.valueAtRisk = tail.valueAtRisk();
    parts.conditionalValueAtRisk = tail.conditionalValueAtRisk();
    return tail;
  }

  /**
   * The second pass: replays the tail trials of each block, in trial order, each from its stream's
   * position noted by the first pass, and sums per initiative its values over the trials below the
   * tail's boundary (first half of the array) and over the trials tied at it (second half). No
   * other trial is drawn again: the pass costs the tail's trials, about {@code alpha} of the first.
   * A replayed total that differs from the stored one would mean the replay is not faithful, so it
   * fails loudly rather than attribute the wrong trials.
   */
  private static double[] attributeTail(TrialKernel kernel, SimulationSettings settings, BlockRunner runner,
      BlockStreams streams, double[] totals, long[] positions, LowerTail tail) {
    int n = kernel.size();
    double[] merged = new double[2 * n];
    runner.run(kernel::newTrial, (block, trial) -> {
      TrialStream random = streams.of(block);
      double[] sums = NO_TAIL;
      for (int t = settings.blockStart(block); t < settings.blockEnd(block); t++) {
        int offset = tail.below(totals[t]) ? 0 : tail.tiedInTail(totals[t]) ? n : -1;
        if (offset < 0) {
          continue;
        }
        sums = sums == NO_TAIL ? new double[2 * n] : sums;
        random.moveTo(positions[t]);
        double total = kernel.run(random, trial, sums, offset, trial.uncounted);
        if (Double.compare(total, totals[t]) != 0) {
          throw new IllegalStateException("replay of trial " + t + " gave " + total + ", not " + totals[t]);
        }
      }
      return sums;
    }, sums -> {
      for (int i = 0; i < sums.length; i++) {
        merged[i] += sums[i];
      }
    });
    return merged;
  }

  static void describe(TrialKernel kernel, SimulationSettings settings, BlockStats stats, LowerTail tail,
      double[] tailSums, OutcomeDistribution.Parts parts) {
    double n = settings.trials();
    parts.mean = stats.totals.mean();
    parts.standardDeviation = Math.sqrt(stats.totals.sampleVariance());
    parts.probabilityNoSuccess = stats.noSuccess / n;
    parts.expectedSuccesses = stats.successSum / n;
    parts.successCountStandardDeviation = Math.sqrt(stats.successes.sampleVariance());
    parts.facetSuccess = new double[Facet.COUNT];
    for (int f = 0; f < Facet.COUNT; f++) {
      parts.facetSuccess[f] = kernel.hasFacet(f) ? stats.facetHits[f] / n : Double.NaN;
    }
    List<InitiativeOutcome> initiatives = new ArrayList<>();
    for (int i = 0; i < kernel.size(); i++) {
      initiatives.add(InitiativeOutcome.of(kernel.id(i), Facet.ordered().get(kernel.facet(i)),
          stats.initiativeSuccesses[i] / n, stats.initiativeSums[i] / n,
          tail.tailMean(tailSums[i], tailSums[kernel.size() + i])));
    }
    parts.initiatives = initiatives;
  }

  /** {@code OutcomeSimulator}. */
  @Override
  public String toString() {
    return "OutcomeSimulator";
  }
}
