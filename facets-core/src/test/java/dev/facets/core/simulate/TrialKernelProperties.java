package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A trial of {@link TrialKernel} is the model of the class comment drawn from
 * {@link SplittableRandom} itself: the same scenario, the same successes, the same values bit for
 * bit (summed, and the last trial's written where asked), and the stream left where the reference's
 * is. The reference below is written from the model's
 * definition, one {@code nextDouble()} or {@code nextGaussian()} call per draw on the JDK's stream
 * and the triangular quantile with its branch, as the kernel did before it kept the stream's state
 * in a local variable and sampled without branches.
 */
class TrialKernelProperties {
  private static final int TRIALS = 40;

  @Test
  void anIndependentTrialIsTheModelDrawnFromSplittableRandom() {
    qt().withFixedSeed(0x7E1AL).withExamples(150)
        .forAll(Generators.portfolios(12), Generators.scenarioSets(4).toOptionals(60), longs().all())
        .checkAssert((portfolio, scenarios, seed) -> checkTrials(portfolio, scenarios, Correlation.NONE, seed));
  }

  @Test
  void aCorrelatedTrialIsTheModelDrawnFromSplittableRandom() {
    qt().withFixedSeed(0x7E1BL).withExamples(100)
        .forAll(Generators.portfolios(12), Generators.scenarioSets(4).toOptionals(60), longs().all(),
            doubles().between(0, 0.95))
        .checkAssert((portfolio, scenarios, seed, rho) ->
            checkTrials(portfolio, scenarios, Correlation.byDominantFacet(rho), seed));
  }

  private static void checkTrials(Portfolio portfolio, Optional<ScenarioSet> scenarios, Correlation correlation,
      long seed) {
    TrialKernel kernel = TrialKernel.of(portfolio, scenarios, correlation);
    TrialKernel.Trial trial = kernel.newTrial();
    int n = portfolio.initiatives().size();
    TrialStream stream = TrialStream.of(seed).split();
    SplittableRandom random = new SplittableRandom(seed).split();
    double[] sums = new double[3 * n];
    long[] counts = new long[n];
    double[] expectedSums = new double[3 * n];
    long[] expectedCounts = new long[n];
    for (int t = 0; t < TRIALS; t++) {
      int offset = t % 2 == 0 ? 0 : n;
      double total = kernel.run(stream, trial, sums, offset, 2 * n, counts);
      int[] successesAndFacets = new int[2];
      double expected = referenceTrial(portfolio, scenarios, correlation, random, expectedSums, offset,
          expectedCounts, successesAndFacets);
      assertEquals(expected, total, "trial " + t);
      assertEquals(successesAndFacets[0], trial.successes);
      assertEquals(successesAndFacets[1], trial.facetMask);
    }
    assertArrayEquals(expectedSums, sums);
    assertArrayEquals(expectedCounts, counts);
    assertEquals(random.nextLong(), stream.nextLong(), "the stream is left after the trials' last draw");
  }

  /** One trial from the model's definition; its number of successes and facet mask into {@code out}. */
  private static double referenceTrial(Portfolio portfolio, Optional<ScenarioSet> scenarios, Correlation correlation,
      SplittableRandom random, double[] sums, int offset, long[] counts, int[] out) {
    int scenario = scenarios.map(set -> drawScenario(set.probabilityArray(), random.nextDouble())).orElse(-1);
    List<Initiative> initiatives = portfolio.initiatives();
    double[] shocks = new double[correlation.isIndependent() ? 0 : dominantGroups(initiatives)];
    for (int g = 0; g < shocks.length; g++) {
      shocks[g] = random.nextGaussian();
    }
    double total = 0;
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      FacetMix mix = InitiativeMixes.of(initiative);
      boolean success;
      if (correlation.isIndependent()) {
        success = random.nextDouble() < initiative.successProbability();
      } else {
        double latent = Math.sqrt(correlation.rho()) * (0 + shocks[mix.dominant().ordinal()])
            + Math.sqrt(1 - correlation.rho()) * random.nextGaussian();
        success = latent < TrialKernel.standardNormalQuantile(initiative.successProbability());
      }
      double value = 0;
      if (success) {
        double multiplier = 1;
        if (scenario >= 0) {
          double[] payoff = scenarios.get().scenarios().get(scenario).payoff().toArray();
          double[] weights = mix.toArray();
          multiplier = 0;
          for (int f = 0; f < Facet.COUNT; f++) {
            multiplier += weights[f] * payoff[f];
          }
        }
        value = branchingTriangular(initiative, random.nextDouble()) * multiplier;
        counts[i]++;
        out[0]++;
        out[1] |= 1 << mix.dominant().ordinal();
      }
      sums[offset + i] += value;
      sums[2 * initiatives.size() + i] = value;
      total += value;
    }
    return total;
  }

  /** The number of shocks of the dominant-facet grouping: one per facet up to the last one used. */
  private static int dominantGroups(List<Initiative> initiatives) {
    return initiatives.stream().mapToInt(i -> InitiativeMixes.of(i).dominant().ordinal() + 1).max().orElse(0);
  }

  /**
   * The first scenario whose cumulative probability, normalised to the sum, exceeds u; from the last
   * scenario of positive probability on the cumulative probability counts as exactly 1.
   */
  private static int drawScenario(double[] probabilities, double u) {
    double sum = 0;
    int lastPositive = 0;
    double[] cumulative = new double[probabilities.length];
    for (int s = 0; s < probabilities.length; s++) {
      sum += probabilities[s];
      cumulative[s] = sum;
      lastPositive = probabilities[s] > 0 ? s : lastPositive;
    }
    for (int s = 0; s < probabilities.length; s++) {
      if (u < (s >= lastPositive ? 1 : cumulative[s] / sum)) {
        return s;
      }
    }
    throw new AssertionError("no scenario for " + u);
  }

  /** The triangular inverse CDF as the class comment of {@link Triangular} writes it, with its branch. */
  private static double branchingTriangular(Initiative initiative, double u) {
    double a = initiative.impact().low();
    double c = initiative.impact().mode();
    double b = initiative.impact().high();
    double width = b - a;
    double x;
    if (width == 0) {
      x = a + Math.sqrt(u * 0.0);
    } else {
      x = u < (c - a) / width ? a + Math.sqrt(u * (width * (c - a))) : b - Math.sqrt((1 - u) * (width * (b - c)));
    }
    return Math.min(b, Math.max(a, x));
  }
}
