package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamScoreTest {
  private static final List<QuestionnaireAnswers> THREE = List.of(HandScoredQuestionnaires.steadyMinistry(),
      HandScoredQuestionnaires.explorationLab(), HandScoredQuestionnaires.balancedAgency());

  /**
   * The three hand-scored questionnaires as one team, compatible mode. Percentages (enhancement,
   * mission, adaptive, anticipatory): steady 96 47 18 3, lab 9 21 79 48, balanced 63 50 51 45.
   * <pre>
   * enhancement  mean 168/3 = 56     sd sqrt(((96-56)^2 + (9-56)^2 + (63-56)^2) / 3) = sqrt(3858/3) = sqrt(1286)
   *              lowest 9, highest 96, range 87
   * mission      mean 118/3 = 39.33  sd sqrt((3 * 5150 - 118^2) / 9) = sqrt(1526) / 3; range 50 - 21 = 29
   * adaptive     mean 148/3 = 49.33  (just short of strong); range 79 - 18 = 61
   * anticipatory mean 96/3 = 32;     range 48 - 3 = 45
   * strong from the means: enhancement only, primarily enhancement.
   * capability 26 (low), 73 (high), 36 (medium): mean 135/3 = 45, lowest 26, highest 73, one at each level.
   * </pre>
   */
  @Test
  void threeHandScoredMembers() {
    TeamScore team = QuestionnaireScorer.PET_COMPATIBLE.scoreTeam(THREE);
    assertEquals(3, team.size());
    assertEquals(List.of("Steady ministry", "Exploration lab", "Balanced agency"), team.names());
    assertEquals(FacetValues.of(56, 118.0 / 3, 148.0 / 3, 32), team.means());
    assertEquals(Math.sqrt(1286), team.spreads().get(Facet.ENHANCEMENT), 1e-12);
    assertEquals(Math.sqrt(1526) / 3, team.spreads().get(Facet.MISSION), 1e-12);
    assertEquals(9, team.lowest(Facet.ENHANCEMENT));
    assertEquals(96, team.highest(Facet.ENHANCEMENT));
    assertEquals(87, team.range(Facet.ENHANCEMENT));
    assertEquals(29, team.range(Facet.MISSION));
    assertEquals(61, team.range(Facet.ADAPTIVE));
    assertEquals(45, team.range(Facet.ANTICIPATORY));
    assertEquals(Set.of(Facet.ENHANCEMENT), team.strongFacets());
    assertEquals(TendencyGroup.PRIMARILY_ENHANCEMENT, team.tendency());
    assertEquals(45, team.capabilityMean());
    assertEquals(26, team.capabilityLowest());
    assertEquals(73, team.capabilityHighest());
    assertEquals(Map.of(CapabilityLevel.LOW, 1, CapabilityLevel.MEDIUM, 1, CapabilityLevel.HIGH, 1),
        team.capabilityLevels());
    // Two ticks against none (q10 optimisation: steady and balanced tick it) is the widest a team of
    // three can be on a tick box: sd of (1, 0, 1) = sqrt(3 * 2 - 2^2) / 3 = sqrt(2) / 3.
    ItemSpread optimisation = team.disagreements().stream().filter(s -> s.key().equals("q10.optimisation"))
        .findFirst().orElseThrow();
    assertEquals(Math.sqrt(2) / 3, optimisation.spread(), 1e-12);
    assertEquals(0, optimisation.lowest());
    assertEquals(1, optimisation.highest());
    assertEquals(Math.sqrt(2) / 3, team.disagreements().get(0).spread(), 1e-12);
    // q1 efficiency rated 4, 1, 3: sd sqrt(3 * 26 - 8^2) / 3 = sqrt(14) / 3, over the scale's width 4.
    ItemSpread efficiency = team.disagreements().stream().filter(s -> s.key().equals("q1.efficiency"))
        .findFirst().orElseThrow();
    assertEquals(Math.sqrt(14) / 12, efficiency.spread(), 1e-12);
    assertEquals("Making existing services and processes work better for less.", efficiency.wording());
  }

  @Test
  void theWidestDisagreementsComeFirstAndAreNamed() {
    // Two members who differ on two items only: q3 milestones 1 against 4 (sd 1.5, over 4: 0.375) and
    // q17 yes against no (sd 0.5, over 1: 0.5).
    QuestionnaireAnswers lab = HandScoredQuestionnaires.explorationLab();
    QuestionnaireAnswers other = new AnswerSheet().respondent("Other")
        .rate(1, 1, 1, 3, 3).rank(2, "aheadOfCurve", "externalDemands", "goal", "efficiency")
        .rate(3, 4, 1, 3, 2).rate(4, 1, 2, 3, 2)
        .rank(5, "coherence", "crisisFocus", "changeStrategy", "fundamentalChange")
        .rate(6, 1, 0, 2, 1, 3, 4).rate(7, 1, 1, 3, 2)
        .rank(8, "crisisUnforeseen", "serviceFailure", "outcomeMissed", "moneyWasted")
        .rate(9, 1, 1, 2, 2).tick(10, "testingSpaces").rate(11, 0, 1, 3, 2)
        .rank(12, "months", "decade", "untilGoal", "budgetCycle")
        .tick(13, "contextual", "realTime", "weakSignals").tick(14, "relevance", "nearMisses")
        .tick(15, "agileMethods", "coCreation", "edgeCases", "horizonScanning", "foresight")
        .rate(16, 1, 0, 1, 1, 3, 3, 2, 1)
        .answer(17, QuestionnaireAnswers.YesNo.NO).rate(18, 3, 2, 3, 1)
        .answer(19, QuestionnaireAnswers.YesNo.YES).answer(20, QuestionnaireAnswers.YesNo.NO)
        .rate(21, 2, 3, 2).rate(22, 3, 3, 2, 4, 3).rate(23, 2, 3, 2, 3).rate(24, 3, 4, 2, 3, 1, 0, 1)
        .build();
    TeamScore team = QuestionnaireScorer.CORRECTED.scoreTeam(List.of(lab, other));
    assertEquals(2, team.disagreements().size(), team.disagreements().toString());
    assertEquals("q17", team.disagreements().get(0).key());
    assertEquals(0.5, team.disagreements().get(0).spread());
    assertEquals("Is there a clear, shared understanding of what innovation means here?",
        team.disagreements().get(0).wording());
    assertEquals("q3.milestones", team.disagreements().get(1).key());
    assertEquals(0.375, team.disagreements().get(1).spread());
    assertEquals(List.of(team.disagreements().get(0)), team.widestDisagreements(1));
    assertEquals(team.disagreements(), team.widestDisagreements(10));
    // Enhancement 6 and 9 points of 64: 9 % and 14 %, mean 11.5, sd 2.5.
    assertEquals(11.5, team.means().get(Facet.ENHANCEMENT));
    assertEquals(2.5, team.spreads().get(Facet.ENHANCEMENT));
  }

  @Test
  void anEmptyTeamIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> QuestionnaireScorer.CORRECTED.scoreTeam(List.of()));
    assertEquals("team", e.field());
  }

  @Test
  void unnamedMembersAreNumbered() {
    QuestionnaireAnswers anonymous = QuestionnaireProperties.draw(7, -1);
    TeamScore team = QuestionnaireScorer.PUBLISHED.scoreTeam(List.of(HandScoredQuestionnaires.eagerOffice(), anonymous));
    assertEquals(List.of("Eager office", "respondent 2"), team.names());
    assertTrue(team.toString().startsWith("TeamScore[published, 2 members"), team.toString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(QuestionnaireScorer.CORRECTED.scoreTeam(THREE), QuestionnaireScorer.CORRECTED.scoreTeam(THREE))
        .addEqualityGroup(QuestionnaireScorer.PUBLISHED.scoreTeam(THREE))
        .addEqualityGroup(QuestionnaireScorer.CORRECTED.scoreTeam(THREE.subList(0, 2)))
        .testEquals();
  }
}
