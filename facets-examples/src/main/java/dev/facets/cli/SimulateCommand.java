package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.simulate.Correlation;
import dev.facets.core.simulate.Histogram;
import dev.facets.core.simulate.InitiativeOutcome;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationControl;
import dev.facets.core.simulate.SimulationSettings;
import dev.facets.report.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facets simulate PORTFOLIO [--scenarios FILE] [--trials N] [--seed S] [--threads T] [--alpha A]}:
 * Monte Carlo simulation of what the portfolio may deliver, from each initiative's success
 * probability and three-point impact estimate (and the scenarios' payoffs, when given).
 *
 * <p>The JSON has the contract's keys first, then additions (alpha, VaR and CVaR, extremes, the
 * correlation model, the histogram and per-initiative contributions). The thread count is left out
 * on purpose: the same seed gives byte-identical JSON for any {@code --threads}. A progress bar goes
 * to standard error only when it is a terminal and the run takes more than a second.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Monte Carlo simulation of the portfolio's total value from its elicited estimates.")
final class SimulateCommand implements Callable<Integer> {
  /** The quantiles the contract prints, by key. */
  private static final Map<String, Double> CONTRACT_QUANTILES =
      Map.of("p05", 0.05, "p25", 0.25, "p50", 0.50, "p75", 0.75, "p95", 0.95);
  private static final List<String> QUANTILE_KEYS = List.of("p05", "p25", "p50", "p75", "p95");

  /** The correlation groupings on the command line. */
  enum Grouping {
    none(Correlation.Grouping.NONE),
    facet(Correlation.Grouping.DOMINANT_FACET),
    tag(Correlation.Grouping.TAG);

    final Correlation.Grouping engine;

    Grouping(Correlation.Grouping engine) {
      this.engine = engine;
    }
  }

  /** The options of the simulation settings' fields, for the errors of their checks. */
  private static final Map<String, String> SETTINGS_OPTIONS = Map.of("alpha", "--alpha", "rho", "--rho");

  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Mixin ScenariosOption scenarios;

  @Mixin MonteCarloOptions monteCarlo;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  @Mixin AlphaOption alpha;

