package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.RELATIVE;
import static dev.facets.core.score.ScoreAssertions.assertClose;
import static dev.facets.core.score.ScoreAssertions.scale;
import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.classify.InitiativeMixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Attribution: Euler shares add up to the metric and are the derivatives they claim to be;
 * leave-one-out values are the scores of the portfolio without the initiative or the facet.
 */
class AttributionProperties {
  private static final PortfolioScorer SCORER = PortfolioScorer.DEFAULT;

  private static Gen<Optional<TargetMix>> optionalTargets() {
    return Generators.targets().toOptionals(25);
  }

  @Test
  void eulerSharesOfInitiativesAndOfFacetsSumToTheMetric() {
    theory(71).withExamples(400).forAll(Generators.fundedPortfolios(), optionalTargets()).checkAssert((portfolio, target) -> {
      Attribution attribution = scorer(target).attribute(portfolio, Weighting.budget());
      for (Metric metric : attribution.metrics()) {
        OptionalDouble value = attribution.score().value(metric);
        double scale = scale(metric, attribution.score());
        double byInitiatives = 0;
        double byFacets = 0;
        boolean present = false;
        for (String id : attribution.initiativeIds()) {
          OptionalDouble share = attribution.initiative(id, metric).eulerShare();
          present = share.isPresent();
          byInitiatives += share.orElse(0);
        }
        for (Facet facet : Facet.ordered()) {
          byFacets += attribution.facet(facet, metric).eulerShare().orElse(0);
        }
        if (present) {
          assertClose(value.getAsDouble(), byInitiatives, scale, RELATIVE, metric + " by initiatives");
          assertClose(value.getAsDouble(), byFacets, scale, RELATIVE, metric + " by facets");
        } else {
          assertTrue(metric.eulerDegree().isEmpty() || value.isEmpty()
              || metric == Metric.HELLINGER || metric == Metric.EUCLIDEAN, metric.toString());
        }
      }
    });
  }

  @Test
  void leaveOneOutIsTheScoreOfThePortfolioWithoutTheInitiative() {
    theory(72).withExamples(300).forAll(Generators.portfolios(8), optionalTargets()).checkAssert((portfolio, target) -> {
      if (portfolio.totalBudget() == 0) {
        return;
      }
      Attribution attribution = scorer(target).attribute(portfolio, Weighting.budget());
      for (Initiative initiative : portfolio.initiatives()) {
        List<Initiative> others = new ArrayList<>(portfolio.initiatives());
        others.remove(initiative);
        double left = others.stream().mapToDouble(Initiative::budget).sum();
        for (Metric metric : attribution.metrics()) {
          Contribution contribution = attribution.initiative(initiative.id(), metric);
          if (left == 0) {
            assertTrue(contribution.valueWithout().isEmpty() && contribution.changeIfRemoved().isEmpty());
            assertTrue(contribution.note().orElseThrow().contains("no weight is left"), contribution.toString());
            continue;
          }
          PortfolioScore without = scorer(target).score(
              new Portfolio.Builder().from(portfolio).initiatives(others).build(), Weighting.budget());
          assertClose(without.value(metric), contribution.valueWithout(), scale(metric, without), RELATIVE,
              metric + " without " + initiative.id());
        }
      }
    });
  }

  @Test
  void removingAFacetScoresTheRemainingShares() {
    theory(73).forAll(Generators.fundedPortfolios(), optionalTargets()).checkAssert((portfolio, target) -> {
      Attribution attribution = scorer(target).attribute(portfolio, Weighting.budget());
      PortfolioScore score = attribution.score();
      for (Facet facet : Facet.ordered()) {
        double[] rest = score.facetShares().toArray();
        rest[facet.ordinal()] = 0;
        double left = rest[0] + rest[1] + rest[2] + rest[3];
        for (Metric metric : attribution.metrics()) {
          Contribution contribution = attribution.facet(facet, metric);
          if (left == 0) {
            assertTrue(contribution.valueWithout().isEmpty(), contribution.toString());
            continue;
          }
          FacetMix remaining = FacetMix.of(rest);
          OptionalDouble expected = metric.isTargetGap()
              ? TargetGap.of(remaining, score.totalWeight() * left, target.get(), Disparity.DIAMOND).value(metric)
              : OptionalDouble.of(Balance.of(remaining, Disparity.DIAMOND).value(metric));
          assertClose(expected, contribution.valueWithout(), scale(metric, score), RELATIVE, metric + " without " + facet);
        }
      }
    });
  }

