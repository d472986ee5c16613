package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.core.questionnaire.HandScoredQuestionnaires;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The answers reader: the documented format, and one clear error for every rule a file breaks. */
class QuestionnaireAnswersReaderTest {
  /** The steady ministry of {@link HandScoredQuestionnaires}, written out by hand as a file. */
  private static final String STEADY = "{\n"
      + "  \"respondent\": \"Steady ministry\",\n"
      + "  \"answers\": {\n"
      + "    \"q1\": {\"efficiency\": 4, \"goals\": 3, \"change\": 1, \"futures\": 0},\n"
      + "    \"q2\": [\"efficiency\", \"goal\", \"externalDemands\", \"aheadOfCurve\"],\n"
      + "    \"q3\": {\"milestones\": 4, \"outcomes\": 2, \"iterative\": 1, \"alternatives\": 1},\n"
      + "    \"q4\": {\"targets\": 3, \"shared\": 3, \"ownGoals\": 1, \"questioning\": 0},\n"
      + "    \"q5\": [\"fundamentalChange\", \"changeStrategy\", \"coherence\", \"crisisFocus\"],\n"
      + "    \"q6\": {\"unclearReturn\": 4, \"disruption\": 4, \"lostConfidence\": 2, \"missedGoal\": 3,"
      + " \"criticism\": 1, \"usersLeaving\": 1},\n"
      + "    \"q7\": {\"tweaks\": 4, \"priorityGoal\": 2, \"userOptions\": 1, \"againstStandards\": 0},\n"
      + "    \"q8\": [\"moneyWasted\", \"outcomeMissed\", \"serviceFailure\", \"crisisUnforeseen\"],\n"
      + "    \"q9\": {\"overspend\": 4, \"noImpact\": 2, \"keptWaiting\": 2, \"notForeseen\": 0},\n"
      + "    \"q10\": [\"optimisation\"],\n"
      + "    \"q11\": {\"waterfall\": 4, \"challenge\": 1, \"agile\": 1, \"sandbox\": 0},\n"
      + "    \"q12\": [\"budgetCycle\", \"untilGoal\", \"months\", \"decade\"],\n"
      + "    \"q13\": [\"administrative\", \"behavioural\", \"problemStatistics\"],\n"
      + "    \"q14\": [\"processes\", \"compliance\", \"outcomes\"],\n"
      + "    \"q15\": [\"lean\", \"processImprovement\", \"serviceDesign\", \"systemsThinking\"],\n"
      + "    \"q16\": {\"efficientTech\": 4, \"fewVendors\": 3, \"techForOutcomes\": 2, \"openPartners\": 1,"
      + " \"staffTests\": 1, \"smallTeams\": 0, \"frontierWatch\": 0, \"earlyVendors\": 0},\n"
      + "    \"q17\": \"yes\",\n"
      + "    \"q18\": {\"protectedTime\": 1, \"stopOldWork\": 1, \"budgetReserve\": 0, \"adHoc\": 4},\n"
      + "    \"q19\": \"no\",\n"
      + "    \"q20\": \"unsure\",\n"
      + "    \"q21\": {\"jointReview\": 1, \"sharedMeasures\": 0, \"portfolioDecisions\": 0},\n"
      + "    \"q22\": {\"typesContribute\": 2, \"multipleAims\": 1, \"longAndShort\": 2, \"senseMaking\": 1,"
      + " \"crossUnitLearning\": 1},\n"
      + "    \"q23\": {\"longTerm\": 0, \"flexible\": 1, \"portfolioAware\": 0, \"externalContributions\": 2},\n"
      + "    \"q24\": {\"diverseMethods\": 1, \"diverseSkills\": 2, \"crossDepartment\": 1, \"externalStakeholders\": 1,"
      + " \"suspicion\": 3, \"littleRespect\": 2, \"noSharing\": 3}\n"
      + "  }\n"
      + "}\n";

  @Test
  void readsTheDocumentedFormat() {
    assertEquals(HandScoredQuestionnaires.steadyMinistry(), QuestionnaireAnswersReader.parse(STEADY, "steady.json"));
  }

  @Test
  void readsAFileAndNamesAMissingOne(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("answers.json");
    Files.writeString(file, STEADY, StandardCharsets.UTF_8);
    assertEquals(HandScoredQuestionnaires.steadyMinistry(), QuestionnaireAnswersReader.read(file));
    InputException e = assertThrows(InputException.class, () -> QuestionnaireAnswersReader.read(folder.resolve("no.json")));
    assertTrue(e.getMessage().endsWith("no.json: no such file"), e.getMessage());
  }

