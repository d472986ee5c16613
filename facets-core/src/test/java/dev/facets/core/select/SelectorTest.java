package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small problems solved by hand, in the comments, and the solver checked against them.
 *
 * <p>The three-candidate portfolio: a (budget 2, all enhancement), b (budget 1, all mission),
 * c (budget 1, all adaptive); cost is budget; target t = (1/2, 1/4, 1/4, 0); one scenario paying
 * (1, 2, 0, 0), so its best facet pays M = 2. Every non-empty subset, shares p, total variation
 * TV = 1/2 sum |p - t| and regret R = 2 - p . (1, 2, 0, 0):
 * <pre>
 *   set      cost  p                    TV                          R
 *   {a}      2     (1, 0, 0, 0)         (1/2+1/4+1/4)/2 = 1/2       2 - 1   = 1
 *   {b}      1     (0, 1, 0, 0)         (1/2+3/4+1/4)/2 = 3/4       2 - 2   = 0
 *   {c}      1     (0, 0, 1, 0)         (1/2+1/4+3/4)/2 = 3/4       2 - 0   = 2
 *   {a,b}    3     (2/3, 1/3, 0, 0)     (1/6+1/12+1/4)/2 = 1/4      2 - 4/3 = 2/3
 *   {a,c}    3     (2/3, 0, 1/3, 0)     (1/6+1/4+1/12)/2 = 1/4      2 - 2/3 = 4/3
 *   {b,c}    2     (0, 1/2, 1/2, 0)     (1/2+1/4+1/4)/2 = 1/2       2 - 1   = 1
 *   {a,b,c}  4     (1/2, 1/4, 1/4, 0)   0                           2 - 1   = 1
 * </pre>
 */
class SelectorTest {
  private static final double EXACT = 1e-12;

