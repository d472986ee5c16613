package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.report.Numbers;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets demo}: loads a bundled, illustrative example portfolio and prints its budget-weighted
 * facet shares, so a new user sees facets work before writing a file of their own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Print the facet shares of a bundled example portfolio (illustrative data).")
final class DemoCommand implements Callable<Integer> {
  /** The bundled example portfolios, by name. */
  static final List<String> EXAMPLES = List.of("federal-portfolio", "regional-labs");

  @Spec CommandSpec spec;

  @Option(names = "--example", defaultValue = "federal-portfolio",
      description = "The bundled example: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = ExampleNames.class)
  String example;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (!EXAMPLES.contains(example)) {
      throw OptionValues.invalid(spec, "--example", "example must be one of " + String.join(", ", EXAMPLES) + ", got "
          + dev.facets.api.Checks.quote(example));
    }
    String resource = "/examples/" + example + ".json";
    Portfolio portfolio;
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      portfolio = FacetsJson.readPortfolio(in, "bundled " + resource.substring(1));
    }
    double[] shares = PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()).facetShares().toArray();
    ObjectNode json = JsonOut.object();
    json.put("portfolio", portfolio.name());
    json.put("initiatives", portfolio.size());
    json.put("weighting", "budget");
    json.put("totalWeight", portfolio.totalBudget());
    json.set("facetShares", JsonOut.facets(shares));
    output.emit(spec.commandLine().getOut(), json, () -> text(portfolio, shares), List.of(), OutputOptions.Format.text);
    return FacetsCommand.OK;
  }

  private static String text(Portfolio portfolio, double[] shares) {
    StringBuilder text = new StringBuilder();
    text.append(portfolio.name()).append(System.lineSeparator());
    text.append(String.format(Locale.ROOT, "%d initiatives, total budget %s%n", portfolio.size(),
        portfolio.currency().map(currency -> Numbers.amount(portfolio.totalBudget(), currency))
            .orElseGet(() -> Numbers.amount(portfolio.totalBudget()))));
    text.append("Facet shares by budget:").append(System.lineSeparator());
    for (Facet facet : Facet.ordered()) {
      double share = shares[facet.ordinal()];
      text.append(String.format(Locale.ROOT, "  %-13s %5.1f %%  %s%n", facet.jsonName(), 100 * share,
          "#".repeat((int) Math.round(40 * share))));
    }
    return text.toString();
  }

  /** The example names, for help and completion. */
  static final class ExampleNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EXAMPLES.iterator();
    }
  }
}
