package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Checks;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.core.select.DistanceMeasure;
import dev.facets.core.select.Selection;
import dev.facets.core.select.SelectionObjective;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.select.SelectionStatus;
import dev.facets.core.select.Selector;
import dev.facets.report.Numbers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facets select PORTFOLIO --budget B ...}: which initiatives to fund, whole, under a budget
 * limit: the most expected value, the least distance to a target mix or the least maximum regret
 * across scenarios, under a minimum spend, share bounds, a distance or regret bound, prerequisites,
 * exclusions and forced decisions; optionally the front of value against distance or regret.
 * Infeasible and cut-short searches are answers, not crashes: exit 0, the status and diagnosis in
 * the output (and, for JSON, a line on standard error).
 *
 * <p>The JSON, in this order: the contract's {@code portfolio, objective, status, budgetLimit,
 * minSpend, best {ids, cost, value, shares, distance, maxRegret}, bestProven, unspent, diagnosis},
 * then {@code distanceMeasure, timeLimitSeconds, distanceTolerance, regretTolerance, nodesExplored,
 * frontAxis, frontResolution, front} (the front's points as {@code best}; without {@code --front}
 * it holds the best set alone). {@code best.value} is {@code null} when some initiative has no
 * impact ({@code Initiative.givenImpact()} empty; one given as exactly 1, 1, 1 is an impact).
 */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = "Choose which initiatives to fund under a budget limit: the most expected value, or the "
        + "least distance to a target mix, or the least maximum regret across scenarios, under spending, "
        + "share, distance and regret bounds, prerequisites and exclusions.")
final class SelectCommand implements Callable<Integer> {
  /**
   * The option of each field of the selection problem, for the errors of its build: the problem
   * checks its fields together (ids against the portfolio, bounds against the objective), so only
   * the built problem can say which value is wrong.
   */
  private static final Map<String, String> OPTIONS_BY_FIELD = Map.ofEntries(
      Map.entry("budgetLimit", "--budget"), Map.entry("minSpend", "--min-spend"),
      Map.entry("minShares", "--min"), Map.entry("maxShares", "--max"),
      Map.entry("target", "--target"), Map.entry("maxDistance", "--max-distance"),
      Map.entry("distance", "--distance"), Map.entry("scenarios", "--scenarios"),
      Map.entry("maxRegret", "--max-regret"), Map.entry("prerequisites", "--requires"),
      Map.entry("exclusions", "--excludes"), Map.entry("forcedIn", "--force-in"),
      Map.entry("forcedOut", "--force-out"), Map.entry("front", "--front"),
      Map.entry("frontResolution", "--resolution"), Map.entry("timeLimit", "--time-limit"),
      Map.entry("objective", "--objective"));

  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Option(names = "--budget", required = true, paramLabel = "B",
      description = "The most the funded initiatives may cost together (each costs its budget).")
  double budget;

  @Option(names = "--objective", paramLabel = "value|distance|regret",
      description = "What to optimise (default: value when every initiative has an impact, else distance with "
          + "--target, else regret with --scenarios).")
  SelectionObjective objective;

  @Option(names = "--min-spend", defaultValue = Defaults.MIN_SPEND, paramLabel = "M",
      description = "The least the funded initiatives must cost together (default: ${DEFAULT-VALUE}).")
  double minSpend;

  @Option(names = "--min", paramLabel = "facet=x,...", description = "Least shares of the funded mix, e.g. anticipatory=0.1.")
  OptionValues.Shares min = OptionValues.Shares.NONE;

  @Option(names = "--max", paramLabel = "facet=x,...", description = "Largest shares of the funded mix, e.g. enhancement=0.5.")
  OptionValues.Shares max = OptionValues.Shares.NONE;

  @Mixin TargetOption target;

  @Option(names = "--max-distance", paramLabel = "D",
      description = "The largest distance (total variation) of the funded mix from the target.")
  Double maxDistance;

  @Option(names = "--distance", defaultValue = Defaults.DISTANCE, paramLabel = "totalVariation",
      description = "How the distance to the target is measured: total variation, the only one that is linear in "
          + "the funded budget (default: ${DEFAULT-VALUE}).")
  DistanceMeasure distance;

  @Mixin ScenariosOption scenarios;

  @Option(names = "--max-regret", paramLabel = "R", description = "The largest maximum regret of the funded mix.")
  Double maxRegret;

  @Option(names = "--requires", paramLabel = "a:b,...",
      description = "Prerequisites: a:b funds a only if b is funded too.")
  OptionValues.Links requires;

  @Option(names = "--excludes", paramLabel = "a:b,...", description = "Exclusions: a:b never funds both a and b.")
  OptionValues.Links excludes;

  @Option(names = "--force-in", paramLabel = "id,...", split = ",", description = "Ids that must be funded.")
  List<String> forceIn = new ArrayList<>();

