package dev.facets.cli;

import dev.facets.report.ChartKind;
import dev.facets.report.ReportRequest;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ChartFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets chart KIND PORTFOLIO [--scenarios F] [--target T] [--trials N] [--seed S] --out
 * FILE.svg|FILE.png}: draws one chart of a report, as SVG or PNG by the file's extension, running only
 * the engines that chart needs.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = {"Draw one chart of a portfolio as SVG or PNG.",
        "KIND: diamond (facet shares), map (initiatives), gap (needs --target), scenarios (needs --scenarios), "
            + "histogram (Monte Carlo)."})
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND",
      description = "diamond, map, gap, scenarios or histogram.")
  ChartKind kind;

  @Parameters(index = "1", paramLabel = "PORTFOLIO", description = PortfolioFile.DESCRIPTION)
  Path portfolio;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--out", required = true, converter = OutputOptions.TargetConverter.class, paramLabel = "FILE.svg|FILE.png",
      description = "The chart file; its extension picks the format. Written atomically.")
  Path out;

  @Override
  public Integer call() {
    ChartFormat format = OptionValues.chartFormat(spec, "--out", out);
    ReportRequest request = analysis.request(portfolio);
    Optional<String> missing = kind.missingInput(request);
    if (missing.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the " + kind.jsonName() + " chart needs "
          + missing.get() + " (" + AnalysisOptions.optionFor(kind) + "), and none was given");
    }
    Chart chart = kind.chart(request);
    OutputOptions.writeAtomically(out, chart.encode(format), analysis.inputs(portfolio));
    return FacetsCommand.OK;
  }
}
