package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tail weights by weighted selection against their definition, computed here by a full sort:
 * groups of equal value by ascending value, each scenario taking its probability while the group
 * fits in what is left of alpha, the boundary group the same fraction of each probability, divided
 * by the mass taken; and against a value by hand.
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

  @Test
  void scenariosTiedAtTheBoundaryShareItsMassByProbability() {
    // By hand, alpha = 0.5 over values {1, 2, 2, 3} with probability 1/4 each: the value 1 gives its
    // 1/4 whole, the atom at 2 the missing 1/4, shared 1/8 and 1/8 by the two tied scenarios. Divided
    // by 0.5: weights {1/2, 1/4, 1/4, 0}, CVaR 1/2 * 1 + 1/2 * 2 = 1.5.
    double[] values = {2, 1, 3, 2};
    double[] probabilities = {0.25, 0.25, 0.25, 0.25};
    double[] weights = Tail.weights(values, probabilities, 0.5);
    assertArrayEquals(new double[] {0.25, 0.5, 0, 0.25}, weights, 1e-15);
    assertEquals(1.5, Vectors.dot(weights, values), 1e-15);
    // Unequal probabilities at the tie: 0.1 and 0.3 tied at the boundary share the missing 0.2 as
    // 0.05 and 0.15; with 0.4 below it that is {0.4, 0.05, 0.15} / 0.6.
    double[] shared = Tail.weights(new double[] {5, 5, 1, 9}, new double[] {0.1, 0.3, 0.4, 0.2}, 0.6);
    assertArrayEquals(new double[] {0.05 / 0.6, 0.15 / 0.6, 0.4 / 0.6, 0}, shared, 1e-15);
  }

  @Test
  void listingTheScenariosInAnotherOrderPermutesTheirWeights() {
    qt().withFixedSeed(43).withExamples(200)
        .forAll(integers().between(1, 200), integers().between(1, 6), HedgeGenerators.alphas(), integers().all())
        .checkAssert((size, distinct, alpha, seed) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          double[] values = new double[size];
          double[] probabilities = new double[size];
          for (int s = 0; s < size; s++) {
            values[s] = random.nextInt(distinct);
            probabilities[s] = 1.0 / size;
          }
          double[] weights = Tail.weights(values, probabilities, alpha);
          double[] reversedValues = new double[size];
          for (int s = 0; s < size; s++) {
            reversedValues[s] = values[size - 1 - s];
          }
          double[] reversed = Tail.weights(reversedValues, probabilities, alpha);
          for (int s = 0; s < size; s++) {
            assertEquals(weights[s], reversed[size - 1 - s], 1e-12, "scenario " + s);
          }
        });
  }

  private static double[] sortedWalk(double[] values, double[] probabilities, double alpha) {
    List<Integer> order = IntStream.range(0, values.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(s -> values[s]).thenComparingInt(s -> s))
        .collect(java.util.stream.Collectors.toList());
    double[] weights = new double[values.length];
    double remaining = alpha;
    for (int i = 0; i < order.size() && remaining > 0; ) {
      double value = values[order.get(i)];
      int end = i;
      double group = 0;
      while (end < order.size() && values[order.get(end)] == value) {
        group += probabilities[order.get(end++)];
      }
      double fraction = Math.min(1, remaining / group);
      for (int k = i; k < end; k++) {
        weights[order.get(k)] = probabilities[order.get(k)] * fraction;
      }
      remaining -= group * fraction;
      i = end;
    }
    double taken = java.util.Arrays.stream(weights).sum();
    for (int s = 0; s < weights.length; s++) {
      weights[s] /= taken;
    }
    return weights;
  }
}
