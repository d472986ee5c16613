package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.core.io.QuestionnaireAnswersReader;
import dev.facets.core.io.QuestionnaireCsv;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facets pet} on the bundled example answers. The example is the "exploration lab" scored by
 * hand in facets-core's {@code HandScoredQuestionnaires}: compatible 9/21/79/48 %, primarily adaptive;
 * corrected 9/21/76/54 %, adaptive and anticipatory; capability 73 of 108, high.
 */
class PetCommandTest {
  @TempDir Path folder;
  private Path answers;

  @BeforeEach
  void copyTheExample() throws Exception {
    answers = folder.resolve("pet-answers.json");
    try (InputStream in = PetCommandTest.class.getResourceAsStream("/examples/pet-answers.json")) {
      Files.copy(in, answers);
    }
  }

  @Test
  void scoresAsTheToolsAuthorsIntendedByDefault() throws Exception {
    CommandRun run = CommandRun.of("pet", answers.toString());
    assertEquals(0, run.exitCode, run::toString);
    JsonNode expected = JsonTrees.mapper().readTree("{"
        + "\"respondent\": \"Exploration lab (illustrative)\", \"mode\": \"compatible\","
        + "\"points\": {\"enhancement\": 6.0, \"mission\": 13.5, \"adaptive\": 50.5, \"anticipatory\": 30.5},"
        + "\"normalisers\": {\"enhancement\": 64.0, \"mission\": 64.0, \"adaptive\": 64.0, \"anticipatory\": 64.0},"
        + "\"percentages\": {\"enhancement\": 9, \"mission\": 21, \"adaptive\": 79, \"anticipatory\": 48},"
        + "\"strongFacets\": [\"adaptive\"], \"tendencyGroup\": \"primarily-adaptive\","
        + "\"capability\": {\"score\": 73, \"maximum\": 108, \"level\": \"high\"}}");
    assertEquals(expected, run.json());
  }

  @Test
  void correctedModeFixesQuestionTwoAndTheAnticipatoryNormaliser() {
    JsonNode json = CommandRun.of("pet", answers.toString(), "--mode", "corrected", "--format", "json").json();
    assertEquals("corrected", json.get("mode").asText());
    assertEquals(60.0, json.get("normalisers").get("anticipatory").asDouble());
    assertEquals(76, json.get("percentages").get("adaptive").asInt());
    assertEquals(54, json.get("percentages").get("anticipatory").asInt());
    assertEquals("adaptive-anticipatory", json.get("tendencyGroup").asText());
    assertEquals(2, json.get("strongFacets").size());
  }

