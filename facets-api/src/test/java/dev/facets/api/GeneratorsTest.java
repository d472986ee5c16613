package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The generators reach the edge cases on purpose: asserted here, not hoped for. */
class GeneratorsTest {
  private static <T> void assertReaches(Gen<T> gen, String what, Predicate<T> edge) {
    boolean[] reached = {false};
    qt().withFixedSeed(42).withExamples(2000).forAll(gen).checkAssert(value -> reached[0] |= edge.test(value));
    assertTrue(reached[0], "the generator never made " + what);
  }

  @Test
  void portfoliosReachTheEdgeCases() {
    Gen<Portfolio> portfolios = Generators.portfolios();
    assertReaches(portfolios, "a single initiative", p -> p.size() == 1);
    assertReaches(portfolios, "a zero budget", p -> p.initiatives().stream().anyMatch(i -> i.budget() == 0));
    assertReaches(portfolios, "tied budgets", p -> p.initiatives().stream().filter(i -> i.budget() == 1e6).count() > 1);
    assertReaches(portfolios, "a budget below 1e-5", p -> p.initiatives().stream().anyMatch(i -> i.budget() > 0 && i.budget() < 1e-5));
    assertReaches(portfolios, "a budget above 1e11", p -> p.initiatives().stream().anyMatch(i -> i.budget() > 1e11));
    assertReaches(portfolios, "an initiative positioned at the origin",
        p -> p.initiatives().stream().anyMatch(i -> i.position().filter(AxisPosition.ORIGIN::equals).isPresent()));
    assertReaches(portfolios, "a project-mapped initiative", p -> p.initiatives().stream().anyMatch(i -> i.driver().isPresent()));
    assertReaches(portfolios, "an initiative given no impact",
        p -> p.initiatives().stream().anyMatch(i -> i.givenImpact().isEmpty()));
    assertReaches(portfolios, "an initiative given the impact (1, 1, 1)",
        p -> p.initiatives().stream().anyMatch(i -> i.givenImpact().filter(ImpactEstimate.UNIT::equals).isPresent()));
  }

  @Test
  void mixesReachSingleFacetsAndTies() {
    assertReaches(Generators.facetMixes(), "a single-facet mix", mix -> mix.support() == 1);
    assertReaches(Generators.facetMixes(), "a tie for the dominant facet", mix -> {
      double[] w = mix.toArray();
      double max = mix.weight(mix.dominant());
      int ties = 0;
      for (double x : w) {
        ties += x == max ? 1 : 0;
      }
      return ties > 1;
    });
    assertReaches(Generators.positions(), "a point on an axis",
        p -> (p.uncertainty() == 0) != (p.directedness() == 0));
  }

  @Test
  void scenarioSetsReachOneScenarioAndBothProbabilityModes() {
    assertReaches(Generators.scenarioSets(), "a single scenario", set -> set.size() == 1);
    assertReaches(Generators.scenarioSets(), "equally likely scenarios", set -> set.size() > 1 && set.equallyLikely());
    assertReaches(Generators.scenarioSets(), "given probabilities", set -> !set.equallyLikely());
  }

  @Test
  void generatorsNeverDiscardExamplesWhateverTheSeed() {
    // Filtering inside nested generators once made most seeds give up after 0 examples.
    for (long seed = 0; seed < 40; seed++) {
      qt().withFixedSeed(seed).withExamples(50).forAll(Generators.portfolios()).checkAssert(p -> { });
      qt().withFixedSeed(seed).withExamples(50).forAll(Generators.scenarioSets()).checkAssert(s -> { });
      qt().withFixedSeed(seed).withExamples(50).forAll(Generators.fundedPortfolios())
          .checkAssert(p -> assertTrue(p.totalBudget() > 0));
    }
  }
}
