package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every option or parameter that several commands take is declared once (a mixin), so it has one
 * description and one default in every command's help.
 */
class OptionHelpTest {
  private static final List<String> SHARED = List.of("PORTFOLIO", "--alpha", "--trials", "--seed");

  /** Each command's arguments by name (an option's longest name, a parameter's label). */
  private static Map<String, Map<String, ArgSpec>> arguments() {
    Map<String, Map<String, ArgSpec>> commands = new TreeMap<>();
    for (Map.Entry<String, CommandLine> command : new CommandLine(new FacetsCommand()).getSubcommands().entrySet()) {
      CommandSpec spec = command.getValue().getCommandSpec();
      Map<String, ArgSpec> named = new TreeMap<>();
      spec.options().forEach(option -> named.put(option.longestName(), option));
      spec.positionalParameters().forEach(parameter -> named.put(parameter.paramLabel(), parameter));
      commands.put(command.getKey(), named);
    }
    return commands;
  }

  @Test
  void aSharedArgumentHasOneDescriptionAndOneDefaultInEveryCommand() {
    Map<String, Map<String, ArgSpec>> commands = arguments();
    for (String name : SHARED) {
      Map<String, String> seen = new TreeMap<>();
      commands.forEach((command, named) -> {
        ArgSpec arg = named.get(name);
        if (arg != null) {
          seen.put(command, String.join(" ", arg.description()) + " | default " + arg.defaultValue());
        }
      });
      assertTrue(seen.size() >= 2, () -> name + " in " + seen.keySet());
      // One text, which a command may follow with a sentence of its own (optimize's PORTFOLIO).
      String shortest = seen.values().stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
      String common = shortest.substring(0, shortest.indexOf(" | default"));
      for (String each : seen.values()) {
        assertTrue(each.startsWith(common) && each.endsWith(shortest.substring(common.length())),
            () -> name + ": " + seen);
      }
    }
  }

  @Test
  void theSharedArgumentsAreWhereTheyBelong() {
    Map<String, Map<String, ArgSpec>> commands = arguments();
    for (String command : List.of("hedge", "optimize", "simulate")) {
      assertTrue(commands.get(command).containsKey("--alpha"), command);
    }
    for (String command : List.of("simulate", "report", "chart")) {
      assertTrue(commands.get(command).containsKey("--trials") && commands.get(command).containsKey("--seed"), command);
    }
    for (String command : List.of("score", "hedge", "simulate", "select", "map", "report", "chart", "optimize")) {
      assertTrue(commands.get(command).containsKey("PORTFOLIO"), command);
    }
  }

  @Test
  void everyHelpSaysThePortfolioAlike() {
    for (String command : List.of("score", "hedge", "simulate", "select", "map", "report", "chart", "optimize")) {
      CommandRun help = CommandRun.of(command, "--help");
      assertEquals(FacetsCommand.OK, help.exitCode, help::toString);
      // Help wraps lines anywhere, even inside "(.json": compare without white space.
      assertTrue(help.out.replaceAll("\\s+", "").contains(PortfolioFile.DESCRIPTION.replaceAll("\\s+", "")),
          () -> command + ": " + help.out);
    }
  }

  /**
   * Every command's help renders as written: picocli reads descriptions as format strings, and a
   * lone {@code %} (a percentage in an example) makes it print a warning to standard error instead.
   */
  @Test
  void everyHelpRendersWithoutPicocliWarnings() {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
      for (String command : arguments().keySet()) {
        CommandRun help = CommandRun.of(command, "--help");
        assertEquals(0, help.exitCode, help::toString);
        assertTrue(!help.out.contains("%%"), help::toString);
      }
      assertTrue(CommandRun.of("score", "--help").out.contains("enhancement=40%,mission=20%"));
      CommandRun team = CommandRun.of("pet", "team", "--help");
      assertEquals(0, team.exitCode, team::toString);
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
