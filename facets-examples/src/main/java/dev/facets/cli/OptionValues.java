package dev.facets.cli;

import dev.facets.api.Checks;
import dev.facets.api.Driver;
import dev.facets.api.EnumNames;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Purpose;
import dev.facets.api.TargetMix;
import dev.facets.core.hedge.Objective;
import dev.facets.core.io.FileKind;
import dev.facets.core.questionnaire.ScoringMode;
import dev.facets.core.score.GroupKey;
import dev.facets.core.select.DistanceMeasure;
import dev.facets.core.select.SelectionObjective;
import dev.facets.report.ChartKind;
import dev.facets.report.charts.ChartFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The one home of option values: how the command reads them and how it says that one is wrong.
 *
 * <p>Every bad option value is a usage error (exit 2) in one shape, picocli's own for a value it
 * cannot convert: {@code Invalid value for option '--max': facet must be one of enhancement,
 * mission, adaptive, anticipatory, got 'nosuch'}, that is the option, then the domain's
 * {@link InvalidValueException} message naming the field, the rule (what is allowed) and the value
 * given. Two ways lead to it:
 *
 * <ul>
 *   <li>a value that can be read alone is read by a typed converter, registered once for every
 *       command by {@link #register}: names through {@link EnumNames} or the domain's {@code parse}
 *       (purposes, objectives, chart kinds, the command's own enums), facet lists and targets
 *       through the domain's parsers, durations; so a command's field has the domain type and
 *       nothing is parsed in {@code call()};
 *   <li>a value the engine checks, alone or together with other options (a share bound against the
 *       other bounds, an id against the portfolio), goes through {@link #check}, which blames the
 *       option the engine's field belongs to, in the same shape.
 * </ul>
 */
final class OptionValues {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private OptionValues() {}

  /** Registers the typed converters on {@code commandLine} and on every subcommand it holds. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Purpose.class, parsed(Purpose::parse))
        .registerConverter(Driver.class, parsed(Driver::parse))
        .registerConverter(ScoringMode.class, parsed(ScoringMode::parse))
        .registerConverter(Objective.class, parsed(Objective::parse))
        .registerConverter(SelectionObjective.class, parsed(SelectionObjective::parse))
        .registerConverter(DistanceMeasure.class, parsed(DistanceMeasure::parse))
        .registerConverter(ChartKind.class, parsed(ChartKind::parse))
        .registerConverter(GroupKey.class, parsed(GroupKey::parse))
        .registerConverter(WeightOption.Name.class, anyCase(WeightOption.Name.class, "weight"))
        .registerConverter(OutputOptions.Format.class, anyCase(OutputOptions.Format.class, "format"))
        .registerConverter(ReportCommand.ReportFormat.class, anyCase(ReportCommand.ReportFormat.class, "format"))
        .registerConverter(SimulateCommand.Grouping.class, anyCase(SimulateCommand.Grouping.class, "grouping"))
        .registerConverter(FileKind.class, anyCase(FileKind.class, "kind"))
        .registerConverter(Shares.class, parsed(Shares::parse))
        .registerConverter(Target.class, parsed(Target::parse))
        .registerConverter(Links.class, parsed(Links::parse))
        .registerConverter(Duration.class, parsed(OptionValues::duration));
  }

  /**
   * A converter through a domain parser: its {@link InvalidValueException} becomes picocli's
   * conversion error, so picocli adds the option in front, and nothing of the exception's class
   * leaks out.
   */
  static <T> ITypeConverter<T> parsed(Function<String, T> parse) {
    return value -> {
      try {
        return parse.apply(value);
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    };
  }

  /**
   * A converter for an enum of the command's own whose names are its constants' names, in any case
   * ({@code --format JSON}, {@code --kind scenarios}), as the command has always accepted them.
   */
  static <E extends Enum<E>> ITypeConverter<E> anyCase(Class<E> type, String field) {
    EnumNames<E> names = EnumNames.of(type, field, Enum::name);
    return parsed(value -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(value)) {
          return constant;
        }
      }
      return names.parse(value); // none matches: the error listing the names
    });
  }

  /**
   * The value {@code parse} makes of an option's value, or a usage error naming {@code option}
   * when the engine rejects it.
   */
  static <T> T check(CommandSpec spec, String option, Supplier<T> parse) {
    return check(spec, Map.of(), option, parse);
  }

  /**
   * The value {@code parse} makes of several options together, or a usage error naming the option
   * the rejected field belongs to: {@code optionsByField} maps an engine's field (or the start of
   * its path, {@code min} for {@code min.mission}) to its option; a field none of them starts is
   * blamed on {@code otherwise}.
   */
  static <T> T check(CommandSpec spec, Map<String, String> optionsByField, String otherwise, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      throw invalid(spec, optionOf(e.field(), optionsByField, otherwise), e.getMessage(), e);
    }
  }

  /** The option of an engine's field: the longest key of {@code optionsByField} that starts its path. */
  static String optionOf(String field, Map<String, String> optionsByField, String otherwise) {
    String best = null;
    for (String key : optionsByField.keySet()) {
      boolean starts = field.equals(key) || field.startsWith(key + ".") || field.startsWith(key + "[");
      if (starts && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    return best == null ? otherwise : optionsByField.get(best);
  }

  /**
   * A usage error for an option that is fine alone but needs another input: {@code Option '--weight'
   * needs a PORTFOLIO: ...}; not "invalid value", since any value would be refused.
   */
  static ParameterException needs(CommandSpec spec, String option, String requirement) {
    return new ParameterException(spec.commandLine(), "Option '" + option + "' needs " + requirement);
  }

  /** A usage error in the one shape: {@code Invalid value for option '--x': message}. */
  static ParameterException invalid(CommandSpec spec, String option, String message) {
    return invalid(spec, option, message, null);
  }

  private static ParameterException invalid(CommandSpec spec, String option, String message, Exception cause) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message, cause);
  }

  /**
   * The chart format a file option asks for by its extension, or a usage error naming the option
   * and the file.
   */
  static ChartFormat chartFormat(CommandSpec spec, String option, Path file) {
    try {
      return ChartFormat.of(file);
    } catch (IllegalArgumentException e) {
      // ChartFormat names the file first; the shape names it after the rule already.
      String prefix = file + ": ";
      String message = e.getMessage();
      throw invalid(spec, option, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
  }

  /** Reads {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or an ISO-8601 duration ({@code PT10S}). */
  static Duration duration(String text) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (matcher.matches()) {
      double amount = Double.parseDouble(matcher.group(1));
      long unitNanos = matcher.group(2).equals("ms") ? 1_000_000L
          : matcher.group(2).equals("s") ? 1_000_000_000L
          : matcher.group(2).equals("m") ? 60_000_000_000L : 3_600_000_000_000L;
      return Duration.ofNanos(Math.round(amount * unitNanos));
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("time-limit", Checks.quote(text), "be a duration such as 500ms, 10s, 2m, 1h or PT10S");
    }
  }

  /**
   * A list of facet shares, {@code enhancement=0.2,mission=0.1}: each facet known and given once,
   * each share a number; the engine checks the ranges.
   */
  record Shares(Map<Facet, Double> values) {
    /** No shares: the option was not given. */
    static final Shares NONE = new Shares(Map.of());

    static Shares parse(String list) {
      return new Shares(FacetValues.parsePairs(list, "shares", "share"));
    }
  }

  /**
   * A target, {@code --target FILE_OR_LIST}: a list ({@code enhancement=0.4,mission=0.2,...}) is
   * read and checked on the command line; a file (an existing path, or anything without {@code =})
   * is read with the other files, where a bad one is bad input naming the file.
   */
  record Target(Optional<Path> file, Optional<String> list) {
    static Target parse(String fileOrList) {
      Path file;
      try {
        file = Path.of(fileOrList);
      } catch (InvalidPathException e) {
        throw new InvalidValueException("target", Checks.quote(fileOrList), "be a file name or a list facet=share,...");
      }
      if (Files.exists(file) || !fileOrList.contains("=")) {
        return new Target(Optional.of(file), Optional.empty());
      }
      // The list's syntax (facet names, numbers) is the option's: a usage error here. What readable
      // weights say (their sum, a negative weight, percent mixed with shares) is bad input when the
      // target is read, as in a target file: the contract makes a target's sum bad input either way.
      FacetValues.parsePairs(fileOrList.replace("%", ""), "target", "weight");
      return new Target(Optional.empty(), Optional.of(fileOrList));
    }

    /** The target mix, reading the file if it is one. */
    TargetMix read() {
      return read(Inputs::target);
    }

    /** The target mix, reading the file, if it is one, by {@code readFile}. */
    TargetMix read(Function<Path, TargetMix> readFile) {
      return list.map(TargetMix::parse).orElseGet(() -> readFile.apply(file.orElseThrow()));
    }
  }

  /** Pairs of ids, {@code a:b,c:d}, for {@code --requires} and {@code --excludes}. */
  record Links(List<List<String>> pairs) {
    static Links parse(String list) {
      List<List<String>> pairs = new ArrayList<>();
      for (String part : list.split(",", -1)) {
        String[] pair = part.split(":", -1);
        if (pair.length != 2) {
          throw new InvalidValueException("link", Checks.quote(part), "be two ids joined by ':'");
        }
        pairs.add(List.of(pair[0].strip(), pair[1].strip()));
      }
      return new Links(List.copyOf(pairs));
    }
  }
}
