package dev.facets.cli;

import dev.facets.api.Portfolio;
import dev.facets.core.io.PortfolioHeader;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.core.io.FileKind;
import dev.facets.report.Numbers;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets validate FILE}: reads a portfolio (JSON or CSV), scenario or target file strictly and
 * prints a one-line summary, or the one-line error that names the file, the line, the JSON path or
 * CSV column, and the value.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a portfolio, scenario or target file and summarise it in one line.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to check: JSON, or CSV for a portfolio.")
  Path file;

  @Option(names = "--kind", description = "What the file is: ${COMPLETION-CANDIDATES} (default: from its keys; a .csv file is a portfolio).")
  FileKind kind;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    FileKind actual = kind != null ? kind : FileKind.of(file);
    var json = JsonOut.object();
    json.put("file", file.toString());
    json.put("kind", actual.name().toLowerCase(java.util.Locale.ROOT));
    String summary = switch (actual) {
      case SCENARIOS -> {
        ScenarioSet scenarios = Inputs.scenarios(file);
        json.put("scenarios", scenarios.size());
        json.put("equallyLikely", scenarios.equallyLikely());
        yield scenarios.size() + " scenarios, " + (scenarios.equallyLikely() ? "equally likely" : "with probabilities");
      }
      case TARGET -> {
        TargetMix target = Inputs.target(file);
        json.set("target", JsonOut.facets(target.mix().toArray()));
        yield "target " + target;
      }
      case PORTFOLIO -> {
        // Streamed: a register of any length validates in a small heap (one initiative at a time).
        BudgetSum budgets = new BudgetSum();
        PortfolioHeader portfolio = Inputs.streamPortfolio(file, initiative -> budgets.add(initiative.budget()));
        json.put("portfolio", portfolio.name());
        json.put("initiatives", portfolio.initiatives());
        // A sum beyond the largest double is null, never the string "Infinity" (contract).
        JsonOut.putOptional(json, "totalBudget", java.util.OptionalDouble.of(budgets.sum()));
        portfolio.currency().ifPresent(currency -> json.put("currency", currency));
        yield "portfolio '" + portfolio.name() + "', " + portfolio.initiatives() + " initiatives, total budget "
            + portfolio.currency().map(currency -> Numbers.amount(budgets.sum(), currency))
                .orElseGet(() -> Numbers.amount(budgets.sum()));
      }
    };
    String line = file + ": valid " + actual.name().toLowerCase(java.util.Locale.ROOT) + " file: " + summary
        + System.lineSeparator();
    output.emit(spec.commandLine().getOut(), json, () -> line, List.of(file), OutputOptions.Format.text);
    return FacetsCommand.OK;
  }

  /** The total budget as {@link Portfolio#totalBudget()} sums it (compensated, in file order), streamed. */
  private static final class BudgetSum {
    private double sum;
    private double compensation;

    void add(double budget) {
      if (Double.isInfinite(sum)) {
        return; // budgets are >= 0, so nothing can bring it back; compensating would make NaN
      }
      double y = budget - compensation;
      double t = sum + y;
      compensation = Double.isInfinite(t) ? 0 : (t - sum) - y;
      sum = t;
    }

    double sum() {
      return sum;
    }
  }
}
