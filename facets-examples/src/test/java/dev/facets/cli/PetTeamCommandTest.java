package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
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
 * {@code facets pet team}: files, a folder or one CSV, and the same result whichever way the team
 * comes. The team is the bundled example (the exploration lab, compatible 9/21/79/48 %, capability
 * 73) and a copy of it that rates q3 milestones 4 instead of 1 (enhancement 9 points: 14 %).
 */
class PetTeamCommandTest {
  @TempDir Path folder;
  private Path lab;
  private Path other;

  @BeforeEach
  void writeTheTeam() throws Exception {
    lab = folder.resolve("lab.json");
    try (InputStream in = PetTeamCommandTest.class.getResourceAsStream("/examples/pet-answers.json")) {
      Files.copy(in, lab);
    }
    other = folder.resolve("other.json");
    Files.writeString(other, Files.readString(lab).replace("\"milestones\": 1", "\"milestones\": 4")
        .replace("\"respondent\": \"Exploration lab (illustrative)\",\n", ""));
  }

  @Test
  void twoFilesAreScoredTogether() {
    CommandRun run = CommandRun.of("pet", "team", lab.toString(), other.toString());
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals(2, json.get("respondents").asInt());
    // Enhancement 9 % and 14 %: mean 11.5, sd 2.5, range 5.
    JsonNode enhancement = json.get("facets").get("enhancement");
    assertEquals(11.5, enhancement.get("mean").asDouble());
    assertEquals(2.5, enhancement.get("spread").asDouble());
    assertEquals(5, enhancement.get("range").asInt());
    assertEquals(79.0, json.get("facets").get("adaptive").get("mean").asDouble());
    assertEquals("primarily-adaptive", json.get("tendencyGroup").asText());
    assertEquals(73.0, json.get("capability").get("mean").asDouble());
    assertEquals(2, json.get("capability").get("levels").get("high").asInt());
    // The one item they answer differently: q3 milestones, 1 against 4, sd 1.5 over 4.
    assertEquals(1, json.get("disagreements").size());
    assertEquals("q3.milestones", json.get("disagreements").get(0).get("item").asText());
    assertEquals(0.375, json.get("disagreements").get(0).get("spread").asDouble());
    // The unnamed member is named by its file.
    assertEquals("Exploration lab (illustrative)", json.get("members").get(0).get("respondent").asText());
    assertEquals("other", json.get("members").get(1).get("respondent").asText());
    assertEquals(14, json.get("members").get(1).get("percentages").get("enhancement").asInt());
  }

  @Test
  void aFolderAndACsvFileGiveTheSameTeam() throws Exception {
    JsonNode files = CommandRun.of("pet", "team", lab.toString(), other.toString()).json();
    JsonNode fromFolder = CommandRun.of("pet", "team", folder.toString()).json();
    assertEquals(files, fromFolder);
    Path csv = folder.resolve("answers.csv");
    CommandRun export = CommandRun.of("pet", "team", folder.toString(), "--answers-csv", csv.toString());
    assertEquals(0, export.exitCode, export::toString);
    List<QuestionnaireAnswers> written = QuestionnaireCsv.read(csv);
    assertEquals(QuestionnaireAnswersReader.read(lab), written.get(0));
    assertEquals(files, CommandRun.of("pet", "team", csv.toString()).json());
  }

  @Test
  void aRepeatedNameGetsANumber() {
    JsonNode json = CommandRun.of("pet", "team", lab.toString(), lab.toString()).json();
    assertEquals("Exploration lab (illustrative) (2)", json.get("members").get(1).get("respondent").asText());
    assertEquals(0, json.get("disagreements").size());
  }

  @Test
  void textNamesTheWidestDisagreement() {
    CommandRun run = CommandRun.of("pet", "team", lab.toString(), other.toString(), "--format", "text", "--mode", "published");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("A team of 2 respondents, scored exactly as the published"), run.out);
    assertTrue(run.out.contains("q3.milestones"), run.out);
    assertTrue(run.out.contains("Team tendency: Primarily adaptive"), run.out);
    assertTrue(run.out.contains("0 low, 2 medium, 0 high"), run.out);
  }

  @Test
  void reportChartAndCsvFiles() throws Exception {
    Path report = folder.resolve("team.html");
    Path chart = folder.resolve("team.png");
    Path results = folder.resolve("results.csv");
    CommandRun run = CommandRun.of("pet", "team", lab.toString(), other.toString(), "--report", report.toString(),
        "--chart", chart.toString(), "--csv", results.toString());
    assertEquals(0, run.exitCode, run::toString);
    String html = Files.readString(report);
    assertTrue(html.contains("Where the team disagrees most"), html);
    assertTrue(html.contains("<svg"), html);
    byte[] png = Files.readAllBytes(chart);
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    List<String> rows = Files.readAllLines(results);
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).startsWith("respondent,mode,enhancementPercent,"), rows.get(0));
    assertTrue(rows.get(2).startsWith("other,compatible,14,21,79,48,9.0,"), rows.get(2));
  }

  @Test
  void badInputIsOneLine() throws Exception {
    Path empty = Files.createDirectory(folder.resolve("empty"));
    CommandRun none = CommandRun.of("pet", "team", empty.toString());
    assertEquals(FacetsCommand.BAD_INPUT, none.exitCode, none::toString);
    assertTrue(none.err.contains("must hold at least one .json file"), none.err);
    Path broken = folder.resolve("broken.csv");
    Files.writeString(broken, "respondent\nx\n");
    CommandRun csv = CommandRun.of("pet", "team", broken.toString());
    assertEquals(FacetsCommand.BAD_INPUT, csv.exitCode, csv::toString);
    assertTrue(csv.err.contains("broken.csv:1: q1.efficiency is a required column"), csv.err);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("pet", "team").exitCode);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("pet", "team", lab.toString(), "--top", "-1").exitCode);
    CommandRun chart = CommandRun.of("pet", "team", lab.toString(), "--chart", folder.resolve("x.gif").toString());
    assertEquals(FacetsCommand.USAGE, chart.exitCode, chart::toString);
    assertFalse(Files.exists(folder.resolve("x.gif")));
    CommandRun overwrite = CommandRun.of("pet", "team", lab.toString(), "--csv", lab.toString());
    assertEquals(FacetsCommand.BAD_INPUT, overwrite.exitCode, overwrite::toString);
  }
}