  static Initiative pure(String id, double budget, Facet facet) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(facet)).build();
  }

  static Portfolio threeCandidates() {
    return new Portfolio.Builder().name("three")
        .addInitiatives(pure("a", 2, Facet.ENHANCEMENT), pure("b", 1, Facet.MISSION), pure("c", 1, Facet.ADAPTIVE))
        .build();
  }

  static SelectionProblem.Builder threeCandidateProblem(double budgetLimit) {
    return new SelectionProblem.Builder().portfolio(threeCandidates()).budgetLimit(budgetLimit)
        .target(TargetMix.of(0.5, 0.25, 0.25, 0))
        .scenarios(ScenarioSet.of(List.of(Scenario.of("growth", FacetValues.of(1, 2, 0, 0)))));
  }

  private static List<List<Double>> vectors(SelectionResult result) {
    return result.front().stream()
        .map(selection -> List.of(selection.distance().getAsDouble(), selection.maxRegret().getAsDouble()))
        .collect(Collectors.toList());
  }

  private static void assertVectors(double[][] expected, SelectionResult result) {
    assertEquals(SelectionStatus.OPTIMAL, result.status(), result::toString);
    List<List<Double>> found = vectors(result);
    assertEquals(expected.length, found.size(), result::toString);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], found.get(i).get(0), EXACT, result::toString);
      assertEquals(expected[i][1], found.get(i).get(1), EXACT, result::toString);
    }
  }

  @Test
  void budgetOfThreeFrontIsAbAndB() {
    // Feasible: all but {a,b,c}. {a,b} (1/4, 2/3) beats {a} (1/2, 1), {a,c} (1/4, 4/3) and
    // {b,c} (1/2, 1); {b} (3/4, 0) beats {c} (3/4, 2). Neither of {a,b} and {b} beats the other.
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).build());
    assertVectors(new double[][] {{0.25, 2.0 / 3}, {0.75, 0}}, result);
    assertEquals(List.of("a", "b"), result.front().get(0).ids());
    assertEquals(List.of("b"), result.front().get(1).ids());
    assertEquals(result.front().get(0), result.bestDistance().orElseThrow());
    assertEquals(result.front().get(1), result.bestRegret().orElseThrow());
    assertTrue(result.bestDistanceProven() && result.bestRegretProven());
    assertEquals(3.0, result.front().get(0).cost());
    assertEquals(3.0, result.front().get(0).budget());
    assertEquals(FacetMix.of(2, 1, 0, 0), result.front().get(0).shares());
    assertTrue(result.diagnosis().isEmpty());
  }

  @Test
  void budgetOfFourFundsEverythingForAZeroDistance() {
    // {a,b,c} costs 4 and hits the target exactly: TV 0, regret 1; only {b} has less regret (0).
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(4).build());
    assertVectors(new double[][] {{0, 1}, {0.25, 2.0 / 3}, {0.75, 0}}, result);
    assertEquals(List.of("a", "b", "c"), result.bestDistance().orElseThrow().ids());
  }

  @Test
  void targetAloneHasOneOptimumAndNoRegret() {
    // TV alone: {a,b} and {a,c} tie at 1/4, so either stands for both.
    SelectionProblem problem = new SelectionProblem.Builder().portfolio(threeCandidates()).budgetLimit(3)
        .target(TargetMix.of(0.5, 0.25, 0.25, 0)).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(SelectionStatus.OPTIMAL, result.status());
    assertEquals(1, result.front().size());
    Selection best = result.bestDistance().orElseThrow();
    assertEquals(0.25, best.distance().getAsDouble(), EXACT);
    assertTrue(best.ids().equals(List.of("a", "b")) || best.ids().equals(List.of("a", "c")), best::toString);
    assertFalse(best.maxRegret().isPresent());
    assertFalse(result.bestRegret().isPresent());
    assertFalse(result.bestRegretProven());
  }

  @Test
  void scenariosAloneMinimiseRegret() {
    // Regret alone: {b} pays the best facet fully, regret 0.
    SelectionProblem problem = new SelectionProblem.Builder().portfolio(threeCandidates()).budgetLimit(3)
        .scenarios(ScenarioSet.of(List.of(Scenario.of("growth", FacetValues.of(1, 2, 0, 0))))).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(List.of("b"), result.bestRegret().orElseThrow().ids());
    assertEquals(0, result.bestRegret().orElseThrow().maxRegret().getAsDouble(), EXACT);
    assertFalse(result.bestDistance().isPresent());
  }

  @Test
  void prerequisiteRemovesTheSetsThatLackIt() {
    // b only if c: {b} and {a,b} lose (and {a,b,c} costs 4). Left: {a} (1/2, 1), {c} (3/4, 2),
    // {a,c} (1/4, 4/3), {b,c} (1/2, 1). Front: (1/4, 4/3) then (1/2, 1), where {a} and {b,c} tie.
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).requires("b", "c").build());
    assertVectors(new double[][] {{0.25, 4.0 / 3}, {0.5, 1}}, result);
    assertEquals(List.of("a", "c"), result.front().get(0).ids());
    List<String> tied = result.front().get(1).ids();
    assertTrue(tied.equals(List.of("a")) || tied.equals(List.of("b", "c")), tied::toString);
  }

  @Test
  void exclusionRemovesTheSetsWithBoth() {
    // Not both a and b: {a,b} loses. Front: {a,c} (1/4, 4/3), {a} or {b,c} (1/2, 1), {b} (3/4, 0).
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).excludes("a", "b").build());
    assertVectors(new double[][] {{0.25, 4.0 / 3}, {0.5, 1}, {0.75, 0}}, result);
  }

  @Test
  void forcedInKeepsOnlyTheSetsWithIt() {
    // c in: {c} (3/4, 2), {a,c} (1/4, 4/3), {b,c} (1/2, 1); {c} is beaten by {b,c}.
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).forceIn("c").build());
    assertVectors(new double[][] {{0.25, 4.0 / 3}, {0.5, 1}}, result);
    assertEquals(List.of("a", "c"), result.front().get(0).ids());
    assertEquals(List.of("b", "c"), result.front().get(1).ids());
  }

  @Test
  void forcedOutDropsTheSetsWithIt() {
    // a out: {b} (3/4, 0), {c} (3/4, 2), {b,c} (1/2, 1).
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).forceOut("a").build());
    assertVectors(new double[][] {{0.5, 1}, {0.75, 0}}, result);
  }

  @Test
  void givenCostReplacesTheBudgetButNotTheWeight() {
    // a costs 0.5 instead of 2: {a,b,c} costs 2.5 <= 3, and its mix still weighs a by its budget 2.
    SelectionResult result = Selector.DEFAULT.select(threeCandidateProblem(3).cost("a", 0.5).build());
    Selection best = result.bestDistance().orElseThrow();
    assertEquals(List.of("a", "b", "c"), best.ids());
    assertEquals(0, best.distance().getAsDouble(), EXACT);
    assertEquals(2.5, best.cost());
    assertEquals(4.0, best.budget());
  }

  @Test
  void euclideanDistanceOnFourPureCandidates() {
    // e, m, a cost 1 each and n (anticipatory) 2; limit 3; target uniform. {e,m,a}: p = (1/3, 1/3,
    // 1/3, 0), distance sqrt(3 (1/12)^2 + (1/4)^2) = sqrt(1/12). {e,n}: p = (1/3, 0, 0, 2/3),
    // sqrt(1/144 + 2/16 + 25/144) = sqrt(44/144); {m,n}, {a,n} alike; any two of e, m, a:
    // sqrt(4/16) = 1/2; one alone: sqrt(9/16 + 3/16) > 1/2; {n}: the same.
    Portfolio portfolio = new Portfolio.Builder().name("four").addInitiatives(
        pure("e", 1, Facet.ENHANCEMENT), pure("m", 1, Facet.MISSION), pure("a", 1, Facet.ADAPTIVE),
        pure("n", 2, Facet.ANTICIPATORY)).build();
    SelectionProblem problem = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(3)
        .target(TargetMix.of(1, 1, 1, 1)).distance(DistanceMeasure.EUCLIDEAN).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(List.of("e", "m", "a"), result.bestDistance().orElseThrow().ids());
    assertEquals(Math.sqrt(1.0 / 12), result.bestDistance().orElseThrow().distance().getAsDouble(), EXACT);
    assertEquals(DistanceMeasure.EUCLIDEAN, result.distanceMeasure());
  }

  @Test
  void zeroBudgetPrerequisiteIsFundedWhenNeeded() {
    // z has no budget (so no weight in the mix) but b needs it; funding b funds z, at z's cost 0.
    Portfolio portfolio = new Portfolio.Builder().name("z").addInitiatives(
        pure("b", 1, Facet.MISSION), pure("z", 0, Facet.ADAPTIVE)).build();
    SelectionProblem problem = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(1)
        .target(TargetMix.of(0, 1, 0, 0)).requires("b", "z").build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(List.of("b", "z"), result.bestDistance().orElseThrow().ids());
    assertEquals(FacetMix.pure(Facet.MISSION), result.bestDistance().orElseThrow().shares());
  }

  // Infeasibility: an answer with a reason, never an exception.

  private static SelectionResult infeasible(SelectionProblem problem) {
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(SelectionStatus.INFEASIBLE, result.status(), result::toString);
    assertTrue(result.front().isEmpty());
    assertFalse(result.bestDistance().isPresent());
    assertFalse(result.bestRegret().isPresent());
    assertFalse(result.diagnosis().isEmpty());
    return result;
  }

  private static void assertSays(SelectionResult result, String expected) {
    assertTrue(result.diagnosis().contains(expected), () -> "expected \"" + expected + "\" in " + result.diagnosis());
  }

  @Test
  void forcedInCostingMoreThanTheBudget() {
    SelectionResult result = infeasible(threeCandidateProblem(2).forceIn("a", "b").build());
    assertSays(result, "the forced-in initiatives with their prerequisites ['a', 'b'] cost 3.0, more than the budget limit 2.0");
  }

  @Test
  void prerequisiteCycleWithAnExclusion() {
    // a needs b and b needs a (fund both or neither), yet a and b exclude each other.
    SelectionResult result = infeasible(threeCandidateProblem(4)
        .requires("a", "b").requires("b", "a").excludes("a", "b").forceIn("a").build());
    assertSays(result, "'a' and 'b' exclude each other, but both must be funded: 'a' is forced in, "
        + "and 'b' is required by forced-in 'a'");
  }

  @Test
  void forcedInNeedingForcedOut() {
    SelectionResult result = infeasible(threeCandidateProblem(4).requires("a", "c").forceIn("a").forceOut("c").build());
    assertSays(result, "forced-in 'a' requires 'c', which is forced out");
  }

  @Test
  void forcedInNeedingSomethingThatNeedsForcedOut() {
    SelectionResult result = infeasible(threeCandidateProblem(4)
        .requires("a", "b").requires("b", "c").forceIn("a").forceOut("c").build());
    assertSays(result, "forced-in 'a' needs 'b', which requires 'c', which is forced out");
  }

  @Test
  void nothingAffordable() {
    SelectionResult result = infeasible(threeCandidateProblem(0.5).build());
    assertSays(result, "no feasible selection funds a positive budget, and a selection of nothing (or of "
        + "zero-budget initiatives only) has no facet mix");
    assertSays(result, "'a' with what it needs ['a'] costs 2.0, more than the budget limit 0.5");
    assertSays(result, "'b' with what it needs ['b'] costs 1.0, more than the budget limit 0.5");
  }

  @Test
  void everyInitiativeBlockedSomehow() {
    // a and b need each other but exclude each other; c is forced out.
    SelectionResult result = infeasible(threeCandidateProblem(4)
        .requires("a", "b").requires("b", "a").excludes("b", "a").forceOut("c").build());
    assertSays(result, "'a' needs both 'a' and 'b', which exclude each other");
    assertSays(result, "'b' needs both 'a' and 'b', which exclude each other");
    assertSays(result, "'c' is forced out");
  }

  @Test
  void onlyZeroBudgetsFundable() {
    // z (budget 0) is forced in and excludes everything else: the only selection, {z}, has no mix.
    Portfolio portfolio = new Portfolio.Builder().name("zero").addInitiatives(
        pure("z", 0, Facet.MISSION), pure("b", 1, Facet.MISSION)).build();
    SelectionResult result = infeasible(new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(5)
        .target(TargetMix.of(0, 1, 0, 0)).forceIn("z").excludes("z", "b").build());
    assertSays(result, "'b' is excluded by 'z', which must be funded");
  }

  @Test
  void noPositiveBudgetAnywhere() {
    Portfolio portfolio = new Portfolio.Builder().name("zero").addInitiatives(
        pure("z", 0, Facet.MISSION), pure("y", 0, Facet.ADAPTIVE)).build();
    SelectionResult result = infeasible(new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(5)
        .target(TargetMix.of(0, 1, 0, 0)).build());
    assertSays(result, "no initiative of portfolio 'zero' has a positive budget");
  }

  @Test
  void timeLimitAndConventionsAreRecorded() {
    SelectionProblem problem = threeCandidateProblem(3).timeLimit(Duration.ofSeconds(7)).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    assertEquals(Duration.ofSeconds(7), result.timeLimit());
    assertEquals(3.0, result.budgetLimit());
    assertEquals(DistanceMeasure.TOTAL_VARIATION, result.distanceMeasure());
    assertEquals(1e-9, result.distanceTolerance());
    assertEquals(2e-9, result.regretTolerance(), 1e-24); // 1e-9 times the largest payoff, 2
    assertTrue(result.nodesExplored() > 0);
  }
}
