package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TeamScoreProperties {
  private static Gen<List<QuestionnaireAnswers>> teams() {
    return lists().of(QuestionnaireProperties.answers()).ofSizeBetween(1, 7);
  }

  private static Gen<ScoringMode> modes() {
    return integers().between(0, ScoringMode.values().length - 1).map(i -> ScoringMode.values()[i]);
  }

  @Test
  void aTeamOfOneIsThatRespondentAlone() {
    qt().withFixedSeed(51).forAll(QuestionnaireProperties.answers(), modes()).checkAssert((answers, mode) -> {
      QuestionnaireScore alone = QuestionnaireScorer.of(mode).score(answers);
      TeamScore team = QuestionnaireScorer.of(mode).scoreTeam(List.of(answers));
      assertEquals(List.of(alone), team.members());
      for (Facet facet : Facet.ordered()) {
        assertEquals(alone.percentage(facet), team.means().get(facet));
        assertEquals(0, team.spreads().get(facet));
        assertEquals(alone.percentage(facet), team.lowest(facet));
        assertEquals(0, team.range(facet));
      }
      assertEquals(alone.strongFacets(), team.strongFacets());
      assertEquals(alone.tendency(), team.tendency());
      assertEquals(alone.capabilityScore(), team.capabilityMean());
      assertEquals(1, team.capabilityLevels().get(alone.capabilityLevel()));
      assertEquals(List.of(), team.disagreements());
    });
  }

  @Test
  void nothingButTheMembersListDependsOnTheirOrder() {
    qt().withFixedSeed(52).forAll(teams(), modes(), integers().all()).checkAssert((members, mode, seed) -> {
      List<QuestionnaireAnswers> shuffled = new ArrayList<>(members);
      Collections.shuffle(shuffled, new Random(seed));
      TeamScore team = QuestionnaireScorer.of(mode).scoreTeam(members);
      TeamScore other = QuestionnaireScorer.of(mode).scoreTeam(shuffled);
      assertEquals(team.means(), other.means());
      assertEquals(team.spreads(), other.spreads());
      for (Facet facet : Facet.ordered()) {
        assertEquals(team.lowest(facet), other.lowest(facet));
        assertEquals(team.highest(facet), other.highest(facet));
      }
      assertEquals(team.tendency(), other.tendency());
      assertEquals(team.capabilityMean(), other.capabilityMean());
      assertEquals(team.capabilityLevels(), other.capabilityLevels());
      assertEquals(team.disagreements(), other.disagreements());
    });
  }

  @Test
  void theStatisticsMatchAPlainModel() {
    qt().withFixedSeed(53).forAll(teams(), modes()).checkAssert((members, mode) -> {
      TeamScore team = QuestionnaireScorer.of(mode).scoreTeam(members);
      int n = members.size();
      for (Facet facet : Facet.ordered()) {
        double sum = 0;
        for (QuestionnaireAnswers answers : members) {
          sum += QuestionnaireScorer.of(mode).score(answers).percentage(facet);
        }
        double mean = sum / n;
        double squares = 0;
        for (QuestionnaireAnswers answers : members) {
          double deviation = QuestionnaireScorer.of(mode).score(answers).percentage(facet) - mean;
          squares += deviation * deviation;
        }
        assertEquals(mean, team.means().get(facet), 1e-12);
        assertEquals(Math.sqrt(squares / n), team.spreads().get(facet), 1e-9);
        assertEquals(mean >= 50, team.strongFacets().contains(facet));
      }
      int counted = 0;
      for (Map.Entry<CapabilityLevel, Integer> level : team.capabilityLevels().entrySet()) {
        counted += level.getValue();
      }
      assertEquals(n, counted);
      for (int i = 1; i < team.disagreements().size(); i++) {
        org.junit.jupiter.api.Assertions.assertTrue(
            team.disagreements().get(i - 1).spread() >= team.disagreements().get(i).spread());
      }
    });
  }

  @Test
  void aTeamOfClonesAgreesOnEverything() {
    qt().withFixedSeed(54).forAll(QuestionnaireProperties.answers(), integers().between(2, 5), modes())
        .checkAssert((answers, copies, mode) -> {
          TeamScore team = QuestionnaireScorer.of(mode).scoreTeam(Collections.nCopies(copies, answers));
          TeamScore one = QuestionnaireScorer.of(mode).scoreTeam(List.of(answers));
          assertEquals(one.means(), team.means());
          assertEquals(one.spreads(), team.spreads());
          assertEquals(List.of(), team.disagreements());
          assertEquals(copies, team.capabilityLevels().get(one.members().get(0).capabilityLevel()));
        });
  }
}
