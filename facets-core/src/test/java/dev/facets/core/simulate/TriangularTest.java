package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.ImpactEstimate;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class TriangularTest {
  @Test
  void inverseCdfMatchesCommonsMath() {
    ImpactEstimate[] estimates = {
        ImpactEstimate.of(1, 2, 5), ImpactEstimate.of(0, 0, 3), ImpactEstimate.of(-2, 4, 4),
        ImpactEstimate.of(-3, -1, 0.5)};
    for (ImpactEstimate estimate : estimates) {
      Triangular sampler = Triangular.of(estimate);
      TriangularDistribution reference =
          new TriangularDistribution(estimate.low(), estimate.mode(), estimate.high());
      for (int j = 0; j <= 1000; j++) {
        double u = Math.min(j / 1000.0, Math.nextDown(1.0));
        assertEquals(reference.inverseCumulativeProbability(u), sampler.sample(u), 1e-12,
            estimate + " at u=" + u);
      }
    }
  }

  @Test
  void handComputedQuantiles() {
    // a=1, c=2, b=5: F(c) = 1/4. u = 0.0625 < 1/4: 1 + sqrt(0.0625 * 4 * 1) = 1.5.
    // u = 0.75: 5 - sqrt(0.25 * 4 * 3) = 5 - sqrt(3).
    Triangular sampler = Triangular.of(ImpactEstimate.of(1, 2, 5));
    assertEquals(1.5, sampler.sample(0.0625), 1e-15);
    assertEquals(5 - Math.sqrt(3), sampler.sample(0.75), 1e-15);
    assertEquals(2, sampler.sample(0.25), 1e-15);
    assertEquals(1, sampler.sample(0), 0);
  }

  @Test
  void degenerateEstimateAlwaysYieldsItsValue() {
    Triangular sampler = Triangular.of(ImpactEstimate.of(2.5, 2.5, 2.5));
    for (double u : new double[] {0, 0.3, 0.5, Math.nextDown(1.0)}) {
      assertEquals(2.5, sampler.sample(u), 0);
    }
  }

  @Test
  void modeAtEitherEndStaysInRange() {
    Triangular atLow = Triangular.of(ImpactEstimate.of(0, 0, 4));
    Triangular atHigh = Triangular.of(ImpactEstimate.of(0, 4, 4));
    // Mode at low: x = 4 - 4 sqrt(1 - u); mode at high: x = 4 sqrt(u).
    assertEquals(4 - 4 * Math.sqrt(0.5), atLow.sample(0.5), 1e-15);
    assertEquals(4 * Math.sqrt(0.5), atHigh.sample(0.5), 1e-15);
    assertEquals(0, atLow.sample(0), 0);
    assertEquals(0, atHigh.sample(0), 0);
  }

  @Test
  void sampledMeanAndVarianceMatchTheClosedForms() {
    // mean = (a + b + c) / 3, variance = (a^2 + b^2 + c^2 - ab - ac - bc) / 18.
    double a = 1;
    double c = 2;
    double b = 5;
    double mean = (a + b + c) / 3; // 8/3
    double variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18; // 13/18
    Triangular sampler = Triangular.of(ImpactEstimate.of(a, c, b));
    SplittableRandom random = new SplittableRandom(7);
    int n = 400_000;
    Moments moments = new Moments();
    for (int j = 0; j < n; j++) {
      moments.add(sampler.sample(random.nextDouble()));
    }
    double standardError = Math.sqrt(variance / n);
    assertTrue(Math.abs(moments.mean() - mean) < 5 * standardError, "mean " + moments.mean());
    // The variance of the sample variance is (mu4 - sigma^4) / n; mu4 of a triangular is below
    // 2.4 sigma^4, so 5 of its standard errors are under 5 sqrt(1.4 / n) sigma^2.
    assertTrue(Math.abs(moments.sampleVariance() - variance) < 5 * Math.sqrt(1.4 / n) * variance,
        "variance " + moments.sampleVariance());
  }
}
