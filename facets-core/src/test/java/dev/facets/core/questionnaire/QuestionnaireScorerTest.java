package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireScorerTest {
  private static final QuestionnaireScorer COMPATIBLE = QuestionnaireScorer.PET_COMPATIBLE;
  private static final QuestionnaireScorer CORRECTED = QuestionnaireScorer.CORRECTED;
  private static final QuestionnaireScorer PUBLISHED = QuestionnaireScorer.PUBLISHED;

  @Test
  void steadyMinistry() {
    QuestionnaireAnswers answers = HandScoredQuestionnaires.steadyMinistry();
    QuestionnaireScore corrected = CORRECTED.score(answers);
    assertEquals(FacetValues.of(61.5, 30, 12.5, 1), corrected.points());
    assertEquals(percentages(96, 47, 20, 2), corrected.percentages());
    assertEquals(EnumSet.of(Facet.ENHANCEMENT), corrected.strongFacets());
    assertEquals(TendencyGroup.PRIMARILY_ENHANCEMENT, corrected.tendency());
    assertEquals(26, corrected.capabilityScore());
    assertEquals(CapabilityLevel.LOW, corrected.capabilityLevel());

    QuestionnaireScore compatible = COMPATIBLE.score(answers);
    assertEquals(FacetValues.of(61.5, 30, 11.5, 2), compatible.points());
    assertEquals(percentages(96, 47, 18, 3), compatible.percentages());
    assertEquals(TendencyGroup.PRIMARILY_ENHANCEMENT, compatible.tendency());
    assertEquals(26, compatible.capabilityScore());
    assertEquals(CapabilityLevel.LOW, compatible.capabilityLevel());

    // Both defects: the ticks are gone from enhancement and mission; the capability counts items.
    QuestionnaireScore published = PUBLISHED.score(answers);
    assertEquals(FacetValues.of(46.5, 25, 11.5, 2), published.points());
    assertEquals(percentages(73, 39, 18, 3), published.percentages());
    assertEquals(TendencyGroup.PRIMARILY_ENHANCEMENT, published.tendency());
    assertEquals(43, published.capabilityScore());
    assertEquals(CapabilityLevel.MEDIUM, published.capabilityLevel());
    assertEquals(ScoringMode.PUBLISHED, published.mode());
    assertEquals(FacetValues.of(64, 64, 64, 64), published.normalisers());
  }

  @Test
  void explorationLab() {
    QuestionnaireAnswers answers = HandScoredQuestionnaires.explorationLab();
    QuestionnaireScore corrected = CORRECTED.score(answers);
    assertEquals(FacetValues.of(6, 13.5, 48.5, 32.5), corrected.points());
    assertEquals(percentages(9, 21, 76, 54), corrected.percentages());
    assertEquals(EnumSet.of(Facet.ADAPTIVE, Facet.ANTICIPATORY), corrected.strongFacets());
    assertEquals(TendencyGroup.ADAPTIVE_ANTICIPATORY, corrected.tendency());
    assertEquals(73, corrected.capabilityScore());
    assertEquals(CapabilityLevel.HIGH, corrected.capabilityLevel());

    QuestionnaireScore compatible = COMPATIBLE.score(answers);
    assertEquals(FacetValues.of(6, 13.5, 50.5, 30.5), compatible.points());
    assertEquals(percentages(9, 21, 79, 48), compatible.percentages());
    assertEquals(EnumSet.of(Facet.ADAPTIVE), compatible.strongFacets());
    assertEquals(TendencyGroup.PRIMARILY_ADAPTIVE, compatible.tendency());
    assertEquals(73, compatible.capabilityScore());

    QuestionnaireScore published = PUBLISHED.score(answers);
    assertEquals(FacetValues.of(6, 13.5, 37.5, 24.5), published.points());
    assertEquals(percentages(9, 21, 59, 38), published.percentages());
    assertEquals(TendencyGroup.PRIMARILY_ADAPTIVE, published.tendency());
    assertEquals(47, published.capabilityScore());
    assertEquals(CapabilityLevel.MEDIUM, published.capabilityLevel());
  }

  @Test
  void balancedAgency() {
    QuestionnaireAnswers answers = HandScoredQuestionnaires.balancedAgency();
    QuestionnaireScore corrected = CORRECTED.score(answers);
    assertEquals(FacetValues.of(40, 32, 31.5, 30), corrected.points());
    assertEquals(percentages(63, 50, 49, 50), corrected.percentages());
    assertEquals(TendencyGroup.ALL_BUT_ADAPTIVE, corrected.tendency());
    assertEquals(36, corrected.capabilityScore());
    assertEquals(CapabilityLevel.MEDIUM, corrected.capabilityLevel());

    QuestionnaireScore compatible = COMPATIBLE.score(answers);
    assertEquals(FacetValues.of(40, 32, 32.5, 29), compatible.points());
    assertEquals(percentages(63, 50, 51, 45), compatible.percentages());
    assertEquals(TendencyGroup.ALL_BUT_ANTICIPATORY, compatible.tendency());
    assertEquals(36, compatible.capabilityScore());

    QuestionnaireScore published = PUBLISHED.score(answers);
    assertEquals(FacetValues.of(30, 26, 24.5, 18), published.points());
    assertEquals(percentages(47, 41, 38, 28), published.percentages());
    assertEquals(TendencyGroup.WEAK_IN_ALL, published.tendency());
    assertEquals(43, published.capabilityScore());
  }

  @Test
  void eagerOfficeShowsEachModesCeiling() {
    QuestionnaireAnswers answers = HandScoredQuestionnaires.eagerOffice();
    QuestionnaireScore compatible = COMPATIBLE.score(answers);
    assertEquals(FacetValues.of(64, 56, 51, 45), compatible.points());
    assertEquals(percentages(100, 88, 80, 70), compatible.percentages());
    assertEquals(TendencyGroup.ALL_FOUR, compatible.tendency());
    assertEquals(108, compatible.capabilityScore());
    assertEquals(CapabilityLevel.HIGH, compatible.capabilityLevel());

    QuestionnaireScore published = PUBLISHED.score(answers);
    assertEquals(FacetValues.of(48, 40, 35, 29), published.points());
    assertEquals(percentages(75, 63, 55, 45), published.percentages());
    assertEquals(TendencyGroup.ALL_BUT_ANTICIPATORY, published.tendency());
    assertEquals(55, published.capabilityScore());
    assertEquals(CapabilityLevel.MEDIUM, published.capabilityLevel());

    QuestionnaireScore corrected = CORRECTED.score(answers);
    assertEquals(FacetValues.of(64, 56, 52, 44), corrected.points());
    assertEquals(percentages(100, 88, 81, 73), corrected.percentages());
    assertEquals(108, corrected.capabilityScore());
  }

  @Test
  void normalisersAndBoundsFollowFromTheQuestionnaire() {
    assertEquals(FacetValues.of(64, 64, 64, 60), QuestionnaireScorer.attainable(ScoringMode.CORRECTED));
    assertEquals(FacetValues.of(64, 64, 64, 60), QuestionnaireScorer.attainable(ScoringMode.PET_COMPATIBLE));
    assertEquals(FacetValues.of(64, 64, 64, 64), COMPATIBLE.normalisers());
    assertEquals(FacetValues.of(64, 64, 64, 60), CORRECTED.normalisers());
    assertEquals(108, QuestionnaireScorer.capabilityMaximum());
    assertEquals(0, QuestionnaireScorer.capabilityMinimum());
    // Published: no tick counts (16 points fewer per facet), capability 16 + 23 items + 0 to 16 for yes.
    assertEquals(FacetValues.of(48, 48, 48, 44), QuestionnaireScorer.attainable(ScoringMode.PUBLISHED));
    assertEquals(FacetValues.of(64, 64, 64, 64), PUBLISHED.normalisers());
    assertEquals(55, QuestionnaireScorer.capabilityMaximum(ScoringMode.PUBLISHED));
    assertEquals(39, QuestionnaireScorer.capabilityMinimum(ScoringMode.PUBLISHED));
    assertEquals(108, QuestionnaireScorer.capabilityMaximum(ScoringMode.CORRECTED));
  }

  @Test
  void percentagesRoundHalfAwayFromZero() {
    assertEquals(13, QuestionnaireScorer.percentage(8, 64)); // 12.5
    assertEquals(38, QuestionnaireScorer.percentage(24, 64)); // 37.5
    assertEquals(3, QuestionnaireScorer.percentage(1.5, 60)); // 2.5
    assertEquals(53, QuestionnaireScorer.percentage(31.5, 60)); // 52.5
    assertEquals(49, QuestionnaireScorer.percentage(31.5, 64)); // 49.22
    assertEquals(94, QuestionnaireScorer.percentage(60, 64)); // 93.75: anticipatory's published ceiling
    assertEquals(100, QuestionnaireScorer.percentage(60, 60));
    assertEquals(0, QuestionnaireScorer.percentage(0, 64));
  }

  @Test
  void capabilityLevelsCutAt36And72() {
    assertEquals(CapabilityLevel.LOW, CapabilityLevel.of(0));
    assertEquals(CapabilityLevel.LOW, CapabilityLevel.of(35));
    assertEquals(CapabilityLevel.MEDIUM, CapabilityLevel.of(36));
    assertEquals(CapabilityLevel.MEDIUM, CapabilityLevel.of(71));
    assertEquals(CapabilityLevel.HIGH, CapabilityLevel.of(72));
    assertEquals(CapabilityLevel.HIGH, CapabilityLevel.of(108));
  }

  @Test
  void scorersOfModes() {
    assertEquals(COMPATIBLE, QuestionnaireScorer.of(ScoringMode.PET_COMPATIBLE));
    assertEquals(CORRECTED, QuestionnaireScorer.of(ScoringMode.CORRECTED));
    assertEquals(ScoringMode.CORRECTED, ScoringMode.parse("corrected"));
    assertEquals(ScoringMode.PET_COMPATIBLE, ScoringMode.parse("compatible"));
    assertEquals(PUBLISHED, QuestionnaireScorer.of(ScoringMode.PUBLISHED));
    assertEquals(ScoringMode.PUBLISHED, ScoringMode.parse("published"));
  }

  private static Map<Facet, Integer> percentages(int enhancement, int mission, int adaptive, int anticipatory) {
    return Map.of(Facet.ENHANCEMENT, enhancement, Facet.MISSION, mission, Facet.ADAPTIVE, adaptive,
        Facet.ANTICIPATORY, anticipatory);
  }
}
