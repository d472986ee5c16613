package dev.facets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The examples are part of the documentation, so they are tested: each runs and its output must
 * equal its golden file under {@code src/test/resources/dev/facets/examples/}. After an intended
 * change, rewrite the golden files with {@code -Dfacets.golden.update=true} and review the diff.
 *
 * <p>{@code explore.jsh} runs in jshell through the JDK's own {@code jdk.jshell} API with this test's
 * class path, so it needs no jar (the jar does not exist yet while this module's tests run): each
 * snippet of the script is evaluated in turn and must raise no error.
 */
class ExamplesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "facets", "examples");

  private interface Example {
    void run(PrintStream out) throws Exception;
  }

  private static String output(Example example) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertGolden(String name, String actual) throws Exception {
    String normalised = actual.replace("\r\n", "\n");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("facets.golden.update")) {
      Files.writeString(golden, normalised);
    }
    assertTrue(Files.exists(golden), golden + " is missing: run with -Dfacets.golden.update=true");
    assertEquals(Files.readString(golden).replace("\r\n", "\n"), normalised, name);
  }

  @Test
  void serviceEmbeddingExample() throws Exception {
    assertGolden("ServiceEmbeddingExample.txt", output(ServiceEmbeddingExample::run));
  }

  @Test
  void scenarioStudyExample() throws Exception {
    assertGolden("ScenarioStudyExample.txt", output(ScenarioStudyExample::run));
  }

  @Test
  void exploreScript() throws Exception {
    String script = Files.readString(Path.of("explore.jsh"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> errors = new ArrayList<>();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().out(out).err(out).build()) {
      for (String entry : classPath()) {
        shell.addToClasspath(entry);
      }
      for (String snippet : snippets(shell, script)) {
        for (SnippetEvent event : shell.eval(snippet)) {
          if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
            errors.add(snippet.strip() + " -> " + event.status() + " " + event.exception()
                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
          }
        }
      }
    }
    assertEquals(List.of(), errors);
    assertGolden("explore.txt", bytes.toString(StandardCharsets.UTF_8));
  }

  /** The test's own class path: Surefire records it, whatever jar it starts the JVM with. */
  private static List<String> classPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return List.of(path.split(File.pathSeparator));
  }

  /** The script cut into complete snippets, as jshell would read them, without jshell commands. */
  private static List<String> snippets(JShell shell, String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (!line.matches("\\s*/[a-z].*")) {
        code.append(line).append('\n');
      }
    }
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> snippets = new ArrayList<>();
    String remaining = code.toString();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (!info.completeness().isComplete()) {
        throw new AssertionError("explore.jsh ends in an incomplete snippet: " + remaining);
      }
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }
}
