package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The root with one subcommand ({@link CommandLines#withOnly}) behaves as the whole tree for every
 * command line that names that subcommand: the same exit code, output and errors, help and version
 * included; anything else gets the whole tree.
 */
class CommandLinesTest {
  private static final Path EXAMPLES = Path.of("src", "main", "resources", "examples");

  private static CommandRun run(CommandLine commandLine, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(commandLine, new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    return CommandRun.completed(code, out.toString(), err.toString());
  }

  @Test
  void everySubcommandIsFoundByItsNameAndOnlyBuiltAlone() {
    CommandLine whole = CommandLines.whole();
    List<String> names = new ArrayList<>(whole.getSubcommands().keySet());
    names.remove("help");
    assertTrue(names.size() >= 13, names::toString);
    for (String name : names) {
      Optional<Class<?>> found = CommandLines.subcommandNamed(name);
      assertTrue(found.isPresent(), name);
      assertEquals(whole.getSubcommands().get(name).getCommandSpec().userObject().getClass(), found.get(), name);
      CommandLine alone = CommandLines.withOnly(found.get());
      assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
      assertEquals(List.of(name), List.copyOf(CommandLines.forArguments(name, "--help").getSubcommands().keySet()));
    }
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "score"}, {"Score"}, {"scor"}, {"@args.txt"}, {"-V"}}) {
      assertEquals(whole.getSubcommands().keySet(), CommandLines.forArguments(args).getSubcommands().keySet(),
          String.join(" ", args));
    }
  }

  @Test
  void aSubcommandAloneRunsAsInTheWholeTreeHelpVersionAndErrorsIncluded() {
    String federal = EXAMPLES.resolve("federal-portfolio.json").toString();
    List<List<String>> commandLines = new ArrayList<>();
    for (String name : CommandLines.whole().getSubcommands().keySet()) {
      if (!name.equals("help")) {
        commandLines.add(List.of(name, "--help"));
        commandLines.add(List.of(name, "--version"));
        commandLines.add(List.of(name, "--no-such-option"));
        commandLines.add(List.of(name));
      }
    }
    commandLines.add(List.of("score", federal, "--format", "text"));
    commandLines.add(List.of("score", federal, "--weight", "heavy"));
    commandLines.add(List.of("score", "missing.json"));
    commandLines.add(List.of("validate", federal, "extra"));
    commandLines.add(List.of("classify", "--uncertainty", "2", "--directedness", "0"));
    commandLines.add(List.of("pet", "team", "--help"));
    commandLines.add(List.of("pet", "team", EXAMPLES.resolve("pet-answers.json").toString()));
    commandLines.add(List.of("hedge", federal, "--scenarios", EXAMPLES.resolve("futures.json").toString()));
    for (List<String> args : commandLines) {
      CommandRun whole = run(CommandLines.whole(), args);
      CommandRun alone = run(CommandLines.forArguments(args.toArray(new String[0])), args);
      String what = String.join(" ", args);
      assertEquals(whole.exitCode, alone.exitCode, what);
      assertEquals(whole.out, alone.out, what);
      assertEquals(whole.err, alone.err, what);
    }
  }
}
