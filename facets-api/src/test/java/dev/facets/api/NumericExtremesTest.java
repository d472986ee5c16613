package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The value types at the ends of the double range: budgets from the smallest subnormal to the
 * largest double in one portfolio, weights and payoffs at the extremes, probabilities of exactly 0
 * and 1. Results stay finite and correct, or the error says why.
 */
class NumericExtremesTest {
  private static final long SEED = 99L;

  private static Portfolio portfolio(double... budgets) {
    Portfolio.Builder builder = new Portfolio.Builder().name("extremes");
    for (int i = 0; i < budgets.length; i++) {
      builder.addInitiatives(new Initiative.Builder().id("i" + i).budget(budgets[i]).facets(FacetMix.uniform()).build());
    }
    return builder.build();
  }

  /** The exact sum, rounded once to the nearest double. */
  private static double exactSum(List<Double> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double value : values) {
      sum = sum.add(new BigDecimal(value));
    }
    return sum.round(MathContext.DECIMAL128).doubleValue();
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void budgetsFromTenToTheMinus300ToTenToThe300AddUpExactly() {
    List<Double> budgets = new ArrayList<>();
    for (int exponent = -300; exponent <= 300; exponent++) {
      budgets.add(Math.pow(10, exponent));
    }
    budgets.add(Double.MIN_VALUE);
    budgets.add(0.0);
    Portfolio portfolio = portfolio(array(budgets));
    assertEquals(exactSum(budgets), portfolio.totalBudget());
    assertTrue(Double.isFinite(portfolio.totalBudget()));
  }

  @Test
  void budgetsNearTheLargestDoubleStayFiniteWhileTheirSumDoes() {
    // MAX/2 + MAX/2 is exactly MAX: a sum that reaches the largest double is still finite.
    double half = Double.MAX_VALUE / 2;
    assertEquals(Double.MAX_VALUE, portfolio(half, half).totalBudget());
    assertEquals(Double.MAX_VALUE, portfolio(Double.MAX_VALUE, 1e-300, Double.MIN_VALUE, 0).totalBudget());
    // Largest first, then many small ones: compensation keeps what a plain sum would drop.
    double[] budgets = new double[1001];
    budgets[0] = 1e300;
    java.util.Arrays.fill(budgets, 1, budgets.length, 1e284);
    assertEquals(1e300 + 1000 * 1e284, portfolio(budgets).totalBudget(), Math.ulp(1e300));
  }

  @Test
  void aBudgetLargerThanTheSumSoFarKeepsTheSmallOnesAround() {
    // By hand: 1 + 1e16 rounds to 1e16 (the spacing there is 2) and so does 1e16 + 1; the exact sum
    // 1e16 + 2 is a double. Kahan's compensation loses both ones when the term is larger than the
    // sum so far; Neumaier's keeps them.
    assertEquals(1e16 + 2, portfolio(1, 1e16, 1).totalBudget());
    assertEquals(1, CompensatedSum.error(1, 1e16, 1 + 1e16));
  }

  @Test
  void aSumJustPastTheLargestDoubleIsInfiniteNeverNaN() {
    // Each budget is valid; their sum is no double. The contract reports it as undefined (null).
    assertEquals(Double.POSITIVE_INFINITY, portfolio(Double.MAX_VALUE, Math.ulp(Double.MAX_VALUE)).totalBudget());
    assertEquals(Double.POSITIVE_INFINITY,
        portfolio(Double.MAX_VALUE, Double.MAX_VALUE, Double.MIN_VALUE, 0).totalBudget());
  }

  @Test
  void subnormalAndZeroBudgetsSumExactly() {
    assertEquals(3 * Double.MIN_VALUE, portfolio(Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE).totalBudget());
    assertEquals(0.0, portfolio(0, 0, 0).totalBudget());
    assertEquals(0.0, portfolio(0).totalBudget());
  }

  /** Budgets spread over the whole range of non-negative doubles, ties and zeros included. */
  private static Gen<Double> extremeBudgets() {
    return Generate.pick(List.of(0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, 1e-300, 1e300, 1e307))
        .mix(doubles().between(-323, 307).map(exponent -> Math.pow(10, exponent)), 70);
  }

