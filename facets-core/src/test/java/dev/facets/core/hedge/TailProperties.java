package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tail weights by weighted selection against their definition, computed here by a full sort:
 * scenarios by ascending value, ties by scenario order, each taking {@code min(p_s, remaining)}
 * until alpha is used up, divided by the mass taken.
 */
class TailProperties {
  @Test
  void selectionGivesTheWeightsOfTheSortedWalk() {
    // Values from a few integers, so ties are common and straddle the boundary; up to 300
    // scenarios, so the selection partitions before it sorts (it sorts ranges of 16 or fewer).
    qt().withFixedSeed(41).withExamples(300)
        .forAll(integers().between(1, 300), integers().between(1, 12), HedgeGenerators.alphas(), integers().all())
        .checkAssert((size, distinct, alpha, seed) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          double[] values = new double[size];
          double[] probabilities = new double[size];
          double total = 0;
          for (int s = 0; s < size; s++) {
            values[s] = random.nextInt(distinct);
            probabilities[s] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
            total += probabilities[s];
          }
          if (total == 0) {
            probabilities[0] = total = 1;
          }
          for (int s = 0; s < size; s++) {
            probabilities[s] /= total;
          }
          double[] expected = sortedWalk(values, probabilities, alpha);
          double[] actual = Tail.weights(values, probabilities, alpha);
          for (int s = 0; s < size; s++) {
            assertEquals(expected[s], actual[s], 1e-12, "scenario " + s);
          }
        });
  }

  private static double[] sortedWalk(double[] values, double[] probabilities, double alpha) {
    List<Integer> order = IntStream.range(0, values.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(s -> values[s]).thenComparingInt(s -> s))
        .collect(java.util.stream.Collectors.toList());
    double[] weights = new double[values.length];
    double remaining = alpha;
    for (int s : order) {
      if (remaining <= 0) {
        break;
      }
      weights[s] = Math.min(probabilities[s], remaining);
      remaining -= weights[s];
    }
    double taken = java.util.Arrays.stream(weights).sum();
    for (int s = 0; s < weights.length; s++) {
      weights[s] /= taken;
    }
    return weights;
  }
}
