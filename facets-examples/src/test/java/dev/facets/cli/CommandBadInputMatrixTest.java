package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.core.io.BadInputs;
import dev.facets.core.io.FileKind;
import dev.facets.core.io.HugeFiles;
import dev.facets.core.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file or a number, against the readers' whole catalogue of bad input
 * ({@link BadInputs}) and hostile sizes: exit code 1, one line on standard error naming the file,
 * the place and the value, nothing on standard output, never a stack trace.
 */
class CommandBadInputMatrixTest {
  @TempDir static Path folder;
  private static final AtomicInteger FILES = new AtomicInteger();

  private static Path write(byte[] content, String extension) throws IOException {
    Path file = folder.resolve("bad-" + FILES.incrementAndGet() + "." + extension);
    Files.write(file, content);
    return file;
  }

  /**
   * The contract's error: exit 1, one line per problem, each naming the command and the file, no
   * stack trace, no output. A catalogue file breaks one rule, but a portfolio file lists every
   * problem it has (a misspelled key also leaves a required one missing; a target file read as a
   * portfolio has several keys a portfolio does not know), up to 20 and a line counting the rest.
   */
  static void assertOneLineError(CommandRun run, String command, String names) {
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets " + command + ": error: " + names), run::toString);
    List<String> lines = run.err.strip().lines().toList();
    assertTrue(lines.size() <= InputException.MAX_PROBLEMS + 1, run::toString);
    assertTrue(lines.stream().allMatch(line -> line.startsWith("facets " + command + ": error: " + names)),
        run::toString);
    assertFalse(run.err.contains("\tat ") || run.err.contains("internal error") || run.err.contains("Exception"),
        run::toString);
    assertEquals("", run.out, run::toString);
  }

