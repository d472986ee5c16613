package dev.facets.benchmarks;

import dev.facets.api.Facet;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.score.ColumnarPortfolio;
import dev.facets.core.score.FacetTally;
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
 * Merging two {@link FacetTally tallies} (the two halves of a generated register), the step that
 * lets a register be scored in slices on threads or nodes, against adding two plain arrays of the
 * same number of masses as the baseline.
 *
 * <p>A merge adds every slot as a double-double (TwoSum, keeping both error terms) and normalises the
 * result so that equal masses compare equal; the baseline adds the plain sums into a fresh array and
 * nothing else. The ratio is the price of exact, order-independent merging.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TallyMergeBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TallyMergeBenchmark {
  /** The masses a tally holds: the total, the facets, the zones, the stages and the unspecified stage. */
  static final int SLOTS = 1 + Facet.COUNT + Zone.values().length + Stage.values().length + 1;

  /** What merges. */
  public enum Implementation {
    /** {@link FacetTally#merge}. */
    TALLY_MERGE,
    /** Baseline: two plain arrays of masses added into a fresh one. */
    ARRAY_ADD
  }

  @Param
  public Implementation implementation;

  private FacetTally left;
  private FacetTally right;
  private double[] leftMasses;
  private double[] rightMasses;

  /** Tallies the two halves of a register of 10^4 initiatives. */
  @Setup(Level.Trial)
  public void setUp() {
    ColumnarPortfolio register = ColumnarPortfolio.of(Registers.portfolio(10_000), Weighting.budget());
    int half = register.size() / 2;
    left = register.tally(0, half);
    right = register.tally(half, register.size());
    leftMasses = masses(left);
    rightMasses = masses(right);
  }

  private static double[] masses(FacetTally tally) {
    double[] masses = new double[SLOTS];
    int slot = 0;
    masses[slot++] = tally.totalWeight();
    for (Facet facet : Facet.ordered()) {
      masses[slot++] = tally.facetMass(facet);
    }
    for (Zone zone : Zone.values()) {
      masses[slot++] = tally.zoneMass(zone);
    }
    for (Stage stage : Stage.values()) {
      masses[slot++] = tally.stageMass(stage);
    }
    masses[slot] = tally.unspecifiedStageMass();
    return masses;
  }

  /** One merge. */
  @Benchmark
  public Object merge() {
    return implementation == Implementation.TALLY_MERGE ? left.merge(right) : add(leftMasses, rightMasses);
  }

  private static double[] add(double[] a, double[] b) {
    double[] sum = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      sum[k] = a[k] + b[k];
    }
    return sum;
  }
}
