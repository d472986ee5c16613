package dev.facets.core.simulate;

import static dev.facets.core.simulate.SimulationFixtures.analyticMoments;
import static dev.facets.core.simulate.SimulationFixtures.assertSameOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the simulator on generated portfolios and scenario sets. Trial counts are modest so
 * the suite stays fast; statistical checks use 5 analytic standard errors, which a correct simulator
 * exceeds with probability below 1e-6 per example.
 */
class OutcomeSimulatorProperties {
  private static final OutcomeSimulator SIMULATOR = OutcomeSimulator.DEFAULT;
  private static final int TRIALS = 4000;
  private static final int EXAMPLES = 60;

  private static Gen<Optional<ScenarioSet>> optionalScenarios() {
    return Generators.scenarioSets(4).toOptionals(60);
  }

  private static OutcomeDistribution simulate(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
    return scenarios.map(set -> SIMULATOR.simulate(portfolio, set, settings)).orElseGet(() -> SIMULATOR.simulate(portfolio, settings));
  }

  @Test
  void theSampleMeanIsWithinFiveStandardErrorsOfTheAnalyticExpectation() {
    qt().withFixedSeed(21).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all(), SimulationFixtures.correlations())
        .checkAssert((portfolio, scenarios, seed, correlation) -> {
          // The copula keeps every marginal success probability, so the expectation is unchanged.
          OutcomeDistribution outcome = simulate(portfolio, scenarios,
              SimulationSettings.trials(TRIALS).withSeed(seed).withCorrelation(correlation).withThreads(1));
          double[] moments = analyticMoments(portfolio, scenarios);
          if (correlation.isIndependent()) {
            double standardError = Math.sqrt(moments[1] / TRIALS);
            assertEquals(moments[0], outcome.mean(), 5 * standardError + 1e-9 * (1 + Math.abs(moments[0])));
          } else {
            // Correlation changes the variance; bound it by Cauchy-Schwarz with the initiatives'
            // standard deviations added up (perfect correlation), plus the scenarios' spread.
            double standardError = Math.sqrt(worstCaseVariance(portfolio, scenarios) / TRIALS);
            assertEquals(moments[0], outcome.mean(), 5 * standardError + 1e-9 * (1 + Math.abs(moments[0])));
          }
        });
  }

  /** (sum_i sd_i)^2 with sd_i the largest value's spread of initiative i: a bound on any correlation. */
  private static double worstCaseVariance(Portfolio portfolio, Optional<ScenarioSet> scenarios) {
    double sum = 0;
    for (Initiative initiative : portfolio.initiatives()) {
      double largest = 0;
      for (int s = 0; s < scenarios.map(ScenarioSet::size).orElse(1); s++) {
        double m = scenarios.isPresent()
            ? SimulationFixtures.multiplier(initiative, scenarios.get().scenarios().get(s)) : 1;
        largest = Math.max(largest, Math.abs(m) * Math.max(Math.abs(initiative.impact().low()),
            Math.abs(initiative.impact().high())));
      }
      sum += largest;
    }
    return sum * sum;
  }

  @Test
  void theProbabilityOfNoSuccessMatchesTheProductOfFailures() {
    qt().withFixedSeed(22).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), longs().all())
        .checkAssert((portfolio, seed) -> {
          OutcomeDistribution outcome = simulate(portfolio, Optional.empty(), SimulationSettings.trials(TRIALS).withSeed(seed));
          double q = SimulationFixtures.probabilityNoSuccess(portfolio);
          assertEquals(q, outcome.probabilityNoSuccess(), 5 * Math.sqrt(q * (1 - q) / TRIALS) + 1e-12);
        });
  }

  @Test
  void orderStatisticsAreOrdered() {
    qt().withFixedSeed(23).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all(), doubles().between(0.001, 0.999))
        .checkAssert((portfolio, scenarios, seed, alpha) -> {
          OutcomeDistribution outcome = simulate(portfolio, scenarios,
              SimulationSettings.trials(1000).withSeed(seed).withAlpha(alpha).withHistogramBins(13));
          double previous = outcome.minimum();
          for (double quantile : outcome.quantiles().values()) {
            assertTrue(previous <= quantile, outcome.quantiles().toString());
            previous = quantile;
          }
          assertTrue(previous <= outcome.maximum());
          assertTrue(outcome.minimum() <= outcome.conditionalValueAtRisk());
          assertTrue(outcome.conditionalValueAtRisk() <= outcome.valueAtRisk());
          assertTrue(outcome.valueAtRisk() <= outcome.maximum());
          assertTrue(outcome.minimum() <= outcome.mean() && outcome.mean() <= outcome.maximum());
          assertTrue(outcome.standardDeviation() >= 0);
        });
  }

  @Test
  void theHistogramCoversEveryTrial() {
    qt().withFixedSeed(24).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all())
        .checkAssert((portfolio, scenarios, seed) -> {
          OutcomeDistribution outcome = simulate(portfolio, scenarios, SimulationSettings.trials(1000).withSeed(seed));
          Histogram histogram = outcome.histogram();
          assertEquals(1000, java.util.Arrays.stream(histogram.counts()).sum());
          double[] edges = histogram.edges();
          assertEquals(histogram.bins() + 1, edges.length);
          assertEquals(outcome.minimum(), edges[0], 0);
          assertEquals(outcome.maximum(), edges[edges.length - 1], 0);
          for (int j = 1; j < edges.length; j++) {
            assertTrue(edges[j - 1] <= edges[j]);
          }
        });
  }

  @Test
  void successStatisticsAreConsistentProbabilities() {
    qt().withFixedSeed(25).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), longs().all(), SimulationFixtures.correlations())
        .checkAssert((portfolio, seed, correlation) -> {
          OutcomeDistribution outcome = simulate(portfolio, Optional.empty(),
              SimulationSettings.trials(1000).withSeed(seed).withCorrelation(correlation));
          double rates = 0;
          for (InitiativeOutcome initiative : outcome.initiatives()) {
            rates += initiative.successRate();
            double facet = outcome.facetSuccessProbability(initiative.dominantFacet()).getAsDouble();
            assertTrue(initiative.successRate() <= facet, "an initiative's success is a success of its facet");
          }
          assertEquals(rates, outcome.expectedSuccesses(), 1e-9 * (1 + rates));
          for (Facet facet : Facet.ordered()) {
            boolean present = portfolio.initiatives().stream()
                .anyMatch(i -> InitiativeMixes.of(i).dominant() == facet);
            assertEquals(present, outcome.facetSuccessProbability(facet).isPresent(), facet.jsonName());
            outcome.facetSuccessProbability(facet).ifPresent(p -> {
              assertTrue(p >= 0 && p <= 1);
              assertTrue(p + outcome.probabilityNoSuccess() <= 1 + 1e-12, "no success excludes a facet's");
            });
          }
          // A probability-0 initiative never succeeds and a probability-1 one always does.
          for (int i = 0; i < portfolio.size(); i++) {
            double p = portfolio.initiatives().get(i).successProbability();
            if (p == 0 || p == 1) {
              assertEquals(p, outcome.initiatives().get(i).successRate(), 0);
            }
          }
        });
  }

  @Test
  void contributionsAddUpToTheMeanAndTheCvar() {
    qt().withFixedSeed(26).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all(), doubles().between(0.01, 0.5))
        .checkAssert((portfolio, scenarios, seed, alpha) -> {
          OutcomeDistribution outcome = simulate(portfolio, scenarios,
              SimulationSettings.trials(1000).withSeed(seed).withAlpha(alpha));
          double scale = 1 + outcome.initiatives().stream()
              .mapToDouble(i -> Math.abs(i.meanContribution()) + Math.abs(i.tailContribution())).sum()
              + Math.abs(outcome.minimum()) + Math.abs(outcome.maximum());
          assertEquals(outcome.mean(),
              outcome.initiatives().stream().mapToDouble(InitiativeOutcome::meanContribution).sum(), 1e-9 * scale);
          assertEquals(outcome.conditionalValueAtRisk(),
              outcome.initiatives().stream().mapToDouble(InitiativeOutcome::tailContribution).sum(), 1e-9 * scale);
        });
  }

  @Test
  void theThreadCountNeverChangesABit() {
    qt().withFixedSeed(27).withExamples(30)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all(), SimulationFixtures.correlations())
        .checkAssert((portfolio, scenarios, seed, correlation) -> {
          SimulationSettings settings = SimulationSettings.trials(1500).withSeed(seed).withBlockSize(97).withCorrelation(correlation);
          assertSameOutcome(simulate(portfolio, scenarios, settings.withThreads(1)),
              simulate(portfolio, scenarios, settings.withThreads(3)));
        });
  }

  @Test
  void doublingEveryImpactDoublesEveryValueExactly() {
    // Scaling by a power of two is exact in binary floating point, sqrt(4 x) = 2 sqrt(x) included, and
    // the success draws do not depend on impacts: every total doubles bit for bit.
    qt().withFixedSeed(28).withExamples(EXAMPLES)
        .forAll(Generators.portfolios(12), optionalScenarios(), longs().all(), SimulationFixtures.correlations())
        .checkAssert((portfolio, scenarios, seed, correlation) -> {
          SimulationSettings settings = SimulationSettings.trials(500).withSeed(seed).withCorrelation(correlation);
          OutcomeDistribution once = simulate(portfolio, scenarios, settings);
          OutcomeDistribution twice = simulate(doubled(portfolio), scenarios, settings);
          assertEquals(2 * once.mean(), twice.mean(), 0);
          assertEquals(2 * once.standardDeviation(), twice.standardDeviation(), 0);
          assertEquals(2 * once.conditionalValueAtRisk(), twice.conditionalValueAtRisk(), 0);
          assertEquals(2 * once.valueAtRisk(), twice.valueAtRisk(), 0);
          for (double level : OutcomeDistribution.QUANTILE_LEVELS) {
            assertEquals(2 * once.quantile(level), twice.quantile(level), 0);
          }
          assertEquals(once.probabilityNoSuccess(), twice.probabilityNoSuccess(), 0);
          assertEquals(once.facetSuccessProbabilities(), twice.facetSuccessProbabilities());
        });
  }

  private static Portfolio doubled(Portfolio portfolio) {
    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative initiative : portfolio.initiatives()) {
      ImpactEstimate impact = initiative.impact();
      initiatives.add(new Initiative.Builder().from(initiative)
          .impact(ImpactEstimate.of(2 * impact.low(), 2 * impact.mode(), 2 * impact.high())).build());
    }
    return new Portfolio.Builder().from(portfolio).initiatives(initiatives).build();
  }
}
