package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Scoring with weights from 1e-320 (subnormal) to 1e308: every metric, every attribution and the
 * KL divergence are finite wherever the mathematics is, on the shares as doubles; a portfolio is
 * refused only when its total weight exceeds the largest double.
 */
class ScoreExtremesProperties {
  private static final long SEED = 0xE87E3L;

  /** 10^x for x in [-320, 308], or exactly 0 now and then. */
  private static Gen<Double> extremeWeights() {
    return Generators.logUniform(-320, 308).mix(integers().between(0, 0).map(zero -> 0.0), 15);
  }

  private static Gen<Portfolio> extremePortfolios() {
    Gen<Initiative> initiative = Generators.logUniform(-320, 308).zip(Generators.facetMixes(),
        (budget, mix) -> new Initiative.Builder().id("x").budget(budget).facets(mix).build());
    return lists().of(initiative).ofSizeBetween(1, 6).map(initiatives -> {
      Portfolio.Builder builder = new Portfolio.Builder().name("extremes");
      for (int i = 0; i < initiatives.size(); i++) {
        builder.addInitiatives(new Initiative.Builder().from(initiatives.get(i)).id("i" + i).build());
      }
      return builder.build();
    });
  }

  private static Gen<TargetMix> extremeTargets() {
    return lists().of(extremeWeights()).ofSize(4).assuming(weights -> weights.stream().anyMatch(w -> w > 0))
        .map(weights -> TargetMix.of(FacetMix.of(weights.get(0), weights.get(1), weights.get(2), weights.get(3))));
  }

  private static BigDecimal exactTotal(Portfolio portfolio) {
    BigDecimal total = BigDecimal.ZERO;
    for (Initiative initiative : portfolio.initiatives()) {
      total = total.add(new BigDecimal(initiative.budget()));
    }
    return total;
  }

  @Test
  void everyMetricAndAttributionIsFiniteWhereTheMathematicsIs() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(extremePortfolios(), extremeTargets())
        .checkAssert((portfolio, target) -> {
          if (exactTotal(portfolio).compareTo(new BigDecimal(Double.MAX_VALUE)) > 0) {
            assertThrows(IllegalArgumentException.class,
                () -> PortfolioScorer.DEFAULT.withTarget(target).score(portfolio, Weighting.budget()));
            return;
          }
          Attribution attribution = PortfolioScorer.DEFAULT.withTarget(target).attribute(portfolio, Weighting.budget());
          PortfolioScore score = attribution.score();
          FacetMix shares = score.facetShares();
          boolean klDefined = true;
          for (Facet facet : Facet.ordered()) {
            klDefined &= !(shares.weight(facet) > 0 && target.mix().weight(facet) == 0);
          }
          for (Metric metric : attribution.metrics()) {
            boolean defined = metric != Metric.KL_DIVERGENCE || klDefined;
            assertEquals(defined, score.value(metric).isPresent(), metric::toString);
            score.value(metric).ifPresent(value -> assertTrue(Double.isFinite(value), () -> metric + " " + value));
            for (Facet facet : Facet.ordered()) {
              Contribution contribution = attribution.facet(facet, metric);
              contribution.eulerShare().ifPresent(v -> assertTrue(Double.isFinite(v), () -> metric + " euler " + v));
              contribution.valueWithout().ifPresent(v -> assertTrue(Double.isFinite(v), () -> metric + " without " + v));
            }
            for (String id : attribution.initiativeIds()) {
              Contribution contribution = attribution.initiative(id, metric);
              contribution.eulerShare().ifPresent(v -> assertTrue(Double.isFinite(v), () -> metric + " euler " + v));
              contribution.valueWithout().ifPresent(v -> assertTrue(Double.isFinite(v), () -> metric + " without " + v));
            }
          }
        });
  }

  @Test
  void klDivergenceWithATargetWeightOfTenToTheMinus320IsItsFiniteValue() {
    // Shares (1/4, 1/4, 1/4, 1/4); target (1e-320, 1, 1, 1) normalised: t_e = 1e-320 / 3 (subnormal),
    // t_other = 1/3. KL = 1/4 ln((1/4) / t_e) + 3/4 ln((1/4) / (1/3)), computed here in BigDecimal
    // and logarithms of exact decimal parts, independently of the quotient.
    Portfolio.Builder builder = new Portfolio.Builder().name("even");
    for (Facet facet : Facet.ordered()) {
      builder.addInitiatives(new Initiative.Builder().id(facet.jsonName()).budget(1).facets(FacetMix.pure(facet)).build());
    }
    TargetMix target = TargetMix.of(1e-320, 1, 1, 1);
    double te = target.mix().weight(Facet.ENHANCEMENT);
    assertTrue(te > 0 && te < Double.MIN_NORMAL, "a subnormal target share: " + te);
    // ln(0.25 / te) = ln 0.25 - ln te, with ln te from its exact decimal value m * 10^e.
    BigDecimal exact = new BigDecimal(te);
    int exponent = exact.precision() - exact.scale() - 1;
    double mantissa = exact.movePointLeft(exponent).round(MathContext.DECIMAL64).doubleValue();
    double lnTe = Math.log(mantissa) + exponent * Math.log(10);
    double expected = 0.25 * (Math.log(0.25) - lnTe) + 0.75 * Math.log(0.75);
    PortfolioScore score = PortfolioScorer.DEFAULT.withTarget(target).score(builder.build(), Weighting.budget());
    double kl = score.targetGap().orElseThrow().klDivergence().orElseThrow();
    assertEquals(expected, kl, 1e-12 * expected);
    assertTrue(kl > 100 && kl < 200, "about 10^2: " + kl);
  }

  @Test
  void logRatioIsTheQuotientsLogarithmAndFiniteForEveryPositivePair() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(Generators.logUniform(-323, 308), Generators.logUniform(-323, 308))
        .checkAssert((p, t) -> {
          double value = Metrics.logRatio(p, t);
          assertTrue(Double.isFinite(value), () -> p + " / " + t);
          // ln p - ln t in extended precision from the exact decimals: BigDecimal logarithms by parts.
          double expected = ln(new BigDecimal(p)) - ln(new BigDecimal(t));
          assertEquals(expected, value, 1e-9 * Math.max(1, Math.abs(expected)), () -> p + " / " + t);
        });
    assertEquals(0, Metrics.logRatio(0.3, 0.3));
    assertEquals(Math.log(2), Metrics.logRatio(Double.MAX_VALUE, Double.MAX_VALUE / 2), 1e-15);
  }

  /** ln x for x > 0 from its exact decimal value, without ever forming a subnormal or huge double. */
  private static double ln(BigDecimal x) {
    int exponent = x.precision() - x.scale() - 1;
    double mantissa = x.movePointLeft(exponent).round(MathContext.DECIMAL64).doubleValue();
    return Math.log(mantissa) + exponent * Math.log(10);
  }

}
