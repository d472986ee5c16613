package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The one table of exit codes, across commands: the same option with the same bad value gives the
 * same code and the same words in every command that takes it. Usage (2): the command line itself
 * is wrong (an unknown option, a missing argument, a value that cannot be read, a value outside its
 * range, including the size limits derived from the heap). Bad input (1): a file breaks a rule or
 * cannot be read or written, standard output cannot be written, or the heap runs out.
 */
class ExitCodeTableTest {
  @TempDir Path folder;
  private String portfolio;

  @BeforeEach
  void writeAPortfolio() throws Exception {
    Path file = folder.resolve("p.json");
    Files.writeString(file, "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1},"
        + "\"successProbability\":0.5,\"impact\":{\"low\":1,\"mode\":2,\"high\":5}}]}");
    portfolio = file.toString();
  }

  /** Every command that takes {@code --trials}, with the value given. */
  private List<String[]> withTrials(String trials) {
    String chart = folder.resolve("c.svg").toString();
    return List.of(
        new String[] {"simulate", portfolio, "--seed", "1", "--trials", trials},
        new String[] {"report", portfolio, "--trials", trials},
        new String[] {"report", portfolio, "--format", "markdown", "--trials", trials},
        new String[] {"chart", "histogram", portfolio, "--out", chart, "--trials", trials},
        new String[] {"chart", "diamond", portfolio, "--out", chart, "--trials", trials});
  }

  private static void assertUsage(CommandRun run, String shows, String[] args) {
    assertEquals(FacetsCommand.USAGE, run.exitCode, () -> String.join(" ", args) + ": " + run);
    assertTrue(run.err.startsWith("facets: usage error: "), run::toString);
    assertTrue(run.err.contains(shows), () -> String.join(" ", args) + ": " + run + " should show " + shows);
    assertFalse(run.err.contains("\tat ") || run.err.contains("internal error"), run::toString);
    assertEquals("", run.out, run::toString);
  }

  @Test
  void tooFewTrialsAreAUsageErrorInEveryCommand() {
    for (String trials : new String[] {"0", "1", "-1"}) {
      for (String[] args : withTrials(trials)) {
        assertUsage(CommandRun.of(args), "Invalid value for option '--trials': trials must be >= 2, got " + trials, args);
      }
    }
    assertFalse(Files.exists(folder.resolve("c.svg")));
  }

  @Test
  void moreTrialsThanTheHeapHoldsAreAUsageErrorNamingTheLimitAndTheHeapInEveryCommand() {
    long limit = SizeLimits.limit(Runtime.getRuntime().maxMemory(), SizeLimits.BYTES_PER_TRIAL);
    String trials = Long.toString(Math.min(Integer.MAX_VALUE, limit + 1));
    org.junit.jupiter.api.Assumptions.assumeTrue(limit < Integer.MAX_VALUE, "a heap below 64 GB");
    for (String[] args : withTrials(trials)) {
      CommandRun run = CommandRun.of(args);
      assertUsage(run, "Invalid value for option '--trials': trials must be at most " + limit + " with the maximum heap of ", args);
      assertTrue(run.err.contains("-Xmx"), run::toString);
    }
  }

  @Test
  void binsAndThreadsHaveLimitsToo() {
    long limit = SizeLimits.limit(Runtime.getRuntime().maxMemory(), SizeLimits.BYTES_PER_BIN);
    for (String bins : new String[] {"100000000", "2147483647"}) {
      String[] args = {"simulate", portfolio, "--seed", "1", "--trials", "10", "--bins", bins};
      CommandRun run = CommandRun.of(args);
      assertUsage(run, "Invalid value for option '--bins': bins must be at most " + limit + " with the maximum heap of ", args);
      assertTrue(run.err.contains("-Xmx"), run::toString);
    }
    String[] args = {"simulate", portfolio, "--seed", "1", "--trials", "10", "--bins", "0"};
    assertUsage(CommandRun.of(args), "Invalid value for option '--bins': bins must be >= 1, got 0", args);
    String[] threads = {"simulate", portfolio, "--seed", "1", "--trials", "10", "--threads", "100000"};
    assertUsage(CommandRun.of(threads), "Invalid value for option '--threads': threads must be at most 256", threads);
    CommandRun atLimit = CommandRun.of("simulate", portfolio, "--seed", "1", "--trials", "5000", "--bins", "1000");
    assertEquals(FacetsCommand.OK, atLimit.exitCode, atLimit::toString);
    assertEquals(1000, atLimit.json().get("histogram").get("counts").size());
  }

  @Test
  void theTableHoldsForTheOutputOptionAcrossCommands() throws Exception {
    Path folderTarget = Files.createDirectory(folder.resolve("d.svg"));
    List<String[]> commands = new ArrayList<>();
    for (String out : new String[] {"x/", folderTarget.toString()}) {
      commands.add(new String[] {"score", portfolio, "--out", out});
      commands.add(new String[] {"validate", portfolio, "--out", out});
      commands.add(new String[] {"report", portfolio, "--trials", "100", "--out", out});
      commands.add(new String[] {"chart", "diamond", portfolio, "--out", out});
      commands.add(new String[] {"simulate", portfolio, "--seed", "1", "--trials", "10", "--out", out});
      commands.add(new String[] {"demo", "--out", out});
      commands.add(new String[] {"classify", "--uncertainty", "0.5", "--directedness", "0", "--out", out});
    }
    for (String[] args : commands) {
      CommandRun run = CommandRun.of(args);
      boolean slash = args[args.length - 1].endsWith("/");
      assertEquals(slash ? FacetsCommand.USAGE : FacetsCommand.BAD_INPUT, run.exitCode,
          () -> String.join(" ", args) + ": " + run);
      assertTrue(run.err.contains(slash ? "names a folder" : "cannot be written: is a folder"),
          () -> String.join(" ", args) + ": " + run);
      assertEquals(slash ? 2 : 1, run.err.strip().lines().count(), run::toString);
    }
  }

  /** A subcommand that runs out of memory, for the handler that turns that into one line. */
  @CommandLine.Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anOutOfMemoryErrorIsOneLineWithTheHeapAndTheHint() {
    CommandLine commandLine = new CommandLine(new FacetsCommand()).addSubcommand(new Exhaust());
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(commandLine, new PrintWriter(new StringWriter()), new PrintWriter(err), "exhaust");
    assertEquals(FacetsCommand.BAD_INPUT, code);
    long mebibytes = Runtime.getRuntime().maxMemory() / (1 << 20);
    assertEquals("facets exhaust: error: out of memory: the input or the options need more than the maximum heap of "
        + mebibytes + " MiB; run Java with a larger heap, e.g. java -Xmx" + Math.max(1, (2 * mebibytes + 1023) / 1024)
        + "g -jar facets.jar ...", err.toString().strip());
    assertEquals("out of memory: the input or the options need more than the maximum heap of 256 MiB; run Java with"
        + " a larger heap, e.g. java -Xmx1g -jar facets.jar ...", FacetsCommand.outOfMemory(256L << 20));
  }
}
