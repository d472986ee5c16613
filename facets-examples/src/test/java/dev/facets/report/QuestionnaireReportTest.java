package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.core.questionnaire.HandScoredQuestionnaires;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import dev.facets.core.questionnaire.TeamScore;
import dev.facets.core.questionnaire.TendencyGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module-1 result views: what they say restates the scorer, and input text is escaped. */
class QuestionnaireReportTest {
  @Test
  void oneRespondentsViews() {
    QuestionnaireAnswers lab = HandScoredQuestionnaires.explorationLab();
    String html = QuestionnaireReport.of(lab, QuestionnaireScorer.PET_COMPATIBLE.score(lab)).html();
    // Compatible: 9/21/79/48 %, primarily adaptive, capability 73 (high); yes to q17 and q19, no to q20.
    assertTrue(html.contains("<h2>Portfolio tendency: Primarily adaptive</h2>"), html);
    assertTrue(html.contains("Only adaptive is strong (79%)"), html);
    assertTrue(html.contains("The weakest facet is enhancement (9%)"), html);
    assertTrue(html.contains("The capability score is 73 of 108, which is high"), html);
    assertTrue(html.contains("The answers report a shared understanding of what innovation means and someone with an"
        + " overview of all projects. They do not report someone who advises on synergies and overlaps."), html);
    assertTrue(html.contains("<figure id=\"figure-pet-diamond\">"), html);
    assertTrue(html.contains(">79%<"), html);
    assertTrue(html.contains("<td class=\"num\">50.5</td><td class=\"num\">64</td><td class=\"num\">79%</td>"), html);
    String published = QuestionnaireReport.of(lab, QuestionnaireScorer.PUBLISHED.score(lab)).html();
    assertTrue(published.contains("The capability score is 47 of 108, which is medium"), published);
    assertTrue(published.contains("every complete questionnaire scores from 39 to 55"), published);
  }

  @Test
  void everyTendencyGroupHasAStatement() {
    double[] percentages = {60, 55, 52, 51};
    for (TendencyGroup group : TendencyGroup.values()) {
      String statement = QuestionnaireReport.tendency(group, percentages);
      assertFalse(statement.isBlank(), group.toString());
    }
    assertTrue(QuestionnaireReport.tendency(TendencyGroup.ENHANCEMENT_MISSION, percentages)
        .startsWith("Enhancement (60%) and mission (55%) are strong: the organisation combines doing what it already"
            + " does better"));
    assertTrue(QuestionnaireReport.tendency(TendencyGroup.ENHANCEMENT_MISSION, percentages).contains("sustaining change"));
    assertTrue(QuestionnaireReport.tendency(TendencyGroup.ENHANCEMENT_ANTICIPATORY, percentages)
        .contains("pull in opposite directions"));
  }

  @Test
  void aTeamsViewsNameItsDisagreementsAndEscapeNames() {
    QuestionnaireAnswers hostile = HandScoredQuestionnaires.steadyMinistry().withRespondent("<script>alert(1)</script> & co");
    TeamScore team = QuestionnaireScorer.CORRECTED.scoreTeam(List.of(hostile, HandScoredQuestionnaires.explorationLab()));
    QuestionnaireReport report = QuestionnaireReport.ofTeam(team, 3);
    String html = report.html();
    assertFalse(html.contains("<script>"), "no input reaches the page unescaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), html);
    assertTrue(html.contains("<h2>Where the team disagrees most</h2>"), html);
    assertEquals(3, html.split("<td class=\"key\">q").length - 1, "three items named");
    String markdown = report.markdown("team-");
    assertTrue(markdown.contains("![Facet orientation of the team (means; members faint)](team-pet-diamond.svg)"), markdown);
    assertTrue(markdown.contains("\\<script\\>"), markdown);
    assertEquals(List.of(QuestionnaireReport.DIAMOND), List.copyOf(report.charts().keySet()));
    assertThrows(IllegalArgumentException.class, () -> QuestionnaireReport.ofTeam(team, -1));
  }
}