  @Test
  void theRespondentIsOptional() {
    QuestionnaireAnswers answers = QuestionnaireAnswersReader.parse(
        STEADY.replace("  \"respondent\": \"Steady ministry\",\n", ""), "a.json");
    assertTrue(answers.respondent().isEmpty());
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("\"respondent\"", "\"respondant\"",
            "a.json:2:17: respondant is not a known key (allowed here: respondent, answers)"),
        Arguments.of("\"respondent\": \"Steady ministry\"", "\"respondent\": \" \"",
            "a.json:2:17: respondent must not be blank, got ' '"),
        Arguments.of("\"q10\"", "\"q25\"", "a.json:13:12: answers.q25 is not a known key (allowed here: q1 to q24)"),
        Arguments.of("\"q10\"", "\"Q10\"", "a.json:13:12: answers.Q10 is not a known key (allowed here: q1 to q24)"),
        Arguments.of("\"milestones\": 4", "\"milestone\": 4",
            "a.json:6:25: answers.q3.milestone must be a known key of q3: one of milestones, outcomes, iterative,"
                + " alternatives, got 'milestone'"),
        Arguments.of("\"milestones\": 4", "\"milestones\": 5",
            "a.json:6:26: answers.q3.milestones must be a whole number from 0 to 4, got 5"),
        Arguments.of("\"milestones\": 4", "\"milestones\": -1",
            "a.json:6:26: answers.q3.milestones must be a whole number from 0 to 4, got -1"),
        Arguments.of("\"milestones\": 4", "\"milestones\": 3.5",
            "a.json:6:26: answers.q3.milestones must be a whole number, got the number 3.5"),
        Arguments.of("\"milestones\": 4", "\"milestones\": 4294967296",
            "a.json:6:26: answers.q3.milestones must be a whole number from 0 to 4, got the number 4294967296"),
        Arguments.of("\"milestones\": 4", "\"milestones\": \"4\"",
            "a.json:6:26: answers.q3.milestones must be a whole number, got the string '4'"),
        Arguments.of("\"milestones\": 4", "\"milestones\": null",
            "a.json:6:26: answers.q3.milestones must be a whole number, got null"),
        Arguments.of("\"efficiency\", \"goal\", \"externalDemands\", \"aheadOfCurve\"",
            "\"efficiency\", \"goal\", \"efficiency\", \"aheadOfCurve\"",
            "a.json:5:11: answers.q2[2] must be given once, got 'efficiency'"),
        Arguments.of("\"efficiency\", \"goal\", \"externalDemands\", \"aheadOfCurve\"", "\"efficiency\", \"goal\"",
            "a.json:5:11: answers.q2 must rank every item: efficiency, goal, externalDemands, aheadOfCurve,"
                + " got [efficiency, goal]"),
        Arguments.of("[\"efficiency\", \"goal\", \"externalDemands\", \"aheadOfCurve\"]", "{\"efficiency\": 4}",
            "a.json:5:11: answers.q2 must be an array, got an object"),
        Arguments.of("[\"optimisation\"]", "[\"optimization\"]",
            "a.json:13:12: answers.q10[0] must be a known key of q10: one of optimisation, programmes,"
                + " testingSpaces, exploration, got 'optimization'"),
        Arguments.of("[\"optimisation\"]", "[4]", "a.json:13:13: answers.q10[0] must be a string, got the number 4"),
        Arguments.of("\"q17\": \"yes\"", "\"q17\": \"maybe\"",
            "a.json:20:12: answers.q17 must be one of yes, no, unsure, got 'maybe'"),
        Arguments.of("\"q17\": \"yes\"", "\"q17\": true", "a.json:20:12: answers.q17 must be a string, got the boolean true"),
        Arguments.of("    \"q7\": {\"tweaks\": 4, \"priorityGoal\": 2, \"userOptions\": 1, \"againstStandards\": 0},\n",
            "", "a.json:3:14: answers.q7 must be answered, as a rating from 0 to 4 for each item, got no answer"),
        Arguments.of("\"tweaks\": 4, ", "",
            "a.json:3:14: answers.q7.tweaks must be rated from 0 to 4, got no answer"),
        Arguments.of("\"q19\": \"no\"", "\"q19\": \"no\", \"q19\": \"yes\"",
            // The path names the repeated key itself, from the parser's context.
            "a.json:22:23: answers.q19: not valid JSON: Duplicate field 'q19'"));
  }

  @ParameterizedTest
  @MethodSource("brokenFiles")
  void eachBrokenRuleIsOneClearError(String from, String to, String message) {
    assertTrue(STEADY.contains(from), from);
    String broken = STEADY.replace(from, to);
    InputException e = assertThrows(InputException.class, () -> QuestionnaireAnswersReader.parse(broken, "a.json"));
    assertEquals(message, e.getMessage());
  }

  @Test
  void answersAreRequiredAndTheRootMustBeAnObject() {
    assertEquals("a.json:1:1: answers is required (an object with the answers q1 to q24), got nothing",
        assertThrows(InputException.class, () -> QuestionnaireAnswersReader.parse("{\"respondent\": \"x\"}", "a.json"))
            .getMessage());
    assertEquals("a.json:1:1: must be an object, got an array",
        assertThrows(InputException.class, () -> QuestionnaireAnswersReader.parse("[]", "a.json")).getMessage());
    assertTrue(assertThrows(InputException.class, () -> QuestionnaireAnswersReader.parse("", "a.json"))
        .getMessage().contains("the file is empty"));
    assertTrue(assertThrows(InputException.class, () -> QuestionnaireAnswersReader.parse(STEADY + "{}", "a.json"))
        .getMessage().contains("after the end of the document"));
  }
}
