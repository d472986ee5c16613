package dev.facets.benchmarks;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.select.SelectionStatus;
import dev.facets.core.select.Selector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Go/no-go selection ({@link Selector#DEFAULT}, exact branch and bound) of 20, 30 and 40 candidate
 * initiatives under a budget limit of 40 % of their budgets, towards a target mix and against five
 * scenarios' regret, with a prerequisite and an exclusion; against a greedy pass as the baseline.
 *
 * <p>The baseline funds, one at a time, the candidate that brings the funded mix closest to the
 * target (total variation) while the budget allows and the distance falls: what a spreadsheet
 * would do, in O(n^2) evaluations of the mix. It ignores the links and the regret, so it is a
 * measure of cost, not of quality; the ratio says what an exact Pareto front costs over one greedy
 * answer. The setup checks that the branch and bound proves its front optimal within its time
 * limit, since a result cut short would measure the limit.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SelectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectionBenchmark {
  /** The share of the candidates' total budget that may be funded. */
  static final double BUDGET_SHARE = 0.4;
  static final int SCENARIOS = 5;

  /** What selects. */
  public enum Implementation {
    /** {@link Selector#DEFAULT}. */
    BRANCH_AND_BOUND,
    /** Baseline: greedy additions towards the target mix. */
    GREEDY
  }

  @Param({"20", "30", "40"})
  public int candidates;

  @Param
  public Implementation implementation;

  private SelectionProblem problem;
  private double[] budgets;
  private double[] mixes;
  private double[] target;
  private double budgetLimit;

  /** Builds the problem once per trial and checks that the search finishes within its limit. */
  @Setup(Level.Trial)
  public void setUp() {
    Portfolio portfolio = Registers.portfolio(candidates);
    TargetMix targetMix = TargetMix.of(0.4, 0.3, 0.2, 0.1);
    budgetLimit = BUDGET_SHARE * portfolio.totalBudget();
    problem = new SelectionProblem.Builder()
        .portfolio(portfolio)
        .budgetLimit(budgetLimit)
        .target(targetMix)
        .scenarios(Registers.scenarios(SCENARIOS))
        .requires("i-1", "i-0")
        .excludes("i-2", "i-3")
        .build();
    budgets = new double[candidates];
    mixes = new double[candidates * Facet.COUNT];
    for (int i = 0; i < candidates; i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      budgets[i] = initiative.budget();
      System.arraycopy(InitiativeMixes.of(initiative).toArray(), 0, mixes, i * Facet.COUNT, Facet.COUNT);
    }
    target = targetMix.mix().toArray();
    if (implementation == Implementation.BRANCH_AND_BOUND) {
      SelectionResult result = Selector.DEFAULT.select(problem);
      if (result.status() != SelectionStatus.OPTIMAL) {
        throw new IllegalStateException(candidates + " candidates: " + result.status() + " " + result.diagnosis());
      }
    }
  }

  /** One selection. */
  @Benchmark
  public Object select() {
    return implementation == Implementation.BRANCH_AND_BOUND ? Selector.DEFAULT.select(problem) : greedy();
  }

  /** The funded set (bit i for candidate i) of the greedy pass. */
  private long greedy() {
    long funded = 0;
    double spent = 0;
    double[] mass = new double[Facet.COUNT];
    double distance = Double.POSITIVE_INFINITY;
    while (true) {
      int best = -1;
      double bestDistance = distance;
      for (int i = 0; i < candidates; i++) {
        if ((funded & (1L << i)) == 0 && spent + budgets[i] <= budgetLimit) {
          double d = distanceWith(mass, spent, i);
          if (d < bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
      }
      if (best < 0) {
        return funded;
      }
      funded |= 1L << best;
      spent += budgets[best];
      for (int f = 0; f < Facet.COUNT; f++) {
        mass[f] += budgets[best] * mixes[best * Facet.COUNT + f];
      }
      distance = bestDistance;
    }
  }

  /** The total variation between the target and the funded mix with candidate {@code i} added. */
  private double distanceWith(double[] mass, double spent, int i) {
    double total = spent + budgets[i];
    if (total == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double sum = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      sum += Math.abs((mass[f] + budgets[i] * mixes[i * Facet.COUNT + f]) / total - target[f]);
    }
    return sum / 2;
  }
}