  @Test
  void eulerSharesAreTheDerivativesOfTheHomogeneousForm() {
    theory(74).withExamples(300).forAll(Generators.fundedPortfolios(), optionalTargets()).checkAssert((portfolio, target) -> {
      Attribution attribution = scorer(target).attribute(portfolio, Weighting.budget());
      PortfolioScore score = attribution.score();
      double[] p = score.facetShares().toArray();
      for (Metric metric : attribution.metrics()) {
        if (metric.eulerDegree().isEmpty() || !smoothAt(metric, score, target)) {
          continue;
        }
        double k = metric.eulerDegree().getAsDouble();
        for (Initiative initiative : portfolio.initiatives()) {
          double s = initiative.budget() / score.totalWeight();
          if (s < 1e-3) {
            continue; // the step is a fraction of s, so tiny shares drown in rounding
          }
          double[] direction = InitiativeMixes.of(initiative).toArray();
          double expected = s * derivative(metric, p, direction, s * 1e-5, target, score.totalWeight()) / k;
          assertClose(expected, attribution.initiative(initiative.id(), metric).eulerShare().getAsDouble(),
              scale(metric, score), 1e-6, metric + " Euler of " + initiative.id());
        }
        for (Facet facet : Facet.ordered()) {
          if (p[facet.ordinal()] < 1e-3) {
            continue;
          }
          double[] direction = new double[Facet.COUNT];
          direction[facet.ordinal()] = 1;
          double expected = p[facet.ordinal()]
              * derivative(metric, p, direction, p[facet.ordinal()] * 1e-5, target, score.totalWeight()) / k;
          assertClose(expected, attribution.facet(facet, metric).eulerShare().getAsDouble(),
              scale(metric, score), 1e-6, metric + " Euler of " + facet);
        }
      }
    });
  }

  /** Whether the metric is differentiable at the shares: away from the kinks of |p - t| and of p = t. */
  private static boolean smoothAt(Metric metric, PortfolioScore score, Optional<TargetMix> target) {
    if (!metric.isTargetGap()) {
      return true;
    }
    if (score.value(metric).isEmpty()) {
      return false;
    }
    double nearest = Double.POSITIVE_INFINITY;
    for (Facet facet : Facet.ordered()) {
      nearest = Math.min(nearest, Math.abs(score.facetShares().weight(facet) - target.get().share(facet)));
    }
    return metric == Metric.TOTAL_VARIATION || metric == Metric.TRANSFER
        ? nearest > 1e-3
        : score.value(metric).getAsDouble() > 1e-3;
  }

  /** The central difference of the metric's homogeneous form along {@code direction} at {@code p}. */
  private static double derivative(
      Metric metric, double[] p, double[] direction, double step, Optional<TargetMix> target, double totalWeight) {
    return (homogeneous(metric, p, direction, step, target, totalWeight)
        - homogeneous(metric, p, direction, -step, target, totalWeight)) / (2 * step);
  }

  /** {@code I_k(y) = S^k I(y / S)} at {@code y = p + step direction}, from the public formulas. */
  private static double homogeneous(
      Metric metric, double[] p, double[] direction, double step, Optional<TargetMix> target, double totalWeight) {
    double[] y = new double[Facet.COUNT];
    double sum = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      y[f] = p[f] + step * direction[f];
      sum += y[f];
    }
    FacetMix mix = FacetMix.of(y);
    double value = metric.isTargetGap()
        ? TargetGap.of(mix, totalWeight, target.get(), Disparity.DIAMOND).value(metric).getAsDouble()
        : Balance.of(mix, Disparity.DIAMOND).value(metric);
    return Math.pow(sum, metric.eulerDegree().getAsDouble()) * value;
  }

  @Test
  void theGeneratorsReachTheUndefinedCases() {
    int[] seen = new int[4];
    theory(75).withExamples(2000).forAll(Generators.fundedPortfolios(), Generators.targets()).checkAssert((portfolio, target) -> {
      Attribution attribution = SCORER.withTarget(target).attribute(portfolio, Weighting.budget());
      String first = attribution.initiativeIds().get(0);
      seen[0] += attribution.initiative(first, Metric.HHI).valueWithout().isEmpty() ? 1 : 0;
      seen[1] += attribution.score().value(Metric.KL_DIVERGENCE).isEmpty() ? 1 : 0;
      seen[2] += attribution.initiative(first, Metric.HELLINGER).eulerShare().isEmpty() ? 1 : 0;
      seen[3] += attribution.score().initiatives() == 1 ? 1 : 0;
    });
    for (int count : seen) {
      assertTrue(count > 0, java.util.Arrays.toString(seen));
    }
    assertEquals(4, seen.length);
  }

  /** The scorer with the generated target, if there is one. */
  private static PortfolioScorer scorer(Optional<TargetMix> target) {
    return target.map(SCORER::withTarget).orElse(SCORER);
  }
}
