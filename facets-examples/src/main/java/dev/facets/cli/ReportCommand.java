package dev.facets.cli;

import dev.facets.core.score.GroupKey;
import dev.facets.report.GroupedReport;
import dev.facets.report.PortfolioReport;
import dev.facets.report.Provenance;
import dev.facets.report.ReportRequest;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ChartFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets report PORTFOLIO [--scenarios F] [--target T] [--budget B] [--trials N] [--seed S]
 * [--out FILE] [--format html|markdown]}: the whole report, as one self-contained HTML page (inline
 * SVG and CSS, no script, no network) or as Markdown. With {@code --budget}, the report also selects
 * which whole initiatives to fund, as {@code facets select --budget} does with its default objective.
 * The footer records the facets version, the date (UTC; the day of {@code SOURCE_DATE_EPOCH} when that
 * environment variable is set, for reports that are the same byte for byte on any day), each input
 * file's SHA-256 (taken from the bytes read: each file is read once) and the seed.
 * With {@code --group-by KEY}, a section of the groups' facet shares follows the balance.
 *
 * <p>Markdown and charts: written with {@code --out report.md}, each chart goes to an SVG file
 * beside it ({@code report-diamond.svg}, {@code report-map.svg}, ...), linked from the Markdown; to
 * standard output the charts are omitted and a note says so. Everything is rendered in memory first
 * and every file is written atomically, so bad input leaves no partial report behind.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a portfolio report: HTML (one self-contained page) or Markdown.",
        "Sections whose input is missing say so: hedging and the scenario chart read --scenarios, the gap "
            + "to the target and its chart --target."})
final class ReportCommand implements Callable<Integer> {
  /** The report formats, each with the file extensions that name it. */
  enum ReportFormat implements OutputOptions.FileFormat {
    html(".html", ".htm"),
    markdown(".md", ".markdown");

    private final List<String> extensions;

    ReportFormat(String... extensions) {
      this.extensions = List.of(extensions);
    }

    @Override
    public List<String> extensions() {
      return extensions;
    }
  }

  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--budget", paramLabel = "B",
      description = "The most the funded initiatives may cost together (each costs its budget): adds the selection "
          + "of facets select, with its default objective.")
  Double budget;

  @Option(names = "--format", defaultValue = "html",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--group-by", paramLabel = "KEY",
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
      boolean asked = spec.commandLine().getParseResult().hasMatchedOption("--format");
      format = OutputOptions.format(spec, out, asked ? format : null, format, ReportFormat.values());
    }
    LocalDate date = date();
    ChecksummedReads reads = new ChecksummedReads();
    ReportRequest read = analysis.request(portfolioFile.file, portfolioFile.sheet, reads);
    ReportRequest request = budget == null ? read
        : OptionValues.check(spec, "--budget", () -> read.withBudgetLimit(budget));
    // --group-by: the same report with a section of groups (GroupedReport adds it after the balance).
    List<Path> inputs = analysis.inputs(portfolioFile.file);
    PortfolioReport report = PortfolioReport.of(request.withProvenance(provenance(date, inputs, reads)));
    Optional<GroupedReport> grouped = Optional.ofNullable(groupBy).map(key -> GroupedReport.of(report, key));
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

  /**
   * The version, the date and each input file's checksum, taken as the file was read. The roles follow
   * the order of {@link AnalysisOptions#inputs}: the portfolio, the scenarios if given, the target if a
   * file.
   */
  private Provenance provenance(LocalDate date, List<Path> inputs, ChecksummedReads reads) {
    Provenance provenance = Provenance.of(version(), date);
    List<String> roles = new java.util.ArrayList<>(List.of("portfolio"));
    if (analysis.scenarios != null) {
      roles.add("scenarios");
    }
    roles.add("target");
    for (int i = 0; i < inputs.size(); i++) {
      provenance = provenance.withChecksum(roles.get(i), inputs.get(i).toString(), reads.sha256(inputs.get(i)));
    }
    return provenance;
  }

  /**
   * The report's date: {@code SOURCE_DATE_EPOCH}'s day when set, so that a report can be made again
   * byte for byte, else today's (UTC); a malformed value is a usage error, before any file is read.
   */
  private LocalDate date() {
    try {
      return SourceDate.of(Optional.ofNullable(System.getenv(SourceDate.VARIABLE)), Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The facets version, as {@code facets --version} prints it. */
  private static String version() {
    try {
      String line = new FacetsCommand.Version().getVersion()[0];
      return line.startsWith("facets ") ? line.substring("facets ".length()) : line;
    } catch (IOException e) {
      return "unknown";
    }
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
