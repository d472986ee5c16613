// Explore facets from jshell. Build the jar first (mvn -B package -DskipTests), then, from the
// repository's root:
//   jshell --class-path facets-examples/target/facets.jar facets-examples/explore.jsh
// Every number below comes from the engines; change a line and run it again. The bundled
// portfolios are illustrative, not official data. (Tested: ExamplesTest runs this file.)
import java.util.Locale;
import dev.facets.api.*;
import dev.facets.core.score.*;
import dev.facets.core.hedge.*;
import dev.facets.examples.BundledExamples;

Portfolio portfolio = BundledExamples.portfolio("regional-labs");
System.out.println(portfolio.name() + ": " + portfolio.size() + " initiatives");

// Facet shares and balance, weighted by budget.
PortfolioScore score = PortfolioScorer.DEFAULT.withTarget(TargetMix.of(0.25, 0.25, 0.25, 0.25)).score(portfolio, Weighting.budget());
for (Facet facet : Facet.ordered()) {
  System.out.printf(Locale.ROOT, "  %-13s %5.1f%%%n", facet.jsonName(), 100 * score.facetShares().weight(facet));
}
System.out.printf(Locale.ROOT, "effective facets %.3f, evenness %.3f, lean (%+.3f, %+.3f)%n",
    score.balance().effectiveFacets(), score.balance().evenness(), score.lean().uncertainty(), score.lean().directedness());

// The rebalancing plan towards an even mix.
for (BudgetTransfer move : score.targetGap().orElseThrow().rebalancing()) {
  System.out.printf(Locale.ROOT, "  move %,.0f %s from %s to %s%n", move.amount(), portfolio.currency().orElse(""),
      move.from().jsonName(), move.to().jsonName());
}

// How the shares hold up across the bundled futures.
Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(portfolio, Weighting.budget(), BundledExamples.futures());
for (ScenarioResult scenario : robustness.scenarios()) {
  System.out.printf(Locale.ROOT, "  %-22s value %.4f regret %.4f%n", scenario.name(), scenario.value(), scenario.regret());
}
System.out.printf(Locale.ROOT, "expected %.4f, worst %.4f, cvar(%.2f) %.4f%n", robustness.expectedValue(),
    robustness.worstCase(), robustness.alpha(), robustness.cvar());
/exit
