package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.core.select.DistanceMeasure;
import dev.facets.core.select.Selection;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.select.SelectionStatus;
import dev.facets.core.select.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code facets select PORTFOLIO --budget B ...}: which initiatives to fund, whole, under a budget
 * limit, nearest a target mix and/or with the least maximum regret across scenarios, with
 * prerequisites and exclusions. Infeasible and cut-short searches are answers, not crashes: exit 0,
 * the status and diagnosis in the output (and, for JSON, a line on standard error).
 *
 * <p>The JSON (beyond the v1 contract, in its style: camelCase keys, {@code null} where undefined):
 * {@code portfolio, status, diagnosis, budgetLimit, distanceMeasure, timeLimitSeconds,
 * distanceTolerance, regretTolerance, nodesExplored, bestDistance, bestDistanceProven, bestRegret,
 * bestRegretProven, front}, where each selection is
 * {@code {ids, cost, budget, shares, distance, maxRegret}}.
 */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = "Choose which initiatives to fund under a budget limit: nearest a target mix and/or with the "
        + "least maximum regret across scenarios, with prerequisites and exclusions; prints the Pareto front.")
final class SelectCommand implements Callable<Integer> {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "The portfolio file, JSON or CSV.")
  Path portfolioFile;

  @Option(names = "--budget", required = true, paramLabel = "B",
      description = "The most the funded initiatives may cost together (each costs its budget).")
  double budget;

  @Option(names = "--target", paramLabel = "FILE_OR_LIST",
      description = "Target mix, as a file or a list such as enhancement=0.4,mission=0.2,...: minimise the distance to it.")
  String target;

  @Option(names = "--distance", defaultValue = "totalVariation", paramLabel = "totalVariation|euclidean",
      description = "How the distance to the target is measured (default: ${DEFAULT-VALUE}).")
  String distance;

  @Option(names = "--scenarios", paramLabel = "FILE", description = "Scenario file (JSON): minimise the maximum regret.")
  Path scenarioFile;

  @Option(names = "--requires", paramLabel = "a:b,...",
      description = "Prerequisites: a:b funds a only if b is funded too.")
  String requires;

  @Option(names = "--excludes", paramLabel = "a:b,...", description = "Exclusions: a:b never funds both a and b.")
  String excludes;

  @Option(names = "--force-in", paramLabel = "id,...", split = ",", description = "Ids that must be funded.")
  List<String> forceIn = new ArrayList<>();

  @Option(names = "--force-out", paramLabel = "id,...", split = ",", description = "Ids that must not be funded.")
  List<String> forceOut = new ArrayList<>();

  @Option(names = "--time-limit", defaultValue = "60s", paramLabel = "DURATION",
      description = "How long to search before printing the best found so far: 500ms, 10s, 2m, 1h or PT10S "
          + "(default: ${DEFAULT-VALUE}).")
  String timeLimit;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    DistanceMeasure measure = OptionValues.check(spec, "--distance", () -> DistanceMeasure.parse(distance));
    Duration limit = OptionValues.check(spec, "--time-limit", () -> duration(timeLimit));
    Portfolio portfolio = Inputs.portfolio(portfolioFile);
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(budget)
        .distance(measure).timeLimit(limit)
        .forceIn(forceIn.toArray(new String[0])).forceOut(forceOut.toArray(new String[0]));
    List<Path> inputs = new ArrayList<>(List.of(portfolioFile));
    if (target != null) {
      builder.target(Inputs.target(target));
      Inputs.targetFile(target).ifPresent(inputs::add);
    }
    if (scenarioFile != null) {
      builder.scenarios(Inputs.scenarios(scenarioFile));
      inputs.add(scenarioFile);
    }
    OptionValues.check(spec, "--requires", () -> links(requires, builder::requires));
    OptionValues.check(spec, "--excludes", () -> links(excludes, builder::excludes));
    SelectionResult result = Selector.DEFAULT.select(build(builder));
    if (result.status() != SelectionStatus.OPTIMAL && output.format != OutputOptions.Format.text) {
      spec.commandLine().getErr().println("facets select: " + result.status().jsonName() + ": "
          + String.join("; ", result.diagnosis()));
    }
    output.emit(spec.commandLine().getOut(), json(portfolio, result), () -> text(portfolio, result), inputs);
    return FacetsCommand.OK;
  }

  /** The problem, or a usage error naming the option whose value the selector rejects. */
  private SelectionProblem build(SelectionProblem.Builder builder) {
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      if (e.field().startsWith("portfolio")) {
        throw new IllegalArgumentException(portfolioFile + ": " + e.getMessage(), e);
      }
      throw new ParameterException(spec.commandLine(), option(e.field()) + ": " + e.getMessage(), e);
    }
  }

  private static String option(String field) {
    if (field.startsWith("prerequisites")) {
      return "--requires";
    }
    if (field.startsWith("exclusions")) {
      return "--excludes";
    }
    switch (field) {
      case "budgetLimit":
        return "--budget";
      case "forcedIn":
        return "--force-in";
      case "forcedOut":
        return "--force-out";
      case "timeLimit":
        return "--time-limit";
      case "target":
        return "--target/--scenarios";
      default:
        return "facets select";
    }
  }

  /** Reads {@code a:b,c:d} into pairs; null reads as none. */
  private static Void links(String list, BiConsumer<String, String> add) {
    if (list == null) {
      return null;
    }
    for (String part : list.split(",", -1)) {
      String[] pair = part.split(":", -1);
      if (pair.length != 2) {
        throw new InvalidValueException("link", Checks.quote(part), "be two ids joined by ':'");
      }
      add.accept(pair[0].strip(), pair[1].strip());
    }
    return null;
  }

  /** Reads {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or an ISO-8601 duration ({@code PT10S}). */
  static Duration duration(String text) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (matcher.matches()) {
      double amount = Double.parseDouble(matcher.group(1));
      long unitNanos = matcher.group(2).equals("ms") ? 1_000_000L
          : matcher.group(2).equals("s") ? 1_000_000_000L
          : matcher.group(2).equals("m") ? 60_000_000_000L : 3_600_000_000_000L;
      return Duration.ofNanos(Math.round(amount * unitNanos));
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("time-limit", Checks.quote(text), "be a duration such as 500ms, 10s, 2m, 1h or PT10S");
    }
  }

  /** The JSON of a selection result, keys in a fixed order. */
  static ObjectNode json(Portfolio portfolio, SelectionResult result) {
    ObjectNode json = JsonOut.object();
    json.put("portfolio", portfolio.name());
    json.put("status", result.status().jsonName());
    ArrayNode diagnosis = json.putArray("diagnosis");
    result.diagnosis().forEach(diagnosis::add);
    json.put("budgetLimit", result.budgetLimit());
    json.put("distanceMeasure", result.distanceMeasure().jsonName());
    json.put("timeLimitSeconds", result.timeLimit().toNanos() / 1e9);
    json.put("distanceTolerance", result.distanceTolerance());
    json.put("regretTolerance", result.regretTolerance());
    json.put("nodesExplored", result.nodesExplored());
    putSelection(json, "bestDistance", result.bestDistance());
    json.put("bestDistanceProven", result.bestDistanceProven());
    putSelection(json, "bestRegret", result.bestRegret());
    json.put("bestRegretProven", result.bestRegretProven());
    ArrayNode front = json.putArray("front");
    result.front().forEach(selection -> front.add(selection(selection)));
    return json;
  }

  private static void putSelection(ObjectNode json, String key, Optional<Selection> selection) {
    if (selection.isPresent()) {
      json.set(key, selection(selection.get()));
    } else {
      json.putNull(key);
    }
  }

  private static ObjectNode selection(Selection selection) {
    ObjectNode node = JsonOut.object();
    ArrayNode ids = node.putArray("ids");
    selection.ids().forEach(ids::add);
    node.put("cost", selection.cost());
    node.put("budget", selection.budget());
    node.set("shares", JsonOut.facets(selection.shares().toArray()));
    JsonOut.putOptional(node, "distance", selection.distance());
    JsonOut.putOptional(node, "maxRegret", selection.maxRegret());
    return node;
  }

  private static String text(Portfolio portfolio, SelectionResult result) {
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(portfolio.name()).append(": funding under a budget limit of ")
        .append(TextOut.number(result.budgetLimit())).append(newline);
    text.append("status: ").append(result.status().jsonName()).append(newline);
    result.diagnosis().forEach(line -> text.append("  ").append(line).append(newline));
    result.bestDistance().ifPresent(best -> text.append("nearest the target (")
        .append(result.distanceMeasure().jsonName()).append(' ').append(TextOut.number(best.distance().getAsDouble()))
        .append(result.bestDistanceProven() ? "" : ", not proven").append("): ").append(describe(best)).append(newline));
    result.bestRegret().ifPresent(best -> text.append("least maximum regret (")
        .append(TextOut.number(best.maxRegret().getAsDouble()))
        .append(result.bestRegretProven() ? "" : ", not proven").append("): ").append(describe(best)).append(newline));
    if (!result.front().isEmpty()) {
      text.append(newline).append("front of ").append(result.front().size())
          .append(result.front().size() == 1 ? " selection:" : " selections:").append(newline);
      text.append(String.format(Locale.ROOT, "  %12s %12s %14s  %s%n", "distance", "max regret", "cost", "ids"));
      for (Selection selection : result.front()) {
        text.append(String.format(Locale.ROOT, "  %12s %12s %14s  %s%n",
            selection.distance().isPresent() ? TextOut.number(selection.distance().getAsDouble()) : "-",
            selection.maxRegret().isPresent() ? TextOut.number(selection.maxRegret().getAsDouble()) : "-",
            TextOut.number(selection.cost()), String.join(", ", selection.ids())));
      }
    }
    return text.toString();
  }

  private static String describe(Selection selection) {
    return String.join(", ", selection.ids()) + " (cost " + TextOut.number(selection.cost()) + ")";
  }
}
