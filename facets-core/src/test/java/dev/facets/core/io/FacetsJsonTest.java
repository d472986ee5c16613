package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict readers: what they accept, and the one clear error for every rule a file breaks. */
class FacetsJsonTest {
  private static final String CONTRACT_EXAMPLE = "{\n"
      + "  \"name\": \"Example ministry\",\n"
      + "  \"asOf\": \"2026-11-01\",\n"
      + "  \"currency\": \"EUR\",\n"
      + "  \"initiatives\": [\n"
      + "    {\n"
      + "      \"id\": \"m-001\",\n"
      + "      \"name\": \"Digital tax return\",\n"
      + "      \"budget\": 1250000,\n"
      + "      \"position\": {\"uncertainty\": -0.6, \"directedness\": 0.3},\n"
      + "      \"facets\": {\"enhancement\": 0.7, \"mission\": 0.3},\n"
      + "      \"purpose\": \"enhancement\",\n"
      + "      \"driver\": \"efficiency\",\n"
      + "      \"stage\": \"implement\",\n"
      + "      \"priority\": \"high\",\n"
      + "      \"successProbability\": 0.8,\n"
      + "      \"impact\": {\"low\": 1.0, \"mode\": 2.0, \"high\": 5.0},\n"
      + "      \"tags\": [\"digital\"]\n"
      + "    }\n"
      + "  ]\n"
      + "}\n";

  @Test
  void readsTheContractExample() {
    Portfolio portfolio = FacetsJson.readPortfolio(CONTRACT_EXAMPLE, "example.json");
    assertEquals("Example ministry", portfolio.name());
    assertEquals(LocalDate.of(2026, 11, 1), portfolio.asOf().get());
    assertEquals("EUR", portfolio.currency().get());
    Initiative initiative = portfolio.initiatives().get(0);
    assertEquals("m-001", initiative.id());
    assertEquals(1_250_000, initiative.budget());
    assertEquals(-0.6, initiative.position().get().uncertainty());
    assertEquals(0.7, initiative.facets().get().weight(Facet.ENHANCEMENT));
    assertEquals(0.0, initiative.facets().get().weight(Facet.ADAPTIVE));
    assertEquals(Purpose.ENHANCEMENT, initiative.purpose().get());
    assertEquals(Driver.EFFICIENCY, initiative.driver().get());
    assertEquals(Stage.IMPLEMENT, initiative.stage().get());
    assertEquals(Priority.HIGH, initiative.priority());
    assertEquals(0.8, initiative.successProbability());
    assertEquals(5.0, initiative.impact().high());
    assertEquals(List.of("digital"), initiative.tags());
  }

  @Test
  void appliesTheContractDefaults() {
    Portfolio portfolio = FacetsJson.readPortfolio(
        "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":0,\"purpose\":\"all\",\"driver\":\"future\"}]}", "p");
    Initiative initiative = portfolio.initiatives().get(0);
    assertEquals(Priority.MEDIUM, initiative.priority());
    assertEquals(1.0, initiative.successProbability());
    assertEquals(1.0, initiative.impact().low());
    assertTrue(portfolio.asOf().isEmpty());
  }

  @Test
  void readsAFileWithAByteOrderMarkAndCrlf(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bom.json");
    byte[] text = CONTRACT_EXAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(file, withBom);
    assertEquals(FacetsJson.readPortfolio(CONTRACT_EXAMPLE, "x"), FacetsJson.readPortfolio(file));
  }

  @Test
  void streamsInitiativesWithoutHoldingThem(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("p.json");
    Files.writeString(file, CONTRACT_EXAMPLE);
    List<Initiative> seen = new ArrayList<>();
    assertEquals(1, FacetsJson.readInitiatives(file, seen::add));
    assertEquals("m-001", seen.get(0).id());
  }

  @Test
  void readsScenariosAndTargets() {
    ScenarioSet scenarios = FacetsJson.readScenarios("{\"scenarios\": [\n"
        + "  {\"name\": \"steady state\", \"probability\": 0.5,\n"
        + "   \"payoff\": {\"enhancement\": 1.2, \"mission\": 1.0, \"adaptive\": 0.8, \"anticipatory\": 0.5}},\n"
        + "  {\"name\": \"technology shock\", \"probability\": 0.5,\n"
        + "   \"payoff\": {\"enhancement\": 0.4, \"mission\": 0.9, \"adaptive\": 1.3, \"anticipatory\": 1.6}}\n"
        + "]}", "s.json");
    assertEquals(2, scenarios.size());
    assertEquals(1.6, scenarios.scenarios().get(1).payoff().get(Facet.ANTICIPATORY));
    assertEquals(FacetMix.of(2, 1, 1, 0), FacetsJson.readTarget("{\"enhancement\": 0.5, \"mission\": 0.25, \"adaptive\": 0.25}", "t").mix());
  }

