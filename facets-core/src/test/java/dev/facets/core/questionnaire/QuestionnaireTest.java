package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private static final Questionnaire Q = Questionnaire.STANDARD;

  @Test
  void theFormatsOfTheTwentyFourQuestions() {
    String formats = "LIKERT RANK LIKERT LIKERT RANK HALF_SCALE LIKERT RANK LIKERT TICK_BOX LIKERT RANK "
        + "TICK_BOX TICK_BOX TICK_BOX HALF_SCALE YES_NO LIKERT YES_NO YES_NO LIKERT LIKERT LIKERT LIKERT";
    List<String> expected = List.of(formats.split(" "));
    assertEquals(24, Q.questions().size());
    for (Question question : Q.questions()) {
      assertEquals(expected.get(question.number() - 1), question.format().name(), question.toString());
      assertEquals(question, Q.question(question.number()));
      assertEquals(question.number() <= 16, question.facetOrientation());
    }
  }

  @Test
  void itemsPerFacetFollowThePublishedStructure() {
    // Question: items per facet (enhancement, mission, adaptive, anticipatory).
    Map<Integer, List<Integer>> perFacet = Map.of(6, List.of(2, 2, 2, 0), 13, List.of(2, 2, 2, 2),
        14, List.of(2, 2, 2, 2), 15, List.of(4, 4, 4, 4), 16, List.of(2, 2, 2, 2));
    for (Question question : Q.questions().subList(0, 16)) {
      for (ScoringMode mode : ScoringMode.values()) {
        Map<Facet, Integer> counts = new EnumMap<>(Facet.class);
        Facet.ordered().forEach(f -> counts.put(f, 0));
        question.items().forEach(item -> counts.merge(item.facet(mode).orElseThrow(), 1, Integer::sum));
        List<Integer> expected = perFacet.getOrDefault(question.number(), List.of(1, 1, 1, 1));
        assertEquals(expected, List.copyOf(counts.values()), question + " " + mode);
      }
    }
  }

  @Test
  void onlyTheTwoQuestionTwoItemsDifferBetweenModes() {
    Set<String> differing = new HashSet<>();
    for (Question question : Q.questions()) {
      for (QuestionItem item : question.items()) {
        if (!item.facet(ScoringMode.CORRECTED).equals(item.facet(ScoringMode.PET_COMPATIBLE))) {
          differing.add(question.key() + "." + item.key());
        }
      }
    }
    assertEquals(Set.of("q2.externalDemands", "q2.aheadOfCurve"), differing);
    QuestionItem external = Q.question(2).item("externalDemands", "q2");
    assertEquals(Optional.of(Facet.ADAPTIVE), external.facet(ScoringMode.CORRECTED));
    assertEquals(Optional.of(Facet.ANTICIPATORY), external.facet(ScoringMode.PET_COMPATIBLE));
  }

  @Test
  void capabilityQuestionsHaveNoFacetAndFourReverseItems() {
    int reverse = 0;
    int rated = 0;
    for (Question question : Q.questions().subList(16, 24)) {
      for (QuestionItem item : question.items()) {
        assertTrue(item.facet(ScoringMode.CORRECTED).isEmpty());
        reverse += item.reverse() ? 1 : 0;
        rated += question.format() == QuestionFormat.LIKERT && !item.reverse() ? 1 : 0;
      }
    }
    assertEquals(4, reverse);
    assertEquals(19, rated);
    assertEquals(4, Q.question(17).items().get(0).weight());
    assertEquals(4, Q.question(19).items().get(0).weight());
    assertEquals(8, Q.question(20).items().get(0).weight());
  }

  @Test
  void keysAreUniqueWithinEachQuestion() {
    for (Question question : Q.questions()) {
      assertEquals(question.items().size(), new HashSet<>(question.keys()).size(), question.toString());
      question.items().forEach(item -> assertFalse(item.wording().isBlank()));
    }
  }

  @Test
  void unknownQuestionsAndItemsAreNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Q.question(25));
    assertEquals("question", e.field());
    assertEquals("25", e.value());
    e = assertThrows(InvalidValueException.class, () -> Q.question(3).item("milestone", "q3.milestone"));
    assertEquals("q3.milestone must be a known key of q3: one of milestones, outcomes, iterative, alternatives,"
        + " got 'milestone'", e.getMessage());
  }

  @Test
  void answersAreCheckedAsTheyAreGiven() {
    QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
    assertField("q3.milestones", "5", () -> builder.rating(3, "milestones", 5));
    assertField("q3.milestones", "-1", () -> builder.rating(3, "milestones", -1));
    assertField("q3.fast", "'fast'", () -> builder.rating(3, "fast", 2));
    assertField("q2", "an answer of another format", () -> builder.rating(2, "goal", 2));
    assertField("q3", "an answer of another format", () -> builder.ranking(3, List.of("milestones")));
    assertField("q2[1]", "'goals'", () -> builder.ranking(2, List.of("goal", "goals")));
    assertField("q2[2]", "'goal'", () -> builder.ranking(2, List.of("goal", "efficiency", "goal", "aheadOfCurve")));
    assertField("q2", "[goal, efficiency]", () -> builder.ranking(2, List.of("goal", "efficiency")));
    assertField("q10[1]", "'lean'", () -> builder.ticks(10, List.of("optimisation", "lean")));
    assertField("question", "0", () -> builder.yesNo(0, YesNo.YES));
    builder.rating(3, "milestones", 4);
    assertField("q3.milestones", "2", () -> builder.rating(3, "milestones", 2));
    builder.yesNo(17, YesNo.YES);
    assertField("q17", "a second answer", () -> builder.yesNo(17, YesNo.NO));
  }

  @Test
  void missingAnswersAreNamed() {
    assertField("q1", "no answer", () -> new QuestionnaireAnswers.Builder().build());
    QuestionnaireAnswers.Builder partial = new QuestionnaireAnswers.Builder();
    partial.rating(1, "efficiency", 1).rating(1, "goals", 1).rating(1, "futures", 1);
    assertField("q1.change", "no answer", partial::build);
  }

  @Test
  void answersReadBackAsGiven() {
    QuestionnaireAnswers answers = HandScoredQuestionnaires.explorationLab();
    assertEquals(Optional.of("Exploration lab"), answers.respondent());
    assertEquals(3, answers.rating(1, "futures"));
    assertEquals(List.of("aheadOfCurve", "externalDemands", "goal", "efficiency"), answers.ranking(2));
    assertEquals(Set.of("testingSpaces"), answers.ticked(10));
    assertEquals(YesNo.NO, answers.yesNo(20));
    assertTrue(answers.toString().startsWith("QuestionnaireAnswers{respondent='Exploration lab', q1={efficiency=1,"),
        answers.toString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(HandScoredQuestionnaires.steadyMinistry(), HandScoredQuestionnaires.steadyMinistry(),
            HandScoredQuestionnaires.steadyMinistry().withRespondent("Other").withRespondent("Steady ministry"))
        .addEqualityGroup(HandScoredQuestionnaires.steadyMinistry().withRespondent("Other"))
        .addEqualityGroup(HandScoredQuestionnaires.explorationLab())
        .addEqualityGroup(QuestionnaireScorer.CORRECTED.score(HandScoredQuestionnaires.explorationLab()),
            QuestionnaireScorer.CORRECTED.score(HandScoredQuestionnaires.explorationLab()))
        .addEqualityGroup(QuestionnaireScorer.PET_COMPATIBLE.score(HandScoredQuestionnaires.explorationLab()))
        .testEquals();
  }

  @Test
  void everyCombinationOfStrongFacetsHasItsOwnGroup() {
    Set<TendencyGroup> groups = EnumSet.noneOf(TendencyGroup.class);
    for (int bits = 0; bits < 16; bits++) {
      Set<Facet> strong = EnumSet.noneOf(Facet.class);
      for (Facet facet : Facet.ordered()) {
        if ((bits & (1 << facet.ordinal())) != 0) {
          strong.add(facet);
        }
      }
      TendencyGroup group = TendencyGroup.of(strong);
      assertEquals(strong, group.strongFacets());
      assertEquals(group, TendencyGroup.parse(group.jsonName()));
      groups.add(group);
    }
    assertEquals(16, groups.size());
    assertEquals("weak-in-all", TendencyGroup.WEAK_IN_ALL.jsonName());
    assertEquals("adaptive-anticipatory", TendencyGroup.ADAPTIVE_ANTICIPATORY.jsonName());
  }

  private static void assertField(String field, String value, org.junit.jupiter.api.function.Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(value, e.value(), e.getMessage());
  }
}
