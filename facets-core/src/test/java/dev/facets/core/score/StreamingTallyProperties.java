package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A tally streamed one initiative at a time scores exactly as the columnar path over the whole portfolio. */
class StreamingTallyProperties {
  private static final long SEED = 0x57EA3L;

  @Test
  void scoresToTheLastBitAsTheWholePortfolio() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(Generators.portfolios(), Generators.targets())
        .checkAssert((portfolio, target) -> {
          for (Weighting weighting : List.of(Weighting.budget(), Weighting.count(), Weighting.priority())) {
            StreamingTally tally = new StreamingTally(weighting);
            portfolio.initiatives().forEach(tally::add);
            assertEquals(portfolio.size(), tally.count());
            Optional<dev.facets.api.TargetMix> gap = Optional.of(target);
            try {
              PortfolioScore whole = gap.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT).score(portfolio, weighting);
              assertEquals(whole, gap.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT).score(portfolio.name(), weighting.name(), tally.tally()));
            } catch (IllegalArgumentException zeroWeight) {
              assertThrows(IllegalArgumentException.class,
                  () -> gap.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT).score(portfolio.name(), weighting.name(), tally.tally()));
            }
          }
        });
  }

  @Test
  void moreRowsThanOneBatchStillScoreTheSame() {
    Portfolio.Builder builder = new Portfolio.Builder().name("many");
    for (int i = 0; i < 10_000; i++) {
      builder.addInitiatives(new Initiative.Builder().id("i" + i).budget(i % 97 * 1.5 + 0.1)
          .facets(dev.facets.api.FacetMix.of(i % 3, 1, i % 5, 0.25)).build());
    }
    Portfolio portfolio = builder.build();
    StreamingTally tally = new StreamingTally(Weighting.budget());
    portfolio.initiatives().forEach(tally::add);
    assertEquals(PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()),
        PortfolioScorer.DEFAULT.score(portfolio.name(), "budget", tally.tally()));
    assertThrows(IllegalStateException.class, tally::tally);
  }
}