  static Stream<Arguments> badPortfolios() {
    String head = "{\"name\":\"p\",\"initiatives\":[";
    String ok = "{\"id\":\"a\",\"budget\":1,\"facets\":{\"enhancement\":1}}";
    return Stream.of(
        Arguments.of("unknown key", head + "{\"id\":\"a\",\"budgte\":1}]}", "initiatives[0].budgte", "budgte"),
        Arguments.of("unknown root key", "{\"name\":\"p\",\"initiative\":[]}", "initiative", "initiative"),
        Arguments.of("wrong type", head + "{\"id\":\"a\",\"budget\":\"12\",\"facets\":{\"enhancement\":1}}]}",
            "initiatives[0].budget", "'12'"),
        Arguments.of("negative budget", head + "{\"id\":\"a\",\"budget\":-5,\"facets\":{\"enhancement\":1}}]}",
            "initiatives[0].budget", "-5.0"),
        Arguments.of("infinite budget", head + "{\"id\":\"a\",\"budget\":1e999,\"facets\":{\"enhancement\":1}}]}",
            "initiatives[0].budget", "1e999"),
        Arguments.of("NaN", head + "{\"id\":\"a\",\"budget\":NaN}]}", "initiatives[0]", "NaN"),
        Arguments.of("duplicate id", head + ok + "," + ok + "]}", "initiatives[1].id", "'a'"),
        Arguments.of("blank id", head + "{\"id\":\"  \",\"budget\":1,\"facets\":{\"enhancement\":1}}]}",
            "initiatives[0].id", "'  '"),
        Arguments.of("missing id", head + "{\"budget\":1,\"facets\":{\"enhancement\":1}}]}", "initiatives[0].id", "nothing"),
        Arguments.of("missing budget", head + "{\"id\":\"a\",\"facets\":{\"enhancement\":1}}]}", "initiatives[0].budget", "nothing"),
        Arguments.of("no mix source", head + "{\"id\":\"a\",\"budget\":1,\"purpose\":\"mission\"}]}",
            "initiatives[0].facets", "'a'"),
        Arguments.of("all-zero facets", head + "{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":0}}]}",
            "initiatives[0].facets", "mission=0.0"),
        Arguments.of("negative facet weight", head + "{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":-1}}]}",
            "initiatives[0].facets.mission", "-1.0"),
        Arguments.of("unknown facet", head + "{\"id\":\"a\",\"budget\":1,\"facets\":{\"misison\":1}}]}",
            "initiatives[0].facets.misison", "misison"),
        Arguments.of("position out of range", head + "{\"id\":\"a\",\"budget\":1,\"position\":{\"uncertainty\":1.5,\"directedness\":0}}]}",
            "initiatives[0].position.uncertainty", "1.5"),
        Arguments.of("half a position", head + "{\"id\":\"a\",\"budget\":1,\"position\":{\"uncertainty\":0.5}}]}",
            "initiatives[0].position.directedness", "nothing"),
        Arguments.of("unknown stage", head + "{\"id\":\"a\",\"budget\":1,\"stage\":\"launch\",\"facets\":{\"mission\":1}}]}",
            "initiatives[0].stage", "'launch'"),
        Arguments.of("unknown driver", head + "{\"id\":\"a\",\"budget\":1,\"purpose\":\"mission\",\"driver\":\"money\"}]}",
            "initiatives[0].driver", "'money'"),
        Arguments.of("probability above one", head + "{\"id\":\"a\",\"budget\":1,\"successProbability\":1.2,\"facets\":{\"mission\":1}}]}",
            "initiatives[0].successProbability", "1.2"),
        Arguments.of("impact out of order", head + "{\"id\":\"a\",\"budget\":1,\"impact\":{\"low\":3,\"mode\":2,\"high\":5},\"facets\":{\"mission\":1}}]}",
            "initiatives[0].impact.mode", "2.0"),
        Arguments.of("no initiatives", head + "]}", "initiatives", "[]"),
        Arguments.of("missing initiatives", "{\"name\":\"p\"}", "initiatives", "nothing"),
        Arguments.of("missing name", "{\"initiatives\":[" + ok + "]}", "name", "nothing"),
        Arguments.of("bad date", "{\"name\":\"p\",\"asOf\":\"1 Nov\",\"initiatives\":[" + ok + "]}", "asOf", "'1 Nov'"),
        Arguments.of("duplicate key", head + "{\"id\":\"a\",\"id\":\"b\",\"budget\":1,\"facets\":{\"mission\":1}}]}", "initiatives[0]", "id"),
        Arguments.of("truncated", head + ok, "initiatives", "truncated"),
        Arguments.of("not JSON", "hello", "", "hello"),
        Arguments.of("empty", "", "", "empty"),
        Arguments.of("trailing content", head + ok + "]} {}", "", "after the end"),
        Arguments.of("array at the root", "[]", "", "an array"),
        // Strict shapes stop a hostile 10^5-deep document at its first wrong type, before any depth.
        Arguments.of("too deep", "{\"name\":" + "[".repeat(100_000), "name", "an array"),
        Arguments.of("too deep in tags", head + "{\"id\":\"a\",\"budget\":1,\"tags\":" + "[".repeat(100_000),
            "initiatives[0].tags[0]", "an array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPortfolios")
  void rejectsBadPortfoliosWithOneClearError(String rule, String json, String path, String value) {
    InputException e = assertThrows(InputException.class, () -> FacetsJson.readPortfolio(json, "bad.json"));
    assertTrue(e.getMessage().startsWith("bad.json:"), e.getMessage());
    assertTrue(e.line() > 0 || rule.equals("empty"), () -> "no line in: " + e.getMessage());
    assertTrue(e.path().startsWith(path), () -> "path " + e.path() + " should start with " + path + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(value), () -> e.getMessage() + " should name " + value);
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
  }

  static Stream<Arguments> badScenarios() {
    String payoff = "\"payoff\":{\"enhancement\":1,\"mission\":1,\"adaptive\":1,\"anticipatory\":1}";
    return Stream.of(
        Arguments.of("sum above one", "{\"scenarios\":[{\"name\":\"a\",\"probability\":0.5," + payoff
            + "},{\"name\":\"b\",\"probability\":0.6," + payoff + "}]}", "scenarios[*].probability", "1.1"),
        Arguments.of("some probabilities", "{\"scenarios\":[{\"name\":\"a\",\"probability\":1," + payoff
            + "},{\"name\":\"b\"," + payoff + "}]}", "scenarios[1].probability", "absent"),
        Arguments.of("negative probability", "{\"scenarios\":[{\"name\":\"a\",\"probability\":-0.5," + payoff + "}]}",
            "scenarios[0].probability", "-0.5"),
        Arguments.of("duplicate names", "{\"scenarios\":[{\"name\":\"a\"," + payoff + "},{\"name\":\"a\"," + payoff + "}]}",
            "scenarios[1].name", "'a'"),
        Arguments.of("missing payoff facet", "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"enhancement\":1}}]}",
            "scenarios[0].payoff", "mission"),
        Arguments.of("no scenarios", "{\"scenarios\":[]}", "scenarios", "[]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badScenarios")
  void rejectsBadScenarioFiles(String rule, String json, String path, String value) {
    InputException e = assertThrows(InputException.class, () -> FacetsJson.readScenarios(json, "s.json"));
    assertTrue(e.path().startsWith(path), () -> "path " + e.path() + " should start with " + path + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(value), () -> e.getMessage() + " should name " + value);
  }

  @Test
  void rejectsAnAllZeroTarget() {
    InputException e = assertThrows(InputException.class,
        () -> FacetsJson.readTarget("{\"enhancement\": 0, \"mission\": 0}", "t.json"));
    assertTrue(e.getMessage().contains("must have a weight > 0"), e.getMessage());
  }

  @Test
  void namesAMissingFile(@TempDir Path folder) {
    InputException e = assertThrows(InputException.class, () -> FacetsJson.readPortfolio(folder.resolve("none.json")));
    assertTrue(e.getMessage().endsWith("none.json: no such file"), e.getMessage());
  }

  @Test
  void readsALargeScenarioFileAndPlacesAnErrorNearItsEndExactly() {
    // 100,000 scenarios, scenario i on line i + 2 with payoffs (i, 1, 2, 3): reading is linear, and an
    // error in the last one still names its line, column and path, the index counted to 99,999.
    int count = 100_000;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add("{\"name\": \"s" + i + "\", \"payoff\": {\"enhancement\": " + i
          + ", \"mission\": 1, \"adaptive\": 2, \"anticipatory\": 3}}");
    }
    ScenarioSet set = FacetsJson.readScenarios(scenarioFile(lines), "big.json");
    assertEquals(count, set.size());
    assertEquals("s77777", set.scenarios().get(77_777).name());
    assertEquals(77_777, set.scenarios().get(77_777).payoff().get(Facet.ENHANCEMENT), 0);
    assertEquals(1.0 / count, set.probability(count - 1), 0);

    String last = lines.get(count - 1).replace("\"mission\": 1", "\"mission\": \"x\"");
    lines.set(count - 1, last);
    InputException typo = assertThrows(InputException.class,
        () -> FacetsJson.readScenarios(scenarioFile(lines), "big.json"));
    assertEquals("big.json:" + (count + 1) + ":" + (last.indexOf("\"x\"") + 1)
        + ": scenarios[99999].payoff.mission must be a number, got the string 'x'", typo.getMessage());

    lines.set(count - 1, lines.get(5));
    InputException twin = assertThrows(InputException.class,
        () -> FacetsJson.readScenarios(scenarioFile(lines), "big.json"));
    assertTrue(twin.getMessage().endsWith(
        "scenarios[99999].name must be unique, but scenarios[5].name has it too, got 's5'"), twin.getMessage());
  }

  /** A scenario file with one scenario per line after the opening line. */
  private static String scenarioFile(List<String> scenarios) {
    return "{\"scenarios\": [\n" + String.join(",\n", scenarios) + "\n]}\n";
  }

  @Test
  void detectsFileKindsAndSurvivesDeepNesting(@TempDir Path folder) throws Exception {
    Path deep = folder.resolve("deep.json");
    Files.writeString(deep, "{\"x\":" + "[".repeat(100_000));
    assertEquals(FileKind.PORTFOLIO, FileKind.of(deep));
    Path target = folder.resolve("t.json");
    Files.writeString(target, "{\"mission\": 1}");
    assertEquals(FileKind.TARGET, FileKind.of(target));
    Path scenarios = folder.resolve("s.json");
    Files.writeString(scenarios, "{\"scenarios\": []}");
    assertEquals(FileKind.SCENARIOS, FileKind.of(scenarios));
  }

  @Test
  void rejectsAHugeString() {
    String huge = "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1);
    InputException e = assertThrows(InputException.class,
        () -> FacetsJson.readPortfolio("{\"name\":\"" + huge + "\",\"initiatives\":[]}", "big.json"));
    assertTrue(e.getMessage().contains("String value length"), e.getMessage());
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] bytes = "{\"name\":\"\u00e9\",\"initiatives\":[]}".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class,
        () -> FacetsJson.readPortfolio(new java.io.ByteArrayInputStream(bytes), "latin1.json"));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void readsAndWritesAttributesInTheirOrder() {
    String json = "{\"name\": \"p\", \"initiatives\": [{\"id\": \"a\", \"budget\": 1, \"facets\": {\"mission\": 1},"
        + " \"attributes\": {\"unit\": \"Health\", \"owner\": \"J. Doe\"}}]}";
    Portfolio portfolio = FacetsJson.readPortfolio(json, "p.json");
    Initiative initiative = portfolio.initiatives().get(0);
    assertEquals(List.of("unit", "owner"), List.copyOf(initiative.attributes().keySet()));
    assertEquals("J. Doe", initiative.attributes().get("owner"));
    String written = FacetsJson.toJson(portfolio);
    assertTrue(written.indexOf("\"unit\"") < written.indexOf("\"owner\""), written);
    assertEquals(portfolio, FacetsJson.readPortfolio(written, "again.json"));
    // Without attributes nothing is written, so files of v1 stay as they were.
    assertTrue(!FacetsJson.toJson(new Portfolio.Builder().name("p").addInitiatives(new Initiative.Builder()
        .id("a").budget(1).facets(FacetMix.pure(Facet.MISSION)).build()).build()).contains("attributes"));
  }

  @Test
  void rejectsAttributesThatAreNotTextOrAreNearMissesNamingTheInitiative() {
    String head = "{\"name\": \"p\", \"initiatives\": [{\"id\": \"a\", \"budget\": 1, \"facets\": {\"mission\": 1},"
        + " \"attributes\": ";
    InputException number = assertThrows(InputException.class,
        () -> FacetsJson.readPortfolio(head + "{\"unit\": 5}}]}", "p.json"));
    assertEquals("initiatives[0].attributes.unit", number.path(), number::getMessage);
    InputException nearMiss = assertThrows(InputException.class,
        () -> FacetsJson.readPortfolio(head + "{\"Budget\": \"5\"}}]}", "p.json"));
    assertTrue(nearMiss.getMessage().contains("initiatives[0].attributes") && nearMiss.getMessage().contains("'Budget'")
        && nearMiss.getMessage().contains("typo of budget"), nearMiss::getMessage);
  }
}
