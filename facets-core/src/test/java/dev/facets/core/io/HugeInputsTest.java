package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs too large to hold: a 100 MB string, key or number is refused after reading about as much
 * as the limit allows, never the whole value; a million valid initiatives stream through in bounded
 * memory. The big inputs are generated as streams, never committed.
 */
class HugeInputsTest {
  /** Generous for a limit of 100,000 characters read through Jackson's buffers. */
  private static final long READ_AT_MOST = 2L * 1024 * 1024;

  static Stream<Arguments> hugeValues() {
    String initiative = "{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}";
    return Stream.of(
        Arguments.of(FileKind.PORTFOLIO, "{\"name\":\"", 'x', "\",\"initiatives\":[" + initiative + "]}", "name",
            "String value length"),
        Arguments.of(FileKind.PORTFOLIO, "{\"name\":\"p\",\"initiatives\":[{\"id\":\"", 'x', "\"}]}",
            "initiatives[0].id", "String value length"),
        Arguments.of(FileKind.PORTFOLIO, "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":", '1', "}]}",
            // Jackson gathers the digits as text, so the string limit stops them first.
            "initiatives[0].budget", "value length"),
        Arguments.of(FileKind.PORTFOLIO, "{\"", 'k', "\":1}", "", "Name length"),
        Arguments.of(FileKind.SCENARIOS, "{\"scenarios\":[{\"name\":\"", 's', "\"}]}", "scenarios[0].name",
            "String value length"),
        Arguments.of(FileKind.SCENARIOS, "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"mission\":0.", '5', "}}]}",
            "scenarios[0].payoff.mission", "value length"),
        Arguments.of(FileKind.TARGET, "{\"mission\":", '9', "}", "mission", "value length"),
        Arguments.of(FileKind.TARGET, "{\"", 'm', "\":1}", "", "Name length"));
  }

  @ParameterizedTest(name = "{0} {4}")
  @MethodSource("hugeValues")
  void aHundredMegabyteValueFailsFast(FileKind kind, String head, char fill, String tail, String path, String shows) {
    HugeFiles.GeneratedStream input = new HugeFiles.GeneratedStream(head, fill, HugeFiles.HUNDRED_MB, tail);
    InputException e = assertThrows(InputException.class, () -> BadInputMatrixTest.read(kind, input, "huge.json"));
    assertTrue(e.path().startsWith(path), e::getMessage);
    assertTrue(e.getMessage().contains(shows), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    assertTrue(e.getMessage().length() < 300, e::getMessage);
    assertTrue(input.consumed() < READ_AT_MOST, () -> "read " + input.consumed() + " bytes of " + HugeFiles.HUNDRED_MB);
  }

  @Test
  void theGeneratedStreamIsWhatItSays() throws IOException {
    HugeFiles.GeneratedStream stream = new HugeFiles.GeneratedStream("ab", 'x', 3, "cd");
    assertEquals("abxxxcd", new String(stream.readAllBytes(), StandardCharsets.UTF_8));
    assertEquals(7, stream.consumed());
  }

  @Test
  void aMillionInitiativesStreamAndRead(@TempDir Path folder) throws IOException {
    Path file = HugeFiles.manyInitiatives(folder, HugeFiles.MILLION, "");
    long[] seen = new long[2];
    long count = FacetsJson.readInitiatives(file, initiative -> {
      seen[0]++;
      seen[1] += (long) initiative.budget();
    });
    assertEquals(HugeFiles.MILLION, count);
    assertEquals(HugeFiles.MILLION, seen[0]);
    // Budgets cycle 0, 1, 2, 3: a quarter million cycles of 6.
    assertEquals(6L * HugeFiles.MILLION / 4, seen[1]);

    Portfolio portfolio = FacetsJson.readPortfolio(file);
    assertEquals(HugeFiles.MILLION, portfolio.size());
    assertEquals(6.0 * HugeFiles.MILLION / 4, portfolio.totalBudget());
    assertEquals("i999999", portfolio.initiatives().get(HugeFiles.MILLION - 1).id());
  }

  @Test
  void theMillionAndFirstInitiativeIsNamedWhenItIsBad(@TempDir Path folder) throws IOException {
    Path file = HugeFiles.manyInitiatives(folder, HugeFiles.MILLION, ",\n{\"id\":\"i7\",\"budget\":1,\"facets\":{\"mission\":1}}");
    InputException e = assertThrows(InputException.class, () -> FacetsJson.readInitiatives(file, initiative -> { }));
    assertEquals("initiatives[1000000].id", e.path(), e::getMessage);
    // Line 1 opens the file, initiative i sits on line i + 2.
    assertEquals(HugeFiles.MILLION + 2, e.line(), e::getMessage);
    assertTrue(e.getMessage().contains("initiatives[7].id has it too, got 'i7'"), e::getMessage);
  }
}
