package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rule of {@link SimulationBlocks}: its blocks, run in any order (as separate processes would)
 * and merged in block order, give the simulator's result to the bit, whatever the trials, block
 * size, scenarios and correlation.
 */
class SimulationBlocksProperties {
  private static Gen<Correlation> correlations() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, Generate.constant(Correlation.NONE)),
        org.quicktheories.api.Pair.of(1, doubles().between(0, 0.95).map(Correlation::byDominantFacet)),
        org.quicktheories.api.Pair.of(1, doubles().between(0, 0.95).map(Correlation::byTag)));
  }

  /** 2 (the least) to 1 500 trials in blocks of 1 to 400 (so from one block to 1 500), on two threads. */
  private static Gen<SimulationSettings> settings() {
    return integers().between(2, 1500).zip(integers().between(1, 400), longs().all(),
            (trials, blockSize, seed) -> SimulationSettings.trials(trials).withSeed(seed).withBlockSize(blockSize).withThreads(2))
        .zip(correlations(), SimulationSettings::withCorrelation);
  }

  @Test
  void blocksRunInAnyOrderGiveTheSimulatorsResultBitForBit() {
    qt().withFixedSeed(17).withExamples(40)
        .forAll(Generators.portfolios(8), Generators.scenarioSets(4).toOptionals(60), settings(), longs().all())
        .checkAssert((portfolio, scenarios, settings, seed) -> {
          OutcomeDistribution expected = scenarios.isPresent()
              ? OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios.get(), settings, SimulationControl.DEFAULT)
              : OutcomeSimulator.DEFAULT.simulate(portfolio, settings, SimulationControl.DEFAULT);
          SimulationFixtures.assertSameOutcome(expected, inShuffledOrder(portfolio, scenarios, settings, seed));
          assertEquals(expected, inShuffledOrder(portfolio, scenarios, settings, seed));
        });
  }

  /** The blocks through the overload for the scenarios given or not. */
  private static SimulationBlocks blocks(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
    return scenarios.isPresent() ? SimulationBlocks.of(portfolio, scenarios.get(), settings)
        : SimulationBlocks.of(portfolio, settings);
  }

  /** Each pass's blocks in a shuffled order, each by a fresh instance, as on separate machines. */
  static OutcomeDistribution inShuffledOrder(
      Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings, long shuffleSeed) {
    int count = blocks(portfolio, scenarios, settings).count();
    List<Integer> order = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      order.add(b);
    }
    Collections.shuffle(order, new Random(shuffleSeed));
    SimulationBlocks.Measured[] measured = new SimulationBlocks.Measured[count];
    for (int b : order) {
      measured[b] = blocks(portfolio, scenarios, settings).measure(b);
    }
    SimulationBlocks driver = blocks(portfolio, scenarios, settings);
    SimulationBlocks.Tail tail = driver.tail(List.of(measured));
    Collections.shuffle(order, new Random(~shuffleSeed));
    double[][] replays = new double[count][];
    for (int b : order) {
      replays[b] = blocks(portfolio, scenarios, settings).replay(b, tail);
    }
    return driver.finish(List.of(measured), tail, List.of(replays));
  }
}
