package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.core.score.PortfolioScorer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of optimising a portfolio from its current shares: the answer keeps to its turnover
 * limit, the moves realise exactly the answer's turnover and only move weight from facets that fall
 * to facets that rise, the two ends of the limit are the current shares and the unconstrained
 * optimum, and the answer is never worse than the current shares. Small portfolios and scenario sets
 * (the LP solver is not what is tested here), no bounds unless a property says otherwise.
 */
class RebalancingProperties {
  private static final double TOLERANCE = 1e-9;

  private static Gen<Objective> objectives() {
    return Generate.enumValues(Objective.class);
  }

  /** An objective with a CVaR level (which only the CVaR objective uses). */
  private static Gen<Pair<Objective, Double>> settings() {
    return objectives().zip(HedgeGenerators.alphas(), Pair::of);
  }

  private static Gen<Weighting> weightings() {
    return Generate.pick(java.util.List.of(Weighting.budget(), Weighting.count(), Weighting.priority()));
  }

  /** Limits in [0, 2], with both ends on purpose. */
  private static Gen<Double> limits() {
    return Generate.frequency(Pair.of(1, Generate.constant(0.0)), Pair.of(1, Generate.constant(2.0)),
        Pair.of(4, doubles().between(0, 2)));
  }

  private static Rebalancing optimize(ScenarioSet set, Pair<Objective, Double> setting, Portfolio portfolio,
      Weighting weighting, double limit) {
    return Rebalancing.optimize(RobustAllocator.DEFAULT.withAlpha(setting._2), setting._1, set, portfolio, weighting,
        FacetBounds.none(), limit);
  }

  /** The tolerance for a value of the objective: relative to the payoffs' range. */
  private static double valueTolerance(ScenarioSet set) {
    double range = 0;
    for (int s = 0; s < set.size(); s++) {
      for (Facet facet : Facet.ordered()) {
        range = Math.max(range, Math.abs(set.scenarios().get(s).payoff().get(facet)));
      }
    }
    return 1e-7 * Math.max(1, range);
  }

