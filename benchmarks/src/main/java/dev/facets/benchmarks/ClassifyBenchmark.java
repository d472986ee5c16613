package dev.facets.benchmarks;

import dev.facets.api.AxisPosition;
import dev.facets.api.Facet;
import dev.facets.api.Zone;
import dev.facets.core.classify.GeometricRule;
import java.util.List;
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
 * Geometric classification of positions on the diamond ({@link GeometricRule#DEFAULT}): the time per
 * position, cycling through 2^20 (about 10^6) generated positions, against a hand-written rule on
 * the two coordinates as the baseline.
 *
 * <p>Each invocation classifies the next position of the array, so the positions come from memory as
 * they would in a register and no loop sits in the benchmark. {@code ZONE} and {@code MIX} are the
 * rule's two hot calls; {@code EXPLAINED} is the full {@code Classification} with its sentences, what
 * the {@code facets classify} command prints; {@code PRIMITIVE_ZONE} decides the same zone on
 * doubles with no objects at all, the floor of the computation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark}; add {@code -prof gc}
 * to see the bytes each path allocates per position.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassifyBenchmark {
  /** The number of positions cycled through: a power of two, so the index wraps with a mask. */
  static final int POSITIONS = 1 << 20;

  /** What classifies a position. */
  public enum Implementation {
    /** {@link GeometricRule#zone(AxisPosition)}. */
    ZONE {
      @Override
      Object classify(GeometricRule rule, AxisPosition position) {
        return rule.zone(position);
      }
    },
    /** {@link GeometricRule#mix(AxisPosition)}. */
    MIX {
      @Override
      Object classify(GeometricRule rule, AxisPosition position) {
        return rule.mix(position);
      }
    },
    /** {@link GeometricRule#classify(AxisPosition)}: mix, zone and the explanation's sentences. */
    EXPLAINED {
      @Override
      Object classify(GeometricRule rule, AxisPosition position) {
        return rule.classify(position);
      }
    },
    /** Baseline: the same zone decided on the coordinates, allocating nothing. */
    PRIMITIVE_ZONE {
      @Override
      Object classify(GeometricRule rule, AxisPosition position) {
        return primitiveZone(position.uncertainty(), position.directedness(), rule.purity());
      }
    };

    abstract Object classify(GeometricRule rule, AxisPosition position);
  }

  private static final List<Facet> FACETS = Facet.ordered();

  @Param
  public Implementation implementation;

  private GeometricRule rule;
  private AxisPosition[] positions;
  private int next;

  /**
   * Generates the positions once per trial, and checks that the baseline decides every one of them
   * as the rule does: a baseline that computed something else would measure nothing.
   */
  @Setup(Level.Trial)
  public void setUp() {
    rule = GeometricRule.DEFAULT;
    positions = Registers.positions(POSITIONS);
    next = 0;
    for (AxisPosition position : positions) {
      Zone expected = rule.zone(position);
      if (primitiveZone(position.uncertainty(), position.directedness(), rule.purity()) != expected) {
        throw new IllegalStateException("the baseline's zone differs from " + expected + " at " + position);
      }
    }
  }

  /** Classifies the next position. */
  @Benchmark
  public Object classifyPosition() {
    return implementation.classify(rule, positions[next++ & (POSITIONS - 1)]);
  }

  /**
   * The contract's geometric rule on two doubles: a position pulls towards at most one facet per
   * axis, so the dominant facet is the larger pull (ties to the first in facet order) and the
   * runner-up the other axis's pull.
   */
  static Zone primitiveZone(double u, double d, double purity) {
    if (u == 0 && d == 0) {
      return Zone.MIXED;
    }
    int horizontal = u < 0 ? 0 : 3; // enhancement or anticipatory
    int vertical = d > 0 ? 1 : 2; // mission or adaptive
    double pullU = Math.abs(u);
    double pullD = Math.abs(d);
    boolean horizontalFirst = pullU > pullD || (pullU == pullD && horizontal < vertical);
    double top = horizontalFirst ? pullU : pullD;
    int dominant = horizontalFirst ? horizontal : vertical;
    if (top / (pullU + pullD) >= purity) {
      return Zone.of(FACETS.get(dominant));
    }
    return Zone.between(FACETS.get(dominant), FACETS.get(horizontalFirst ? vertical : horizontal));
  }
}
