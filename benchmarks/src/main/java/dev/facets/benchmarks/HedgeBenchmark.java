package dev.facets.benchmarks;

import dev.facets.api.FacetMix;
import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.AllocationConstraints;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.hedge.TradeOffPoint;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario-robust allocation ({@link RobustAllocator#DEFAULT}, the cutting-plane method) at 10 to
 * 100,000 equally likely scenarios, against two baselines in the same run.
 *
 * <ul>
 *   <li>{@code hedge} with task {@code EVALUATE}: evaluating one allocation's robustness
 *       ({@link RobustnessEvaluator#DEFAULT}, the uniform mix) over the same scenarios, which every
 *       optimisation must at least do once (it re-evaluates its answer), so each objective's ratio
 *       to it says how many evaluations an optimisation is worth.
 *   <li>{@code commonsMath}: the same optimisation by the previous solver, one linear programme with
 *       a row (for CVaR also a column) per scenario on Commons Math 3.6.1's dense simplex
 *       ({@link CommonsMathScenarioLp}, a faithful copy of the replaced code); so its ratio to
 *       {@code hedge} is the speed-up of the change. Its tableau is quadratic in the scenarios, so
 *       it runs at 10 to 1000 scenarios only (its own {@code scenarios} parameter).
 * </ul>
 *
 * <p>Tasks: the four objectives ({@code CVAR} at the default level 0.2), {@code CVAR_TINY} (CVaR at
 * level 1e-6, the tail a single worst future), and {@code TRADE_OFF}: the trade-off curve of three
 * points, maximising {@code lambda * expected value + (1 - lambda) * worst case} at lambda 0 (the
 * maximin), 0.5 and 1 (the expected value), each point with its allocation's robustness: three
 * optimisations and three evaluations, so a third of it is about one point's cost.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HedgeBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HedgeBenchmark {
  /** The CVaR level of {@link Task#CVAR_TINY}. */
  static final double TINY_ALPHA = 1e-6;
  /** The points of the {@link Task#TRADE_OFF} curve: lambda 0, 0.5 and 1. */
  static final int CURVE_POINTS = 3;

  /** What is computed over the scenarios. */
  public enum Task {
    MAXIMIN(Objective.MAXIMIN, RobustnessEvaluator.DEFAULT_ALPHA),
    MINIMAX_REGRET(Objective.MINIMAX_REGRET, RobustnessEvaluator.DEFAULT_ALPHA),
    EXPECTED(Objective.EXPECTED, RobustnessEvaluator.DEFAULT_ALPHA),
    CVAR(Objective.CVAR, RobustnessEvaluator.DEFAULT_ALPHA),
    /** CVaR at level {@value HedgeBenchmark#TINY_ALPHA}. */
    CVAR_TINY(Objective.CVAR, TINY_ALPHA),
    /** The trade-off curve of {@value HedgeBenchmark#CURVE_POINTS} points: three optimisations. */
    TRADE_OFF(null, RobustnessEvaluator.DEFAULT_ALPHA),
    /** Baseline: the robustness metrics of one given allocation, no optimisation. */
    EVALUATE(null, RobustnessEvaluator.DEFAULT_ALPHA);

    private final Objective objective;
    private final double alpha;

    Task(Objective objective, double alpha) {
      this.objective = objective;
      this.alpha = alpha;
    }
  }

  /** The inputs of the cutting-plane method and the evaluation baseline. */
  @State(Scope.Benchmark)
  public static class Inputs {
    @Param({"10", "100", "1000", "10000", "100000"})
    public int scenarios;

    @Param
    public Task task;

    ScenarioSet scenarioSet;
    FacetMix allocation;
    RobustAllocator allocator;

    /** Generates the scenarios once per trial, and checks that the optimisation finds an optimum. */
    @Setup(Level.Trial)
    public void setUp() {
      scenarioSet = Registers.scenarios(scenarios);
      allocation = FacetMix.uniform();
      allocator = RobustAllocator.DEFAULT.withAlpha(task.alpha);
      if (task != Task.EVALUATE) {
        List<AllocationOutcome> outcomes = task == Task.TRADE_OFF
            ? allocator.tradeOffCurve(scenarioSet, AllocationConstraints.none(), CURVE_POINTS).points().stream()
                .map(TradeOffPoint::outcome).collect(Collectors.toList())
            : List.of(allocator.optimize(scenarioSet, task.objective));
        for (AllocationOutcome outcome : outcomes) {
          if (!outcome.isOptimal()) {
            throw new IllegalStateException(task + " found no optimum over " + scenarios + " scenarios: " + outcome);
          }
        }
      }
    }
  }

  /** The inputs of the previous solver: at most 1000 scenarios, where its dense tableau still fits. */
  @State(Scope.Benchmark)
  public static class SmallInputs {
    @Param({"10", "100", "1000"})
    public int scenarios;

    @Param({"MAXIMIN", "MINIMAX_REGRET", "EXPECTED", "CVAR", "CVAR_TINY", "TRADE_OFF"})
    public Task task;

    ScenarioSet scenarioSet;

    /** Generates the same scenarios as {@link Inputs}. */
    @Setup(Level.Trial)
    public void setUp() {
      scenarioSet = Registers.scenarios(scenarios);
    }
  }

  /** One optimisation by the cutting-plane method, or one evaluation for the baseline. */
  @Benchmark
  public Object hedge(Inputs inputs) {
    return switch (inputs.task) {
      case EVALUATE -> RobustnessEvaluator.DEFAULT.evaluate(inputs.allocation, inputs.scenarioSet);
      case TRADE_OFF -> inputs.allocator.tradeOffCurve(inputs.scenarioSet, AllocationConstraints.none(), CURVE_POINTS);
      case MAXIMIN, MINIMAX_REGRET, EXPECTED, CVAR, CVAR_TINY -> inputs.allocator.optimize(inputs.scenarioSet, inputs.task.objective);
    };
  }

  /**
   * The same optimisation by the previous solver. Its answer is not checked here (it may fail: that
   * was one reason to replace it); what is measured is what it cost to get one.
   */
  @Benchmark
  public Object commonsMath(SmallInputs inputs) {
    return inputs.task == Task.TRADE_OFF
        ? CommonsMathScenarioLp.tradeOffCurve(inputs.scenarioSet, CURVE_POINTS)
        : CommonsMathScenarioLp.optimize(inputs.scenarioSet, inputs.task.objective, inputs.task.alpha);
  }
}
