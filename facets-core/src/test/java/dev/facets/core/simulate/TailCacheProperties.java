package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Attributing the tail from the values the measuring pass kept ({@link TailCache}) gives the
 * distribution that replaying every tail trial gives, bit for bit, whatever the threads, block size,
 * tail level and correlation; and the cache does keep most of the tail's trials.
 */
class TailCacheProperties {
  @Test
  void keptValuesAttributeTheTailAsTheReplayDoes() {
    int[] examples = new int[2];
    qt().withFixedSeed(0x7A11L).withExamples(60)
        .forAll(Generators.portfolios(12), Generators.scenarioSets(4).toOptionals(60), longs().all(), SimulationFixtures.correlations())
        .checkAssert((portfolio, scenarios, seed, correlation) -> {
          // QuickTheories takes four sources: threads, block size and alpha come from the seed.
          SplittableRandom random = new SplittableRandom(seed);
          int threads = 1 + random.nextInt(3);
          int blockSize = 40 + random.nextInt(361);
          double alpha = 0.01 + 0.59 * random.nextDouble();
          SimulationSettings settings = SimulationSettings.trials(2000).withSeed(seed).withThreads(threads)
              .withBlockSize(blockSize).withAlpha(alpha).withCorrelation(correlation);
          TailCache cache = TailCache.of(portfolio.initiatives().size(), settings, Long.MAX_VALUE);
          OutcomeDistribution cached = run(portfolio, scenarios, settings, cache);
          OutcomeDistribution replayed = run(portfolio, scenarios, settings, TailCache.NONE);
          assertEquals(replayed, cached);
          int kept = 0;
          for (int b = 0; b < settings.blocks(); b++) {
            kept += cache.kept(b);
          }
          examples[0]++;
          // Blocks after the first keep about alpha + margin of their trials; a tail this
          // small a share of them would mean the threshold or the keeping is wrong.
          if (kept >= alpha * (settings.trials() - 3 * blockSize)) {
            examples[1]++;
          }
        });
    assertTrue(examples[1] >= examples[0] * 9 / 10, examples[1] + " of " + examples[0] + " runs kept their tail");
  }

  @Test
  void aRunTooLargeForItsShareKeepsNothing() {
    SimulationSettings settings = SimulationSettings.trials(1 << 20).withSeed(1);
    assertSame(TailCache.NONE, TailCache.of(100_000, settings, TailCache.MAX_BYTES));
    assertSame(TailCache.NONE, TailCache.of(10, settings, 0));
    assertTrue(TailCache.of(10, settings, TailCache.MAX_BYTES) != TailCache.NONE);
  }

  private static OutcomeDistribution run(
      Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings, TailCache cache) {
    return OutcomeSimulator.run(portfolio, scenarios, settings, SimulationControl.DEFAULT, cache);
  }
}
