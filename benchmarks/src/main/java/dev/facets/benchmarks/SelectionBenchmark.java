package dev.facets.benchmarks;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.select.SelectionObjective;
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
 * Go/no-go selection ({@link Selector#DEFAULT}) in three cases, each against a baseline in the same
 * run.
 *
 * <p>{@link #value}: the most expected value of a funding round ({@link Registers#fundingRound}) of
 * 20, 100 and 200 candidates under half their total budget, with a minimum spend of 90 % of it,
 * enhancement at most 35 % and anticipatory at least 15 % of the funded budget, a prerequisite per
 * twenty candidates and an exclusion per thirty; against a greedy pass by value per unit of cost
 * (which ignores the bounds and links, so again a measure of cost, not of quality). The setup checks
 * that the answer is proven optimal.
 *
 * <p>{@link #valueFront}: the front of value against the distance to a target at a resolution of
 * 0.01, on 20 and 60 candidates of the same kind (budget, links, no other bounds); against the
 * value optimum alone, so the ratio says how many single solves the front costs. The setup checks
 * that the front is complete.
 *
 * <p>{@link #distance}: the least distance to a target alone, with the distance objective, on 20
 * and 40 candidates of the same kind (half the total budget, links, no other bounds); against the
 * same problem without an objective, which the Pareto search of the distance alone answers: the
 * ratio says whether the objective's search keeps up with the search it dispatches to. The setup
 * checks that the answer is proven.
 *
 * <p>{@link #select}: the Pareto front of distance and regret without an objective, of 20, 30 and 40
 * candidate initiatives under a budget limit of 40 % of their budgets, towards a target mix and
 * against five scenarios' regret, with a prerequisite and an exclusion; against a greedy pass as the
 * baseline.
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
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectionBenchmark {
  /** The Pareto case (no objective): its problem, built once per trial. */
  @State(Scope.Benchmark)
  public static class ParetoCase {
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

  /** The value case: its problem, built once per trial. */
  @State(Scope.Benchmark)
  public static class ValueCase {
    /** What selects the value case. */
    public enum Method {
      /** {@link Selector#DEFAULT} with the value objective. */
      EXACT,
      /** Baseline: greedy by expected value per unit of cost under the budget alone. */
      GREEDY
    }

    @Param({"20", "100", "200"})
    public int candidates;

    @Param
    public Method method;

    SelectionProblem problem;
    double[] cost;
    double[] value;

    /** Builds the problem and checks that the exact answer is proven. */
    @Setup(Level.Trial)
    public void setUp() {
      Portfolio portfolio = Registers.fundingRound(candidates);
      double limit = portfolio.totalBudget() / 2;
      SelectionProblem.Builder builder = links(new SelectionProblem.Builder().portfolio(portfolio)
          .objective(SelectionObjective.VALUE).budgetLimit(limit).minSpend(0.9 * limit)
          .maxShare(Facet.ENHANCEMENT, 0.35).minShare(Facet.ANTICIPATORY, 0.15), candidates);
      problem = builder.build();
      cost = new double[candidates];
      value = new double[candidates];
      for (int i = 0; i < candidates; i++) {
        Initiative initiative = portfolio.initiatives().get(i);
        cost[i] = initiative.budget();
        value[i] = initiative.successProbability() * initiative.impact().mean();
      }
      if (method == Method.EXACT) {
        proven(Selector.DEFAULT.select(problem), candidates);
      }
    }

    /** The greedy pass: fund by falling value per cost while the budget allows; the funded value. */
    double greedy() {
      Integer[] order = new Integer[candidates];
      for (int i = 0; i < candidates; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(value[b] / cost[b], value[a] / cost[a]));
      double spent = 0;
      double funded = 0;
      for (int i : order) {
        if (spent + cost[i] <= problem.budgetLimit()) {
          spent += cost[i];
          funded += value[i];
        }
      }
      return funded;
    }
  }

  /** The front case: its problem, built once per trial. */
  @State(Scope.Benchmark)
  public static class FrontCase {
    /** What the front case computes. */
    public enum Method {
      /** The value-distance front at a resolution of 0.01. */
      FRONT,
      /** Baseline: the value optimum alone, the front's first point. */
      SINGLE
    }

    @Param({"20", "60"})
    public int candidates;

    @Param
    public Method method;

    SelectionProblem problem;

    /** Builds the problem and checks that the front is complete. */
    @Setup(Level.Trial)
    public void setUp() {
      SelectionProblem.Builder builder = towardsTarget(candidates).objective(SelectionObjective.VALUE);
      if (method == Method.FRONT) {
        builder.front(SelectionObjective.DISTANCE, 0.01);
      }
      problem = builder.build();
      proven(Selector.DEFAULT.select(problem), candidates);
    }
  }

  /** The least-distance case: its problem, built once per trial. */
  @State(Scope.Benchmark)
  public static class DistanceCase {
    /** What solves the distance case. */
    public enum Method {
      /** {@link Selector#DEFAULT} with the distance objective. */
      OBJECTIVE,
      /** Baseline: the same problem without an objective, the Pareto search of the distance alone. */
      PARETO
    }

    @Param({"20", "40"})
    public int candidates;

    @Param
    public Method method;

    SelectionProblem problem;

    /** Builds the problem and checks that the answer is proven. */
    @Setup(Level.Trial)
    public void setUp() {
      SelectionProblem.Builder builder = towardsTarget(candidates);
      if (method == Method.OBJECTIVE) {
        builder.objective(SelectionObjective.DISTANCE);
      }
      problem = builder.build();
      proven(Selector.DEFAULT.select(problem), candidates);
    }
  }

  /** A funding round with half its total budget to spend, the links below, and a target mix. */
  static SelectionProblem.Builder towardsTarget(int candidates) {
    Portfolio portfolio = Registers.fundingRound(candidates);
    return links(new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(portfolio.totalBudget() / 2)
        .target(TargetMix.of(0.4, 0.3, 0.2, 0.1)), candidates);
  }

  /** A prerequisite per twenty candidates and an exclusion per thirty, between fixed pairs. */
  static SelectionProblem.Builder links(SelectionProblem.Builder builder, int candidates) {
    for (int k = 0; k < Math.max(1, candidates / 20); k++) {
      builder.requires("i-" + (2 * k + 1), "i-" + (2 * k));
    }
    for (int k = 0; k < Math.max(1, candidates / 30); k++) {
      builder.excludes("i-" + (candidates - 1 - 2 * k), "i-" + (candidates - 2 - 2 * k));
    }
    return builder;
  }

  static void proven(SelectionResult result, int candidates) {
    if (result.status() != SelectionStatus.OPTIMAL) {
      throw new IllegalStateException(candidates + " candidates: " + result.status() + " " + result.diagnosis());
    }
  }

  /** One value selection, or the greedy baseline. */
  @Benchmark
  public Object value(ValueCase state) {
    return state.method == ValueCase.Method.EXACT ? Selector.DEFAULT.select(state.problem) : state.greedy();
  }

  /** One value-distance front, or the value optimum alone. */
  @Benchmark
  public Object valueFront(FrontCase state) {
    return Selector.DEFAULT.select(state.problem);
  }

  /** One least-distance selection, or the Pareto search of the distance alone. */
  @Benchmark
  public Object distance(DistanceCase state) {
    return Selector.DEFAULT.select(state.problem);
  }

  /** One Pareto selection, or the greedy baseline. */
  @Benchmark
  public Object select(ParetoCase state) {
    return state.implementation == ParetoCase.Implementation.BRANCH_AND_BOUND
        ? Selector.DEFAULT.select(state.problem) : state.greedy();
  }
}
