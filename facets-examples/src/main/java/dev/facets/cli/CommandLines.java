package dev.facets.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli command line a run needs, built lazily for start-up.
 *
 * <p>Picocli reads every subcommand's options, parameters and converters by reflection when a
 * command line is built, and {@link FacetsCommand} names them all: building the whole tree costs a
 * short run about as much as its work (picocli's own classes, compiled for Java 5, cannot go into a
 * class data sharing archive either). When the first argument names a subcommand exactly, the only
 * one that can run, this builds a root with that subcommand alone. The root carries what a
 * subcommand inherits from it (the name {@code facets}, the version provider), so the subcommand
 * parses, runs, reports errors and prints its help exactly as in the whole tree; a test compares
 * the two. Anything else ({@code --help}, {@code help}, no arguments, an unknown or misspelt name,
 * an {@code @file}) gets the whole tree.
 */
final class CommandLines {
  private CommandLines() {}

  /** The command line for {@code args}: the whole tree, or a root with the one subcommand named. */
  static CommandLine forArguments(String... args) {
    return subcommandNamed(args.length == 0 ? "" : args[0])
        .map(CommandLines::withOnly)
        .orElseGet(CommandLines::whole);
  }

  /** The whole tree, every subcommand of {@link FacetsCommand}. */
  static CommandLine whole() {
    return new CommandLine(new FacetsCommand());
  }

  /**
   * The subcommand class {@code name} calls, read from {@link FacetsCommand}'s annotation (loading
   * the classes, not reading their options); picocli's own help command is left to the whole tree.
   */
  static Optional<Class<?>> subcommandNamed(String name) {
    return Arrays.stream(FacetsCommand.class.getAnnotation(Command.class).subcommands())
        .filter(type -> type != CommandLine.HelpCommand.class)
        .filter(type -> {
          Command command = type.getAnnotation(Command.class);
          return command != null && (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name));
        })
        .findFirst();
  }

  /** A {@code facets} root holding only {@code subcommand}. */
  static CommandLine withOnly(Class<?> subcommand) {
    Command root = FacetsCommand.class.getAnnotation(Command.class);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(new FacetsCommand())
        .name(root.name())
        .mixinStandardHelpOptions(root.mixinStandardHelpOptions())
        .versionProvider(new FacetsCommand.Version());
    spec.usageMessage().description(root.description());
    CommandLine commandLine = new CommandLine(spec);
    commandLine.addSubcommand(subcommand);
    return commandLine;
  }
}
