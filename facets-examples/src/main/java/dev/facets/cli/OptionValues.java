package dev.facets.cli;

import dev.facets.api.InvalidValueException;
import dev.facets.report.charts.ChartFormat;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line option values that the engines check: a value they reject is a usage error (exit 2)
 * naming the option, like a value picocli cannot convert, not bad input from a file.
 */
final class OptionValues {
  private OptionValues() {}

  /** The value {@code parse} makes of an option, or a usage error naming the option and the rule. */
  static <T> T check(CommandSpec spec, String option, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e);
    }
  }

  /**
   * The chart format a file option asks for by its extension, or a usage error naming the option
   * and the file.
   */
  static ChartFormat chartFormat(CommandSpec spec, String option, Path file) {
    try {
      return ChartFormat.of(file);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
    }
  }
}
