package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.select.DistanceMeasure;
import dev.facets.core.select.SelectionObjective;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.simulate.Correlation;
import dev.facets.core.simulate.SimulationSettings;
import dev.facets.report.ReportRequest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command's defaults are the engines' defaults: each string of {@link Defaults} read as the
 * command reads it equals what the engine does when it is not told, and the commands parse to those
 * values when the option is left out, so that neither side can change alone.
 */
final class DefaultsTest {
  private static Portfolio portfolio;

  @BeforeAll
  static void example() throws IOException {
    try (InputStream in = DefaultsTest.class.getResourceAsStream("/examples/federal-portfolio.json")) {
      portfolio = FacetsJson.readPortfolio(in, "federal-portfolio.json");
    }
  }

  /** A selection problem told nothing it need not be told. */
  private static SelectionProblem untold() {
    return new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(1)
        .target(TargetMix.parse("enhancement=0.25,mission=0.25,adaptive=0.25,anticipatory=0.25"))
        .objective(SelectionObjective.DISTANCE).build();
  }

  @Test
  void theSelectionDefaultsAreTheSelectionProblemsOwn() {
    SelectionProblem problem = untold();
    assertEquals(problem.timeLimit(), OptionValues.duration(Defaults.TIME_LIMIT));
    assertEquals(SelectionProblem.DEFAULT_TIME_LIMIT, OptionValues.duration(Defaults.TIME_LIMIT));
    assertEquals(problem.minSpend(), Double.parseDouble(Defaults.MIN_SPEND));
    assertEquals(problem.frontResolution(), Double.parseDouble(Defaults.RESOLUTION));
    assertEquals(problem.distance(), DistanceMeasure.parse(Defaults.DISTANCE));
  }

  @Test
  void theTailAndHurwiczDefaultsAreEveryEnginesOwn() {
    double alpha = Double.parseDouble(Defaults.ALPHA);
    assertEquals(RobustnessEvaluator.DEFAULT.alpha(), alpha);
    assertEquals(RobustAllocator.DEFAULT.alpha(), alpha);
    assertEquals(SimulationSettings.trials(2).alpha(), alpha);
    assertEquals(RobustnessEvaluator.DEFAULT.hurwiczOptimism(), Double.parseDouble(Defaults.HURWICZ));
  }

  @Test
  void theSimulationDefaultsAreTheSimulatorsAndTheReportsOwn() {
    ReportRequest request = ReportRequest.of(portfolio);
    assertEquals(request.trials(), Integer.parseInt(Defaults.TRIALS));
    assertEquals(request.seed(), Long.parseLong(Defaults.SEED));
    assertEquals(SimulationSettings.trials(2).seed(), Long.parseLong(Defaults.SEED));
    assertEquals(SimulationSettings.trials(2).histogramBins(), Integer.parseInt(Defaults.BINS));
    assertEquals(Correlation.NONE.rho(), Double.parseDouble(Defaults.RHO));
    assertEquals(Correlation.NONE.grouping(), SimulateCommand.Grouping.valueOf(Defaults.CORRELATE).engine);
    assertEquals(request.weighting().name(), Weighting.parse(WeightOption.Name.valueOf(Defaults.WEIGHT).name()).name());
  }

  @Test
  void commandsLeftUntoldParseToTheDefaults() {
    SelectCommand select = parse(new SelectCommand(), "p.json", "--budget", "1");
    SelectionProblem problem = untold();
    assertEquals(problem.timeLimit(), select.timeLimit);
    assertEquals(problem.minSpend(), select.minSpend);
    assertEquals(problem.frontResolution(), select.resolution);
    assertEquals(problem.distance(), select.distance);

    SimulateCommand simulate = parse(new SimulateCommand(), "p.json");
    SimulationSettings settings = SimulationSettings.trials(2);
    assertEquals(settings.alpha(), simulate.alpha.alpha);
    assertEquals(settings.seed(), simulate.monteCarlo.seed);
    assertEquals(settings.histogramBins(), simulate.bins);
    assertEquals(Correlation.NONE, Correlation.of(simulate.correlate.engine, simulate.rho));

    HedgeCommand hedge = parse(new HedgeCommand(), "p.json", "--scenarios", "s.json");
    assertEquals(RobustnessEvaluator.DEFAULT.alpha(), hedge.alpha.alpha);
    assertEquals(RobustnessEvaluator.DEFAULT.hurwiczOptimism(), hedge.hurwicz);
    assertEquals(ReportRequest.of(portfolio).weighting().name(), hedge.weight.weighting().name());
  }

  private static <T> T parse(T command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    OptionValues.register(commandLine);
    commandLine.parseArgs(args);
    return command;
  }
}
