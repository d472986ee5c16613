package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.facets.api.Initiative;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON portfolio with several problems lists them all in one run, as a CSV file does: each with its
 * line, column and JSON path, the first 20 and a count of the rest; a syntax error ends the list
 * after the problems before it.
 */
class JsonProblemsTest {
  private static final String HEAD = "{\"name\": \"p\", \"initiatives\": [\n";
  private static final String OK = "{\"id\": \"ok\", \"budget\": 1, \"facets\": {\"mission\": 1}}";

  private static InputException read(String json) {
    return assertThrows(InputException.class, () -> FacetsJson.readPortfolio(json, "r.json"));
  }

  @Test
  void aFileWithThreeBadInitiativesListsThreeProblemsWithTheirPaths() {
    InputException e = read(HEAD
        + "{\"id\": \"a\", \"budget\": -5, \"facets\": {\"mission\": 1}},\n"
        + OK + ",\n"
        + "{\"id\": \"b\", \"budget\": 1, \"stage\": \"launch\", \"impact\": [1, 2], \"facets\": {\"mission\": 1}},\n"
        + "{\"id\": \"c\", \"budget\": 1, \"position\": {\"uncertainty\": 0.5}}\n"
        + "]}\n");
    assertEquals(List.of(
        "r.json:2:23: initiatives[0].budget must be finite and >= 0, got -5.0",
        "r.json:4:35: initiatives[2].stage must be one of identify, generate, develop, implement, evaluate, diffuse,"
            + " got 'launch'",
        "r.json:5:38: initiatives[3].position.directedness is required (a number in [-1, 1]), got nothing"),
        e.lines());
    assertEquals(3, e.problemCount());
    // The exception itself is the first problem.
    assertEquals(e.lines().get(0), e.getMessage());
    assertEquals("initiatives[0].budget", e.path());
  }

  @Test
  void twentyFiveBadInitiativesListTwentyAndSayMoreWereCut() {
    StringBuilder json = new StringBuilder(HEAD);
    for (int i = 0; i < 25; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"m-").append(i).append("\", \"budget\": -").append(i + 1)
          .append(", \"facets\": {\"mission\": 1}}");
    }
    InputException e = read(json.append("\n]}\n").toString());
    assertEquals(25, e.problemCount());
    assertEquals(20, e.problems().size());
    List<String> lines = e.lines();
    assertEquals(21, lines.size());
    assertEquals("r.json:21:26: initiatives[19].budget must be finite and >= 0, got -20.0", lines.get(19));
    assertEquals("r.json: and 5 more problems (the first 20 are listed)", lines.get(20));
  }

  @Test
  void aSyntaxErrorAfterASemanticErrorReportsBoth() {
    InputException e = read(HEAD
        + "{\"id\": \"a\", \"budget\": -5, \"facets\": {\"mission\": 1}},\n"
        + "{\"id\": \"b\", \"budget\": 1,, \"facets\": {\"mission\": 1}},\n"
        + "{\"id\": \"c\", \"budget\": -1, \"facets\": {\"mission\": 1}}\n"
        + "]}\n");
    assertEquals(2, e.problemCount(), e.lines()::toString);
    assertEquals("r.json:2:23: initiatives[0].budget must be finite and >= 0, got -5.0", e.lines().get(0));
    // Nothing after broken text is trusted: the third initiative's budget is not reported.
    assertEquals("r.json:3:25: initiatives[1].budget: not valid JSON: Unexpected character (',' (code 44)): was"
        + " expecting double-quote to start field name", e.lines().get(1));
  }

  @Test
  void rootValuesRepeatedIdsAndMissingKeysAreListedInFileOrder() {
    InputException e = read("{\"name\": 12, \"currency\": \" \", \"colour\": {\"a\": [1]}, \"initiatives\": [\n"
        + "{\"id\": \"a\", \"budget\": 1, \"facets\": {\"mission\": 1}},\n"
        + "{\"id\": \"a\", \"budget\": 1, \"facets\": {\"mission\": 1}},\n"
        + "{\"budget\": 1, \"tags\": [\"x\", 5], \"facets\": {\"mission\": 1}},\n"
        + "{\"id\": \"d\", \"budget\": 1}\n"
        + "]}\n");
    assertEquals(List.of(
        "r.json:1:10: name must be a string, got the number 12",
        "r.json:1:26: currency must not be blank, got ' '",
        "r.json:1:41: colour is not a known key (allowed here: name, asOf, currency, initiatives)",
        "r.json:3:8: initiatives[1].id must be unique, but initiatives[0].id has it too, got 'a'",
        "r.json:4:29: initiatives[2].tags[1] must be a string, got the number 5",
        "r.json:5:1: initiatives[3].facets must be given (or a position, or a purpose with a driver) so that"
            + " initiative 'd' has a facet mix, got nothing"), e.lines());
  }

  @Test
  void anInitiativeThatIsNoObjectIsOneProblemAndTheNextIsRead() {
    InputException e = read(HEAD + "12, [1, {\"a\": 2}], " + OK.replace("1}}", "-1}}") + "]}");
    assertEquals(List.of(
        "r.json:2:1: initiatives[0] must be an object, got the number 12",
        "r.json:2:5: initiatives[1] must be an object, got an array",
        "r.json:2:68: initiatives[2].facets.mission must be finite and >= 0, got -1.0"), e.lines());
  }

  @Test
  void streamingReportsTheSameAndHandsOverNothingAfterTheFirstProblem(@TempDir Path folder) throws Exception {
    String json = HEAD + OK + ",\n" + OK.replace("ok", "two").replace("1,", "-1,") + ",\n"
        + OK.replace("ok", "three") + ",\n" + OK.replace("ok", "four").replace("mission", "misison") + "]}";
    Path file = folder.resolve("r.json");
    Files.writeString(file, json);
    List<Initiative> seen = new ArrayList<>();
    InputException streamed = assertThrows(InputException.class, () -> FacetsJson.streamPortfolio(file, seen::add));
    assertEquals(List.of("ok"), seen.stream().map(Initiative::id).toList());
    List<String> expected = read(json).lines().stream().map(line -> line.replace("r.json", file.toString())).toList();
    assertEquals(expected, streamed.lines());
    assertEquals(2, streamed.problemCount());
  }
}
