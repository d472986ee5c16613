package dev.facets.benchmarks;

import dev.facets.api.FacetMix;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a {@link FacetMix} from raw weights: the validation and normalisation every initiative's
 * mix goes through, against a plain array division as the baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FacetMixBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FacetMixBenchmark {
  private double enhancement;
  private double mission;
  private double adaptive;
  private double anticipatory;

  /** Non-final inputs, so the JIT cannot fold them. */
  @Setup
  public void setUp() {
    enhancement = 0.7;
    mission = 0.3;
    adaptive = 0.1;
    anticipatory = 0.2;
  }

  /** The validated, normalised value type. */
  @Benchmark
  public FacetMix facetMix() {
    return FacetMix.of(enhancement, mission, adaptive, anticipatory);
  }

  /** Baseline: the same division into a fresh array, with no validation. */
  @Benchmark
  public double[] plainArray() {
    double sum = enhancement + mission + adaptive + anticipatory;
    return new double[] {enhancement / sum, mission / sum, adaptive / sum, anticipatory / sum};
  }
}