  @Test
  void totalBudgetIsTheCorrectlyRoundedSumWithinTwoUlps() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(lists().of(extremeBudgets()).ofSizeBetween(1, 40))
        .checkAssert(budgets -> {
          double exact = exactSum(budgets);
          double total = portfolio(array(budgets)).totalBudget();
          assertTrue(Double.isFinite(total));
          assertEquals(exact, total, 2 * Math.ulp(exact), budgets::toString);
        });
  }

  @Test
  void mixesOfExtremeWeightsAreNormalised() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(extremeBudgets(), extremeBudgets(), extremeBudgets(), extremeBudgets())
        .assuming((e, m, a, n) -> e + m + a + n > 0)
        .checkAssert((e, m, a, n) -> {
          double[] weights = FacetMix.of(e, m, a, n).toArray();
          double sum = 0;
          for (double weight : weights) {
            assertTrue(weight >= 0 && weight <= 1, () -> java.util.Arrays.toString(weights));
            sum += weight;
          }
          assertEquals(1, sum, 4 * Math.ulp(1.0), () -> java.util.Arrays.toString(weights));
          // The largest given weight keeps the largest share.
          FacetMix mix = FacetMix.of(e, m, a, n);
          double[] given = {e, m, a, n};
          double largest = java.util.Arrays.stream(given).max().getAsDouble();
          assertEquals(largest, given[mix.dominant().ordinal()]);
        });
  }

  @Test
  void mixesOfTheLargestAndSmallestWeights() {
    assertEquals(FacetMix.of(1, 1, 0, 0), FacetMix.of(Double.MAX_VALUE, Double.MAX_VALUE, 0, 0));
    assertEquals(FacetMix.uniform(),
        FacetMix.of(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE));
    assertEquals(FacetMix.pure(Facet.ADAPTIVE), FacetMix.of(0, 0, Double.MIN_VALUE, 0));
    assertEquals(FacetMix.halves(Facet.MISSION, Facet.ANTICIPATORY),
        FacetMix.of(0, Double.MIN_VALUE, 0, Double.MIN_VALUE));
    // The smallest weight beside the largest is a share of 0, not NaN.
    assertEquals(FacetMix.pure(Facet.ENHANCEMENT), FacetMix.of(Double.MAX_VALUE, Double.MIN_VALUE, 0, 0));
  }

  @Test
  void impactMeansStayFinite() {
    assertEquals(Double.MAX_VALUE, ImpactEstimate.of(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE).mean(),
        Math.ulp(Double.MAX_VALUE));
    assertEquals(-Double.MAX_VALUE, ImpactEstimate.of(-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE).mean(),
        Math.ulp(Double.MAX_VALUE));
    assertEquals(0.0, ImpactEstimate.of(-Double.MAX_VALUE, 0, Double.MAX_VALUE).mean());
    // Ordinary points keep the plain formula, bit for bit: (1 + 2 + 5) / 3.
    assertEquals(8.0 / 3, ImpactEstimate.of(1, 2, 5).mean());
    Gen<Double> points = Generate.pick(List.of(-Double.MAX_VALUE, -1e308, -1.0, -Double.MIN_VALUE, 0.0,
        Double.MIN_VALUE, 1.0, 1e308, Double.MAX_VALUE)).mix(doubles().between(-1, 1).map(x -> x * Double.MAX_VALUE));
    qt().withFixedSeed(SEED).forAll(points, points, points).checkAssert((a, b, c) -> {
      double[] sorted = {a, b, c};
      java.util.Arrays.sort(sorted);
      double mean = ImpactEstimate.of(sorted[0], sorted[1], sorted[2]).mean();
      assertTrue(mean >= sorted[0] && mean <= sorted[2], () -> mean + " outside " + java.util.Arrays.toString(sorted));
    });
  }

  @Test
  void probabilitiesOfZeroAndOneAreValid() {
    FacetValues payoff = FacetValues.of(1, 1, 1, 1);
    ScenarioSet certain = ScenarioSet.of(List.of(Scenario.of("sure", 1, payoff), Scenario.of("never", 0, payoff),
        Scenario.of("also never", 0, payoff)));
    assertEquals(1.0, certain.probability(0));
    assertEquals(0.0, certain.probability(2));
    assertEquals(1.0, ScenarioSet.of(List.of(Scenario.of("only", payoff))).probability(0));
    Initiative sure = new Initiative.Builder().id("a").budget(0).successProbability(1).facets(FacetMix.uniform()).build();
    Initiative never = new Initiative.Builder().from(sure).successProbability(0).build();
    assertEquals(1.0, sure.successProbability());
    assertEquals(0.0, never.successProbability());
  }

  @Test
  void tenThousandTinyProbabilitiesSumToOneWithinTheTolerance() {
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      scenarios.add(Scenario.of("s" + i, 1e-4, FacetValues.of(i, -i, 0, Double.MAX_VALUE)));
    }
    assertEquals(10_000, ScenarioSet.of(scenarios).size());
  }

  @Test
  void payoffsSpanTheWholeRange() {
    FacetValues values = FacetValues.of(-Double.MAX_VALUE, -Double.MIN_VALUE, Double.MIN_VALUE, Double.MAX_VALUE);
    assertEquals(Double.MAX_VALUE, values.max());
    assertEquals(-Double.MAX_VALUE, values.min());
  }
}
