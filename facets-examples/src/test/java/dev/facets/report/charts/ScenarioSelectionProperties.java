package dev.facets.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Generators;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.hedge.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The scenarios a report shows: all of them up to the limit, beyond it exactly the extremes, checked
 * against a count of ranks (quadratic, independent of the selection's sorting).
 */
class ScenarioSelectionProperties {
  @Test
  void upToTheLimitEveryScenarioIsShownInOrder() {
    qt().withFixedSeed(20261202L).forAll(Generators.scenarioSets(ScenarioSelection.LIMIT), Generators.facetMixes())
        .checkAssert((scenarios, mix) -> {
          List<ScenarioResult> all = RobustnessEvaluator.DEFAULT.evaluate(mix, scenarios).scenarios();
          assertEquals(all, ScenarioSelection.of(all));
        });
  }

  @Test
  void beyondTheLimitExactlyTheWorstTheBestAndTheLargestRegretsAreShownInOrder() {
    qt().withFixedSeed(20261202L).withExamples(60)
        .forAll(Generators.scenarioSets(4 * ScenarioSelection.LIMIT), Generators.facetMixes())
        .assuming((scenarios, mix) -> scenarios.scenarios().size() > ScenarioSelection.LIMIT)
        .checkAssert((scenarios, mix) -> {
          List<ScenarioResult> all = RobustnessEvaluator.DEFAULT.evaluate(mix, scenarios).scenarios();
          List<ScenarioResult> expected = new ArrayList<>();
          for (int at = 0; at < all.size(); at++) {
            // A scenario is among the first EACH by a key when fewer than EACH come before it: a
            // strictly lower key, or an equal key earlier in the file. Negating a finite key reverses it.
            if (rank(all, at, ScenarioResult::value) < ScenarioSelection.EACH
                || rank(all, at, s -> -s.value()) < ScenarioSelection.EACH
                || rank(all, at, s -> -s.regret()) < ScenarioSelection.EACH) {
              expected.add(all.get(at));
            }
          }
          List<ScenarioResult> shown = ScenarioSelection.of(all);
          assertEquals(expected, shown);
          assertTrue(shown.size() >= ScenarioSelection.EACH && shown.size() <= 3 * ScenarioSelection.EACH, "" + shown.size());
        });
  }

  private static int rank(List<ScenarioResult> all, int at, ToDoubleFunction<ScenarioResult> key) {
    double mine = key.applyAsDouble(all.get(at));
    int before = 0;
    for (int other = 0; other < all.size(); other++) {
      // Double.compare, as the selection orders: -0.0 comes before 0.0.
      int order = Double.compare(key.applyAsDouble(all.get(other)), mine);
      if (order < 0 || (order == 0 && other < at)) {
        before++;
      }
    }
    return before;
  }
}
