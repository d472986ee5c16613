package dev.facets.cli;

import dev.facets.api.Facet;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScore;
import dev.facets.core.io.CsvTable;
import dev.facets.core.io.QuestionnaireCsv;
import dev.facets.report.QuestionnaireReport;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ChartFormat;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The files {@code facets pet} and {@code facets pet team} can write beside their output: the result
 * views as a report (HTML, or Markdown with the chart beside it), the diamond alone as SVG or PNG, the
 * results as CSV and the answers as CSV. Everything is made in memory first, then the files are
 * written as one unit ({@link OutputFiles}: all or none); an input file is never overwritten.
 */
final class PetFiles {
  @Option(names = "--report", paramLabel = "FILE.html|FILE.md",
      description = "Also write the result views: the facet diamond, the tendency and the capability in plain words"
          + " (HTML, or Markdown with the diamond as FILE-pet-diamond.svg beside it when FILE ends in .md).")
  Path report;

  @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png",
      description = "Also write the facet diamond alone, as SVG or PNG by the extension.")
  Path chart;

  @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the results as CSV, one row per respondent.")
  Path csv;

  @Option(names = "--answers-csv", paramLabel = "FILE.csv",
      description = "Also write the answers as CSV, one row per respondent (the format 'facets pet team' reads).")
  Path answersCsv;

  /** Checks the options before any work: a chart file must end in .svg or .png. */
  void check(CommandSpec spec) {
    if (chart != null) {
      OptionValues.chartFormat(spec, "--chart", chart);
    }
  }

  /** Whether the report or the chart is asked for, which need the report to be made. */
  boolean wantsReport() {
    return report != null || chart != null;
  }

  /**
   * Writes every file asked for.
   *
   * @param views the result views, made only when a report or a chart is asked for
   * @param answers each respondent's answers, named
   * @param scores each respondent's score, in the same order
   * @param inputs the files read, never to be overwritten
   */
  void write(java.util.function.Supplier<QuestionnaireReport> views, List<QuestionnaireAnswers> answers,
      List<QuestionnaireScore> scores, List<Path> inputs) {
    // The side files are one output: all are checked before the first byte and moved into place only
    // when every one was written.
    OutputFiles files = new OutputFiles(inputs);
    if (wantsReport()) {
      QuestionnaireReport made = views.get();
      if (report != null) {
        if (isMarkdown(report)) {
          String prefix = ReportCommand.stem(report) + "-";
          made.charts().forEach((name, drawn) -> files.add(report.resolveSibling(prefix + name + ".svg"),
              drawn.encode(ChartFormat.SVG)));
          files.add(report, made.markdown(prefix));
        } else {
          files.add(report, made.html());
        }
      }
      if (chart != null) {
        Chart diamond = made.diamond();
        files.add(chart, diamond.encode(ChartFormat.of(chart)));
      }
    }
    if (csv != null) {
      files.add(csv, results(answers, scores));
    }
    if (answersCsv != null) {
      files.add(answersCsv, QuestionnaireCsv.toCsv(answers));
    }
    files.commit();
  }

  /** The results as CSV: one row per respondent, the columns of the JSON output. */
  static String results(List<QuestionnaireAnswers> answers, List<QuestionnaireScore> scores) {
    List<String> header = new ArrayList<>(List.of("respondent", "mode"));
    Facet.ordered().forEach(facet -> header.add(facet.jsonName() + "Percent"));
    Facet.ordered().forEach(facet -> header.add(facet.jsonName() + "Points"));
    header.addAll(List.of("strongFacets", "tendencyGroup", "capabilityScore", "capabilityLevel"));
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.start(out, header);
    for (int i = 0; i < scores.size(); i++) {
      QuestionnaireScore score = scores.get(i);
      CsvTable.Row row = table.row().text(answers.get(i).respondent().orElse("")).text(score.mode().jsonName());
      Facet.ordered().forEach(facet -> row.number((long) score.percentage(facet)));
      Facet.ordered().forEach(facet -> row.number(score.points().get(facet)));
      List<String> strong = new ArrayList<>();
      score.strongFacets().forEach(facet -> strong.add(facet.jsonName()));
      row.text(String.join(" ", strong)).text(score.tendency().jsonName()).number((long) score.capabilityScore())
          .text(score.capabilityLevel().jsonName()).end();
    }
    return out.toString();
  }

  private static boolean isMarkdown(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }
}
