package dev.facets.cli;

import dev.facets.core.score.GroupKey;
import dev.facets.report.GroupedReport;
import dev.facets.report.PortfolioReport;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ChartFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets report PORTFOLIO [--scenarios F] [--target T] [--trials N] [--seed S] [--out FILE]
 * [--group-by KEY] [--format html|markdown]}: the whole report, as one self-contained HTML page (inline SVG and CSS,
 * no script, no network) or as Markdown.
 *
 * <p>Markdown and charts: written with {@code --out report.md}, each chart goes to an SVG file
 * beside it ({@code report-diamond.svg}, {@code report-map.svg}, ...), linked from the Markdown; to
 * standard output the charts are omitted and a note says so. Everything is rendered in memory first
 * and every file is written atomically, so bad input leaves no partial report behind.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a portfolio report: HTML (one self-contained page) or Markdown.",
        "Sections whose input is missing (--scenarios, --target) say so."})
final class ReportCommand implements Callable<Integer> {
  /** The report formats. */
  enum ReportFormat {
    html,
    markdown
  }

  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--format", defaultValue = "html",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--group-by", paramLabel = "KEY", converter = GroupsOutput.KeyConverter.class,
      description = "Add a section of facet shares per group (a table and small multiples): " + GroupsOutput.KEYS)
  GroupKey groupBy;

  @Option(names = "--out", paramLabel = "FILE", converter = OutputOptions.TargetConverter.class,
      description = "Write the report to FILE (atomically) instead of standard output; with --format markdown "
          + "the charts go to FILE's name without extension plus -KIND.svg beside it.")
  Path out;

  @Override
  public Integer call() {
    if (out != null) {
      OutputFiles.check(out, analysis.inputs(portfolioFile.file)); // before the work, not only before the first byte
    }
    PortfolioReport report = PortfolioReport.of(analysis.request(portfolioFile.file));
    // --group-by: the same report with a section of groups (GroupedReport adds it after the balance).
    Optional<GroupedReport> grouped = Optional.ofNullable(groupBy).map(key -> GroupedReport.of(report, key));
    List<Path> inputs = analysis.inputs(portfolioFile.file);
    if (format == ReportFormat.html) {
      emit(grouped.map(GroupedReport::html).orElseGet(report::html), inputs);
      return FacetsCommand.OK;
    }
    if (out == null) {
      emit(grouped.map(GroupedReport::markdown).orElseGet(report::markdown), inputs);
      return FacetsCommand.OK;
    }
    String prefix = stem(out) + "-";
    // The Markdown and its charts are one output: all are checked before the first byte and moved
    // into place only when every one was written.
    OutputFiles files = new OutputFiles(inputs);
    Map<String, Chart> charts = new LinkedHashMap<>();
    grouped.ifPresentOrElse(g -> charts.putAll(g.charts()),
        () -> report.charts().forEach((kind, chart) -> charts.put(kind.jsonName(), chart)));
    for (Map.Entry<String, Chart> chart : charts.entrySet()) {
      Path file = out.resolveSibling(prefix + chart.getKey() + ChartFormat.SVG.extension());
      files.add(file, chart.getValue().encode(ChartFormat.SVG));
    }
    files.add(out, grouped.map(g -> g.markdown(prefix)).orElseGet(() -> report.markdown(prefix)));
    files.commit();
    return FacetsCommand.OK;
  }

  private void emit(String text, List<Path> inputs) {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      OutputOptions.writeAtomically(out, text, inputs);
    }
  }

  /** A file's name without its last extension: {@code report} for {@code report.md}. */
  static String stem(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