  static Stream<BadInputs.Case> badFiles() {
    return Stream.concat(BadInputs.all().stream(),
        // Every seventh truncation keeps the command's share of the matrix quick.
        BadInputs.truncations().stream().filter(c -> c.content().length % 7 == 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void validateRejectsEachBadFile(BadInputs.Case bad) throws IOException {
    Path file = write(bad.content(), bad.extension());
    String kind = bad.kind().name().toLowerCase(Locale.ROOT);
    CommandRun run = CommandRun.of("validate", file.toString(), "--kind", kind);
    assertOneLineError(run, "validate", file + ":");
    assertTrue(run.err.contains(bad.shows()), () -> run.err + " should show " + bad.shows());
    assertTrue(run.err.contains(bad.path()), () -> run.err + " should name " + bad.path());
    // Left to tell the kind itself, it may pick another reader, but it still fails the same way.
    assertOneLineError(CommandRun.of("validate", file.toString()), "validate", file + ":");
  }

  /** Valid companions for the commands that read more than one file. */
  private static Path validFile(FileKind kind) throws IOException {
    Path file = folder.resolve("valid-" + kind.name().toLowerCase(Locale.ROOT) + ".json");
    if (!Files.exists(file)) {
      Files.writeString(file, BadInputs.validFiles().get(kind));
    }
    return file;
  }

  /** Every engine command that reads a file of the case's kind, with the bad file in its place. */
  private static List<String[]> commandsReading(BadInputs.Case bad, Path file) throws IOException {
    String portfolio = validFile(FileKind.PORTFOLIO).toString();
    String scenarios = validFile(FileKind.SCENARIOS).toString();
    String chart = folder.resolve("never.svg").toString();
    return switch (bad.kind()) {
      case SCENARIOS -> List.of(
            new String[] {"hedge", portfolio, "--scenarios", file.toString()},
            new String[] {"optimize", "--scenarios", file.toString(), "--objective", "minimax-regret"},
            new String[] {"simulate", portfolio, "--scenarios", file.toString(), "--trials", "100", "--seed", "1"},
            new String[] {"report", portfolio, "--scenarios", file.toString()},
            new String[] {"select", portfolio, "--budget", "1", "--scenarios", file.toString()},
            new String[] {"chart", "scenarios", portfolio, "--scenarios", file.toString(), "--out", chart});
      case TARGET -> List.of(
            new String[] {"score", portfolio, "--target", file.toString()},
            new String[] {"report", portfolio, "--target", file.toString()},
            new String[] {"select", portfolio, "--budget", "1", "--target", file.toString()},
            new String[] {"chart", "gap", portfolio, "--target", file.toString(), "--out", chart});
      case PORTFOLIO -> List.of(
            new String[] {"score", file.toString()},
            new String[] {"score", file.toString(), "--group-by", "stage"},
            new String[] {"compare", portfolio, file.toString()},
            new String[] {"compare", file.toString(), portfolio, "--group-by", "tag"},
            new String[] {"hedge", file.toString(), "--scenarios", scenarios},
            new String[] {"simulate", file.toString(), "--trials", "100", "--seed", "1"},
            new String[] {"report", file.toString()},
            new String[] {"select", file.toString(), "--budget", "1"},
            new String[] {"chart", "diamond", file.toString(), "--out", chart});
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.facets.core.io.BadInputs#all")
  void everyEngineCommandRejectsEachBadFile(BadInputs.Case bad) throws IOException {
    Path file = write(bad.content(), bad.kind() == FileKind.TARGET ? "json" : bad.extension());
    List<String[]> commands = commandsReading(bad, file);
    // All commands read through the same Inputs: the first takes the whole catalogue, the others a
    // fixed quarter of it, which keeps the matrix quick.
    int count = Math.floorMod(bad.toString().hashCode(), 4) == 0 ? commands.size() : 1;
    for (String[] args : commands.subList(0, count)) {
      CommandRun run = CommandRun.of(args);
      assertOneLineError(run, args[0], file + ":");
      assertTrue(run.err.contains(bad.shows()), () -> String.join(" ", args) + ": " + run.err + " should show " + bad.shows());
    }
    assertFalse(Files.exists(folder.resolve("never.svg")), "no chart from a bad file");
  }

  static Stream<Arguments> badOptions() {
    String[] probabilities = {"NaN", "Infinity", "-Infinity", "1e999", "-0.1", "1.5"};
    Stream.Builder<Arguments> options = Stream.builder();
    for (String value : probabilities) {
      options.add(Arguments.of(List.of("hedge", "@portfolio", "--scenarios", "@scenarios", "--alpha", value), "alpha"));
      options.add(Arguments.of(List.of("hedge", "@portfolio", "--scenarios", "@scenarios", "--hurwicz", value), "hurwicz"));
      options.add(Arguments.of(List.of("optimize", "--scenarios", "@scenarios", "--objective", "cvar", "--alpha", value),
          "alpha"));
      options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "1", "--rho", value), "rho"));
      options.add(Arguments.of(List.of("optimize", "--scenarios", "@scenarios", "--objective", "maximin", "--min",
          "mission=" + value), "mission"));
    }
    for (String trials : new String[] {"0", "-1", "1", "abc", "1e999", "99999999999"}) {
      options.add(Arguments.of(List.of("simulate", "@portfolio", "--seed", "1", "--trials", trials), "trials"));
    }
    for (String threads : new String[] {"0", "-1", "abc"}) {
      options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "1", "--threads", threads),
          "threads"));
    }
    for (String budget : new String[] {"NaN", "Infinity", "-1", "1e999", "abc"}) {
      options.add(Arguments.of(List.of("select", "@portfolio", "--target", "mission=1", "--budget", budget), "budget"));
    }
    for (String limit : new String[] {"-1s", "abc", "0s"}) {
      options.add(Arguments.of(List.of("select", "@portfolio", "--budget", "1", "--target", "mission=1", "--time-limit",
          limit), "time-limit"));
    }
    options.add(Arguments.of(List.of("select", "@portfolio", "--budget", "1", "--target", "mission=1", "--requires",
        "a:nobody"), "nobody"));
    options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "x"), "seed"));
    options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "1", "--bins", "0"), "bins"));
    // Sizes beyond their memory-derived limits, and the output option, in every command that has them
    // (issue 18's probe): one line naming the option, never an OutOfMemoryError or a trace.
    for (String bins : new String[] {"100000000", "2147483647"}) {
      options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "1", "--bins", bins),
          "bins must be at most"));
    }
    options.add(Arguments.of(List.of("simulate", "@portfolio", "--trials", "100", "--seed", "1", "--threads",
        "1000000"), "threads must be at most"));
    for (String trials : new String[] {"0", "1", "2147483647"}) {
      options.add(Arguments.of(List.of("report", "@portfolio", "--trials", trials), "trials must be"));
      options.add(Arguments.of(List.of("chart", "histogram", "@portfolio", "--out", "h.svg", "--trials", trials),
          "trials must be"));
    }
    for (String out : new String[] {"/", "newdir/", ""}) {
      options.add(Arguments.of(List.of("score", "@portfolio", "--out", out), "--out"));
      options.add(Arguments.of(List.of("report", "@portfolio", "--out", out), "--out"));
      options.add(Arguments.of(List.of("chart", "map", "@portfolio", "--out", out), "--out"));
    }
    options.add(Arguments.of(List.of("score", "@portfolio", "--weight", "votes"), "weight"));
    options.add(Arguments.of(List.of("score", "@portfolio", "--target", "misison=1"), "misison"));
    options.add(Arguments.of(List.of("optimize", "--scenarios", "@scenarios", "--objective", "maximin", "--max",
        "zone=1"), "zone"));
    options.add(Arguments.of(List.of("optimize", "--scenarios", "@scenarios", "--objective", "best"), "objective"));
    return options.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void everyBadOptionValueFailsCleanly(List<String> args, String names) throws IOException {
    String portfolio = validFile(FileKind.PORTFOLIO).toString();
    String scenarios = validFile(FileKind.SCENARIOS).toString();
    String[] resolved = args.stream()
        .map(arg -> arg.equals("@portfolio") ? portfolio : arg.equals("@scenarios") ? scenarios : arg)
        .toArray(String[]::new);
    // The option at fault is the last one given; every bad value is a usage error in the one shape.
    String option = args.stream().filter(arg -> arg.startsWith("--")).reduce((first, second) -> second).orElseThrow();
    assertUsageError(CommandRun.of(resolved), option, names);
  }

  static Stream<Arguments> badTargetWeights() {
    // A target must sum to 1 or 100: with 1.5 the weights are valid but their sum, 2.5, is not.
    Stream<Arguments> weights = Stream.of("NaN", "Infinity", "-Infinity", "1e999", "-0.1", "1.5")
        .map(value -> Arguments.of("enhancement=1,mission=" + value, value.equals("1.5") ? "summing to 2.5" : "mission"));
    return Stream.concat(weights, Stream.of(Arguments.of("enhancement=0", "> 0"),
        Arguments.of("enhancement=-1,mission=2", "enhancement")));
  }

  /**
   * A {@code --target} list whose weights are numbers but no target is bad input, as the same
   * weights in a target file are (the contract makes a target's sum bad input, file or list): one
   * line naming the field and the value, exit 1.
   */
  @ParameterizedTest(name = "--target {0}")
  @MethodSource("badTargetWeights")
  void aTargetListWhoseWeightsAreNoTargetIsBadInput(String list, String names) throws IOException {
    String portfolio = validFile(FileKind.PORTFOLIO).toString();
    CommandRun run = CommandRun.of("score", portfolio, "--target", list);
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets score: error: "), run::toString);
    assertTrue(run.err.contains(names), () -> run + " should name " + names);
    assertEquals(1, run.err.strip().lines().count(), run::toString);
    assertEquals("", run.out, run::toString);
  }

  /**
   * A bad option value as the command reports every one: a usage error (exit 2) whose message
   * names the option first, then what is wrong ({@code names}), and the hint to the help.
   */
  static void assertUsageError(CommandRun run, String option, String names) {
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets: usage error: Invalid value for option '" + option + "': "), run::toString);
    assertTrue(run.err.contains(names), () -> run + " should name " + names);
    assertEquals(2, run.err.strip().lines().count(), run::toString);
    assertFalse(run.err.contains("\tat ") || run.err.contains("internal error"), run::toString);
    assertEquals("", run.out, run::toString);
  }

  static Stream<Arguments> badAnswers() throws IOException {
    String valid;
    try (InputStream in = CommandBadInputMatrixTest.class.getResourceAsStream("/examples/pet-answers.json")) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Stream<Arguments> truncated = Stream.iterate(0, end -> end < valid.length(), end -> end + 53)
        .map(end -> Arguments.of("first " + end + " characters", valid.substring(0, end), ""));
    return Stream.concat(truncated, Stream.of(
        Arguments.of("NaN", valid.replace("\"efficiency\": 1,", "\"efficiency\": NaN,"), "answers.q1.efficiency"),
        Arguments.of("a rating of 1e999", valid.replace("\"efficiency\": 1,", "\"efficiency\": 1e999,"), "1e999"),
        Arguments.of("unknown key", valid.replace("\"answers\"", "\"answer\""), "answer"),
        Arguments.of("10^5-deep nesting", "{\"answers\":" + "[".repeat(100_000), "answers"),
        Arguments.of("a string past the limit", valid.replace("Exploration lab", "x".repeat(200_000)), "String value length"),
        Arguments.of("not UTF-8", valid.replace("Exploration", "Expl\u00f6ration"), "UTF-8")));
  }

  @ParameterizedTest(name = "pet: {0}")
  @MethodSource("badAnswers")
  void petRejectsBadAnswers(String name, String content, String shows) throws IOException {
    byte[] bytes = name.equals("not UTF-8") ? content.getBytes(StandardCharsets.ISO_8859_1)
        : content.getBytes(StandardCharsets.UTF_8);
    Path file = write(bytes, "json");
    CommandRun run = CommandRun.of("pet", file.toString());
    assertOneLineError(run, "pet", file + ":");
    assertTrue(run.err.contains(shows), () -> run.err + " should show " + shows);
  }

  static Stream<Arguments> badNumbers() {
    return Stream.of("NaN", "Infinity", "-Infinity", "1e999", "1.5", "-1.0000001").flatMap(value -> Stream.of(
        Arguments.of(List.of("--uncertainty", value, "--directedness", "0"), "uncertainty"),
        Arguments.of(List.of("--uncertainty", "0", "--directedness", value), "directedness")));
  }

  @ParameterizedTest(name = "classify {0}")
  @MethodSource("badNumbers")
  void classifyRejectsEachBadCoordinate(List<String> options, String field) {
    String value = options.get(options.indexOf("--" + field) + 1);
    CommandRun run = CommandRun.of(Stream.concat(Stream.of("classify"), options.stream()).toArray(String[]::new));
    assertUsageError(run, "--" + field, field + " must be in [-1.0, 1.0], got ");
    String shown = value.equals("1e999") ? "Infinity" : value.equals("1.5") ? "1.5" : value;
    assertTrue(run.err.contains(shown), run::toString);
  }

  @ParameterizedTest(name = "classify --purity {0}")
  @MethodSource("badPurities")
  void classifyRejectsEachBadPurity(String purity) {
    CommandRun run = CommandRun.of("classify", "--uncertainty", "0.5", "--directedness", "0.1", "--purity", purity);
    assertUsageError(run, "--purity", "purity must be in (0.25, 1.0], got ");
  }

  static Stream<String> badPurities() {
    return Stream.of("NaN", "Infinity", "-Infinity", "0.25", "0", "-1", "1.0000001", "1e999");
  }

  @Test
  void unreadableNumbersAndNamesAreUsageErrors() {
    for (String[] args : new String[][] {
      {"classify", "--uncertainty", "abc", "--directedness", "0"},
      {"classify", "--uncertainty", "", "--directedness", "0"},
      {"classify", "--purpose", "enhancment", "--driver", "future"},
      {"classify", "--purpose", "mission", "--driver", "money"},
      {"validate", "x.json", "--kind", "zone"},
    }) {
      CommandRun run = CommandRun.of(args);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
      assertFalse(run.err.contains("\tat "), run::toString);
    }
  }

  @Test
  void foldersAndMissingFilesAreOneLineErrors() throws IOException {
    String portfolio = validFile(FileKind.PORTFOLIO).toString();
    for (String name : new String[] {"folder.json", "folder.csv"}) {
      Path folderInput = Files.createDirectories(folder.resolve(name));
      Path missing = folder.resolve("missing-" + name);
      for (Path input : List.of(folderInput, missing)) {
        String shows = input == missing ? "no such file" : "cannot be read";
        for (String[] args : new String[][] {
          {"validate", input.toString()},
          {"score", input.toString()},
          {"report", input.toString()},
          {"hedge", portfolio, "--scenarios", input.toString()},
          {"score", portfolio, "--target", input.toString()},
          {"pet", input.toString()},
        }) {
          CommandRun run = CommandRun.of(args);
          assertOneLineError(run, args[0], input.toString());
          assertTrue(run.err.contains(shows), run::toString);
        }
      }
    }
  }

  @Test
  void aFileNameWithLineBreaksAndEscapesStillGivesOneLine() throws IOException {
    Path file = folder.resolve("evil\nfacets validate: ok\u001b[2J.json");
    Files.writeString(file, "{\"name\":\"p\",\"initiatives\":[]}");
    CommandRun run = CommandRun.of("validate", file.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals(1, run.err.strip().lines().count(), run::toString);
    assertTrue(run.err.contains("evil facets validate: ok\\u001B[2J.json"), run::toString);
    CommandRun usage = CommandRun.of("classify", "--purpose", "a\nb", "--driver", "future");
    assertEquals(FacetsCommand.USAGE, usage.exitCode, usage::toString);
    assertEquals(2, usage.err.strip().lines().count(), "the error and the hint: " + usage);
  }

  @Test
  void aHundredMegabyteValueFailsWithOneLine() throws IOException {
    Path json = HugeFiles.write(folder.resolve("huge-name.json"), new HugeFiles.GeneratedStream(
        "{\"name\":\"", 'x', HugeFiles.HUNDRED_MB, "\",\"initiatives\":[]}"));
    CommandRun run = CommandRun.of("validate", json.toString());
    assertOneLineError(run, "validate", json + ":1:");
    assertTrue(run.err.contains("name: not valid JSON: String value length"), run::toString);
    assertTrue(run.err.length() < 300, run::toString);

    Path csv = HugeFiles.write(folder.resolve("huge-cell.csv"), new HugeFiles.GeneratedStream(
        "id,name,budget,facets.mission\r\na,", 'x', HugeFiles.HUNDRED_MB, ",1,1\r\n"));
    run = CommandRun.of("validate", csv.toString());
    assertOneLineError(run, "validate", csv + ":2");
    assertTrue(run.err.contains("longer than"), run::toString);
    Files.delete(json);
    Files.delete(csv);
  }

  @Test
  void aMillionInitiativesValidate() throws IOException {
    Path file = HugeFiles.manyInitiatives(folder, HugeFiles.MILLION, "");
    CommandRun run = CommandRun.of("validate", file.toString(), "--format", "json");
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertEquals(HugeFiles.MILLION, run.json().get("initiatives").asInt());
    assertEquals(1.5e6, run.json().get("totalBudget").asDouble());
    assertEquals(FileKind.PORTFOLIO, FileKind.of(file));
    Files.delete(file);
  }
}