  @Test
  void theAnswerKeepsToItsLimitAndTheMovesRealiseItExactly() {
    qt().withFixedSeed(31).withExamples(200)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios(), limits())
        .checkAssert((set, setting, portfolio, limit) -> {
          Rebalancing rebalancing = optimize(set, setting, portfolio, Weighting.budget(), limit);
          assertTrue(rebalancing.outcome().isOptimal(), rebalancing::toString);
          FacetMix answer = rebalancing.outcome().allocation().get();
          FacetMix current = rebalancing.current();
          double turnover = rebalancing.turnover().getAsDouble();
          assertEquals(AllocationConstraints.turnover(answer, current), turnover, 0);
          assertTrue(turnover <= limit + TOLERANCE, turnover + " > " + limit);
          double total = rebalancing.totalWeight();
          double moved = 0;
          for (BudgetTransfer move : rebalancing.moves()) {
            assertTrue(answer.weight(move.from()) < current.weight(move.from()), move + " from a facet that does not fall");
            assertTrue(answer.weight(move.to()) > current.weight(move.to()), move + " to a facet that does not rise");
            moved += move.amount();
          }
          assertEquals(turnover / 2 * total, moved, TOLERANCE * total, rebalancing::toString);
          assertTrue(rebalancing.moves().size() <= Facet.COUNT - 1, rebalancing::toString);
        });
  }

  @Test
  void eachFacetGivesOrReceivesExactlyItsChange() {
    qt().withFixedSeed(32).withExamples(150)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios().zip(weightings(), Pair::of), limits())
        .checkAssert((set, setting, portfolioAndWeighting, limit) -> {
          Rebalancing rebalancing = optimize(set, setting, portfolioAndWeighting._1, portfolioAndWeighting._2, limit);
          double total = rebalancing.totalWeight();
          double[] net = new double[Facet.COUNT];
          for (BudgetTransfer move : rebalancing.moves()) {
            net[move.from().ordinal()] -= move.amount();
            net[move.to().ordinal()] += move.amount();
          }
          FacetMix answer = rebalancing.outcome().allocation().get();
          for (Facet facet : Facet.ordered()) {
            double change = (answer.weight(facet) - rebalancing.current().weight(facet)) * total;
            assertEquals(change, net[facet.ordinal()], TOLERANCE * total, facet + " in " + rebalancing);
          }
        });
  }

  @Test
  void aZeroLimitReturnsTheCurrentShares() {
    qt().withFixedSeed(33).withExamples(150)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios())
        .checkAssert((set, setting, portfolio) -> {
          Rebalancing rebalancing = optimize(set, setting, portfolio, Weighting.budget(), 0);
          FacetMix answer = rebalancing.outcome().allocation().get();
          for (Facet facet : Facet.ordered()) {
            assertEquals(rebalancing.current().weight(facet), answer.weight(facet), TOLERANCE, facet.jsonName());
          }
          assertEquals(rebalancing.currentObjectiveValue(), rebalancing.outcome().objectiveValue().getAsDouble(),
              valueTolerance(set));
          assertTrue(rebalancing.moves().isEmpty(), rebalancing::toString);
        });
  }

  @Test
  void theWholeLimitGivesTheUnconstrainedOptimum() {
    qt().withFixedSeed(34).withExamples(150)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios())
        .checkAssert((set, setting, portfolio) -> {
          Rebalancing rebalancing = optimize(set, setting, portfolio, Weighting.budget(), 2);
          AllocationOutcome free = RobustAllocator.DEFAULT.withAlpha(setting._2).optimize(set, setting._1);
          assertEquals(free.objectiveValue().getAsDouble(), rebalancing.outcome().objectiveValue().getAsDouble(),
              valueTolerance(set));
        });
  }

  @Test
  void theAnswerIsNeverWorseThanTheCurrentShares() {
    qt().withFixedSeed(35).withExamples(200)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios(), limits())
        .checkAssert((set, setting, portfolio, limit) -> {
          Rebalancing rebalancing = optimize(set, setting, portfolio, Weighting.budget(), limit);
          double answer = rebalancing.outcome().objectiveValue().getAsDouble();
          double current = rebalancing.currentObjectiveValue();
          double tolerance = valueTolerance(set);
          assertTrue(setting._1.isMinimised() ? answer <= current + tolerance : answer >= current - tolerance,
              answer + " is worse than the current " + current + " in " + rebalancing);
        });
  }

  @Test
  void theCurrentSharesAndValueAreThoseOfScoreAndHedge() {
    qt().withFixedSeed(36).withExamples(100)
        .forAll(Generators.scenarioSets(), settings(), Generators.fundedPortfolios(), weightings())
        .checkAssert((set, setting, portfolio, weighting) -> {
          double alpha = setting._2;
          Objective objective = setting._1;
          Rebalancing rebalancing = Rebalancing.optimize(RobustAllocator.DEFAULT.withAlpha(alpha), objective, set,
              portfolio, weighting, FacetBounds.none());
          assertEquals(PortfolioScorer.DEFAULT.score(portfolio, weighting).facetShares(), rebalancing.current());
          Robustness hedge = RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(portfolio, weighting, set);
          assertEquals(objective.valueOf(hedge), rebalancing.currentObjectiveValue(), 0);
          assertFalse(rebalancing.turnoverLimit().isPresent());
        });
  }

  @Test
  void theAnswerMeetsBoundsAndLimitOrIsDiagnosedInfeasible() {
    qt().withFixedSeed(37).withExamples(200)
        .forAll(Generators.scenarioSets().zip(objectives(), Pair::of), Generators.fundedPortfolios(), HedgeGenerators.bounds(), limits())
        .checkAssert((setAndObjective, portfolio, bounds, limit) -> {
          ScenarioSet set = setAndObjective._1;
          Objective objective = setAndObjective._2;
          Rebalancing rebalancing = Rebalancing.optimize(RobustAllocator.DEFAULT, objective, set, portfolio,
              Weighting.budget(), bounds, limit);
          AllocationConstraints constraints = AllocationConstraints.of(bounds).withTurnoverLimit(rebalancing.current(), limit);
          if (constraints.infeasibility().isPresent()) {
            assertEquals(AllocationStatus.INFEASIBLE, rebalancing.outcome().status());
            assertFalse(rebalancing.turnover().isPresent());
            assertTrue(rebalancing.moves().isEmpty());
            return;
          }
          assertTrue(rebalancing.outcome().isOptimal(), rebalancing::toString);
          assertTrue(constraints.isMetBy(rebalancing.outcome().allocation().get(), TOLERANCE), rebalancing::toString);
          assertEquals(rebalancing, Rebalancing.optimize(RobustAllocator.DEFAULT, objective, set, portfolio,
              Weighting.budget(), bounds, limit), "deterministic");
        });
  }
}
