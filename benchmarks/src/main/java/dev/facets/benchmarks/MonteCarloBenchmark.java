package dev.facets.benchmarks;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo simulation ({@link OutcomeSimulator#DEFAULT}) of 100 initiatives under 3 scenarios,
 * 2^17 trials, in initiative-trials per second on 1 and 2 threads, against a baseline that only
 * draws the random numbers one pass of the simulation draws.
 *
 * <p>Both split the trials into the simulator's blocks ({@link SimulationSettings#DEFAULT_BLOCK_SIZE}
 * trials, each with its own split of a seeded {@link SplittableRandom}) and hand the blocks to the
 * threads. Per trial the baseline draws one uniform for the scenario, then per initiative one uniform
 * for its success and, on success, one for its impact, and sums them: the cost of the randomness
 * alone. The simulator draws the same numbers, turns them into impacts, keeps every trial's total
 * and where its stream starts (and the values of the trials likely to fall in the lower tail), sorts
 * the totals for the quantiles (on the workers), and attributes the lower tail (the default
 * {@code alpha}, 20 % of the trials) from the kept values, running again from their noted positions
 * only the tail's trials it did not keep; the ratio of the two is the price of everything but the
 * draws. The targets: at most
 * 2.5x the baseline per initiative-trial, and 2 threads at least 1.8x one thread.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark}. The 2-thread rows
 * only mean something on a machine with two idle cores. Three forks by default: the JIT compiles the
 * one-thread path differently from fork to fork (throughput varied 27-32M initiative-trials/s
 * between forks), so one fork's 2-thread/1-thread ratio is not to be trusted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MonteCarloBenchmark.INITIATIVE_TRIALS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class MonteCarloBenchmark {
  static final int INITIATIVES = 100;
  static final int SCENARIOS = 3;
  static final int TRIALS = 1 << 17;
  static final int INITIATIVE_TRIALS = INITIATIVES * TRIALS;

  /** What runs the trials. */
  public enum Implementation {
    /** The simulator, as the {@code facets simulate} command calls it. */
    SIMULATOR,
    /** Baseline: the same random draws, summed, and nothing else. */
    RANDOM_DRAWS
  }

  @Param({"1", "2"})
  public int threads;

  @Param
  public Implementation implementation;

  private Portfolio portfolio;
  private ScenarioSet scenarios;
  private SimulationSettings settings;
  private double[] successProbability;
  private ExecutorService pool;

  /** Builds the portfolio, the scenarios and, for the baseline on several threads, its pool. */
  @Setup(Level.Trial)
  public void setUp() {
    portfolio = Registers.portfolio(INITIATIVES);
    scenarios = Registers.scenarios(SCENARIOS);
    settings = SimulationSettings.trials(TRIALS).withSeed(Registers.SEED).withThreads(threads);
    successProbability = portfolio.initiatives().stream().mapToDouble(Initiative::successProbability).toArray();
    pool = implementation == Implementation.RANDOM_DRAWS && threads > 1 ? Executors.newFixedThreadPool(threads) : null;
  }

  /** Stops the baseline's pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** One simulation of every trial; the result is returned so that nothing is optimised away. */
  @Benchmark
  public Object simulate() throws InterruptedException, ExecutionException {
    return implementation == Implementation.SIMULATOR
        ? OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios, settings)
        : randomDraws();
  }

  /** The baseline: every block's draws, on the calling thread or on the pool's threads. */
  private double randomDraws() throws InterruptedException, ExecutionException {
    SplittableRandom root = new SplittableRandom(settings.seed());
    int blockSize = settings.blockSize();
    int blocks = (TRIALS + blockSize - 1) / blockSize;
    // Every other cell holds a 128-byte filler, as the simulator does, so that the streams of
    // neighbouring blocks, written on every draw by two threads, never share a cache line.
    Object[] cells = new Object[2 * blocks];
    for (int b = 0; b < blocks; b++) {
      cells[2 * b] = root.split();
      cells[2 * b + 1] = new long[14];
    }
    AtomicInteger nextBlock = new AtomicInteger();
    DoubleSupplier worker = () -> {
      double sum = 0;
      for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
        sum += drawBlock((SplittableRandom) cells[2 * b], Math.min(blockSize, TRIALS - b * blockSize));
      }
      return sum;
    };
    if (pool == null) {
      return worker.getAsDouble();
    }
    List<Callable<Double>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(worker::getAsDouble);
    }
    double sum = 0;
    for (Future<Double> part : pool.invokeAll(workers)) {
      sum += part.get();
    }
    return sum;
  }

  private double drawBlock(SplittableRandom random, int trials) {
    double sum = 0;
    for (int t = 0; t < trials; t++) {
      sum += random.nextDouble();
      for (double p : successProbability) {
        if (random.nextDouble() < p) {
          sum += random.nextDouble();
        }
      }
    }
    return sum;
  }
}
