package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.facets.report.PrintableText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Command-level fuzzing with Jazzer: mutated files of every kind through every command that reads
 * them, in-process ({@link FacetsCommand#run}). Whatever the bytes, each run keeps the command's
 * contract: exit 0 with complete output (JSON that parses, SVG that parses as XML, text without
 * control characters), or exit 1 with one line naming the command, no "internal error", nothing on
 * standard output and no output file or temporary file left behind. A usage error (2) from a file's
 * content, an exception escaping, or a broken output is a finding.
 *
 * <p>{@code mvn verify} replays the committed inputs
 * ({@code src/test/resources/dev/facets/cli/CommandsFuzzTestInputs/<method>/}); {@code docs/fuzzing.md}
 * says how to run a campaign. {@code select} and {@code optimize} are left out while their engines
 * are being replaced; {@code classify} reads no file.
 */
class CommandsFuzzTest {
  private static final String TARGET = "enhancement=0.4,mission=0.3,adaptive=0.2,anticipatory=0.1";
  private static final Path BASE;
  private static final Path PORTFOLIO;
  private static final Path SCENARIOS;
  private static final Path TARGET_FILE;
  private static int runs;

  static {
    try {
      BASE = Files.createTempDirectory("facets-commands-fuzz");
      PORTFOLIO = copy("federal-portfolio.json");
      SCENARIOS = copy("futures.json");
      TARGET_FILE = copy("balanced-target.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(String example) throws IOException {
    Path file = BASE.resolve(example);
    try (InputStream in = CommandsFuzzTest.class.getResourceAsStream("/examples/" + example)) {
      Files.copy(in, file);
    }
    return file;
  }

  @DictionaryEntries({
    "\"name\"", "\"initiatives\"", "\"id\"", "\"budget\"", "\"position\"", "\"uncertainty\"", "\"directedness\"",
    "\"facets\"", "\"purpose\"", "\"stage\"", "\"priority\"", "\"successProbability\"", "\"impact\"", "\"low\"",
    "\"mode\"", "\"high\"", "\"tags\"", "\"enhancement\"", "\"mission\"", "\"adaptive\"", "\"anticipatory\"",
    "1e308", "4.9E-324", "1e-320", "-0.0", "\"\\u001b\"", "\"\\u0000\"", "\"\\ud800\""
  })
  @FuzzTest
  void portfolioJson(byte[] input) {
    portfolioCommands(input, "json");
  }

  @DictionaryEntries({
    "id,name,budget", "position.uncertainty", "position.directedness", "facets.enhancement", "facets.mission",
    "facets.adaptive", "facets.anticipatory", "successProbability", "impact.low", "impact.mode", "impact.high",
    "tags", "# name: ", "\"\"", "1e308", "1e-320", "-0.0"
  })
  @FuzzTest
  void portfolioCsv(byte[] input) {
    portfolioCommands(input, "csv");
  }

  @DictionaryEntries({
    "\"scenarios\"", "\"name\"", "\"probability\"", "\"payoff\"", "\"enhancement\"", "\"mission\"", "\"adaptive\"",
    "\"anticipatory\"", "1e308", "-1e308", "1e-320", "0.5", "\"\\u001b\""
  })
  @FuzzTest
  void scenarios(byte[] input) {
    Run run = new Run(input, "scenarios.json");
    run.check(run.command("hedge", PORTFOLIO.toString(), "--scenarios", run.file.toString()));
    run.check(run.command("simulate", PORTFOLIO.toString(), "--scenarios", run.file.toString(), "--trials", "50",
        "--seed", "1", "--threads", "1"));
    run.check(run.command("report", PORTFOLIO.toString(), "--scenarios", run.file.toString(), "--trials", "50"));
    run.check(run.command("chart", "scenarios", PORTFOLIO.toString(), "--scenarios", run.file.toString(),
        "--out", run.output("scenarios.svg")));
    run.finish();
  }

  @DictionaryEntries({"\"enhancement\"", "\"mission\"", "\"adaptive\"", "\"anticipatory\"", "1e308", "1e-320", "-0.0"})
  @FuzzTest
  void targetMix(byte[] input) {
    Run run = new Run(input, "target.json");
    run.check(run.command("score", PORTFOLIO.toString(), "--target", run.file.toString(), "--format", "text"));
    run.check(run.command("report", PORTFOLIO.toString(), "--target", run.file.toString(), "--trials", "50",
        "--format", "markdown", "--out", run.output("rep.md")));
    run.check(run.command("chart", "gap", PORTFOLIO.toString(), "--target", run.file.toString(),
        "--out", run.output("gap.svg")));
    run.finish();
  }

  @DictionaryEntries({"\"respondent\"", "\"answers\"", "\"q1\"", "\"q10\"", "\"q17\"", "\"yes\"", "\"no\"", "\"efficiency\""})
  @FuzzTest
  void answers(byte[] input) {
    Run run = new Run(input, "answers.json");
    run.check(run.command("pet", run.file.toString()));
    run.check(run.command("pet", run.file.toString(), "--format", "text"));
    run.finish();
  }

  private static void portfolioCommands(byte[] input, String extension) {
    Run run = new Run(input, "portfolio." + extension);
    String file = run.file.toString();
    boolean valid = run.check(run.command("validate", file, "--kind", "portfolio", "--format", "json"));
    List<Boolean> results = new ArrayList<>();
    results.add(run.check(run.command("score", file, "--target", TARGET, "--format", "text")));
    results.add(run.check(run.command("hedge", file, "--scenarios", SCENARIOS.toString())));
    results.add(run.check(run.command("simulate", file, "--scenarios", SCENARIOS.toString(), "--trials", "50",
        "--seed", "1", "--threads", "1", "--format", "text")));
    results.add(run.check(run.command("report", file, "--scenarios", SCENARIOS.toString(), "--target",
        TARGET_FILE.toString(), "--trials", "50")));
    results.add(run.check(run.command("report", file, "--trials", "50", "--format", "markdown", "--out",
        run.output("rep.md"))));
    results.add(run.check(run.command("chart", "map", file, "--out", run.output("map.svg"))));
    if (!valid) {
      // Every command reads the file as validate does: what validate refuses, none accepts.
      assertFalse(results.contains(true), "validate refused the file but another command accepted it");
    }
    run.finish();
  }

  /** One input: its file, the commands run on it, their outputs in a folder of their own. */
  private static final class Run {
    final Path folder;
    final Path file;
    String[] args;
    final List<String> outputs = new ArrayList<>();

    Run(byte[] input, String name) {
      try {
        folder = Files.createDirectory(BASE.resolve("run-" + runs++));
        file = Files.write(folder.resolve(name), input);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String output(String name) {
      outputs.add(name);
      return folder.resolve(name).toString();
    }

    CommandRun command(String... args) {
      this.args = args;
      return CommandRun.of(args);
    }

    /** Checks one run's contract; returns whether it succeeded. */
    boolean check(CommandRun run) {
      String what = String.join(" ", args);
      assertTrue(run.exitCode == FacetsCommand.OK || run.exitCode == FacetsCommand.BAD_INPUT, () -> what + ": " + run);
      if (run.exitCode == FacetsCommand.BAD_INPUT) {
        assertEquals(1, run.err.strip().lines().count(), () -> what + ": " + run);
        String command = args[0];
        assertTrue(run.err.startsWith("facets " + command + ": error: "), () -> what + ": " + run);
        // Only the prefix tells a bug of ours: the rest quotes the file, which may say anything
        // ("internal error" included, as a fuzzed header once did: crash-055260fd...). A stack trace
        // would be more than one line.
        assertFalse(run.err.startsWith("facets " + command + ": error: internal error"), () -> what + ": " + run);
        assertEquals("", run.out, () -> what + ": " + run);
        for (String output : outputs) {
          assertFalse(Files.exists(folder.resolve(output)), () -> what + ": left " + output);
        }
        assertNoTemporaries(what);
        return false;
      }
      assertEquals("", run.err, () -> what + ": " + run);
      assertEquals(run.out, PrintableText.of(run.out), () -> what + ": a control character in the output");
      if (run.out.startsWith("{")) {
        run.json();
      }
      for (String output : outputs) {
        Path written = folder.resolve(output);
        if (Files.exists(written)) {
          checkFile(written, what);
        }
      }
      return true;
    }

    private void checkFile(Path written, String what) {
      try {
        String content = Files.readString(written);
        assertEquals(content, PrintableText.of(content), () -> what + ": a control character in " + written);
        if (written.toString().endsWith(".svg")) {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(written)));
        }
      } catch (Exception e) {
        throw new AssertionError(what + ": " + written + " is broken: " + e, e);
      }
      if (written.toString().endsWith(".md")) {
        // Its charts came with it.
        assertTrue(Files.exists(folder.resolve("rep-diamond.svg")), what);
      }
    }

    private void assertNoTemporaries(String what) {
      try (Stream<Path> files = Files.list(folder)) {
        List<Path> left = files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
        assertEquals(List.of(), left, what);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Deletes the run's folder, so that a long campaign does not fill the disk. */
    void finish() {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
