package dev.facets.core.simulate;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulation cut into its blocks, for running the blocks somewhere else than in
 * {@link OutcomeSimulator#DEFAULT}'s own threads: other processes, or the executors of a cluster.
 *
 * <p>A run has two passes over the blocks, with one step on the whole in between:
 * <ol>
 *   <li>{@link #measure(int)} each block (anywhere, in any order);</li>
 *   <li>{@link #tail(List)} on every measured block, in block order (one place);</li>
 *   <li>{@link #replay(int, Tail)} each block (anywhere, in any order);</li>
 *   <li>{@link #finish} on the measured blocks and their replays, in block order (one place).</li>
 * </ol>
 * Block b draws from the b-th split of the seed's root stream and the partial results are merged in
 * block order, exactly as the simulator does, so the result is bit-identical to
 * {@code OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios, settings, control)} for the same
 * inputs, whichever process ran which block. A replay recomputes its block's totals rather than
 * receiving them, so only a {@link Tail} (a few numbers) travels to it.
 *
 * <p>{@link Measured} and {@link Tail} are {@link Serializable} so that they can cross process
 * boundaries; they are opaque and only for the same version of facets on both sides. Each process
 * makes its own instance with {@link #of} from the same inputs. This class is immutable and
 * thread-safe.
 */
public final class SimulationBlocks {
  private final TrialKernel kernel;
  private final SimulationSettings settings;

  private SimulationBlocks(TrialKernel kernel, SimulationSettings settings) {
    this.kernel = kernel;
    this.settings = settings;
  }

  /**
   * The blocks of a simulation of a portfolio without scenarios, as
   * {@code OutcomeSimulator.DEFAULT.simulate(portfolio, settings, control)} runs it.
   *
   * @param portfolio the portfolio, not null
   * @param settings the run's settings, not null; every process must use equal ones
   * @return the blocks of the run, every trial's multiplier 1
   * @throws IllegalArgumentException if the totals could exceed {@code 1e145} in absolute value
   */
  public static SimulationBlocks of(Portfolio portfolio, SimulationSettings settings) {
    return of(portfolio, Optional.empty(), settings);
  }

  /**
   * The blocks of a simulation of a portfolio under a scenario set, as
   * {@code OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios, settings, control)} runs it.
   *
   * @param portfolio the portfolio, not null
   * @param scenarios the futures a trial draws from, not null
   * @param settings the run's settings, not null; every process must use equal ones
   * @return the blocks of the run
   * @throws IllegalArgumentException if the totals could exceed {@code 1e145} in absolute value
   */
  public static SimulationBlocks of(Portfolio portfolio, ScenarioSet scenarios, SimulationSettings settings) {
    return of(portfolio, Optional.of(Objects.requireNonNull(scenarios, "scenarios")), settings);
  }

  private static SimulationBlocks of(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(settings, "settings");
    return new SimulationBlocks(TrialKernel.of(portfolio, scenarios, settings.correlation()), settings);
  }

  /** {@return the number of blocks: trials / block size, rounded up} */
  public int count() {
    return settings.blocks();
  }

  /** {@return the settings of the run} */
  public SimulationSettings settings() {
    return settings;
  }

  /**
   * {@return the first pass over block {@code block}: its trials' totals and partial statistics}
   *
   * @param block the block's index, from 0 to {@link #count()} (exclusive)
   * @throws IndexOutOfBoundsException if there is no such block
   */
  public Measured measure(int block) {
    Objects.checkIndex(block, count());
    TrialStream random = stream(block);
    TrialKernel.Trial trial = kernel.newTrial();
    BlockStats stats = new BlockStats(kernel.size());
    double[] totals = new double[settings.blockEnd(block) - settings.blockStart(block)];
    for (int t = 0; t < totals.length; t++) {
      totals[t] = stats.run(kernel, random, trial);
    }
    return new Measured(block, totals, stats);
  }

  /**
   * The lower tail of the whole run, from every measured block.
   *
   * @param blocks the result of {@link #measure} for blocks 0, 1, ..., {@link #count()} - 1, in
   *     that order
   * @return the tail, to hand to every {@link #replay}
   * @throws IllegalArgumentException if a block is missing, repeated or out of order, or the run's
   *     totals cannot fit in the heap
   */
  public Tail tail(List<Measured> blocks) {
    checkOrder(blocks.size(), i -> blocks.get(i).block);
    OutcomeSimulator.checkHeap(settings.trials());
    double[] sorted = new double[settings.trials()];
    for (Measured measured : blocks) {
      System.arraycopy(measured.totals, 0, sorted, settings.blockStart(measured.block), measured.totals.length);
    }
    Arrays.sort(sorted);
    return new Tail(LowerTail.of(sorted, settings.alpha()));
  }

  /**
   * The second pass over block {@code block}: per initiative, the sum of its values over the block's
   * trials below the tail's boundary, then (second half) over those tied at it.
   *
   * @param block the block's index, from 0 to {@link #count()} (exclusive)
   * @param tail what {@link #tail} returned for this run, not null
   * @return {@code 2 n} sums for n initiatives, in portfolio order; opaque to the caller, who hands
   *     it to {@link #finish}
   * @throws IndexOutOfBoundsException if there is no such block
   */
  public double[] replay(int block, Tail tail) {
    Objects.checkIndex(block, count());
    Objects.requireNonNull(tail, "tail");
    int n = kernel.size();
    double[] sums = new double[2 * n];
    TrialStream random = stream(block);
    TrialKernel.Trial trial = kernel.newTrial();
    // The simulator replays a tail trial from its stream position; here every trial is drawn once
    // into a scratch sum (to advance the stream and learn its total) and a tail trial again into the
    // block's sums, so that the sums add the same values in the same order as the simulator's.
    double[] scratch = new double[n];
    for (int t = settings.blockStart(block); t < settings.blockEnd(block); t++) {
      long position = random.position();
      double total = kernel.run(random, trial, scratch, 0, trial.uncounted);
      int offset = tail.lowerTail.below(total) ? 0 : tail.lowerTail.tiedInTail(total) ? n : -1;
      if (offset >= 0) {
        long resume = random.position();
        random.moveTo(position);
        kernel.run(random, trial, sums, offset, trial.uncounted);
        random.moveTo(resume);
      }
    }
    return sums;
  }

  /**
   * {@return the distribution of the run, equal to the simulator's for the same inputs}
   *
   * @param blocks every measured block, in block order (as for {@link #tail})
   * @param tail the tail {@link #tail} returned for them
   * @param replays the result of {@link #replay} for every block, in block order
   * @throws IllegalArgumentException if a list is not one entry per block in block order, or the
   *     run's totals cannot fit in the heap
   */
  public OutcomeDistribution finish(List<Measured> blocks, Tail tail, List<double[]> replays) {
    checkOrder(blocks.size(), i -> blocks.get(i).block);
    checkOrder(replays.size(), i -> i);
    Objects.requireNonNull(tail, "tail");
    OutcomeSimulator.checkHeap(settings.trials());
    BlockStats stats = new BlockStats(kernel.size());
    double[] totals = new double[settings.trials()];
    for (Measured measured : blocks) {
      stats.merge(measured.stats);
      System.arraycopy(measured.totals, 0, totals, settings.blockStart(measured.block), measured.totals.length);
    }
    double[] tailSums = new double[2 * kernel.size()];
    for (double[] sums : replays) {
      for (int i = 0; i < tailSums.length; i++) {
        tailSums[i] += sums[i];
      }
    }
    OutcomeDistribution.Parts parts = new OutcomeDistribution.Parts();
    Arrays.sort(totals);
    OutcomeSimulator.describeSorted(totals, settings, parts);
    OutcomeSimulator.describe(kernel, settings, stats, tail.lowerTail, tailSums, parts);
    parts.settings = settings;
    parts.scenarioCount = kernel.scenarioCount();
    return OutcomeDistribution.of(parts);
  }

  /** The stream of a block: the {@code block}-th split of the seed's root stream, as the simulator's. */
  private TrialStream stream(int block) {
    TrialStream root = TrialStream.of(settings.seed());
    TrialStream stream = root.split();
    for (int b = 0; b < block; b++) {
      stream = root.split();
    }
    return stream;
  }

  private void checkOrder(int size, java.util.function.IntUnaryOperator blockAt) {
    if (size != count()) {
      throw new IllegalArgumentException("blocks must list all " + count() + " blocks, not " + size);
    }
    for (int i = 0; i < size; i++) {
      if (blockAt.applyAsInt(i) != i) {
        throw new IllegalArgumentException("blocks[" + i + "] must be block " + i + ", not " + blockAt.applyAsInt(i));
      }
    }
  }

  /** The first pass's result for one block. Opaque; serializable between processes of one version. */
  public static final class Measured implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int block;
    private final double[] totals;
    private final BlockStats stats;

    private Measured(int block, double[] totals, BlockStats stats) {
      this.block = block;
      this.totals = totals;
      this.stats = stats;
    }

    /** {@return the index of the block, from 0} */
    public int block() {
      return block;
    }
  }

  /** The lower tail of a run, which the second pass needs. Opaque; serializable like {@link Measured}. */
  public static final class Tail implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LowerTail lowerTail;

    private Tail(LowerTail lowerTail) {
      this.lowerTail = lowerTail;
    }
  }
}
