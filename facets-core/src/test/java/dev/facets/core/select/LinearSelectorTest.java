package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Selection with an objective on problems solved by hand, in the comments; the relaxation's simplex
 * on a hand-solved linear programme; the checks of the new options.
 *
 * <p>The four-candidate register: budgets (= costs) and expected values (success probability x
 * mean impact)
 * <pre>
 *   id  budget  facet         p     impact (low, mode, high)  value
 *   w   4       enhancement   0.5   (2, 4, 6)                 0.5 * 4 = 2
 *   x   3       mission       1     (1, 1.5, 2)               1.5
 *   y   2       adaptive      0.8   (1, 2, 3)                 0.8 * 2 = 1.6
 *   z   1       anticipatory  0.5   (0, 1, 2)                 0.5
 * </pre>
 * Under a budget of 6 the sets that fit and their values: {w,y} 3.6 (cost 6), {x,y,z} 3.6 (6),
 * {w,z} 2.5, {x,y} 3.1; {w,x} costs 7, too much. Ties at 3.6 are broken by no rule, so the
 * cases below are built so that one set wins.
 */
class LinearSelectorTest {
  private static final double EXACT = 1e-12;

  private static Initiative initiative(String id, double budget, Facet facet, double p, double low, double mode,
      double high) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(facet)).successProbability(p)
        .impact(ImpactEstimate.of(low, mode, high)).build();
  }

  static Portfolio four() {
    return new Portfolio.Builder().name("four").addInitiatives(
        initiative("w", 4, Facet.ENHANCEMENT, 0.5, 2, 4, 6),
        initiative("x", 3, Facet.MISSION, 1, 1, 1.5, 2),
        initiative("y", 2, Facet.ADAPTIVE, 0.8, 1, 2, 3),
        initiative("z", 1, Facet.ANTICIPATORY, 0.5, 0, 1, 2)).build();
  }

  private static SelectionProblem.Builder value(double budget) {
    return new SelectionProblem.Builder().portfolio(four()).budgetLimit(budget).objective(SelectionObjective.VALUE);
  }

  private static Selection best(SelectionProblem.Builder builder) {
    SelectionResult result = Selector.DEFAULT.select(builder.build());
    assertEquals(SelectionStatus.OPTIMAL, result.status(), result::toString);
    assertTrue(result.bestProven());
    return result.best().orElseThrow();
  }

  @Test
  void theMostValueUnderTheBudget() {
    // Budget 5: {w,z} 2.5, {x,y} 3.1, {w} 2, {x,z} 2, {y,z} 2.1: {x,y}.
    Selection best = best(value(5));
    assertEquals(List.of("x", "y"), best.ids());
    assertEquals(3.1, best.value(), EXACT);
    assertEquals(5, best.cost(), 0);
    // Budget 10: everything, 5.6.
    assertEquals(5.6, best(value(10)).value(), EXACT);
  }

  @Test
  void linksAndForcedDecisions() {
    // Budget 5, x requires w: {x,...} needs w too (cost 7), so {w,z} 2.5 or {y,z} 2.1 or {w}: {w,z}.
    assertEquals(List.of("w", "z"), best(value(5).requires("x", "w")).ids());
    // Budget 6, w excludes y and z forced in: {x,y,z} 3.6 (cost 6).
    assertEquals(List.of("x", "y", "z"), best(value(6).excludes("w", "y").forceIn("z")).ids());
    // Budget 6, x forced out: {w,y} 3.6.
    assertEquals(List.of("w", "y"), best(value(6).forceOut("x")).ids());
  }

  @Test
  void shareBoundsAndMinimumSpend() {
    // Budget 10 but enhancement at most 0.3 of the funded budget: everything has 4/10 = 0.4; without
    // w the rest (x, y, z) funds 3.6 at enhancement 0.
    Selection capped = best(value(10).maxShare(Facet.ENHANCEMENT, 0.3));
    assertEquals(List.of("x", "y", "z"), capped.ids());
    // Mission at least 0.5: {x} alone (1.5), {x,z} 2 (3/4), {x,y} (3/5) 3.1, {x,y,z} (1/2) 3.6,
    // {w,x} (3/7) no: {x,y,z} at exactly 1/2, on its bound.
    SelectionResult atBound = Selector.DEFAULT.select(value(10).minShare(Facet.MISSION, 0.5).build());
    assertEquals(List.of("x", "y", "z"), atBound.best().orElseThrow().ids());
    assertTrue(atBound.diagnosis().contains("the min share of mission 0.5 binds"), atBound::toString);
    // Budget 10 and a minimum spend of 9: only sets costing 9 or 10: {w,x,y} 5.1, {w,x,y,z} 5.6.
    assertEquals(5.6, best(value(10).minSpend(9)).value(), EXACT);
    // Budget 5 and a minimum spend of 5: {x,y} 3.1 and {w,z} 2.5 cost 5: {x,y}.
    assertEquals(List.of("x", "y"), best(value(5).minSpend(5)).ids());
  }

  @Test
  void theLeastDistanceWithAValueBlindObjective() {
    // Target (0.4, 0.3, 0.2, 0.1) is exactly everything's mix (4, 3, 2, 1 of 10): distance 0.
    Selection best = best(new SelectionProblem.Builder().portfolio(four()).budgetLimit(10)
        .objective(SelectionObjective.DISTANCE).target(TargetMix.of(0.4, 0.3, 0.2, 0.1)));
    assertEquals(List.of("w", "x", "y", "z"), best.ids());
    assertEquals(0, best.distance().getAsDouble(), EXACT);
    // Budget 6 and target (0, 1/2, 1/3, 1/6): {x,y,z} has (0, 1/2, 1/3, 1/6), distance 0.
    Selection part = best(new SelectionProblem.Builder().portfolio(four()).budgetLimit(6)
        .objective(SelectionObjective.DISTANCE).target(TargetMix.of(0, 3, 2, 1)));
    assertEquals(List.of("x", "y", "z"), part.ids());
  }

  @Test
  void unspentBudgetIsExplained() {
    // Budget 5.5: {x,y} 3.1 leaves 0.5, and z (cost 1) does not fit.
    SelectionResult result = Selector.DEFAULT.select(value(5.5).build());
    assertEquals(0.5, result.unspent().getAsDouble(), 0);
    assertEquals(List.of("no remaining initiative fits in the 0.5 left"), result.diagnosis());
  }

  @Test
  void infeasibleProblemsSayWhy() {
    // A minimum spend above the budget limit.
    SelectionResult spend = Selector.DEFAULT.select(value(5).minSpend(6).build());
    assertEquals(SelectionStatus.INFEASIBLE, spend.status());
    assertTrue(spend.best().isEmpty());
    assertTrue(spend.unspent().isEmpty());
    assertEquals(List.of("the minimum spend 6 is above the budget limit 5"), spend.diagnosis());
    // Anticipatory at least 0.5 needs z (budget 1) to be half of the funded budget: nothing else is
    // small enough, z alone is 1 of 1 — feasible; forcing x in makes it impossible (1 of 4 at most).
    SelectionResult forced = Selector.DEFAULT.select(value(10).minShare(Facet.ANTICIPATORY, 0.5).forceIn("x").build());
    assertEquals(SelectionStatus.INFEASIBLE, forced.status(), forced::toString);
    assertEquals(List.of("no selection meets every constraint together",
        "the min share of anticipatory 0.5 cannot be met with the other constraints (without it a selection exists)",
        "forcing in [x] cannot be met with the other constraints (without it a selection exists)"), forced.diagnosis());
  }

  @Test
  void aTimeLimitCutsTheSearchShortWithoutLying() {
    SelectionProblem problem = ObjectiveGenerators.register(7, 120).objective(SelectionObjective.VALUE)
        .minShare(Facet.ANTICIPATORY, 0.2).maxShare(Facet.ENHANCEMENT, 0.3).timeLimit(Duration.ofNanos(1)).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(SelectionStatus.TIME_LIMIT_REACHED, result.status());
    assertFalse(result.bestProven());
    assertFalse(result.diagnosis().isEmpty());
    result.best().ifPresent(best -> assertTrue(best.cost() <= problem.budgetLimit()));
  }

  @Test
  void theRelaxationsSimplexOnAHandSolvedProgramme() {
    // max 3a + 2b + 0c, a + b <= 1.5, a - c <= 0.2, 0 <= a, b <= 1, c >= 0 (c unbounded above):
    // a = 1 needs c >= 0.8, free; then b = 0.5: optimum 3 + 1 = 4 at (1, 0.5, c >= 0.8).
    DualSimplex simplex = new DualSimplex();
    double[] x = new double[3];
    DualSimplex.Outcome outcome = simplex.solve(new double[][] {{1, 1, 0}, {1, 0, -1}}, new double[] {1.5, 0.2},
        new double[] {3, 2, 0}, new double[] {1, 1, Double.POSITIVE_INFINITY}, x);
    assertEquals(DualSimplex.Outcome.OPTIMAL, outcome);
    assertEquals(4, simplex.objective(), 1e-12);
    assertArrayEquals(new double[] {1, 0.5}, new double[] {x[0], x[1]}, 1e-12);
    assertTrue(x[2] >= 0.8 - 1e-12);
    // a + b >= 2.5 (as -a - b <= -2.5) cannot hold with a, b <= 1.
    assertEquals(DualSimplex.Outcome.INFEASIBLE, simplex.solve(new double[][] {{-1, -1}}, new double[] {-2.5},
        new double[] {1, 1}, new double[] {1, 1}, new double[2]));
  }

  @Test
  void theNewOptionsAreChecked() {
    assertThrows(InvalidValueException.class, () -> value(5).minSpend(-1).build());
    assertThrows(InvalidValueException.class, () -> value(5).maxShare(Facet.MISSION, 1.5).build());
    assertThrows(InvalidValueException.class, () -> value(5).maxDistance(0.2).build()); // no target
    assertThrows(InvalidValueException.class, () -> value(5).maxRegret(0.2).build()); // no scenarios
    assertThrows(InvalidValueException.class, () -> value(5).front(SelectionObjective.DISTANCE, 0.01).build());
    assertThrows(InvalidValueException.class, () -> value(5).target(TargetMix.of(1, 0, 0, 0))
        .front(SelectionObjective.VALUE, 0.01).build());
    assertThrows(InvalidValueException.class, () -> value(5).target(TargetMix.of(1, 0, 0, 0))
        .distance(DistanceMeasure.EUCLIDEAN).build());
    assertThrows(InvalidValueException.class, () -> new SelectionProblem.Builder().portfolio(four()).budgetLimit(5)
        .objective(SelectionObjective.DISTANCE).build()); // no target
    assertThrows(InvalidValueException.class, () -> new SelectionProblem.Builder().portfolio(four()).budgetLimit(5)
        .target(TargetMix.of(1, 0, 0, 0)).minSpend(1).build()); // no objective
  }

  @Test
  void theLeastDistanceReachesAMinimumSpendThroughAZeroBudgetInitiative() {
    // a: budget 1, enhancement; b: budget 0 (no mix weight) but cost 5, mission; target all
    // enhancement. A minimum spend of 5 rules out {a} (cost 1); {b} alone funds no budget; {a,b}
    // costs 6 and its mix is a's alone: distance 0. The hull search never branches on b (it changes
    // no mix), so this problem must go to the linear search, which finds {a,b}.
    Portfolio portfolio = new Portfolio.Builder().name("zero").addInitiatives(
        new Initiative.Builder().id("a").budget(1).facets(FacetMix.pure(Facet.ENHANCEMENT)).build(),
        new Initiative.Builder().id("b").budget(0).facets(FacetMix.pure(Facet.MISSION)).build()).build();
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(10)
        .cost("b", 5).minSpend(5).target(TargetMix.of(1, 0, 0, 0)).objective(SelectionObjective.DISTANCE);
    assertFalse(RatioSearch.applies(SelectionModel.of(builder.build())));
    Selection best = best(builder);
    assertEquals(List.of("a", "b"), best.ids());
    assertEquals(0, best.distance().getAsDouble(), EXACT);
    // Without the minimum spend the hull search answers: {a} ({a,b} ties, but b changes no mix and
    // is never branched on).
    builder.minSpend(0);
    assertTrue(RatioSearch.applies(SelectionModel.of(builder.build())));
    assertEquals(List.of("a"), best(builder).ids());
  }
}
