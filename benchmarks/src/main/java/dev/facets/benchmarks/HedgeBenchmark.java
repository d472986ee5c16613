package dev.facets.benchmarks;

import dev.facets.api.FacetMix;
import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.RobustnessEvaluator;
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
 * Scenario-robust allocation ({@link RobustAllocator#DEFAULT}): one linear programme per objective
 * at 10, 100 and 1000 equally likely scenarios, against evaluating one allocation's robustness
 * ({@link RobustnessEvaluator#DEFAULT}) over the same scenarios as the baseline.
 *
 * <p>The baseline is what every optimisation must at least do (read every scenario's payoffs and
 * compute the metrics once), so each objective's ratio to it says how many evaluations an
 * optimisation is worth. The evaluated allocation is the uniform mix.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HedgeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HedgeBenchmark {
  /** What is computed over the scenarios. */
  public enum Task {
    MAXIMIN(Objective.MAXIMIN),
    MINIMAX_REGRET(Objective.MINIMAX_REGRET),
    EXPECTED(Objective.EXPECTED),
    CVAR(Objective.CVAR),
    /** Baseline: the robustness metrics of one given allocation, no optimisation. */
    EVALUATE(null);

    private final Objective objective;

    Task(Objective objective) {
      this.objective = objective;
    }
  }

  @Param({"10", "100", "1000"})
  public int scenarios;

  @Param
  public Task task;

  private ScenarioSet scenarioSet;
  private FacetMix allocation;

  /** Generates the scenarios once per trial, and checks that the objective has an optimum. */
  @Setup(Level.Trial)
  public void setUp() {
    scenarioSet = Registers.scenarios(scenarios);
    allocation = FacetMix.uniform();
    if (task.objective != null && RobustAllocator.DEFAULT.optimize(scenarioSet, task.objective).allocation().isEmpty()) {
      throw new IllegalStateException(task + " found no allocation over " + scenarios + " scenarios");
    }
  }

  /** One optimisation, or one evaluation for the baseline. */
  @Benchmark
  public Object hedge() {
    return task.objective == null
        ? RobustnessEvaluator.DEFAULT.evaluate(allocation, scenarioSet)
        : RobustAllocator.DEFAULT.optimize(scenarioSet, task.objective);
  }
}
