package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.RELATIVE;
import static dev.facets.core.score.ScoreAssertions.assertAttributionsClose;
import static dev.facets.core.score.ScoreAssertions.assertClose;
import static dev.facets.core.score.ScoreAssertions.assertScoresClose;
import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of whole-portfolio scoring: the columnar path against the reference path, parallel
 * against sequential, and the metamorphic invariances of the metrics' definitions (permuting,
 * scaling, splitting and doubling a portfolio change no share).
 */
class PortfolioScoreProperties {
  private static final PortfolioScorer SCORER = PortfolioScorer.DEFAULT;
  private static final ForkJoinPool POOL = new ForkJoinPool(2);

  @AfterAll
  static void shutDown() {
    POOL.shutdown();
  }

  private static Gen<Weighting> weightings() {
    return Generate.pick(List.of(Weighting.budget(), Weighting.count(), Weighting.priority()));
  }

  private static Gen<Optional<TargetMix>> optionalTargets() {
    return Generators.targets().toOptionals(75);
  }

  private static boolean funded(Portfolio portfolio, Weighting weighting) {
    return portfolio.initiatives().stream().mapToDouble(weighting::weight).sum() > 0;
  }

  // ---- equivalence: columnar path against reference path --------------------------------------

  @Test
  void columnarScoreAgreesWithTheReference() {
    theory(41).withExamples(500)
        .forAll(Generators.portfolios(), weightings(), optionalTargets())
        .assuming((portfolio, weighting, target) -> funded(portfolio, weighting))
        .checkAssert((portfolio, weighting, target) -> assertScoresClose(
            ReferenceScorer.score(SCORER, portfolio, weighting, target), SCORER.score(portfolio, weighting, target),
            RELATIVE));
  }

  @Test
  void columnarAttributionAgreesWithTheReference() {
    theory(42).withExamples(300)
        .forAll(Generators.portfolios(12), weightings(), optionalTargets())
        .assuming((portfolio, weighting, target) -> funded(portfolio, weighting))
        .checkAssert((portfolio, weighting, target) -> assertAttributionsClose(
            ReferenceScorer.attribute(SCORER, portfolio, weighting, target), SCORER.attribute(portfolio, weighting, target),
            RELATIVE));
  }

  @Test
  void parallelScoringEqualsSequentialScoring() {
    theory(43).withExamples(300)
        .forAll(Generators.fundedPortfolios(), optionalTargets(), integers().between(1, 5))
        .checkAssert((portfolio, target, leaf) -> {
          ColumnarPortfolio columns = ColumnarPortfolio.of(portfolio, Weighting.budget());
          PortfolioScore sequential = SCORER.score(columns, target);
          PortfolioScore parallel = SCORER.score(
              columns.name(), columns.weighting(), columns.tallyParallel(POOL, leaf), target);
          assertScoresClose(sequential, parallel, RELATIVE);
          assertScoresClose(sequential, SCORER.scoreParallel(columns, target, POOL), RELATIVE);
        });
  }

  // ---- metamorphic: what must not change the score ---------------------------------------------

  @Test
  void permutingInitiativesChangesNothing() {
    theory(44)
        .forAll(Generators.fundedPortfolios(), optionalTargets(), longs().all())
        .checkAssert((portfolio, target, seed) -> {
          List<Initiative> shuffled = new ArrayList<>(portfolio.initiatives());
          Collections.shuffle(shuffled, new Random(seed));
          Portfolio permuted = new Portfolio.Builder().from(portfolio).initiatives(shuffled).build();
          assertScoresClose(SCORER.score(portfolio, Weighting.budget(), target),
              SCORER.score(permuted, Weighting.budget(), target), RELATIVE);
        });
  }

  @Test
  void scalingEveryBudgetChangesOnlyTheWeights() {
    theory(45)
        .forAll(Generators.fundedPortfolios(), optionalTargets(), doubles().between(1e-3, 1e3))
        .checkAssert((portfolio, target, c) -> {
          List<Initiative> scaled = new ArrayList<>();
          for (Initiative initiative : portfolio.initiatives()) {
            scaled.add(new Initiative.Builder().from(initiative).budget(initiative.budget() * c).build());
          }
          PortfolioScore original = SCORER.score(portfolio, Weighting.budget(), target);
          PortfolioScore rescaled = SCORER.score(
              new Portfolio.Builder().from(portfolio).initiatives(scaled).build(), Weighting.budget(), target);
          assertClose(original.totalWeight() * c, rescaled.totalWeight(), 0, RELATIVE, "total weight");
          assertSharesAndMetricsClose(original, rescaled, c);
        });
  }

