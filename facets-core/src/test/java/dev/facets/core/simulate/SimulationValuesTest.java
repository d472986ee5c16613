package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Equality, null handling and the interrupt path of the simulation's public types. */
class SimulationValuesTest {
  @Test
  void settingsEquality() {
    SimulationSettings base = SimulationSettings.of(100, 1).withThreads(2);
    new EqualsTester()
        .addEqualityGroup(base, SimulationSettings.of(100, 1).withThreads(2))
        .addEqualityGroup(base.withTrials(101))
        .addEqualityGroup(base.withSeed(2))
        .addEqualityGroup(base.withThreads(3))
        .addEqualityGroup(base.withAlpha(0.1))
        .addEqualityGroup(base.withCorrelation(Correlation.byTag(0.2)))
        .addEqualityGroup(base.withHistogramBins(9))
        .addEqualityGroup(base.withBlockSize(10))
        .testEquals();
    assertEquals(SimulationSettings.DEFAULT_ALPHA, base.alpha(), 0);
    assertEquals(Runtime.getRuntime().availableProcessors(), SimulationSettings.of(10, 0).threads());
  }

  @Test
  void correlationEquality() {
    new EqualsTester()
        .addEqualityGroup(Correlation.NONE, Correlation.of(Correlation.Grouping.NONE, 0))
        .addEqualityGroup(Correlation.byTag(0.3), Correlation.of(Correlation.Grouping.TAG, 0.3))
        .addEqualityGroup(Correlation.byDominantFacet(0.3))
        .addEqualityGroup(Correlation.byDominantFacet(0), Correlation.byDominantFacet(-0.0))
        .testEquals();
    assertTrue(Correlation.NONE.isIndependent());
    assertEquals("Correlation[TAG, rho=0.3]", Correlation.byTag(0.3).toString());
  }

  @Test
  void outcomeEqualityCoversEveryField() {
    Portfolio portfolio = SimulationFixtures.mixed();
    SimulationSettings settings = SimulationSettings.of(500, 3).withThreads(1);
    OutcomeDistribution outcome = OutcomeSimulator.DEFAULT.simulate(portfolio, settings);
    new EqualsTester()
        .addEqualityGroup(outcome, OutcomeSimulator.DEFAULT.simulate(portfolio, settings))
        .addEqualityGroup(OutcomeSimulator.DEFAULT.simulate(portfolio, settings.withSeed(4)))
        .addEqualityGroup(OutcomeSimulator.DEFAULT.simulate(portfolio, settings.withThreads(2)))
        .addEqualityGroup(OutcomeSimulator.DEFAULT.simulate(portfolio, SimulationFixtures.twoFutures(), settings))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(outcome.histogram(), outcome.histogram())
        .addEqualityGroup(OutcomeSimulator.DEFAULT.simulate(portfolio, settings.withHistogramBins(3)).histogram())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(outcome.initiatives().get(0), outcome.initiatives().get(0))
        .addEqualityGroup(outcome.initiatives().get(1))
        .testEquals();
    assertTrue(outcome.toString().startsWith("OutcomeDistribution[SimulationSettings[trials=500, seed=3"),
        outcome.toString());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Portfolio.class, SimulationFixtures.mixed())
        .setDefault(ScenarioSet.class, SimulationFixtures.twoFutures())
        .setDefault(SimulationSettings.class, SimulationSettings.of(10, 0))
        .setDefault(SimulationControl.class, SimulationControl.DEFAULT)
        .setDefault(Correlation.class, Correlation.NONE)
        .setDefault(Optional.class, Optional.empty())
        .setDefault(Facet.class, Facet.MISSION);
    tester.testAllPublicStaticMethods(Correlation.class);
    tester.testAllPublicStaticMethods(SimulationSettings.class);
    tester.testAllPublicInstanceMethods(SimulationSettings.of(10, 0));
    tester.testAllPublicInstanceMethods(SimulationControl.DEFAULT);
    tester.testAllPublicInstanceMethods(OutcomeSimulator.DEFAULT);
    tester.testAllPublicInstanceMethods(OutcomeSimulator.DEFAULT.simulate(SimulationFixtures.mixed(),
        SimulationSettings.of(10, 0)));
  }

  @Test
  void anInterruptedCallerGetsACancellationAndKeepsItsInterrupt() {
    Thread caller = Thread.currentThread();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    SimulationControl control = SimulationControl.DEFAULT.withProgress((done, total) -> {
      calls.incrementAndGet();
      caller.interrupt();
    });
    try {
      CancellationException error = assertThrows(CancellationException.class, () -> OutcomeSimulator.DEFAULT.simulate(
          SimulationFixtures.mixed(),
          SimulationSettings.of(2_000_000, 1).withBlockSize(1000).withThreads(2), control));
      assertTrue(error.getMessage().startsWith("simulation interrupted after "), error.getMessage());
      assertTrue(Thread.interrupted(), "the interrupt status is restored");
      int callsAtReturn = calls.get();
      // How many blocks finish before the caller wakes up depends on the scheduler; none after.
      assertTrue(callsAtReturn >= 1 && callsAtReturn < 2000, "calls: " + callsAtReturn);
      Thread.sleep(100);
      assertEquals(callsAtReturn, calls.get(), "no callback after the run returned");
    } catch (InterruptedException e) {
      throw new AssertionError("no stray interrupt after the run returned", e);
    } finally {
      Thread.interrupted();
    }
  }
}
