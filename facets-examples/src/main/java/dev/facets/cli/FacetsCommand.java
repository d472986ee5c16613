package dev.facets.cli;

import dev.facets.api.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code facets} command: classify, score, hedge and simulate innovation portfolios from the
 * shell.
 *
 * <p>This is the one place that turns exceptions into the contract's exit codes and one-line errors:
 * 0 success; 1 bad input (a line on stderr naming the file, the line or JSON path, the field and the
 * value); 2 usage error. No stack trace reaches a user.
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
      ClassifyCommand.class,
      PetCommand.class,
      SimulateCommand.class,
      HedgeCommand.class,
      OptimizeCommand.class,
      SelectCommand.class,
      ChartCommand.class,
      ReportCommand.class,
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
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
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
    CommandLine commandLine = new CommandLine(new FacetsCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      err.println("facets " + failed.getCommandName() + ": error: " + Checks.oneLine(describe(exception)));
      err.flush();
      return BAD_INPUT;
    });
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine failed = exception.getCommandLine();
      err.println("facets: usage error: " + Checks.oneLine(String.valueOf(exception.getMessage())));
      err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return USAGE;
    });
    int code = commandLine.execute(args);
    out.flush();
    return code;
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