  @Option(names = "--force-out", paramLabel = "id,...", split = ",", description = "Ids that must not be funded.")
  List<String> forceOut = new ArrayList<>();

  @Option(names = "--front", paramLabel = "distance|regret",
      description = "With the value objective, also trace the most value at each bound on the distance or the regret.")
  SelectionObjective front;

  @Option(names = "--resolution", defaultValue = Defaults.RESOLUTION, paramLabel = "STEP",
      description = "With --front, the step of the front's bounds, in distance or regret units (default: ${DEFAULT-VALUE}).")
  double resolution;

  @Option(names = "--time-limit", defaultValue = Defaults.TIME_LIMIT, paramLabel = "DURATION",
      description = "How long to search before printing the best found so far: 500ms, 10s, 2m, 1h or PT10S "
          + "(default: ${DEFAULT-VALUE}).")
  Duration timeLimit;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    if (front == null && spec.commandLine().getParseResult().hasMatchedOption("--resolution")) {
      // The step only shapes a front; ignoring it silently would hide a forgotten --front.
      throw OptionValues.invalid(spec, "--resolution",
          "resolution is the step of the value front and must be given with --front");
    }
    Portfolio portfolio = Inputs.portfolio(portfolioFile.file);
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(budget)
        .distance(distance).timeLimit(timeLimit).minSpend(minSpend)
        .forceIn(forceIn.toArray(new String[0])).forceOut(forceOut.toArray(new String[0]));
    min.values().forEach(builder::minShare);
    max.values().forEach(builder::maxShare);
    List<Path> inputs = new ArrayList<>(List.of(portfolioFile.file));
    target.read().ifPresent(builder::target);
    target.addFileTo(inputs);
    scenarios.read().ifPresent(builder::scenarios);
    scenarios.addFileTo(inputs);
    if (maxDistance != null) {
      builder.maxDistance(maxDistance);
    }
    if (maxRegret != null) {
      builder.maxRegret(maxRegret);
    }
    if (front != null) {
      builder.front(front, resolution);
    }
    OptionValues.check(spec, "--requires", () -> links(requires, builder::requires));
    OptionValues.check(spec, "--excludes", () -> links(excludes, builder::excludes));
    Optional<String> withoutImpact = withoutImpact(portfolio);
    builder.objective(objective(objective, withoutImpact));
    SelectionResult result = Selector.DEFAULT.select(build(builder));
    if (result.status() != SelectionStatus.OPTIMAL && output.format != OutputOptions.Format.text) {
      spec.commandLine().getErr().println("facets select: " + TextOut.words(result.status().jsonName()) + ": "
          + String.join("; ", result.diagnosis()));
    }
    boolean valued = withoutImpact.isEmpty();
    output.emit(spec.commandLine().getOut(), json(portfolio, result, valued), () -> text(portfolio, result, valued),
        inputs);
    return FacetsCommand.OK;
  }

  /** The first initiative given no impact, if any. */
  private static Optional<String> withoutImpact(Portfolio portfolio) {
    for (int i = 0; i < portfolio.size(); i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      if (initiative.givenImpact().isEmpty()) {
        return Optional.of("initiatives[" + i + "] (id " + Checks.quote(initiative.id()) + ")");
      }
    }
    return Optional.empty();
  }

  /** The objective asked for, or the contract's default; a usage error when there is none to take. */
  private SelectionObjective objective(SelectionObjective chosen, Optional<String> withoutImpact) {
    if (chosen == SelectionObjective.VALUE && withoutImpact.isPresent()) {
      throw new IllegalArgumentException(portfolioFile.file + ": " + withoutImpact.get()
          + " has no impact, and --objective value needs every initiative's impact");
    }
    if (chosen != null) {
      return chosen;
    }
    if (withoutImpact.isEmpty()) {
      return SelectionObjective.VALUE;
    }
    if (target.given()) {
      return SelectionObjective.DISTANCE;
    }
    if (scenarios.given()) {
      return SelectionObjective.REGRET;
    }
    throw OptionValues.invalid(spec, "--objective", "nothing to optimise: " + withoutImpact.get()
        + " has no impact, so the value objective cannot be the default; give every initiative an impact, "
        + "or --target (least distance), or --scenarios (least regret)");
  }

  /**
   * The problem, or a usage error naming the option whose value the selector rejects (its fields
   * are checked together, against the portfolio and each other, so only the built problem can say).
   */
  private SelectionProblem build(SelectionProblem.Builder builder) {
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      if (e.field().startsWith("portfolio")) {
        throw new IllegalArgumentException(portfolioFile.file + ": " + e.getMessage(), e);
      }
      throw OptionValues.invalid(spec, OptionValues.optionOf(e.field(), OPTIONS_BY_FIELD, "--objective"), e.getMessage());
    }
  }

  /** Adds the pairs of a links option (none without the option); a pair of one id is refused by the builder. */
  private static Void links(OptionValues.Links links, BiConsumer<String, String> add) {
    if (links != null) {
      links.pairs().forEach(pair -> add.accept(pair.get(0), pair.get(1)));
    }
    return null;
  }

  /** The JSON of a selection result, keys in a fixed order ({@code valued}: every initiative has an impact). */
  static ObjectNode json(Portfolio portfolio, SelectionResult result, boolean valued) {
    ObjectNode json = JsonOut.object();
    json.put("portfolio", portfolio.name());
    json.put("objective", result.objective().map(SelectionObjective::jsonName).orElseThrow());
    json.put("status", result.status().jsonName());
    json.put("budgetLimit", result.budgetLimit());
    json.put("minSpend", result.minSpend());
    if (result.best().isPresent()) {
      json.set("best", selection(result.best().get(), valued));
    } else {
      json.putNull("best");
    }
    json.put("bestProven", result.bestProven());
    JsonOut.putOptional(json, "unspent", result.unspent());
    ArrayNode diagnosis = json.putArray("diagnosis");
    result.diagnosis().forEach(diagnosis::add);
    json.put("distanceMeasure", result.distanceMeasure().jsonName());
    json.put("timeLimitSeconds", result.timeLimit().toNanos() / 1e9);
    json.put("distanceTolerance", result.distanceTolerance());
    json.put("regretTolerance", result.regretTolerance());
    json.put("nodesExplored", result.nodesExplored());
    if (result.frontAxis().isPresent()) {
      json.put("frontAxis", result.frontAxis().get().jsonName());
    } else {
      json.putNull("frontAxis");
    }
    ArrayNode front = json.putArray("front");
    result.front().forEach(selection -> front.add(selection(selection, valued)));
    return json;
  }

  private static ObjectNode selection(Selection selection, boolean valued) {
    ObjectNode node = JsonOut.object();
    ArrayNode ids = node.putArray("ids");
    selection.ids().forEach(ids::add);
    node.put("cost", selection.cost());
    if (valued) {
      node.put("value", selection.value());
    } else {
      node.putNull("value");
    }
    node.set("shares", JsonOut.facets(selection.shares().toArray()));
    JsonOut.putOptional(node, "distance", selection.distance());
    JsonOut.putOptional(node, "maxRegret", selection.maxRegret());
    return node;
  }

  private static String text(Portfolio portfolio, SelectionResult result, boolean valued) {
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    String objective = result.objective().map(SelectionObjective::jsonName).orElseThrow();
    text.append(portfolio.name()).append(": funding under a budget limit of ")
        .append(Numbers.amount(result.budgetLimit()));
    if (result.minSpend() > 0) {
      text.append(", spending at least ").append(Numbers.amount(result.minSpend()));
    }
    text.append(newline).append("objective: ").append(objective).append(newline);
    text.append("status: ").append(TextOut.words(result.status().jsonName())).append(newline);
    result.best().ifPresent(best -> {
      text.append("best").append(result.bestProven() ? "" : " (not proven)").append(": ")
          .append(String.join(", ", best.ids())).append(newline);
      TextOut.amountLine(text, "  cost", best.cost());
      TextOut.amountLine(text, "  unspent", result.unspent().getAsDouble());
      if (valued) {
        TextOut.line(text, "  expected value", best.value());
      }
      if (best.distance().isPresent()) {
        TextOut.line(text, "  distance", best.distance().getAsDouble());
      }
      if (best.maxRegret().isPresent()) {
        TextOut.line(text, "  max regret", best.maxRegret().getAsDouble());
      }
      text.append("  shares:").append(newline);
      TextOut.allocation(text, best.shares());
    });
    if (!result.diagnosis().isEmpty()) {
      text.append(result.best().isPresent() ? "why:" : "why not:").append(newline);
      result.diagnosis().forEach(line -> text.append("  ").append(line).append(newline));
    }
    if (result.frontAxis().isPresent()) {
      String axis = result.frontAxis().get() == SelectionObjective.DISTANCE ? "distance" : "max regret";
      text.append(newline).append("front of value against ").append(axis).append(" (")
          .append(result.front().size()).append(result.front().size() == 1 ? " point" : " points")
          .append("):").append(newline);
      text.append(String.format(Locale.ROOT, "  %12s %14s %14s  %s%n", axis, "value", "cost", "ids"));
      for (Selection point : result.front()) {
        double at = result.frontAxis().get() == SelectionObjective.DISTANCE
            ? point.distance().getAsDouble() : point.maxRegret().getAsDouble();
        text.append(String.format(Locale.ROOT, "  %12s %14s %14s  %s%n", Numbers.number(at),
            valued ? Numbers.number(point.value()) : "-", Numbers.amount(point.cost()),
            String.join(", ", point.ids())));
      }
    }
    return text.toString();
  }
}
