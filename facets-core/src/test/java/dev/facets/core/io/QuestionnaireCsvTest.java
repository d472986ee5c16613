package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.InvalidValueException;
import dev.facets.core.questionnaire.HandScoredQuestionnaires;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.RandomAnswers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers as CSV: the documented columns, a lossless round trip, and one clear error per broken rule. */
class QuestionnaireCsvTest {
  private static final List<QuestionnaireAnswers> TEAM = List.of(HandScoredQuestionnaires.steadyMinistry(),
      HandScoredQuestionnaires.explorationLab(), HandScoredQuestionnaires.balancedAgency());

  @Test
  void theColumnsAreOnePerItemAndOnePerYesOrNoQuestion() {
    List<String> columns = QuestionnaireCsv.columns();
    assertEquals("respondent", columns.get(0));
    assertEquals(List.of("q1.efficiency", "q1.goals", "q1.change", "q1.futures", "q2.efficiency"), columns.subList(1, 6));
    assertTrue(columns.contains("q17") && !columns.contains("q17.yes"));
    assertEquals("q24.noSharing", columns.get(columns.size() - 1));
  }

  @Test
  void aRowHoldsRatingsRanksTicksAndAnswers() {
    String csv = QuestionnaireCsv.toCsv(List.of(HandScoredQuestionnaires.steadyMinistry()));
    String row = csv.split("\r\n")[1];
    // q1 rated 4 3 1 0; q2 ranked efficiency, goal, externalDemands, aheadOfCurve: ranks 1 2 3 4.
    assertTrue(row.startsWith("Steady ministry,4,3,1,0,1,2,3,4,"), row);
    // q10 ticks optimisation only (1 0 0 0) right after q9's 4 2 2 0; q17 is yes.
    assertTrue(row.contains(",4,2,2,0,1,0,0,0,"), row);
    assertTrue(row.contains(",yes,"), row);
  }

  @Test
  void readingGivesBackWhatWasWritten() {
    assertEquals(TEAM, QuestionnaireCsv.parse(QuestionnaireCsv.toCsv(TEAM), "team.csv"));
    // Columns may come in any order.
    String csv = QuestionnaireCsv.toCsv(TEAM);
    List<List<String>> table = new ArrayList<>();
    for (String line : csv.split("\r\n")) {
      table.add(new ArrayList<>(List.of(line.split(",", -1))));
    }
    StringBuilder reversed = new StringBuilder();
    for (List<String> line : table) {
      java.util.Collections.reverse(line);
      reversed.append(String.join(",", line)).append('\n');
    }
    assertEquals(TEAM, QuestionnaireCsv.parse(reversed.toString(), "reversed.csv"));
  }

  @Test
  void aRoundTripKeepsEveryGeneratedTeam() {
    qt().withFixedSeed(61).forAll(lists().of(integers().all()).ofSizeBetween(1, 5)).checkAssert(seeds -> {
      List<QuestionnaireAnswers> team = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) {
        // Names with commas, quotes and a formula trigger, which the writer must quote and guard.
        String name = i % 2 == 0 ? "=member, \"" + i + "\"" : "member " + i;
        team.add(named(RandomAnswers.draw(seeds.get(i)), name));
      }
      assertEquals(team, QuestionnaireCsv.parse(QuestionnaireCsv.toCsv(team), "team.csv"));
    });
  }

  private static QuestionnaireAnswers named(QuestionnaireAnswers answers, String name) {
    return RandomAnswers.named(answers, name);
  }

  @Test
  void everyBrokenRuleIsOneErrorNamingTheLineAndColumn() {
    String csv = QuestionnaireCsv.toCsv(TEAM);
    String header = csv.substring(0, csv.indexOf("\r\n"));
    String steady = csv.split("\r\n")[1];
    assertError("team.csv: the file is empty", "");
    assertError("team.csv:1: the file has a header but no respondents", header + "\n");
    assertError("team.csv:1: q1.goalz is not a known column", header.replace("q1.goals", "q1.goalz") + "\n" + steady);
    assertError("team.csv:1: q1.goals appears twice in the header, as cells 3 and 4",
        header.replace("q1.change", "q1.goals") + "\n" + steady);
    assertError("team.csv:2: q1.efficiency must be a whole number from 0 to 4, got '7'",
        header + "\n" + steady.replace("Steady ministry,4,", "Steady ministry,7,"));
    assertError("team.csv:2: q2.goal must be a rank not given to another item of q2, but q2.efficiency is"
        + " ranked 1 too, got 1", header + "\n" + steady.replace(",4,3,1,0,1,2,3,4,", ",4,3,1,0,1,1,3,4,"));
    assertError("team.csv:2: q10.optimisation must be 1 (ticked) or 0 (not ticked), got 'x'",
        header + "\n" + steady.replace(",4,2,2,0,1,0,0,0,", ",4,2,2,0,x,0,0,0,"));
    assertError("team.csv:2: q17 must be yes, no or unsure, got 'yep'", header + "\n" + steady.replace(",yes,", ",yep,"));
    assertError("team.csv:2: respondent must not be blank, got ' '", header + "\n" + steady.replace("Steady ministry", " "));
    assertError("team.csv:3: respondent must be unique, but line 2 has it too, got 'Steady ministry'",
        header + "\n" + steady + "\n" + steady);
    assertError("team.csv:3: a blank line", header + "\n" + steady + "\n\n" + steady);
    assertError("team.csv:2: the row has 2 cells, but the header has " + QuestionnaireCsv.columns().size() + " columns",
        header + "\nSteady ministry,4");
    InputException missing = assertThrows(InputException.class,
        () -> QuestionnaireCsv.parse(header.replace(",q24.noSharing", "") + "\n" + steady, "team.csv"));
    assertTrue(missing.getMessage().contains("q24.noSharing is a required column"), missing.getMessage());
  }

  @Test
  void aFileHoldsAtMostTenThousandRespondents() {
    String csv = QuestionnaireCsv.toCsv(List.of(HandScoredQuestionnaires.steadyMinistry()));
    String row = csv.split("\r\n")[1].substring("Steady ministry".length());
    StringBuilder big = new StringBuilder(csv.substring(0, csv.indexOf("\r\n") + 2));
    for (int i = 0; i <= QuestionnaireCsv.MAX_RESPONDENTS; i++) {
      big.append('r').append(i).append(row).append("\r\n");
    }
    assertError("team.csv:10002: more than 10000 respondents", big.toString());
  }

  @Test
  void writingNeedsUniqueNames() {
    InvalidValueException unnamed = assertThrows(InvalidValueException.class,
        () -> QuestionnaireCsv.toCsv(List.of(RandomAnswers.draw(1))));
    assertEquals("answers[0].respondent", unnamed.field());
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> QuestionnaireCsv.toCsv(
        List.of(HandScoredQuestionnaires.eagerOffice(), HandScoredQuestionnaires.eagerOffice())));
    assertEquals("answers[1].respondent", twice.field());
  }

  private static void assertError(String start, String csv) {
    InputException e = assertThrows(InputException.class, () -> QuestionnaireCsv.parse(csv, "team.csv"));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