  @Test
  void textIsForAPerson() {
    CommandRun run = CommandRun.of("pet", answers.toString(), "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Exploration lab (illustrative): scored as the Portfolio Exploration Tool's authors"
        + " intended it"), run.out);
    assertTrue(run.out.contains("Tendency: Primarily adaptive"), run.out);
    assertTrue(run.out.contains("Portfolio-management capability: 73 of 108 (high)"), run.out);
    assertTrue(run.out.lines().anyMatch(line -> line.startsWith("  adaptive") && line.endsWith("strong")), run.out);
  }

  @Test
  void aBrokenFileIsOneLineNamingThePath() throws Exception {
    Path broken = folder.resolve("broken.json");
    Files.writeString(broken, Files.readString(answers).replace("\"milestones\": 1", "\"milestones\": 7"));
    CommandRun run = CommandRun.of("pet", broken.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("facets pet: error: " + broken + ":6:26: answers.q3.milestones must be a whole number from 0 to 4,"
        + " got 7", run.err.strip());
    assertEquals("", run.out);
    CommandRun missing = CommandRun.of("pet", folder.resolve("none.json").toString());
    assertEquals(FacetsCommand.BAD_INPUT, missing.exitCode);
    assertTrue(missing.err.strip().endsWith("none.json: no such file"), missing.err);
  }

  @Test
  void publishedModeDropsTheTicksAndCountsTheCapabilityItems() {
    // Hand-scored in HandScoredQuestionnaires.explorationLab, whose answers the example shares:
    // compatible A 50.5 and N 30.5 lose their ticks (A 13, N 6): A 37.5 -> 59 %, N 24.5 -> 38 %;
    // capability 16 + yes 4 + yes 4 + 23 answered items = 47, medium.
    JsonNode json = CommandRun.of("pet", answers.toString(), "--mode", "published").json();
    assertEquals("published", json.get("mode").asText());
    assertEquals(37.5, json.get("points").get("adaptive").asDouble());
    assertEquals(59, json.get("percentages").get("adaptive").asInt());
    assertEquals(38, json.get("percentages").get("anticipatory").asInt());
    assertEquals("primarily-adaptive", json.get("tendencyGroup").asText());
    assertEquals(47, json.get("capability").get("score").asInt());
    assertEquals("medium", json.get("capability").get("level").asText());
    CommandRun text = CommandRun.of("pet", answers.toString(), "--mode", "published", "--format", "text");
    assertTrue(text.out.contains("exactly as the published Portfolio Exploration Tool does"), text.out);
  }

  @Test
  void anUnknownModeIsAUsageError() {
    CommandRun run = CommandRun.of("pet", answers.toString(), "--mode", "live");
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertTrue(run.err.contains("mode must be one of compatible, published, corrected, got 'live'"), run.err);
  }

  @Test
  void outWritesTheFileAndNeverTheInput() throws Exception {
    Path out = folder.resolve("score.json");
    CommandRun run = CommandRun.of("pet", answers.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(73, JsonTrees.mapper().readTree(out.toFile()).get("capability").get("score").asInt());
    CommandRun overwrite = CommandRun.of("pet", answers.toString(), "--out", answers.toString());
    assertEquals(FacetsCommand.BAD_INPUT, overwrite.exitCode);
    assertFalse(Files.readString(answers).isEmpty());
  }

  @Test
  void resultViewsAndExports() throws Exception {
    Path report = folder.resolve("views.html");
    Path markdown = folder.resolve("views.md");
    Path svg = folder.resolve("diamond.svg");
    Path results = folder.resolve("results.csv");
    Path answersCsv = folder.resolve("answers.csv");
    CommandRun run = CommandRun.of("pet", answers.toString(), "--mode", "published", "--report", report.toString(),
        "--chart", svg.toString(), "--csv", results.toString(), "--answers-csv", answersCsv.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("published", run.json().get("mode").asText());
    String html = Files.readString(report);
    assertTrue(html.contains("<h2>Portfolio tendency: Primarily adaptive</h2>"), html);
    assertTrue(html.contains("Published mode: exactly what the live Portfolio Exploration Tool shows."), html);
    assertTrue(Files.readString(svg).contains(">59%<"), "adaptive's published percentage");
    // Published: 9/21/59/38 %, points 6, 13.5, 37.5, 24.5, primarily adaptive, capability 47, medium.
    List<String> rows = Files.readAllLines(results);
    assertEquals("respondent,mode,enhancementPercent,missionPercent,adaptivePercent,anticipatoryPercent,"
        + "enhancementPoints,missionPoints,adaptivePoints,anticipatoryPoints,strongFacets,tendencyGroup,"
        + "capabilityScore,capabilityLevel", rows.get(0));
    assertEquals("Exploration lab (illustrative),published,9,21,59,38,6.0,13.5,37.5,24.5,adaptive,primarily-adaptive,"
        + "47,medium", rows.get(1));
    assertEquals(QuestionnaireAnswersReader.read(answers), QuestionnaireCsv.read(answersCsv).get(0));
    CommandRun md = CommandRun.of("pet", answers.toString(), "--report", markdown.toString());
    assertEquals(0, md.exitCode, md::toString);
    assertTrue(Files.readString(markdown).contains("](views-pet-diamond.svg)"));
    assertTrue(Files.exists(folder.resolve("views-pet-diamond.svg")));
  }

  @Test
  void anUnnamedRespondentIsNamedByItsFileInTheAnswersCsv() throws Exception {
    Path unnamed = folder.resolve("unit-7.json");
    Files.writeString(unnamed, Files.readString(answers).replace("\"respondent\": \"Exploration lab (illustrative)\",\n", ""));
    Path answersCsv = folder.resolve("answers.csv");
    assertEquals(0, CommandRun.of("pet", unnamed.toString(), "--answers-csv", answersCsv.toString()).exitCode);
    assertEquals(java.util.Optional.of("unit-7"), QuestionnaireCsv.read(answersCsv).get(0).respondent());
    assertEquals(FacetsCommand.USAGE, CommandRun.of("pet").exitCode);
  }

  @Test
  void aChartFileOfAnotherKindIsAUsageErrorNamingTheOptionAndNothingIsWritten() throws Exception {
    Path gif = folder.resolve("diamond.gif");
    Path results = folder.resolve("results.csv");
    CommandRun run = CommandRun.of("pet", answers.toString(), "--chart", gif.toString(), "--csv", results.toString());
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertTrue(run.err.contains("Invalid value for option '--chart': " + gif + ": a chart file must end in .svg or .png"), run::toString);
    assertFalse(Files.exists(gif));
    assertFalse(Files.exists(results));
  }
}
