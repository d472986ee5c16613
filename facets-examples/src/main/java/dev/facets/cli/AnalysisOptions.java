package dev.facets.cli;

import dev.facets.report.ChartKind;
import dev.facets.report.ReportRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The options {@code facets chart} and {@code facets report} share: the optional scenarios and
 * target, and the simulation's trials and seed. One class, so both commands read and default them the
 * same way; each command takes the portfolio as its own positional parameter.
 */
final class AnalysisOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Mixin ScenariosOption scenarios;

  @Mixin TargetOption target;

  @Mixin MonteCarloOptions monteCarlo;

  /** The option that gives what a chart needs, for the error that says it is missing. */
  static String optionFor(ChartKind kind) {
    return kind == ChartKind.GAP ? "--target FILE_OR_LIST" : "--scenarios FILE";
  }

  /** The request about a portfolio file with these options, reading every file they name. */
  ReportRequest request(Path portfolio, SheetOption sheet) {
    return request(portfolio, sheet, new ChecksummedReads());
  }

  /**
   * The request about a portfolio file with these options, reading every file they name once and
   * checksumming it into {@code reads}.
   */
  ReportRequest request(Path portfolio, SheetOption sheet, ChecksummedReads reads) {
    // The option first, as simulate does: an out-of-range --trials is a usage error before any file is read.
    int checkedTrials = SizeLimits.trials(spec, "--trials", monteCarlo.trials);
    ReportRequest request = ReportRequest.of(sheet.read(portfolio, reads)).withTrials(checkedTrials)
        .withSeed(monteCarlo.seed);
    Optional<ScenarioSet> scenarioSet = scenarios.read(file -> Inputs.scenarios(file, reads));
    if (scenarioSet.isPresent()) {
      request = request.withScenarios(scenarioSet.get());
    }
    Optional<TargetMix> targetMix = target.read(file -> Inputs.target(file, reads));
    if (targetMix.isPresent()) {
      request = request.withTarget(targetMix.get());
    }
    return request;
  }

  /** The files read with a portfolio file, which {@code --out} must never overwrite. */
  List<Path> inputs(Path portfolio) {
    List<Path> files = new ArrayList<>(List.of(portfolio));
    scenarios.addFileTo(files);
    target.addFileTo(files);
    return files;
  }
}
