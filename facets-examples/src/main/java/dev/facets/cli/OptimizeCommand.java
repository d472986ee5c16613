package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.AllocationConstraints;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.AllocationStatus;
import dev.facets.core.hedge.FacetBounds;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facets optimize --scenarios FILE --objective ...}: the facet shares that hold up best across
 * the futures, within per-facet bounds. An infeasible model is an answer, not a crash: status
 * {@code infeasible}, allocation and objective value {@code null}, exit 0, and the reason on standard
 * error (JSON) or in the text.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Find the facet shares that maximise the worst case, minimise the maximum regret, "
        + "or maximise the expected value or the CVaR across scenarios.")
final class OptimizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "The scenario file (JSON).")
  Path scenarioFile;

  @Option(names = "--objective", required = true, paramLabel = "maximin|minimax-regret|expected|cvar",
      description = "What to optimise: maximin, minimax-regret, expected or cvar.")
  String objective;

  @Option(names = "--alpha", defaultValue = "0.2", paramLabel = "A",
      description = "CVaR level for --objective cvar, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--min", paramLabel = "facet=x,...", description = "Smallest shares, e.g. enhancement=0.2,mission=0.1 (default 0).")
  String min;

  @Option(names = "--max", paramLabel = "facet=x,...", description = "Largest shares, e.g. anticipatory=0.3 (default 1).")
  String max;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Objective chosen = OptionValues.check(spec, "--objective", () -> Objective.parse(objective));
    RobustAllocator allocator = OptionValues.check(spec, "--alpha", () -> RobustAllocator.DEFAULT.withAlpha(alpha));
    Map<Facet, Double> minimums = OptionValues.check(spec, "--min", () -> shares(min));
    Map<Facet, Double> maximums = OptionValues.check(spec, "--max", () -> shares(max));
    FacetBounds bounds = OptionValues.check(spec, "--min/--max", () -> FacetBounds.of(minimums, maximums));
    ScenarioSet scenarios = Inputs.scenarios(scenarioFile);
    AllocationOutcome outcome = allocator.optimize(scenarios, chosen, AllocationConstraints.of(bounds));
    if (outcome.status() != AllocationStatus.OPTIMAL && outcome.status() != AllocationStatus.INFEASIBLE) {
      // Neither an allocation nor a contradiction in the input: a defect, reported as one.
      throw new IllegalStateException(outcome.status().jsonName() + ": " + outcome.diagnosis());
    }
    if (!outcome.isOptimal() && output.format != OutputOptions.Format.text) {
      spec.commandLine().getErr().println("facets optimize: " + outcome.status().jsonName() + ": " + outcome.diagnosis());
    }
    output.emit(spec.commandLine().getOut(), json(outcome), () -> text(outcome), List.of(scenarioFile));
    return FacetsCommand.OK;
  }

  private static Map<Facet, Double> shares(String list) {
    return list == null ? Map.of() : FacetValues.parsePairs(list, "shares", "share");
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

  private static String text(AllocationOutcome outcome) {
    StringBuilder text = new StringBuilder();
    text.append("objective: ").append(outcome.objective())
        .append(outcome.alpha().isPresent() ? " (alpha " + TextOut.number(outcome.alpha().getAsDouble()) + ")" : "")
        .append(System.lineSeparator());
    text.append("status: ").append(outcome.status().jsonName())
        .append(outcome.diagnosis().isEmpty() ? "" : " (" + outcome.diagnosis() + ")").append(System.lineSeparator());
    if (outcome.isOptimal()) {
      TextOut.allocation(text, outcome.allocation().get());
      TextOut.line(text, "objective value", outcome.objectiveValue().getAsDouble());
    }
    return text.toString();
  }
}
