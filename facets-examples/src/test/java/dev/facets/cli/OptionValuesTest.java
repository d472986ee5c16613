package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every name an option takes, refused in the one shape: a usage error (exit 2) naming the option,
 * the value given and every name allowed, whether picocli reads the option (an enum of the
 * command's own), a domain parser does (an objective, a purpose) or the name sits inside a list
 * ({@code --target}, {@code --min}, {@code --max}).
 */
final class OptionValuesTest {
  private static final String FACETS = "enhancement, mission, adaptive, anticipatory";

  @TempDir static Path folder;
  private static String portfolio;
  private static String scenarios;
  private static String answers;

  @BeforeAll
  static void examples() throws IOException {
    portfolio = example("federal-portfolio.json");
    scenarios = example("futures.json");
    answers = example("pet-answers.json");
  }

  private static String example(String name) throws IOException {
    Path file = folder.resolve(name);
    try (InputStream in = OptionValuesTest.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    }
    return file.toString();
  }

  static Stream<Arguments> badNames() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(bad("--format", "yaml", "format must be one of json, text", "score", "@p"));
    cases.add(bad("--format", "pdf", "format must be one of html, markdown", "report", "@p"));
    cases.add(bad("--weight", "votes", "weight must be one of budget, count, priority", "score", "@p"));
    cases.add(bad("--weight", "votes", "weight must be one of budget, count, priority", "compare", "@p", "@p"));
    cases.add(bad("--weight", "votes", "weight must be one of budget, count, priority", "hedge", "@p",
        "--scenarios", "@s"));
    cases.add(bad("--kind", "zone", "kind must be one of PORTFOLIO, SCENARIOS, TARGET", "validate", "@p"));
    cases.add(bad("--correlate", "stage", "grouping must be one of none, facet, tag", "simulate", "@p"));
    cases.add(bad("--distance", "cosine", "distance must be one of totalVariation, euclidean", "select", "@p",
        "--budget", "1"));
    cases.add(bad("--objective", "cost", "objective must be one of value, distance, regret", "select", "@p",
        "--budget", "1"));
    cases.add(bad("--front", "cost", "objective must be one of value, distance, regret", "select", "@p",
        "--budget", "1"));
    cases.add(bad("--objective", "best", "objective must be one of maximin, minimax-regret, expected, cvar",
        "optimize", "--scenarios", "@s"));
    cases.add(bad("--purpose", "everything", "purpose must be one of enhancement, mission, adaptive, anticipatory, all",
        "classify", "--driver", "future"));
    cases.add(bad("--driver", "money", "driver must be one of leaders, efficiency, bottom-up, future", "classify",
        "--purpose", "mission"));
    cases.add(bad("--mode", "live", "mode must be one of compatible, published, corrected", "pet", "@a"));
    cases.add(bad("--example", "nowhere", "example must be one of federal-portfolio, regional-labs", "demo"));
    // A facet name inside a list, in every option that takes one.
    for (String option : List.of("--min", "--max")) {
      cases.add(bad(option, "vision=0.5", "facet must be one of " + FACETS, "optimize", "--scenarios", "@s",
          "--objective", "maximin"));
      cases.add(bad(option, "vision=0.5", "facet must be one of " + FACETS, "select", "@p", "--budget", "1"));
    }
    cases.add(bad("--target", "vision=1", "facet must be one of " + FACETS, "score", "@p"));
    cases.add(bad("--target", "vision=1", "facet must be one of " + FACETS, "select", "@p", "--budget", "1"));
    cases.add(bad("--target", "vision=1", "facet must be one of " + FACETS, "report", "@p"));
    cases.add(bad("--target", "vision=1", "facet must be one of " + FACETS, "chart", "gap", "@p", "--out",
        folder.resolve("never.svg").toString()));
    return cases.stream();
  }

  /** A command line ending in {@code option value}; {@code @p}, {@code @s}, {@code @a} name the example files. */
  private static Arguments bad(String option, String value, String allowed, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add(option);
    args.add(value);
    return Arguments.of(args, option, value, allowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNames")
  void aBadNameIsAUsageErrorNamingTheOptionTheValueAndTheNamesAllowed(List<String> args, String option, String value,
      String allowed) {
    String[] resolved = args.stream().map(arg -> switch (arg) {
      case "@p" -> portfolio;
      case "@s" -> scenarios;
      case "@a" -> answers;
      default -> arg;
    }).toArray(String[]::new);
    CommandRun run = CommandRun.of(resolved);
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    String name = value.contains("=") ? value.substring(0, value.indexOf('=')) : value;
    assertTrue(run.err.startsWith("facets: usage error: Invalid value for option '" + option + "': " + allowed
        + ", got '" + name + "'" + System.lineSeparator()), run::toString);
    assertEquals("", run.out, run::toString);
    assertTrue(Files.notExists(folder.resolve("never.svg")), "nothing is written");
  }
}
