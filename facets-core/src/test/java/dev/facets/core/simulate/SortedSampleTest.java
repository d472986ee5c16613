package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortedSampleTest {
  private static final double[] ONE_TO_FIVE = {1, 2, 3, 4, 5};

  @Test
  void typeSevenQuantilesInterpolateBetweenOrderStatistics() {
    // h = (5 - 1) q: q = 0.25 -> h = 1 -> x_(1) = 2; q = 0.1 -> h = 0.4 -> 1 + 0.4 (2 - 1) = 1.4;
    // q = 0.95 -> h = 3.8 -> 4 + 0.8 (5 - 4) = 4.8 (R: quantile(1:5, c(.25, .1, .95)) = 2, 1.4, 4.8).
    assertEquals(2, SortedSample.quantile(ONE_TO_FIVE, 0.25), 1e-15);
    assertEquals(1.4, SortedSample.quantile(ONE_TO_FIVE, 0.1), 1e-15);
    assertEquals(4.8, SortedSample.quantile(ONE_TO_FIVE, 0.95), 1e-15);
    assertEquals(1, SortedSample.quantile(ONE_TO_FIVE, 0), 0);
    assertEquals(5, SortedSample.quantile(ONE_TO_FIVE, 1), 0);
    assertEquals(3, SortedSample.quantile(ONE_TO_FIVE, 0.5), 0);
  }

  @Test
  void countsBelowAndAtOrBelow() {
    double[] sorted = {1, 2, 2, 2, 5};
    assertEquals(1, SortedSample.countBelow(sorted, 2));
    assertEquals(4, SortedSample.countAtOrBelow(sorted, 2));
    assertEquals(0, SortedSample.countBelow(sorted, 1));
    assertEquals(5, SortedSample.countAtOrBelow(sorted, 9));
  }

  @Test
  void tailWithAFractionalBoundary() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // alpha = 0.25: k = 2.5. CVaR = (1 + 2 + 0.5 * 3) / 2.5 = 1.8; VaR = x_(ceil 2.5) = x_(3) = 3.
    LowerTail tail = LowerTail.of(sorted, 0.25);
    assertEquals(2.5, tail.mass(), 0);
    assertEquals(1.8, tail.conditionalValueAtRisk(), 1e-15);
    assertEquals(3, tail.valueAtRisk(), 0);
    assertEquals(1, tail.weight(2), 0);
    assertEquals(0.5, tail.weight(3), 0);
    assertEquals(0, tail.weight(4), 0);
  }

  @Test
  void tailWithAnIntegerMass() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // alpha = 0.2: k = 2. CVaR = (1 + 2) / 2 = 1.5; VaR = x_(2) = 2; x_(3) = 3 has no weight.
    LowerTail tail = LowerTail.of(sorted, 0.2);
    assertEquals(1.5, tail.conditionalValueAtRisk(), 1e-15);
    assertEquals(2, tail.valueAtRisk(), 0);
    assertEquals(1, tail.weight(2), 0);
    assertEquals(0, tail.weight(3), 0);
  }

  @Test
  void tiesAtTheBoundaryShareTheRemainingMass() {
    double[] sorted = {1, 2, 2, 2, 5};
    // alpha = 0.5: k = 2.5, boundary x_(3) = 2, one total below it, three tied: each weighs
    // (2.5 - 1) / 3 = 0.5. CVaR = (1 + 1.5 * 2) / 2.5 = 1.6; VaR = x_(3) = 2.
    LowerTail tail = LowerTail.of(sorted, 0.5);
    assertEquals(1.6, tail.conditionalValueAtRisk(), 1e-15);
    assertEquals(2, tail.valueAtRisk(), 0);
    assertEquals(0.5, tail.weight(2), 0);
    assertEquals(1, tail.weight(1), 0);
  }

  @Test
  void aTailSmallerThanOneTrialIsTheMinimum() {
    LowerTail tail = LowerTail.of(new double[] {3, 4, 8}, 0.1);
    assertEquals(3, tail.conditionalValueAtRisk(), 0);
    assertEquals(3, tail.valueAtRisk(), 0);
    assertEquals(0.3, tail.mass(), 1e-15);
  }

  @Test
  void histogramBinsAreHalfOpenButTheLastIsClosed() {
    // Two bins over [0, 4]: [0, 2) holds 0 and 1; [2, 4] holds 2, 3 and 4.
    Histogram histogram = Histogram.ofSorted(new double[] {0, 1, 2, 3, 4}, 2);
    assertArrayEquals(new double[] {0, 2, 4}, histogram.edges());
    assertArrayEquals(new long[] {2, 3}, histogram.counts());
  }

  @Test
  void aConstantSampleHasOneBin() {
    Histogram histogram = Histogram.ofSorted(new double[] {7, 7, 7}, 10);
    assertEquals(1, histogram.bins());
    assertArrayEquals(new double[] {7, 7}, histogram.edges());
    assertArrayEquals(new long[] {3}, histogram.counts());
  }

  @Test
  void mergedMomentsEqualTheDirectOnes() {
    double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
    // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32 / 7.
    Moments left = new Moments();
    Moments right = new Moments();
    for (int j = 0; j < values.length; j++) {
      (j < 3 ? left : right).add(values[j]);
    }
    left.merge(right);
    assertEquals(8, left.count());
    assertEquals(5, left.mean(), 1e-15);
    assertEquals(32.0 / 7, left.sampleVariance(), 1e-14);
    Moments empty = new Moments();
    empty.merge(left);
    assertEquals(32.0 / 7, empty.sampleVariance(), 1e-14);
  }
}
