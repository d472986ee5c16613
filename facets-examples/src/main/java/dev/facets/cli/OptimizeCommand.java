package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.AllocationConstraints;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.AllocationStatus;
import dev.facets.core.hedge.FacetBounds;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.Rebalancing;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.report.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code facets optimize [PORTFOLIO] --scenarios FILE --objective ...}: the facet shares that hold up
 * best across the futures, within per-facet bounds. An infeasible model is an answer, not a crash:
 * status {@code infeasible}, allocation and objective value {@code null}, exit 0, and the reason on
 * standard error (JSON) or in the text.
 *
 * <p>With a portfolio (contract v1.1) its facet shares are the current allocation: {@code --turnover
 * K} limits how far the answer may move from them, and the output adds the current shares, the
 * objective there, the answer's turnover and the budget moves that realise it ({@link Rebalancing}).
 * Without a portfolio the output is v1's, key for key.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Find the facet shares that maximise the worst case, minimise the maximum regret, "
        + "or maximise the expected value or the CVaR across scenarios; given a portfolio, start from "
        + "its shares and say which budget moves reach the answer.")
final class OptimizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PORTFOLIO",
      description = PortfolioFile.DESCRIPTION + " Its facet shares are the current allocation.")
  Path portfolioFile;

  @Mixin ScenariosOption.Required scenarios;

  @Option(names = "--objective", required = true, paramLabel = "maximin|minimax-regret|expected|cvar",
      description = "What to optimise: maximin, minimax-regret, expected or cvar.")
  Objective objective;

  @Mixin AlphaOption alpha;

  @Option(names = "--min", paramLabel = "facet=x,...", description = "Smallest shares, e.g. enhancement=0.2,mission=0.1 (default 0).")
  OptionValues.Shares min = OptionValues.Shares.NONE;

  @Option(names = "--max", paramLabel = "facet=x,...", description = "Largest shares, e.g. anticipatory=0.3 (default 1).")
  OptionValues.Shares max = OptionValues.Shares.NONE;

  @Option(names = "--turnover", paramLabel = "K",
      description = "With PORTFOLIO: the largest total change of shares, sum |new - current|, in [0, 2] "
          + "(moving 10 %% from one facet to another is 0.2; default: no limit).")
  Double turnover;

  @Mixin WeightOption weight;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    RobustAllocator allocator = OptionValues.check(spec, "--alpha", () -> RobustAllocator.DEFAULT.withAlpha(alpha.alpha));
    // A bound is blamed on its own option (min.mission on --min), also when it clashes with the other.
    FacetBounds bounds = OptionValues.check(spec, Map.of("min", "--min", "max", "--max"), "--min",
        () -> FacetBounds.of(min.values(), max.values()));
    if (portfolioFile == null) {
      requirePortfolio("--turnover", turnover != null);
      requirePortfolio("--weight", spec.commandLine().getParseResult().hasMatchedOption("--weight"));
      ScenarioSet scenarioSet = scenarios.read();
      AllocationOutcome outcome = check(allocator.optimize(scenarioSet, objective, AllocationConstraints.of(bounds)));
      output.emit(spec.commandLine().getOut(), json(outcome), () -> text(outcome), List.of(scenarios.file));
      return FacetsCommand.OK;
    }
    if (turnover != null) {
      OptionValues.check(spec, "--turnover", () -> Checks.inClosedRange(turnover, 0, 2, "turnover"));
    }
    Weighting weighting = weight.weighting();
    Portfolio portfolio = Inputs.portfolio(portfolioFile);
    ScenarioSet scenarioSet = scenarios.read();
    Rebalancing rebalancing;
    try {
      rebalancing = turnover == null
          ? Rebalancing.optimize(allocator, objective, scenarioSet, portfolio, weighting, bounds)
          : Rebalancing.optimize(allocator, objective, scenarioSet, portfolio, weighting, bounds, turnover);
    } catch (IllegalArgumentException e) {
      // Zero total weight and the like: the portfolio file is at fault, so name it as facets hedge does.
      throw new IllegalArgumentException(portfolioFile + ": " + e.getMessage(), e);
    }
    check(rebalancing.outcome());
    output.emit(spec.commandLine().getOut(), json(rebalancing), () -> text(rebalancing),
        List.of(portfolioFile, scenarios.file));
    return FacetsCommand.OK;
  }

  private void requirePortfolio(String option, boolean given) {
    if (given) {
      throw OptionValues.invalid(spec, option, option.substring(2) + " needs a PORTFOLIO: it is about the portfolio's "
          + "current shares");
    }
  }

  /**
   * Passes an optimal or infeasible outcome on, saying why an infeasible one is on standard error
   * for JSON (the text says it itself); any other status is a defect and fails as one.
   */
  private AllocationOutcome check(AllocationOutcome outcome) {
    if (outcome.status() != AllocationStatus.OPTIMAL && outcome.status() != AllocationStatus.INFEASIBLE) {
      // Neither an allocation nor a contradiction in the input: a defect, reported as one.
      throw new IllegalStateException(outcome.status().jsonName() + ": " + outcome.diagnosis());
    }
    if (!outcome.isOptimal() && output.format != OutputOptions.Format.text) {
      spec.commandLine().getErr().println("facets optimize: " + TextOut.words(outcome.status().jsonName()) + ": " + outcome.diagnosis());
    }
    return outcome;
  }

  /** The contract's {@code facets optimize} JSON: allocation and objective value null unless optimal. */
  static ObjectNode json(AllocationOutcome outcome) {
    ObjectNode json = JsonOut.object();
    json.put("objective", outcome.objective());
    json.put("status", outcome.status().jsonName());
    if (outcome.allocation().isPresent()) {
      json.set("allocation", JsonOut.facets(outcome.allocation().get().toArray()));
    } else {
      json.putNull("allocation");
    }
    JsonOut.putOptional(json, "objectiveValue", outcome.objectiveValue());
    return json;
  }

  /**
   * The portfolio mode's JSON: v1's keys, then the current shares and objective value, and the
   * answer's turnover and moves ({@code null} unless optimal).
   */
  static ObjectNode json(Rebalancing rebalancing) {
    ObjectNode json = json(rebalancing.outcome());
    json.set("current", JsonOut.facets(rebalancing.current().toArray()));
    json.put("currentObjectiveValue", rebalancing.currentObjectiveValue());
    JsonOut.putOptional(json, "turnover", rebalancing.turnover());
    if (rebalancing.outcome().isOptimal()) {
      ArrayNode moves = json.putArray("moves");
      for (BudgetTransfer move : rebalancing.moves()) {
        moves.addObject().put("from", move.from().jsonName()).put("to", move.to().jsonName()).put("amount", move.amount());
      }
    } else {
      json.putNull("moves");
    }
    return json;
  }

  private static String text(Rebalancing rebalancing) {
    StringBuilder text = new StringBuilder();
    AllocationOutcome outcome = rebalancing.outcome();
    text.append(rebalancing.portfolioName()).append(": total weight ").append(Numbers.amount(rebalancing.totalWeight()))
        .append(" by ").append(rebalancing.weighting()).append(System.lineSeparator());
    header(text, outcome);
    if (rebalancing.turnoverLimit().isPresent()) {
      TextOut.line(text, "turnover limit", rebalancing.turnoverLimit().getAsDouble());
    }
    if (outcome.isOptimal()) {
      FacetMix answer = outcome.allocation().get();
      text.append(String.format(Locale.ROOT, "  %-13s %9s %9s %9s%n", "facet", "current", "optimal", "change"));
      for (Facet facet : Facet.ordered()) {
        double now = 100 * rebalancing.current().weight(facet);
        double then = 100 * answer.weight(facet);
        // A change that rounds to nothing prints as +0.00, not as -0.00.
        double change = Math.abs(then - now) < 0.005 ? 0 : then - now;
        text.append(String.format(Locale.ROOT, "  %-13s %7.2f %% %7.2f %% %+7.2f %%%n", facet.jsonName(), now, then, change));
      }
      TextOut.line(text, "objective value", outcome.objectiveValue().getAsDouble());
      TextOut.line(text, "current objective value", rebalancing.currentObjectiveValue());
      TextOut.line(text, "turnover", rebalancing.turnover().getAsDouble());
      if (rebalancing.moves().isEmpty()) {
        text.append("moves: none, the current shares are optimal").append(System.lineSeparator());
      } else {
        text.append("moves (").append(rebalancing.weighting()).append("):").append(System.lineSeparator());
        for (BudgetTransfer move : rebalancing.moves()) {
          text.append(String.format(Locale.ROOT, "  %s from %s to %s%n", Numbers.amount(move.amount()),
              move.from().jsonName(), move.to().jsonName()));
        }
      }
    } else {
      text.append("current shares:").append(System.lineSeparator());
      TextOut.allocation(text, rebalancing.current());
      TextOut.line(text, "current objective value", rebalancing.currentObjectiveValue());
    }
    return text.toString();
  }

  /** The objective (with its CVaR level) and the status (with its diagnosis) lines. */
  private static void header(StringBuilder text, AllocationOutcome outcome) {
    text.append("objective: ").append(outcome.objective())
        .append(outcome.alpha().isPresent() ? " (alpha " + Numbers.number(outcome.alpha().getAsDouble()) + ")" : "")
        .append(System.lineSeparator());
    text.append("status: ").append(TextOut.words(outcome.status().jsonName()))
        .append(outcome.diagnosis().isEmpty() ? "" : " (" + outcome.diagnosis() + ")").append(System.lineSeparator());
  }

  private static String text(AllocationOutcome outcome) {
    StringBuilder text = new StringBuilder();
    header(text, outcome);
    if (outcome.isOptimal()) {
      TextOut.allocation(text, outcome.allocation().get());
      TextOut.line(text, "objective value", outcome.objectiveValue().getAsDouble());
    }
    return text.toString();
  }
}
