package dev.facets.core.simulate;

import static dev.facets.core.simulate.SimulationFixtures.assertSameOutcome;
import static dev.facets.core.simulate.SimulationFixtures.equalProbabilities;
import static dev.facets.core.simulate.SimulationFixtures.initiative;
import static dev.facets.core.simulate.SimulationFixtures.mixed;
import static dev.facets.core.simulate.SimulationFixtures.portfolio;
import static dev.facets.core.simulate.SimulationFixtures.twoFutures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutcomeSimulatorTest {
  private static final OutcomeSimulator SIMULATOR = OutcomeSimulator.DEFAULT;

  @Test
  void certainSuccessesWithPointEstimatesAreExact() {
    Portfolio portfolio = portfolio(List.of(
        initiative("a", Facet.ENHANCEMENT, 1, ImpactEstimate.of(2, 2, 2)),
        initiative("b", Facet.MISSION, 1, ImpactEstimate.of(0.5, 0.5, 0.5)),
        initiative("c", Facet.MISSION, 1, ImpactEstimate.UNIT)));
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio, SimulationSettings.of(5000, 3).withBlockSize(512));
    // Every trial totals 2 + 0.5 + 1 = 3.5 exactly.
    assertEquals(3.5, outcome.mean(), 0);
    assertEquals(0, outcome.standardDeviation(), 0);
    assertEquals(0, outcome.standardError(), 0);
    for (double quantile : outcome.quantiles().values()) {
      assertEquals(3.5, quantile, 0);
    }
    assertEquals(3.5, outcome.minimum(), 0);
    assertEquals(3.5, outcome.maximum(), 0);
    assertEquals(3.5, outcome.valueAtRisk(), 0);
    assertEquals(3.5, outcome.conditionalValueAtRisk(), 0);
    assertEquals(0, outcome.probabilityNoSuccess(), 0);
    assertEquals(3, outcome.expectedSuccesses(), 0);
    assertEquals(0, outcome.successCountStandardDeviation(), 0);
    assertEquals(1, outcome.facetSuccessProbability(Facet.ENHANCEMENT).getAsDouble(), 0);
    assertEquals(1, outcome.facetSuccessProbability(Facet.MISSION).getAsDouble(), 0);
    assertFalse(outcome.facetSuccessProbability(Facet.ADAPTIVE).isPresent(), "no adaptive initiative");
    assertFalse(outcome.facetSuccessProbability(Facet.ANTICIPATORY).isPresent());
    assertEquals(2, outcome.initiatives().get(0).meanContribution(), 0);
    assertEquals(0.5, outcome.initiatives().get(1).tailContribution(), 0);
    assertEquals(1, outcome.initiatives().get(2).successRate(), 0);
    assertEquals(new Histogram[] {outcome.histogram()}.length, 1);
    assertEquals(1, outcome.histogram().bins());
    assertEquals(5000, outcome.histogram().counts()[0]);
  }

  @Test
  void aScenarioMultipliesEveryImpactByItsMixedPayoff() {
    // One certain future paying 2 on enhancement and 4 on mission: a 1:3 enhancement:mission mix
    // earns 0.25 * 2 + 0.75 * 4 = 3.5 per unit of impact. A future of probability 0 is never drawn.
    Portfolio portfolio = portfolio(List.of(
        new dev.facets.api.Initiative.Builder().id("x").budget(1).facets(dev.facets.api.FacetMix.of(1, 3, 0, 0))
            .impact(ImpactEstimate.of(2, 2, 2)).build()));
    ScenarioSet scenarios = ScenarioSet.of(List.of(
        Scenario.of("never", 0, FacetValues.of(100, 100, 100, 100)),
        Scenario.of("certain", 1, FacetValues.of(2, 4, 0, 0)),
        Scenario.of("never either", 0, FacetValues.of(-100, -100, 0, 0))));
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio, scenarios, SimulationSettings.of(3000, 8));
    assertEquals(7, outcome.mean(), 0);
    assertEquals(7, outcome.minimum(), 0);
    assertEquals(7, outcome.maximum(), 0);
    assertEquals(3, outcome.scenarioCount());
  }

  @Test
  void scenariosAreDrawnByProbability() {
    // A certain unit impact on enhancement pays 1.2 in "steady" (p = 0.7) and 0.4 in "shock":
    // the fraction of totals at 0.4 estimates 0.3, within 5 standard errors sqrt(0.21 / N).
    Portfolio portfolio = portfolio(List.of(initiative("a", Facet.ENHANCEMENT, 1, ImpactEstimate.UNIT)));
    int trials = 40_000;
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio, twoFutures(),
        SimulationSettings.of(trials, 99).withHistogramBins(2));
    double shockShare = outcome.histogram().counts()[0] / (double) trials;
    assertEquals(0.3, shockShare, 5 * Math.sqrt(0.21 / trials));
    assertEquals(0.4, outcome.minimum(), 1e-15);
    assertEquals(1.2, outcome.maximum(), 1e-15);
  }

  @Test
  void resultsAreBitIdenticalForOneTwoAndSevenThreads() {
    for (Correlation correlation : List.of(Correlation.NONE, Correlation.byDominantFacet(0.4), Correlation.byTag(0.7))) {
      SimulationSettings settings = SimulationSettings.of(20_011, 2024).withBlockSize(1000)
          .withCorrelation(correlation).withAlpha(0.1);
      OutcomeDistribution one = SIMULATOR.simulate(mixed(), twoFutures(), settings.withThreads(1));
      OutcomeDistribution two = SIMULATOR.simulate(mixed(), twoFutures(), settings.withThreads(2));
      OutcomeDistribution seven = SIMULATOR.simulate(mixed(), twoFutures(), settings.withThreads(7));
      assertSameOutcome(one, two);
      assertSameOutcome(one, seven);
      assertEquals(7, seven.threads());
      assertEquals(one, SIMULATOR.simulate(mixed(), twoFutures(), settings.withThreads(1)), "repeatable");
    }
  }

  @Test
  void aCallersExecutorGivesTheSameResultAndIsNotShutDown() {
    SimulationSettings settings = SimulationSettings.of(9000, 5).withBlockSize(700).withThreads(3);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      OutcomeDistribution own = SIMULATOR.simulate(mixed(), settings);
      OutcomeDistribution shared = SIMULATOR.simulate(mixed(), settings,
          SimulationControl.DEFAULT.withExecutor(executor));
      assertEquals(own, shared);
      assertFalse(executor.isShutdown());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void anotherSeedGivesAnotherSample() {
    SimulationSettings settings = SimulationSettings.of(2000, 1);
    assertTrue(SIMULATOR.simulate(mixed(), settings).mean() != SIMULATOR.simulate(mixed(), settings.withSeed(2)).mean());
  }

  @Test
  void probabilityOfNoSuccessMatchesTheProduct() {
    Portfolio portfolio = portfolio(List.of(
        initiative("a", Facet.ENHANCEMENT, 0.3, ImpactEstimate.UNIT),
        initiative("b", Facet.MISSION, 0.5, ImpactEstimate.UNIT),
        initiative("c", Facet.ADAPTIVE, 0.2, ImpactEstimate.UNIT)));
    // (1 - 0.3)(1 - 0.5)(1 - 0.2) = 0.28.
    int trials = 50_000;
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio, SimulationSettings.of(trials, 17));
    assertEquals(0.28, outcome.probabilityNoSuccess(), 5 * Math.sqrt(0.28 * 0.72 / trials));
    // E[successes] = 0.3 + 0.5 + 0.2 = 1, Var = 0.21 + 0.25 + 0.16 = 0.62.
    assertEquals(1, outcome.expectedSuccesses(), 5 * Math.sqrt(0.62 / trials));
    assertEquals(0.3, outcome.facetSuccessProbability(Facet.ENHANCEMENT).getAsDouble(), 5 * Math.sqrt(0.21 / trials));
  }

  @Test
  void correlationRaisesTheVarianceOfTheNumberOfSuccesses() {
    // 20 initiatives of one facet with p = 1/2. Independent: Var = 20 / 4 = 5. With latent
    // correlation rho, two successes coincide with probability 1/4 + asin(rho) / (2 pi) (the
    // bivariate normal orthant), so Var = 5 + 20 * 19 * asin(rho) / (2 pi): 36.67 at rho = 0.5.
    Portfolio portfolio = equalProbabilities(20, 0.5, Facet.MISSION);
    SimulationSettings settings = SimulationSettings.of(20_000, 77);
    double independent = SIMULATOR.simulate(portfolio, settings).successCountStandardDeviation();
    double correlated = SIMULATOR.simulate(portfolio, settings.withCorrelation(Correlation.byDominantFacet(0.5)))
        .successCountStandardDeviation();
    assertEquals(Math.sqrt(5), independent, 0.05 * Math.sqrt(5));
    double expected = Math.sqrt(5 + 20 * 19 * Math.asin(0.5) / (2 * Math.PI));
    assertEquals(expected, correlated, 0.05 * expected);
    assertTrue(correlated > 2 * independent, correlated + " vs " + independent);
  }

  @Test
  void correlationKeepsEachInitiativesSuccessProbability() {
    Portfolio portfolio = equalProbabilities(10, 0.3, Facet.ADAPTIVE);
    int trials = 20_000;
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio,
        SimulationSettings.of(trials, 5).withCorrelation(Correlation.byTag(0.8)));
    for (InitiativeOutcome initiative : outcome.initiatives()) {
      assertEquals(0.3, initiative.successRate(), 5 * Math.sqrt(0.21 / trials), initiative.id());
    }
  }

  @Test
  void zeroCorrelationReproducesTheIndependentDistribution() {
    Portfolio portfolio = mixed();
    int trials = 40_000;
    SimulationSettings settings = SimulationSettings.of(trials, 31);
    OutcomeDistribution independent = SIMULATOR.simulate(portfolio, twoFutures(), settings);
    for (Correlation zero : List.of(Correlation.byDominantFacet(0), Correlation.byTag(0))) {
      OutcomeDistribution copula = SIMULATOR.simulate(portfolio, twoFutures(), settings.withCorrelation(zero));
      // Two independent estimates of one quantity differ by less than 5 sqrt(2) standard errors.
      double meanError = Math.sqrt(2) * independent.standardError();
      assertEquals(independent.mean(), copula.mean(), 5 * meanError);
      double q = independent.probabilityNoSuccess();
      assertEquals(q, copula.probabilityNoSuccess(), 5 * Math.sqrt(2 * q * (1 - q) / trials));
      double successError = Math.sqrt(2) * independent.successCountStandardDeviation() / Math.sqrt(trials);
      assertEquals(independent.expectedSuccesses(), copula.expectedSuccesses(), 5 * successError);
      assertEquals(independent.successCountStandardDeviation(), copula.successCountStandardDeviation(),
          0.05 * independent.successCountStandardDeviation());
    }
  }

  @Test
  void contributionsAddUpToTheMeanAndTheCvar() {
    OutcomeDistribution outcome = SIMULATOR.simulate(mixed(), twoFutures(),
        SimulationSettings.of(30_000, 12).withAlpha(0.1).withCorrelation(Correlation.byTag(0.3)));
    double mean = outcome.initiatives().stream().mapToDouble(InitiativeOutcome::meanContribution).sum();
    double tail = outcome.initiatives().stream().mapToDouble(InitiativeOutcome::tailContribution).sum();
    assertEquals(outcome.mean(), mean, 1e-9 * Math.abs(outcome.mean()));
    assertEquals(outcome.conditionalValueAtRisk(), tail, 1e-9 * Math.max(1, Math.abs(tail)));
    // The certain initiative "e" (3 times the enhancement payoff) never fails, so it contributes
    // in the tail too; the long shot "c" (10 %) contributes little there.
    InitiativeOutcome certain = outcome.initiatives().get(4);
    assertEquals(1, certain.successRate(), 0);
    assertTrue(certain.tailContribution() > 0);
    assertTrue(outcome.initiatives().get(2).tailContribution() < outcome.initiatives().get(2).meanContribution());
  }

  @Test
  void progressIsMonotoneAndEndsAtTwiceTheTrials() {
    List<long[]> reports = new ArrayList<>();
    SimulationControl control = SimulationControl.DEFAULT.withProgress((done, total) -> reports.add(new long[] {done, total}));
    SIMULATOR.simulate(mixed(), SimulationSettings.of(10_000, 4).withBlockSize(1000).withThreads(2), control);
    assertEquals(20, reports.size(), "one report per block and pass");
    for (int j = 1; j < reports.size(); j++) {
      assertTrue(reports.get(j)[0] > reports.get(j - 1)[0]);
    }
    assertEquals(20_000, reports.get(reports.size() - 1)[0]);
    assertEquals(20_000, reports.get(0)[1]);
  }

  @Test
  void cancellationStopsTheRunWithACancellationException() {
    AtomicBoolean cancelled = new AtomicBoolean();
    AtomicInteger blocksAfterCancel = new AtomicInteger();
    SimulationControl control = SimulationControl.DEFAULT
        .withProgress((done, total) -> {
          if (cancelled.get()) {
            blocksAfterCancel.incrementAndGet();
          }
          cancelled.set(done >= 3000);
        })
        .withCancellation(cancelled::get);
    CancellationException error = assertThrows(CancellationException.class, () -> SIMULATOR.simulate(mixed(),
        SimulationSettings.of(1_000_000, 4).withBlockSize(1000).withThreads(2), control));
    assertTrue(error.getMessage().startsWith("simulation cancelled after "), error.getMessage());
    assertTrue(error.getMessage().endsWith(" of 2000000 trial simulations"), error.getMessage());
    // Each worker finishes at most the block it was running.
    assertTrue(blocksAfterCancel.get() <= 2, "blocks after cancellation: " + blocksAfterCancel.get());
  }

  @Test
  void aRunCancelledBeforeItStartsDoesNoWork() {
    AtomicInteger reports = new AtomicInteger();
    SimulationControl control = SimulationControl.DEFAULT
        .withProgress((done, total) -> reports.incrementAndGet()).withCancellation(() -> true);
    CancellationException error = assertThrows(CancellationException.class,
        () -> SIMULATOR.simulate(mixed(), SimulationSettings.of(100, 4).withThreads(1), control));
    assertEquals("simulation cancelled after 0 of 200 trial simulations", error.getMessage());
    assertEquals(0, reports.get());
  }

  @Test
  void aFailingListenerFailsTheRun() {
    SimulationControl control = SimulationControl.DEFAULT.withProgress((done, total) -> {
      throw new IllegalStateException("listener broke");
    });
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> SIMULATOR.simulate(mixed(), SimulationSettings.of(5000, 4).withThreads(2), control));
    assertEquals("listener broke", error.getMessage());
  }

  @Test
  void settingsAreRecordedInTheResult() {
    SimulationSettings settings = SimulationSettings.of(1000, -5).withThreads(3).withAlpha(0.2)
        .withCorrelation(Correlation.byTag(0.25)).withHistogramBins(7).withBlockSize(100);
    OutcomeDistribution outcome = SIMULATOR.simulate(mixed(), settings);
    assertEquals(settings, outcome.settings());
    assertEquals(1000, outcome.trials());
    assertEquals(-5, outcome.seed());
    assertEquals(3, outcome.threads());
    assertEquals(0.2, outcome.alpha(), 0);
    assertEquals(Correlation.byTag(0.25), outcome.correlation());
    assertEquals(7, outcome.histogram().bins());
    assertEquals(0, outcome.scenarioCount());
  }

  @Test
  void invalidSettingsAreRejectedWithTheirField() {
    assertMessage("trials must be >= 2, got 1", () -> SimulationSettings.of(1, 0));
    assertMessage("threads must be >= 1, got 0", () -> SimulationSettings.of(10, 0).withThreads(0));
    assertMessage("alpha must be in (0.0, 1.0), got 1.0", () -> SimulationSettings.of(10, 0).withAlpha(1));
    assertMessage("alpha must be in (0.0, 1.0), got NaN", () -> SimulationSettings.of(10, 0).withAlpha(Double.NaN));
    assertMessage("alpha must be in (0.0, 1.0), got 0.0", () -> SimulationSettings.of(10, 0).withAlpha(0));
    assertMessage("histogramBins must be >= 1, got 0", () -> SimulationSettings.of(10, 0).withHistogramBins(0));
    assertMessage("blockSize must be >= 1, got -3", () -> SimulationSettings.of(10, 0).withBlockSize(-3));
    assertMessage("rho must be in [0, 1), got 1.0", () -> Correlation.byTag(1));
    assertMessage("rho must be in [0, 1), got -0.1", () -> Correlation.byDominantFacet(-0.1));
    assertMessage("rho must be in [0, 1), got NaN", () -> Correlation.byDominantFacet(Double.NaN));
    assertMessage("rho must be 0 when there is no grouping, got 0.5",
        () -> Correlation.of(Correlation.Grouping.NONE, 0.5));
    assertMessage("level must be one of [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99], got 0.3",
        () -> SIMULATOR.simulate(mixed(), SimulationSettings.of(10, 0)).quantile(0.3));
  }

  @Test
  void totalsThatCouldOverflowAreRejected() {
    Portfolio huge = portfolio(List.of(
        initiative("a", Facet.ENHANCEMENT, 0.5, ImpactEstimate.of(0, 1, 1e300)),
        initiative("b", Facet.ENHANCEMENT, 0.5, ImpactEstimate.of(0, 1, 1e300))));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SIMULATOR.simulate(huge, SimulationSettings.of(10, 0)));
    assertTrue(error.getMessage().startsWith("initiatives[*].impact must keep the largest possible total"),
        error.getMessage());
  }

  @Test
  void trialsBeyondTheHeapAreRejectedBeforeAnyWork() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SIMULATOR.simulate(mixed(), SimulationSettings.of(Integer.MAX_VALUE, 0)));
    assertTrue(error.getMessage().startsWith("trials must fit in the heap: their totals need 32767 MiB"),
        error.getMessage());
  }

  @Test
  void negativeImpactsAndPayoffsAreSimulated() {
    Portfolio portfolio = portfolio(List.of(initiative("a", Facet.ADAPTIVE, 1, ImpactEstimate.of(-3, -3, -3))));
    ScenarioSet scenarios = ScenarioSet.of(List.of(Scenario.of("bad", FacetValues.of(0, 0, -2, 0))));
    OutcomeDistribution outcome = SIMULATOR.simulate(portfolio, scenarios, SimulationSettings.of(100, 0));
    assertEquals(6, outcome.mean(), 0);
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }
}
