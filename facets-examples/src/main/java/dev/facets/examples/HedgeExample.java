package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.report.Numbers;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code facets hedge} in Java: how a portfolio's facet shares fare across two futures, through
 * {@link RobustnessEvaluator#DEFAULT}. Run it: {@code java -cp facets.jar dev.facets.examples.HedgeExample}.
 */
public final class HedgeExample {
  private HedgeExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(portfolio(), Weighting.budget(), futures());
    out.println("expected value: " + Numbers.fixed(robustness.expectedValue(), 4));
    out.println("worst case: " + Numbers.fixed(robustness.worstCase(), 4));
    out.println("max regret: " + Numbers.fixed(robustness.maxRegret(), 4));
  }

  /** 300,000 on enhancement and 100,000 on mission. */
  static Portfolio portfolio() {
    return new Portfolio.Builder().name("two bets")
        .addInitiatives(new Initiative.Builder().id("a").budget(300_000).facets(FacetMix.pure(Facet.ENHANCEMENT)).build())
        .addInitiatives(new Initiative.Builder().id("b").budget(100_000).facets(FacetMix.pure(Facet.MISSION)).build())
        .build();
  }

  /** Two equally likely futures: one pays enhancement, the other adaptive; mission pays 1 in both. */
  static ScenarioSet futures() {
    return ScenarioSet.of(List.of(
        Scenario.of("boom", 0.5, FacetValues.of(2, 1, 0, 0)),
        Scenario.of("bust", 0.5, FacetValues.of(0, 1, 2, 0))));
  }
}
