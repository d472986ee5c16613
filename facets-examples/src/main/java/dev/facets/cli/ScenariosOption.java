package dev.facets.cli;

import dev.facets.api.ScenarioSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --scenarios FILE}, declared once with one help text: this mixin where the scenarios are
 * optional ({@code simulate}, {@code select}, {@code chart}, {@code report}), {@link Required} where
 * a command cannot run without them ({@code hedge}, {@code optimize}).
 */
final class ScenariosOption {
  /** The help text of every {@code --scenarios}. */
  static final String DESCRIPTION = "The scenario file (JSON): futures with their probabilities and payoffs per facet.";

  @Option(names = "--scenarios", paramLabel = "FILE", description = DESCRIPTION)
  Path file;

  /** Whether {@code --scenarios} was given. */
  boolean given() {
    return file != null;
  }

  /** The scenarios, read from the file; empty without {@code --scenarios}. */
  Optional<ScenarioSet> read() {
    return read(Inputs::scenarios);
  }

  /** The scenarios, read from the file by {@code readFile}; empty without {@code --scenarios}. */
  Optional<ScenarioSet> read(Function<Path, ScenarioSet> readFile) {
    return Optional.ofNullable(file).map(readFile);
  }

  /** Adds the scenario file, if given, to the files {@code --out} must never overwrite. */
  void addFileTo(List<Path> inputs) {
    if (file != null) {
      inputs.add(file);
    }
  }

  /** {@code --scenarios FILE} for the commands that need it. */
  static final class Required {
    @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = DESCRIPTION)
    Path file;

    /** The scenarios, read from the file. */
    ScenarioSet read() {
      return Inputs.scenarios(file);
    }
  }
}
