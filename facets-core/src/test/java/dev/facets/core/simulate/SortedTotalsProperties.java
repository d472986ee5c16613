package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SortedTotals} sorts as {@link Arrays#sort} does, bit for bit, on any number of workers,
 * including the cases a partition finds hard: many ties, signed zeros, sorted and reversed input.
 */
class SortedTotalsProperties {
  @Test
  void sortsAsArraysSortDoesOnAnyNumberOfWorkers() {
    qt().withFixedSeed(0x5027L).withExamples(60)
        .forAll(integers().between(0, 3 * SortedTotals.PARALLEL_FROM), integers().between(1, 5), longs().all(),
            integers().between(0, 4))
        .checkAssert((length, threads, seed, shape) -> {
          double[] totals = totals(length, seed, shape);
          double[] expected = totals.clone();
          Arrays.sort(expected);
          SimulationSettings settings = SimulationSettings.trials(1 << 16).withSeed(seed).withThreads(threads).withBlockSize(1024);
          try (BlockRunner runner = BlockRunner.open(settings, SimulationControl.DEFAULT, 1)) {
            SortedTotals.sort(totals, runner);
          }
          assertArrayEquals(expected, totals);
        });
  }

  @Test
  void aPartitionSplitsAtItsPivot() {
    double[] a = totals(10_000, 3, 0);
    int cut = SortedTotals.partition(a, 0, a.length);
    assertTrue(cut > 2_000 && cut < 8_000, "a sampled median splits near the middle: " + cut);
    double lowestAbove = Arrays.stream(a, cut, a.length).min().orElseThrow();
    assertTrue(Arrays.stream(a, 0, cut).allMatch(x -> Double.compare(x, lowestAbove) < 0));
    assertEquals(0, SortedTotals.partition(new double[] {1}, 0, 1));
  }

  /** Normal totals (shape 0), many ties (1), signed zeros and ties (2), sorted (3), reversed (4). */
  private static double[] totals(int length, long seed, int shape) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] totals = new double[length];
    for (int i = 0; i < length; i++) {
      switch (shape) {
        case 1:
          totals[i] = random.nextInt(4);
          break;
        case 2:
          totals[i] = random.nextBoolean() ? -0.0 : random.nextInt(3) - 1;
          break;
        default:
          totals[i] = 500 + 100 * random.nextGaussian();
      }
    }
    if (shape >= 3) {
      Arrays.sort(totals);
    }
    if (shape == 4) {
      for (int i = 0, j = length - 1; i < j; i++, j--) {
        double swap = totals[i];
        totals[i] = totals[j];
        totals[j] = swap;
      }
    }
    return totals;
  }
}
