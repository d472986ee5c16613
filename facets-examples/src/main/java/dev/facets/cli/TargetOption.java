package dev.facets.cli;

import dev.facets.api.TargetMix;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --target FILE_OR_LIST}, declared once for {@code score}, {@code select}, {@code chart} and
 * {@code report}, so that every command takes a target alike and describes it in one text. A list is
 * read and checked on the command line ({@link OptionValues.Target}); a file is read with the other
 * input files.
 */
final class TargetOption {
  @Option(names = "--target", paramLabel = "FILE_OR_LIST",
      description = "A target mix: a JSON file {\"enhancement\": 0.4, ...} or a list enhancement=0.4,mission=0.2,... "
          + "(shares summing to 1, or percentages summing to 100: enhancement=40%%,mission=20%%,...).")
  OptionValues.Target target;

  /** Whether {@code --target} was given. */
  boolean given() {
    return target != null;
  }

  /** The target mix, reading its file if it names one; empty without {@code --target}. */
  Optional<TargetMix> read() {
    return Optional.ofNullable(target).map(OptionValues.Target::read);
  }

  /** The target mix, reading its file, if it names one, by {@code readFile}; empty without {@code --target}. */
  Optional<TargetMix> read(Function<Path, TargetMix> readFile) {
    return Optional.ofNullable(target).map(given -> given.read(readFile));
  }

  /** Adds the target's file, if it names one, to the files {@code --out} must never overwrite. */
  void addFileTo(List<Path> inputs) {
    if (target != null) {
      target.file().ifPresent(inputs::add);
    }
  }
}
