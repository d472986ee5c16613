package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.Generators;
import org.junit.jupiter.api.Test;

class TriangularProperties {
  @Test
  void samplesStayWithinTheEstimateAndGrowWithU() {
    qt().withFixedSeed(11).forAll(Generators.impacts(), doubles().fromZeroToOne(), doubles().fromZeroToOne())
        .checkAssert((impact, u, v) -> {
          Triangular sampler = Triangular.of(impact);
          double uu = Math.min(u, Math.nextDown(1.0));
          double vv = Math.min(v, Math.nextDown(1.0));
          double x = sampler.sample(uu);
          assertTrue(x >= impact.low() && x <= impact.high(), impact + " gave " + x);
          if (uu <= vv) {
            assertTrue(x <= sampler.sample(vv), "the inverse CDF is monotone");
          }
        });
  }

  @Test
  void quadratureOfTheInverseCdfGivesTheClosedFormMoments() {
    // E[X] = int_0^1 F^-1(u) du; a midpoint rule over 2e4 cells is deterministic and accurate to
    // better than 1e-4 of the width (squared, for the variance), the sqrt singularity at the mode
    // costing O(M^-1.5). Moments are accumulated by Welford's update, exact for a constant.
    qt().withFixedSeed(12).withExamples(100).forAll(Generators.impacts()).checkAssert(impact -> {
      Triangular sampler = Triangular.of(impact);
      int cells = 20_000;
      Moments moments = new Moments();
      for (int j = 0; j < cells; j++) {
        moments.add(sampler.sample((j + 0.5) / cells));
      }
      double variance = moments.sampleVariance() * (cells - 1) / cells;
      double a = impact.low();
      double c = impact.mode();
      double b = impact.high();
      double width = b - a;
      assertEquals(impact.mean(), moments.mean(), 1e-4 * width + 1e-15 * Math.abs(a));
      assertEquals((a * a + b * b + c * c - a * b - a * c - b * c) / 18, variance, 1e-4 * width * width + 1e-15 * a * a);
    });
  }

  @Test
  void theBranchFreeSampleIsTheBranchingFormulaBitForBit() {
    // u from the generator, and the uniforms where the branch flips: F(c) itself, its neighbours, 0
    // and the largest uniform below 1.
    qt().withFixedSeed(14).withExamples(2000).forAll(Generators.impacts(), doubles().fromZeroToOne(),
        integers().between(0, 5)).checkAssert((impact, u, pick) -> {
          Triangular sampler = Triangular.of(impact);
          double m = sampler.modeCdf();
          double[] picks = {Math.min(u, Math.nextDown(1.0)), m, Math.nextDown(m), Math.nextUp(m), 0.0,
              Math.nextDown(1.0)};
          double v = picks[pick];
          if (v >= 0 && v < 1) {
            double branching = v < m
                ? sampler.low() + Math.sqrt(v * sampler.lowerSpan())
                : sampler.high() - Math.sqrt((1 - v) * sampler.upperSpan());
            branching = Math.min(sampler.high(), Math.max(sampler.low(), branching));
            assertEquals(Double.doubleToRawLongBits(branching), Double.doubleToRawLongBits(sampler.sample(v)),
                impact + " at u = " + v);
          }
        });
  }

  @Test
  void theGeneratorReachesDegenerateAndSpreadEstimates() {
    boolean[] seen = new boolean[2];
    qt().withFixedSeed(13).forAll(Generators.impacts()).checkAssert(impact -> {
      seen[impact.low() == impact.high() ? 0 : 1] = true;
    });
    assertTrue(seen[0] && seen[1]);
  }
}
