package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.hedge.ScenarioResult;
import dev.facets.report.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facets hedge PORTFOLIO --scenarios FILE}: how robust a portfolio's facet shares are across
 * futures: value and regret per scenario, expected value, worst and best case, maximum and expected
 * regret, CVaR, Hurwicz and Laplace, as the contract's JSON or as a table.
 */
@Command(name = "hedge", mixinStandardHelpOptions = true,
    description = "Evaluate a portfolio's facet shares against scenarios: value, regret, CVaR, Hurwicz, Laplace.")
final class HedgeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Mixin ScenariosOption.Required scenarios;

  @Mixin AlphaOption alpha;

  @Option(names = "--hurwicz", defaultValue = Defaults.HURWICZ, paramLabel = "H",
      description = "Hurwicz optimism: the weight on the best case, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double hurwicz;

  @Mixin WeightOption weight;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    RobustnessEvaluator evaluator = OptionValues.check(spec, Map.of("alpha", "--alpha", "hurwicz", "--hurwicz"), "--alpha",
        () -> RobustnessEvaluator.DEFAULT.withAlpha(alpha.alpha).withHurwiczOptimism(hurwicz));
    Portfolio portfolio = Inputs.portfolio(portfolioFile.file);
    ScenarioSet scenarioSet = scenarios.read();
    Robustness robustness;
    try {
      robustness = evaluator.evaluate(portfolio, weight.weighting(), scenarioSet);
    } catch (IllegalArgumentException e) {
      // Zero total weight and the like: the portfolio file is at fault, so name it as facets score does.
      throw new IllegalArgumentException(portfolioFile.file + ": " + e.getMessage(), e);
    }
    output.emit(spec.commandLine().getOut(), json(robustness), () -> text(portfolio, robustness),
        List.of(portfolioFile.file, scenarios.file));
    return FacetsCommand.OK;
  }

  /** The contract's {@code facets hedge} JSON, keys in the contract's order. */
  static ObjectNode json(Robustness robustness) {
    ObjectNode json = JsonOut.object();
    json.set("allocation", JsonOut.facets(robustness.allocation().toArray()));
    ArrayNode scenarios = json.putArray("scenarios");
    for (ScenarioResult scenario : robustness.scenarios()) {
      ObjectNode node = scenarios.addObject();
      node.put("name", scenario.name());
      node.put("probability", scenario.probability());
      node.put("value", scenario.value());
      node.put("regret", scenario.regret());
    }
    json.put("expectedValue", robustness.expectedValue());
    json.put("worstCase", robustness.worstCase());
    json.put("bestCase", robustness.bestCase());
    json.put("maxRegret", robustness.maxRegret());
    json.put("expectedRegret", robustness.expectedRegret());
    json.put("cvar", robustness.cvar());
    json.put("alpha", robustness.alpha());
    json.put("hurwicz", robustness.hurwicz());
    json.put("hurwiczOptimism", robustness.hurwiczOptimism());
    json.put("laplace", robustness.laplace());
    return json;
  }

  private static String text(Portfolio portfolio, Robustness r) {
    StringBuilder text = new StringBuilder();
    text.append(portfolio.name()).append(": facet shares by ").append(r.weighting().orElse("budget"))
        .append(System.lineSeparator());
    TextOut.allocation(text, r.allocation());
    text.append(System.lineSeparator());
    text.append(String.format(Locale.ROOT, "%-24s %12s %12s %12s%n", "scenario", "probability", "value", "regret"));
    for (ScenarioResult scenario : r.scenarios()) {
      text.append(String.format(Locale.ROOT, "%-24s %12s %12s %12s%n", scenario.name(),
          Numbers.number(scenario.probability()), Numbers.number(scenario.value()), Numbers.number(scenario.regret())));
    }
    text.append(System.lineSeparator());
    TextOut.line(text, "expected value", r.expectedValue());
    TextOut.line(text, "worst case", r.worstCase());
    TextOut.line(text, "best case", r.bestCase());
    TextOut.line(text, "maximum regret", r.maxRegret());
    TextOut.line(text, "expected regret", r.expectedRegret());
    TextOut.line(text, "CVaR (alpha " + Numbers.number(r.alpha()) + ")", r.cvar());
    TextOut.line(text, "Hurwicz (H " + Numbers.number(r.hurwiczOptimism()) + ")", r.hurwicz());
    TextOut.line(text, "Laplace", r.laplace());
    return text.toString();
  }
}
