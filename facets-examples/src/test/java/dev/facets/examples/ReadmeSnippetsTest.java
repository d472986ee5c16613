package dev.facets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the README compiles as a reader would copy it: its own import lines
 * and nothing else, against this module's test class path (which holds facets-api and facets-core).
 *
 * <p>The README keeps its snippets, rather than having them generated from example classes, because
 * a snippet is a few lines chosen for a reader and an example class is a whole program; this test
 * makes the snippets as trustworthy as the examples without a generation step to remember. A block
 * is compiled as the body of a method (statements) and, when that fails, as the body of a class
 * (fields and methods); it must compile one way or the other with no error.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

  static Stream<String> snippets() throws IOException {
    Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
    List<String> snippets = new ArrayList<>();
    while (block.find()) {
      snippets.add(block.group(1));
    }
    return snippets.stream();
  }

  @Test
  void theReadmeHasJavaSnippets() throws IOException {
    assertFalse(snippets().findAny().isEmpty(), "no ```java block in " + README);
  }

  @Test
  void aSnippetWithoutItsImportFails(@TempDir Path classes) {
    // The check itself: the first README snippet without "import dev.facets.api.Portfolio;".
    assertFalse(compile("class Snippet {\n  dev.facets.api.Initiative ok;\n  Portfolio missing;\n}\n", classes).isEmpty());
    assertEquals(List.of(), compile("class Snippet {\n  dev.facets.api.Portfolio ok;\n}\n", classes));
  }

  @ParameterizedTest(name = "README snippet {index}")
  @MethodSource("snippets")
  void compilesWithItsOwnImports(String snippet, @TempDir Path classes) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    List<String> asStatements = compile(
        imports + "class Snippet {\n  void snippet() throws Exception {\n" + body + "  }\n}\n", classes);
    if (asStatements.isEmpty()) {
      return;
    }
    List<String> asMembers = compile(imports + "class Snippet {\n" + body + "}\n", classes);
    assertEquals(List.of(), asMembers,
        "the snippet compiles neither as statements " + asStatements + " nor as class members:\n" + snippet);
  }

  /** The errors of compiling one source, as "line: message", the line counted in the source given. */
  private static List<String> compile(String source, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-proc:none", "-classpath", classPath, "-d", classes.toString());
      compiler.getTask(null, files, diagnostics, options, null, List.of(file)).call();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }
}
