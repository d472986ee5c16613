package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Checks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader against the whole catalogue of bad files ({@link BadInputs}): each is one
 * {@link InputException} that names the source, the line, the JSON path and the value, on one line;
 * never another exception, a stack overflow or an out-of-memory error. Valid oddities (a byte order
 * mark, CRLF line ends) are accepted.
 */
class BadInputMatrixTest {
  /** Reads {@code content} as a file of the given kind and format, the way the command would. */
  static Object read(FileKind kind, String extension, InputStream content, String source) {
    return extension.equals("csv") ? FacetsCsv.readPortfolio(content, source) : read(kind, content, source);
  }

  /** Reads {@code content} as a JSON file of the given kind. */
  static Object read(FileKind kind, InputStream content, String source) {
    return switch (kind) {
      case SCENARIOS -> FacetsJson.readScenarios(content, source);
      case TARGET -> FacetsJson.readTarget(content, source);
      case PORTFOLIO -> FacetsJson.readPortfolio(content, source);
    };
  }

  /** The catalogue, and every truncation of each valid file. */
  static Stream<BadInputs.Case> cases() {
    return Stream.concat(BadInputs.all().stream(), BadInputs.truncations().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadFileIsOneClearError(BadInputs.Case bad) {
    InputException e = assertThrows(InputException.class,
        () -> read(bad.kind(), bad.extension(), new ByteArrayInputStream(bad.content()), "bad.json"));
    assertClear(bad, e, "bad.json");
  }

  static void assertClear(BadInputs.Case bad, InputException e, String source) {
    String message = e.getMessage();
    assertTrue(message.startsWith(source + ":"), () -> "names the source: " + message);
    assertTrue(e.line() > 0 || bad.content().length == 0 || bad.name().equals("only whitespace")
        || bad.name().equals("empty file"),
        () -> "names a line: " + message);
    assertTrue(e.path().startsWith(bad.path()), () -> "path " + e.path() + " should start with " + bad.path() + ": " + message);
    assertTrue(message.contains(bad.shows()), () -> message + " should show " + bad.shows());
    assertEquals(Checks.oneLine(message), message, "one line, free of control characters");
    assertTrue(message.length() < 1000, () -> "short: " + message.length() + " characters");
  }

  static Stream<Arguments> validFiles() {
    return BadInputs.validFiles().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void acceptsAByteOrderMarkAndCrlf(FileKind kind, String json) {
    Object plain = read(kind, stream(json), "plain.json");
    String pretty = json.replace(",", ",\r\n  ").replace("{", "{\r\n") + "\r\n";
    assertEquals(plain, read(kind, stream("\uFEFF" + pretty), "bom-crlf.json"));
    assertEquals(plain, read(kind, stream(pretty.replace("\r\n", "\n")), "lf.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void readsFromFilesAsFromStreams(FileKind kind, String json, @TempDir Path folder) throws Exception {
    Path file = folder.resolve("valid.json");
    Files.writeString(file, json);
    assertEquals(kind, FileKind.of(file));
    Object fromFile = kind == FileKind.PORTFOLIO ? FacetsJson.readPortfolio(file)
        : kind == FileKind.SCENARIOS ? FacetsJson.readScenarios(file) : FacetsJson.readTarget(file);
    assertEquals(read(kind, stream(json), "s"), fromFile);
  }

  @ParameterizedTest
  @EnumSource(FileKind.class)
  void fileKindsSurviveEveryBadFile(FileKind ignored, @TempDir Path folder) throws Exception {
    // Telling a file's kind must never fail: a broken file is left to its reader to report.
    Path file = folder.resolve("bad.json");
    for (BadInputs.Case bad : BadInputs.all()) {
      Files.write(file, bad.content());
      FileKind.of(file);
    }
  }

  @Test
  void theCatalogueBreaksEveryNumericFieldWithEveryNonNumber() {
    List<BadInputs.Case> nonNumbers = BadInputs.nonNumbers();
    // 11 non-numbers x (11 portfolio fields + 3 scenario fields + 2 target fields)
    assertEquals(11 * 16, nonNumbers.size());
    assertTrue(BadInputs.all().size() > 300, "a broad catalogue");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
