package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.report.Numbers;
import java.io.PrintStream;

/**
 * {@code facets score} in Java: a portfolio's facet shares, a balance index and its distance to a
 * target mix, through {@link PortfolioScorer#DEFAULT}. Run it:
 * {@code java -cp facets.jar dev.facets.examples.ScoreExample}.
 */
public final class ScoreExample {
  private ScoreExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    Portfolio portfolio = new Portfolio.Builder().name("two bets")
        .addInitiatives(new Initiative.Builder().id("a").budget(300_000).facets(FacetMix.pure(Facet.ENHANCEMENT)).build())
        .addInitiatives(new Initiative.Builder().id("b").budget(100_000).facets(FacetMix.pure(Facet.MISSION)).build())
        .build();
    PortfolioScore score = PortfolioScorer.DEFAULT.withTarget(TargetMix.of(0.5, 0.5, 0, 0)).score(portfolio, Weighting.budget());
    out.println("portfolio: " + score.portfolioName());
    out.println("shares: " + ClassifyExample.mix(score.facetShares()));
    out.println("shannon entropy: " + Numbers.fixed(score.balance().shannonEntropy(), 4));
    out.println("total variation to target: " + Numbers.fixed(score.targetGap().orElseThrow().totalVariation(), 4));
  }
}
