package dev.facets.cli;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.io.PortfolioFiles;
import dev.facets.core.io.PortfolioHeader;
import dev.facets.core.io.QuestionnaireAnswersReader;
import java.nio.file.Path;

/**
 * How the subcommands read their input files: one place, so every command accepts the same
 * formats and reports a bad file the same way.
 */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a portfolio file, JSON, CSV or xlsx by its extension ({@code .json}, {@code .csv},
   * {@code .xlsx}, any case); {@code sheet}, unless null, names the sheet of a workbook.
   */
  static Portfolio portfolio(Path file, String sheet) {
    return sheet == null ? PortfolioFiles.read(file) : PortfolioFiles.read(file, sheet);
  }

  /**
   * Reads a portfolio file as {@link #portfolio(Path, String)} does, checksumming its bytes into
   * {@code reads}: once, as they are parsed, for JSON and CSV; a workbook, which its reader opens
   * itself, is checksummed after it is read.
   */
  static Portfolio portfolio(Path file, String sheet, ChecksummedReads reads) {
    return PortfolioFiles.isWorkbook(file) ? reads.readThenChecksum(file, () -> portfolio(file, sheet))
        : reads.read(file, PortfolioFiles.streamReader(file));
  }

  /**
   * Streams a portfolio file's initiatives to {@code sink} without holding them, by its extension;
   * {@code sheet}, unless null, names the sheet of a workbook. Returns its name, date, currency and
   * count.
   */
  static PortfolioHeader streamPortfolio(Path file, String sheet,
      java.util.function.Consumer<dev.facets.api.Initiative> sink) {
    return sheet == null ? PortfolioFiles.stream(file, sink) : PortfolioFiles.stream(file, sheet, sink);
  }

  /** Reads a questionnaire answers file. */
  static QuestionnaireAnswers answers(Path file) {
    return QuestionnaireAnswersReader.read(file);
  }

  /** Reads a scenario file. */
  static ScenarioSet scenarios(Path file) {
    return FacetsJson.readScenarios(file);
  }

  /** Reads a scenario file once, checksumming its bytes into {@code reads}. */
  static ScenarioSet scenarios(Path file, ChecksummedReads reads) {
    return reads.read(file, FacetsJson::readScenarios);
  }

  /**
   * Reads a target file ({@code {"enhancement": 0.4, ...}}); a target given as a list on the command
   * line is read by {@link OptionValues.Target}.
   */
  static TargetMix target(Path file) {
    return FacetsJson.readTarget(file);
  }

  /** Reads a target file once, checksumming its bytes into {@code reads}. */
  static TargetMix target(Path file, ChecksummedReads reads) {
    return reads.read(file, FacetsJson::readTarget);
  }
}