  @Test
  void splittingAnInitiativeInTwoWithTheSameMixChangesNothing() {
    theory(46)
        .forAll(Generators.fundedPortfolios(), optionalTargets(), integers().between(0, 29), doubles().between(0, 1))
        .checkAssert((portfolio, target, index, fraction) -> {
          int k = index % portfolio.size();
          List<Initiative> split = new ArrayList<>(portfolio.initiatives());
          Initiative whole = split.get(k);
          double first = whole.budget() * fraction;
          split.set(k, new Initiative.Builder().from(whole).budget(first).build());
          split.add(new Initiative.Builder().from(whole).id(whole.id() + "-split")
              .budget(Math.max(0, whole.budget() - first)).build());
          PortfolioScore original = SCORER.score(portfolio, Weighting.budget(), target);
          PortfolioScore splitted = SCORER.score(
              new Portfolio.Builder().from(portfolio).initiatives(split).build(), Weighting.budget(), target);
          assertEquals(original.initiatives() + 1, splitted.initiatives());
          assertClose(original.totalWeight(), splitted.totalWeight(), 0, RELATIVE, "total weight");
          assertSharesAndMetricsClose(original, splitted, 1);
        });
  }

  @Test
  void concatenatingAPortfolioWithItselfChangesNoShare() {
    theory(47)
        .forAll(Generators.fundedPortfolios(), optionalTargets(), weightings())
        .checkAssert((portfolio, target, weighting) -> {
          List<Initiative> doubled = new ArrayList<>(portfolio.initiatives());
          for (Initiative initiative : portfolio.initiatives()) {
            doubled.add(new Initiative.Builder().from(initiative).id("copy-" + initiative.id()).build());
          }
          PortfolioScore once = SCORER.score(portfolio, weighting, target);
          PortfolioScore twice = SCORER.score(
              new Portfolio.Builder().from(portfolio).initiatives(doubled).build(), weighting, target);
          assertEquals(2 * once.initiatives(), twice.initiatives());
          assertClose(2 * once.totalWeight(), twice.totalWeight(), 0, RELATIVE, "total weight");
          assertSharesAndMetricsClose(once, twice, 2);
        });
  }

  /** Shares and metrics equal; weights (transfer, budget gaps) scaled by {@code weightRatio}. */
  private static void assertSharesAndMetricsClose(PortfolioScore a, PortfolioScore b, double weightRatio) {
    for (Facet facet : Facet.ordered()) {
      assertClose(a.facetShares().weight(facet), b.facetShares().weight(facet), 1, RELATIVE, "share " + facet);
    }
    a.zoneShares().forEach((zone, share) -> assertClose(share, b.zoneShares().get(zone), 1, RELATIVE, "zone " + zone));
    a.stageShares().forEach((stage, share) ->
        assertClose(share, b.stageShares().get(stage), 1, RELATIVE, "stage " + stage));
    for (Metric metric : Metric.values()) {
      if (metric == Metric.TRANSFER) {
        assertClose(a.value(metric).orElse(0) * weightRatio, b.value(metric).orElse(0), b.totalWeight(), RELATIVE,
            "transfer");
      } else {
        assertClose(a.value(metric), b.value(metric), 1, RELATIVE, metric.jsonName());
      }
    }
  }

  // ---- postconditions ----------------------------------------------------------------------------

  @Test
  void sharesAreDistributions() {
    theory(48)
        .forAll(Generators.portfolios(), weightings())
        .assuming((portfolio, weighting) -> funded(portfolio, weighting))
        .checkAssert((portfolio, weighting) -> {
          PortfolioScore score = SCORER.score(portfolio, weighting);
          assertClose(1, score.zoneShares().values().stream().mapToDouble(Double::doubleValue).sum(), 1, RELATIVE,
              "zone shares");
          assertClose(1, score.stageShares().values().stream().mapToDouble(Double::doubleValue).sum()
              + score.unspecifiedStageShare(), 1, RELATIVE, "stage shares");
          assertClose(1, java.util.Arrays.stream(score.facetShares().toArray()).sum(), 1, RELATIVE, "facet shares");
          assertEquals(portfolio.size(), score.initiatives());
          assertEquals(weighting.name(), score.conventions().weighting());
        });
  }

  @Test
  void theRebalancingPlanMovesExactlyTheSurplusAndNoMoreThanTheTransfer() {
    theory(49)
        .forAll(Generators.fundedPortfolios(), Generators.targets())
        .checkAssert((portfolio, target) -> {
          TargetGap gap = SCORER.score(portfolio, Weighting.budget(), target).targetGap().get();
          double total = SCORER.score(portfolio, Weighting.budget()).totalWeight();
          double[] given = new double[Facet.COUNT];
          double[] received = new double[Facet.COUNT];
          double moved = 0;
          for (BudgetTransfer move : gap.rebalancing()) {
            given[move.from().ordinal()] += move.amount();
            received[move.to().ordinal()] += move.amount();
            moved += move.amount();
          }
          for (Facet facet : Facet.ordered()) {
            double budgetGap = gap.perFacetBudget().get(facet);
            // A facet either gives or receives, never both, and never more than its gap.
            assertEquals(0, Math.min(given[facet.ordinal()], received[facet.ordinal()]));
            assertClose(Math.max(0, -budgetGap), given[facet.ordinal()], total, RELATIVE, "given by " + facet);
            assertClose(Math.max(0, budgetGap), received[facet.ordinal()], total, RELATIVE, "received by " + facet);
          }
          double movedInAll = moved;
          assertClose(gap.transfer(), movedInAll, total, RELATIVE, "moved");
          assertTrue(movedInAll <= gap.transfer() * (1 + RELATIVE),
              () -> "moved " + movedInAll + " > transfer " + gap.transfer());
        });
  }
}