  @Option(names = "--correlate", paramLabel = "BY", defaultValue = Defaults.CORRELATE,
      description = "Initiatives that share a common shock: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Grouping correlate;

  @Option(names = "--rho", paramLabel = "R", defaultValue = Defaults.RHO,
      description = "The latent correlation within a group, in [0, 1) (with --correlate facet|tag).")
  double rho;

  @Option(names = "--bins", paramLabel = "B", defaultValue = Defaults.BINS,
      description = "Histogram bins (default: ${DEFAULT-VALUE}).")
  int bins;

  @Option(names = "--per-initiative",
      description = "With --format text, also a line per initiative (its success rate, mean and tail "
          + "contribution); the JSON always has them.")
  boolean perInitiative;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    SimulationSettings settings = settings();
    Portfolio portfolio = Inputs.portfolio(portfolioFile.file);
    Optional<ScenarioSet> scenarioSet = scenarios.read();
    OutcomeDistribution outcome;
    try (ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr())) {
      SimulationControl control = SimulationControl.DEFAULT.withProgress(bar);
      outcome = scenarioSet.isPresent()
          ? OutcomeSimulator.DEFAULT.simulate(portfolio, scenarioSet.get(), settings, control)
          : OutcomeSimulator.DEFAULT.simulate(portfolio, settings, control);
    } catch (InvalidValueException e) {
      if (!e.field().startsWith("initiatives")) {
        throw e; // --trials too large for the heap: an option, not a file, is at fault
      }
      // Impacts (times payoffs) too large to total: the input files are at fault, so name them.
      String files = portfolioFile.file + (scenarios.given() ? " with " + scenarios.file : "");
      throw new IllegalArgumentException(files + ": " + e.getMessage(), e);
    }
    List<Path> inputs = new ArrayList<>(List.of(portfolioFile.file));
    scenarios.addFileTo(inputs);
    output.emit(spec.commandLine().getOut(), json(outcome), () -> text(portfolio, outcome, perInitiative), inputs);
    return FacetsCommand.OK;
  }

  /** The settings of the options; an out-of-range option is a usage error naming the option. */
  private SimulationSettings settings() {
    int checkedTrials = SizeLimits.trials(spec, "--trials", monteCarlo.trials);
    int checkedBins = SizeLimits.bins(spec, "--bins", bins);
    Integer checkedThreads = threads == null ? null : SizeLimits.threads(spec, "--threads", threads);
    SimulationSettings settings = OptionValues.check(spec, SETTINGS_OPTIONS, "--trials",
        () -> SimulationSettings.trials(checkedTrials).withSeed(monteCarlo.seed).withAlpha(alpha.alpha)
            .withCorrelation(Correlation.of(correlate.engine, rho)).withHistogramBins(checkedBins));
    return checkedThreads == null ? settings : settings.withThreads(checkedThreads);
  }

  /** The contract's JSON, then the additions. */
  static ObjectNode json(OutcomeDistribution outcome) {
    ObjectNode json = JsonOut.object();
    json.put("trials", outcome.trials());
    json.put("seed", outcome.seed());
    json.put("mean", outcome.mean());
    json.put("standardDeviation", outcome.standardDeviation());
    json.put("standardError", outcome.standardError());
    ObjectNode quantiles = json.putObject("quantiles");
    for (String key : QUANTILE_KEYS) {
      quantiles.put(key, outcome.quantile(CONTRACT_QUANTILES.get(key)));
    }
    json.put("probabilityNoSuccess", outcome.probabilityNoSuccess());
    json.put("expectedSuccesses", outcome.expectedSuccesses());
    ObjectNode facets = json.putObject("facetSuccessProbability");
    for (Facet facet : Facet.ordered()) {
      JsonOut.putOptional(facets, facet.jsonName(), outcome.facetSuccessProbability(facet));
    }
    json.put("alpha", outcome.alpha());
    json.put("var", outcome.valueAtRisk());
    json.put("cvar", outcome.conditionalValueAtRisk());
    json.put("minimum", outcome.minimum());
    json.put("maximum", outcome.maximum());
    json.put("successCountStandardDeviation", outcome.successCountStandardDeviation());
    json.put("scenarios", outcome.scenarioCount());
    ObjectNode correlation = json.putObject("correlation");
    correlation.put("grouping", groupingName(outcome.correlation()));
    correlation.put("rho", outcome.correlation().rho());
    ObjectNode histogram = json.putObject("histogram");
    ArrayNode edges = histogram.putArray("edges");
    for (double edge : outcome.histogram().edges()) {
      edges.add(edge);
    }
    ArrayNode counts = histogram.putArray("counts");
    for (long count : outcome.histogram().counts()) {
      counts.add(count);
    }
    ArrayNode initiatives = json.putArray("initiatives");
    for (InitiativeOutcome initiative : outcome.initiatives()) {
      ObjectNode node = initiatives.addObject();
      node.put("id", initiative.id());
      node.put("facet", initiative.dominantFacet().jsonName());
      node.put("successRate", initiative.successRate());
      node.put("meanContribution", initiative.meanContribution());
      node.put("tailContribution", initiative.tailContribution());
    }
    return json;
  }

  private static String groupingName(Correlation correlation) {
    for (Grouping grouping : Grouping.values()) {
      if (grouping.engine == correlation.grouping()) {
        return grouping.name();
      }
    }
    throw new IllegalStateException("no command-line name for " + correlation);
  }

  /**
   * A summary for a person: moments, quantiles, tail, successes and a histogram; the initiatives
   * only when asked for, since a register of 100,000 would bury the summary.
   */
  static String text(Portfolio portfolio, OutcomeDistribution outcome, boolean perInitiative) {
    StringBuilder text = new StringBuilder();
    String correlation = outcome.correlation().isIndependent() ? "independent successes"
        : "successes correlated by " + groupingName(outcome.correlation()) + ", rho " + outcome.correlation().rho();
    text.append(line("%s: %d trials, seed %d, %s, %s", portfolio.name(), outcome.trials(), outcome.seed(),
        outcome.scenarioCount() == 0 ? "no scenarios" : outcome.scenarioCount() + " scenarios", correlation));
    text.append(line("Total value   mean %s  sd %s  (standard error %s)", Numbers.estimate(outcome.mean()),
        Numbers.estimate(outcome.standardDeviation()), Numbers.estimate(outcome.standardError())));
    StringBuilder quantiles = new StringBuilder("Quantiles    ");
    for (String key : QUANTILE_KEYS) {
      quantiles.append(' ').append(key).append(' ').append(Numbers.estimate(outcome.quantile(CONTRACT_QUANTILES.get(key))));
    }
    text.append(quantiles).append(System.lineSeparator());
    text.append(line("Lower tail    worst %s %%: var %s  cvar %s  (minimum %s, maximum %s)",
        percent(outcome.alpha()), Numbers.estimate(outcome.valueAtRisk()), Numbers.estimate(outcome.conditionalValueAtRisk()),
        Numbers.estimate(outcome.minimum()), Numbers.estimate(outcome.maximum())));
    text.append(line("Successes     expected %s of %d  (sd %s); no success in %s %% of trials",
        Numbers.estimate(outcome.expectedSuccesses()), outcome.initiatives().size(),
        Numbers.estimate(outcome.successCountStandardDeviation()), percent(outcome.probabilityNoSuccess())));
    text.append("At least one success, by dominant facet:").append(System.lineSeparator());
    for (Facet facet : Facet.ordered()) {
      text.append(line("  %-13s %s", facet.jsonName(), outcome.facetSuccessProbability(facet).isPresent()
          ? Numbers.estimate(outcome.facetSuccessProbability(facet).getAsDouble()) : "undefined (no initiative)"));
    }
    text.append("Histogram of the total:").append(System.lineSeparator());
    Histogram histogram = outcome.histogram();
    long[] counts = histogram.counts();
    double[] edges = histogram.edges();
    long largest = java.util.Arrays.stream(counts).max().orElse(1);
    for (int j = 0; j < counts.length; j++) {
      text.append(line("  %12s .. %-12s %8d %s", Numbers.estimate(edges[j]), Numbers.estimate(edges[j + 1]), counts[j],
          "#".repeat((int) Math.round(40.0 * counts[j] / largest))));
    }
    if (!perInitiative) {
      text.append(line("%d initiatives; --per-initiative lists them", outcome.initiatives().size()));
      return text.toString();
    }
    text.append(line("%-16s %-13s %12s %14s %14s", "Initiative", "facet", "success rate", "mean", "tail (cvar)"));
    for (InitiativeOutcome initiative : outcome.initiatives()) {
      text.append(line("%-16s %-13s %12s %14s %14s", initiative.id(), initiative.dominantFacet().jsonName(),
          Numbers.estimate(initiative.successRate()), Numbers.estimate(initiative.meanContribution()),
          Numbers.estimate(initiative.tailContribution())));
    }
    return text.toString();
  }

  private static String line(String format, Object... values) {
    return String.format(Locale.ROOT, format, values) + System.lineSeparator();
  }

  /** A fraction as a percentage, an estimate with no trailing zeros: 5, 0.005, 12.35. */
  private static String percent(double fraction) {
    return new java.math.BigDecimal(Numbers.estimate(100 * fraction)).stripTrailingZeros().toPlainString();
  }
}
