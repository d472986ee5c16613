package dev.facets.cli;

import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.io.PortfolioFiles;
import dev.facets.core.io.PortfolioHeader;
import dev.facets.core.io.QuestionnaireAnswersReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the subcommands read their input files: one place, so every command accepts the same
 * formats and reports a bad file the same way.
 */
final class Inputs {
  private Inputs() {}

  /** Reads a portfolio file, JSON or CSV by its extension ({@code .json}, {@code .csv}, any case). */
  static Portfolio portfolio(Path file) {
    return PortfolioFiles.read(file);
  }

  /** Reads a portfolio file as {@link #portfolio(Path)} does, once, checksumming its bytes into {@code reads}. */
  static Portfolio portfolio(Path file, ChecksummedReads reads) {
    return PortfolioFiles.isCsv(file) ? reads.read(file, FacetsCsv::readPortfolio)
        : reads.read(file, FacetsJson::readPortfolio);
  }

  /**
   * Streams a portfolio file's initiatives to {@code sink} without holding them, JSON or CSV by its
   * extension; returns its name, date, currency and count.
   */
  static PortfolioHeader streamPortfolio(Path file, java.util.function.Consumer<dev.facets.api.Initiative> sink) {
    return PortfolioFiles.stream(file, sink);
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
   * Reads a target given as a file ({@code {"enhancement": 0.4, ...}}) or as a list
   * ({@code enhancement=0.4,mission=0.2,...}): an existing file wins.
   */
  static TargetMix target(String fileOrList) {
    return target(fileOrList, FacetsJson::readTarget);
  }

  /** Reads a target as {@link #target(String)} does, a file by {@code readFile}. */
  static TargetMix target(String fileOrList, java.util.function.Function<Path, TargetMix> readFile) {
    Path file = Path.of(fileOrList);
    if (Files.exists(file) || !fileOrList.contains("=")) {
      return readFile.apply(file);
    }
    try {
      return TargetMix.parse(fileOrList);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("--target " + e.getMessage(), e);
    }
  }

  /** The file of a target argument, if it names one, so that {@code --out} never overwrites it. */
  static java.util.Optional<Path> targetFile(String fileOrList) {
    Path file = Path.of(fileOrList);
    return Files.exists(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
  }
}
