package dev.facets.cli;

import dev.facets.api.Checks;
import dev.facets.core.io.InputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code facets} command: classify, score, hedge and simulate innovation portfolios from the
 * shell.
 *
 * <p>This is the one place that turns exceptions into the contract's exit codes and one-line errors,
 * one table for every command: 0 success; 1 bad input (a line on stderr naming the file, the line or
 * JSON path, the field and the value), and also a file or standard output that cannot be written and
 * an exhausted heap; 2 usage error: the command line itself is wrong (an unknown option, a missing
 * argument, a value that cannot be read or is out of its range, a size beyond its limit for the heap,
 * an {@code --out} ending in {@code /}). No stack trace reaches a user.
 */
@Command(
    name = "facets",
    mixinStandardHelpOptions = true,
    versionProvider = FacetsCommand.Version.class,
    description = "Innovation-portfolio analytics on the OECD OPSI innovation facets.",
    subcommands = {
      ValidateCommand.class,
      DemoCommand.class,
      ScoreCommand.class,
      CompareCommand.class,
      ClassifyCommand.class,
      PetCommand.class,
      MapCommand.class,
      SimulateCommand.class,
      HedgeCommand.class,
      OptimizeCommand.class,
      SelectCommand.class,
      ChartCommand.class,
      ReportCommand.class,
      BatchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FacetsCommand implements Runnable {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code of bad input: a file or value that breaks a rule. */
  public static final int BAD_INPUT = 1;
  /** Exit code of a usage error: unknown options, missing arguments. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    // Charts are drawn with Java2D: never look for a display, even where one exists.
    System.setProperty("java.awt.headless", "true");
    // Not System.out: a PrintStream swallows write errors (a full disk, a closed pipe) for good.
    PrintWriter out = CheckedOutput.of(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code, without exiting: the entry
   * point for tests and for embedding the command.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // Only the subcommand that runs is built, when the arguments name it (start-up time).
    return run(CommandLines.forArguments(args), out, err, args);
  }

  /** Runs a command line built on {@link FacetsCommand} (tests add subcommands of their own). */
  static int run(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    OptionValues.register(commandLine); // every option value is read, and refused, in one place
    commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      // A file with several problems reports them all, one line each (at most 20 and a count).
      List<String> lines = exception instanceof InputException ? ((InputException) exception).lines()
          : List.of(describe(exception));
      for (String line : lines) {
        err.println("facets " + failed.getCommandName() + ": error: " + Checks.oneLine(line));
      }
      err.flush();
      return BAD_INPUT;
    });
    commandLine.setParameterExceptionHandler((exception, arguments) ->
        usageError(exception.getCommandLine(), err, String.valueOf(exception.getMessage())));
    Optional<String> unknown = unknownCommand(commandLine, args);
    if (unknown.isPresent()) {
      // Before picocli: with --help after it, picocli would print the main help and exit 0.
      return usageError(commandLine, err, unknown.get());
    }
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Whatever filled the heap is garbage by now; what is left is saying so in one line.
      err.println(commandName(commandLine) + ": error: " + outOfMemory(Runtime.getRuntime().maxMemory()));
      err.flush();
      code = BAD_INPUT;
    }
    Optional<String> failure = CheckedOutput.failureOf(out);
    if (failure.isPresent() && code == OK) {
      // The result is lost: a run that could not deliver it is not a success.
      err.println(commandName(commandLine) + ": error: standard output cannot be written: "
          + Checks.oneLine(failure.get()));
      err.flush();
      code = BAD_INPUT;
    }
    return code;
  }

  /** Prints a usage error of {@code failed} and where to find its help; returns {@link #USAGE}. */
  private static int usageError(CommandLine failed, PrintWriter err, String message) {
    err.println("facets: usage error: " + Checks.oneLine(message));
    err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  /**
   * The error for a first argument that is neither an option nor a command, with the command it is
   * probably a typo of ("did you mean"); empty when the first argument is fine.
   */
  static Optional<String> unknownCommand(CommandLine commandLine, String... args) {
    if (args.length == 0 || args[0].startsWith("-") || commandLine.getSubcommands().containsKey(args[0])) {
      return Optional.empty();
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String name : commandLine.getSubcommands().keySet()) {
      int distance = dev.facets.api.Checks.editDistance(args[0].toLowerCase(java.util.Locale.ROOT), name);
      if (distance < best) {
        best = distance;
        closest = name;
      }
    }
    String message = "unknown command '" + args[0] + "'";
    if (closest != null && best <= Math.max(1, closest.length() / 3)) {
      message += " (did you mean '" + closest + "'?)";
    }
    return Optional.of(message + "; the commands: " + String.join(", ", commandLine.getSubcommands().keySet()) + ".");
  }

  /** The one-line error of an {@link OutOfMemoryError}: the heap's size and how to raise it. */
  static String outOfMemory(long maxHeap) {
    long mebibytes = maxHeap / (1 << 20);
    long suggestion = Math.max(1, (2 * mebibytes + 1023) / 1024);
    return "out of memory: the input or the options need more than the maximum heap of " + mebibytes
        + " MiB; run Java with a larger heap, e.g. java -Xmx" + suggestion + "g -jar facets.jar ...";
  }

  /** The command that ran, for the error line: {@code facets score}, or {@code facets} alone. */
  private static String commandName(CommandLine commandLine) {
    CommandLine.ParseResult parsed = commandLine.getParseResult();
    return parsed == null || !parsed.hasSubcommand() ? "facets" : "facets " + parsed.subcommand().commandSpec().name();
  }

  private static String describe(Exception exception) {
    if (exception instanceof IllegalArgumentException) {
      return exception.getMessage();
    }
    if (exception instanceof UncheckedIOException) {
      return exception.getCause().getMessage();
    }
    if (exception instanceof IOException) {
      return exception.getMessage();
    }
    // A bug of ours, not bad input: still one line, but say so, so that it gets reported.
    return "internal error, please report it: " + exception;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * The version, the commit and the build time, from a resource the build writes. The build time is
   * the commit's time (the build's {@code project.build.outputTimestamp}), so that two builds of one
   * commit give byte-identical jars.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = FacetsCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      String commit = value(properties, "commit");
      if ("true".equals(properties.getProperty("modified"))) {
        commit += " (with uncommitted changes)";
      }
      return new String[] {
        "facets " + value(properties, "version"),
        "commit " + commit,
        "built " + value(properties, "buildTime")
      };
    }

    /** A value the build did not fill in (a run from an IDE's unfiltered classes) reads "unknown". */
    private static String value(Properties properties, String key) {
      String value = properties.getProperty(key, "");
      return value.isBlank() || value.contains("${") ? "unknown" : value;
    }
  }
}
