package dev.facets.core.hedge;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.core.text.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One scenario-robust allocation, solved by constraint generation over the scenarios (Kelley's
 * cutting-plane method) with {@link SmallSimplex} as the master.
 *
 * <p>Every objective has the form {@code f(w) = c.w + theta * min_k g_k.w} over a finite family of
 * vectors g_k, on the allocations w that meet the constraints (the simplex, the bounds, a turnover
 * limit): a concave piecewise-linear function of four shares.
 * <ul>
 *   <li>blend(lambda) (maximin at 0, expected value at 1, the trade-off curve between):
 *       {@code c = lambda * mu} with mu_f the expected payoff of facet f, {@code theta = 1 - lambda},
 *       and one g per scenario, its payoffs: {@code min_s V_s} is the worst case;
 *   <li>minimax regret: {@code c = 0}, {@code theta = 1}, {@code g_s = P_s - best_s} (the payoffs
 *       minus the scenario's best payoff on every facet; as the shares sum to 1, {@code g_s.w =
 *       V_s - best_s}), so {@code f = -max_s R_s}, maximised;
 *   <li>CVaR at level alpha: {@code c = 0}, {@code theta = 1}, and one g per admissible tail, the
 *       weights q with {@code 0 <= q_s <= p_s / alpha} and {@code sum_s q_s = 1}: {@code g_q = sum_s
 *       q_s P_s}. The minimum over these q of {@code q.V} is the CVaR (the mean value over the worst
 *       alpha of probability mass), attained by the tail weights of {@link Tail#weights}.
 * </ul>
 *
 * <p>The method keeps a few of the g (the cuts) in a master programme over (w, t): maximise
 * {@code c.w + theta t} subject to the constraints and {@code t <= g_k.w} for the cuts kept. As it
 * has fewer cuts than f, its optimum bounds the true optimum from above. At the master's solution
 * w, the true f(w) is computed from every scenario and the piece attaining it (the worst scenario,
 * the largest regret, or the tail at w, found by weighted selection in linear time on average)
 * becomes a new cut. The loop stops when the master's bound and f(w) agree to
 * {@value #GAP_TOLERANCE} of the payoff range: then w is optimal within that gap, and the bound
 * proves it. Each round adds a cut the master did not have (a cut already kept is met by the
 * master's t), so the loop is finite; on four facets it ends after a few rounds (maximin, regret,
 * expected value) to a few dozen (CVaR, slowly more with more scenarios), each costing one pass over
 * the scenarios and one tiny master.
 *
 * <p>The master is solved from scratch only in the first round. Later rounds only add cut rows to an
 * optimal master, whose basis then stays dual feasible, so {@link SmallSimplex#reoptimize} goes on
 * from the last optimal tableau by a few dual simplex pivots. A warm tableau carries the rounding of
 * the rounds before it: when its answer breaks a cut the master already holds (the stalled case
 * below), the round solves the master again from scratch before judging the gap, so warm starts
 * change the speed, not the accuracy.
 *
 * <p>The master's bound is not taken from the simplex's pivots but certified by weak duality
 * ({@link SmallSimplex.Result#bound()}), so the gap is a proof that does not depend on the pivots'
 * rounding. Payoffs are first mapped affinely onto [0, 1], {@code (P - min P) / (max P - min P)}:
 * every objective is affine-equivariant in the payoffs when the shares sum to 1, so the optimal
 * shares do not change, and the tolerances act on a fixed scale whatever the payoffs' units.
 *
 * <p>Variables of the master: {@code x_f = w_f - min_f} (so the lower bounds cost no rows), then
 * {@code s = t + 1} (t lies in [-1, 1] on the mapped scale, so s >= 0), then with a turnover limit
 * {@code v_f >= |w_f - c_f|}. Rows: {@code sum_f x_f = 1 - sum_f min_f}, {@code x_f <= max_f - min_f}
 * where it binds, {@code v_f >= w_f - c_f}, {@code v_f >= c_f - w_f}, {@code sum_f v_f <= k}, and
 * per cut {@code s <= (g + 1).w}.
 *
 * <p>Facets with the same payoff in every scenario, the same bounds and the same current share
 * ("twins") are interchangeable: the method gives each the mean of their shares, which changes no
 * value, keeps the bounds and does not raise the turnover, so identical facets are treated alike.
 * Among other ties the answer is the vertex the simplex's fixed pivoting rule reaches: the same for
 * the same input.
 */
final class ScenarioProgram {
  /** The gap, on the [0, 1] scale of the mapped payoffs, below which the loop stops. */
  static final double GAP_TOLERANCE = 1e-11;
  /**
   * The gap accepted when the next cut is one the master already has: that can only happen by
   * rounding in the master, and this much is still far below any difference that matters.
   */
  static final double STALLED_GAP_TOLERANCE = 1e-9;

  private enum Model { BLEND, MINIMAX_REGRET, CVAR }

  private final Model model;
  private final double parameter; // lambda for BLEND, alpha for CVAR

  private ScenarioProgram(Model model, double parameter) {
    this.model = model;
    this.parameter = parameter;
  }

  static ScenarioProgram of(Objective objective, double alpha) {
    return switch (objective) {
      case MAXIMIN -> blend(0);
      case EXPECTED -> blend(1);
      case MINIMAX_REGRET -> new ScenarioProgram(Model.MINIMAX_REGRET, Double.NaN);
      case CVAR -> new ScenarioProgram(Model.CVAR, alpha);
    };
  }

  static ScenarioProgram blend(double lambda) {
    return new ScenarioProgram(Model.BLEND, lambda);
  }

  /**
   * How the loop ended. When optimal: the shares (within the bounds, summing to 1), the objective
   * value at them and the certified bound on the optimum, both in the payoffs' own units (for
   * regret the bound is a lower bound on the least maximum regret), and the rounds it took.
   */
  static final class Solution {
    private final AllocationStatus status;
    private final double[] shares;
    private final double value;
    private final double bound;
    private final int rounds;
    private final String diagnosis;

    private Solution(AllocationStatus status, double[] shares, double value, double bound, int rounds,
        String diagnosis) {
      this.status = status;
      this.shares = shares;
      this.value = value;
      this.bound = bound;
      this.rounds = rounds;
      this.diagnosis = diagnosis;
    }

    AllocationStatus status() {
      return status;
    }

    Optional<double[]> shares() {
      return Optional.ofNullable(shares).map(double[]::clone);
    }

    double value() {
      return value;
    }

    double bound() {
      return bound;
    }

    int rounds() {
      return rounds;
    }

    String diagnosis() {
      return diagnosis;
    }
  }

  /**
   * Solves the programme with at most {@code maxRounds} master programmes. The constraints must be
   * feasible ({@link AllocationConstraints#infeasibility()} empty).
   */
  Solution solve(PayoffTable table, AllocationConstraints constraints, int maxRounds) {
    Oracle oracle = new Oracle(table);
    Master master = new Master(constraints);
    addSeedCuts(oracle, master);
    for (int round = 1; ; round++) {
      Round next = solveMaster(oracle, master, table);
      if (next.failed != null) {
        return failure(AllocationStatus.SOLVER_FAILURE, round, "the master programme of round " + round
            + " ended " + next.failed + " on feasible constraints; please report it");
      }
      if (next.gap() <= GAP_TOLERANCE || (next.known && next.gap() <= STALLED_GAP_TOLERANCE)) {
        return new Solution(AllocationStatus.OPTIMAL, next.shares, oracle.toUnits(next.value),
            oracle.toUnits(next.bound), round, "");
      }
      if (next.known) {
        return failure(AllocationStatus.SOLVER_FAILURE, round, "the cutting-plane method stalled at a gap of "
            + Numbers.precise(next.gap())
            + " of the payoff range (the master breaks a cut it holds); please report it");
      }
      if (round >= maxRounds) {
        return limitReached(oracle, next, round, maxRounds);
      }
      master.add(next.cut);
    }
  }

  /** Seed cuts: the pieces attained at the uniform allocation and at each pure facet. */
  private static void addSeedCuts(Oracle oracle, Master master) {
    double[] uniform = new double[Facet.COUNT];
    Arrays.fill(uniform, 1.0 / Facet.COUNT);
    master.add(oracle.cut(uniform));
    for (int f = 0; f < Facet.COUNT; f++) {
      double[] pure = new double[Facet.COUNT];
      pure[f] = 1;
      master.add(oracle.cut(pure));
    }
  }

  /**
   * One round: the master's optimum, the cut the oracle finds there, the objective (a lower end of
   * the optimum) and the master's bound (its upper end). A warm-started tableau carries the rounding
   * of all the rounds before it: when the master breaks a cut it holds, it is solved afresh before
   * the stalled gap is taken.
   */
  private static Round solveMaster(Oracle oracle, Master master, PayoffTable table) {
    for (boolean cold = false; ; cold = true) {
      SmallSimplex.Result result = master.solve(oracle.linear, oracle.theta, cold);
      if (result.status() != SmallSimplex.Status.OPTIMAL) {
        return new Round(result.status(), null, null, Double.NaN, Double.NaN, false);
      }
      double[] shares = master.shares(result.x(), table);
      Cut cut = oracle.cut(shares);
      Round round = new Round(null, shares, cut, oracle.objective(shares, cut),
          master.boundOnObjective(result.bound(), oracle.linear, oracle.theta), master.has(cut));
      if (cold || !round.known || round.gap() <= GAP_TOLERANCE) {
        return round;
      }
    }
  }

  private static Solution limitReached(Oracle oracle, Round last, int round, int maxRounds) {
    double value = oracle.toUnits(last.value);
    double bound = oracle.toUnits(last.bound);
    return failure(AllocationStatus.LIMIT_REACHED, round, "the cutting-plane method stopped at its limit of "
        + maxRounds + " iterations (master programmes) with the optimum between "
        + Numbers.precise(Math.min(value, bound)) + " and " + Numbers.precise(Math.max(value, bound))
        + "; raise the limit");
  }

  /**
   * What one round found; {@code failed} is the master's status when it did not solve, else null.
   * {@code known}: whether the master already holds the cut, so that the next round could not do
   * better.
   */
  private record Round(
      SmallSimplex.Status failed, double[] shares, Cut cut, double value, double bound, boolean known) {
    double gap() {
      return bound - value;
    }
  }

  private static Solution failure(AllocationStatus status, int rounds, String diagnosis) {
    return new Solution(status, null, Double.NaN, Double.NaN, rounds, diagnosis);
  }

  /** A cut {@code t <= g.w}; equal cuts are equal vectors. */
  private static final class Cut {
    private final double[] g;
    /** g.w at the point the cut was found for: the piece's value there. */
    private final double valueAtPoint;

    Cut(double[] g, double valueAtPoint) {
      this.g = g;
      this.valueAtPoint = valueAtPoint;
    }
  }

  /** The scenarios on the mapped scale, and the model's pieces. */
  private final class Oracle {
    private final int size;
    /** Mapped payoffs, scenario-major: payoffs[4 s + f]. */
    private final double[] payoffs;
    private final double[] probabilities;
    /** Each scenario's best mapped payoff. */
    private final double[] best;
    private final double low;
    private final double unit;
    private final double[] linear;
    private final double theta;
    /** Scratch: each scenario's value at the current point, and an index buffer for the tail. */
    private final double[] values;
    private final int[] order;

    Oracle(PayoffTable table) {
      size = table.size();
      low = table.minPayoff();
      double span = table.maxPayoff() - low;
      unit = span > 0 ? span : 1;
      payoffs = new double[Facet.COUNT * size];
      best = new double[size];
      for (int s = 0; s < size; s++) {
        for (int f = 0; f < Facet.COUNT; f++) {
          payoffs[Facet.COUNT * s + f] = (table.payoffs[s][f] - low) / unit;
        }
        best[s] = (table.best[s] - low) / unit;
      }
      probabilities = table.probabilities;
      values = new double[size];
      order = model == Model.CVAR ? new int[size] : new int[0];
      linear = new double[Facet.COUNT];
      if (model == Model.BLEND) {
        for (int s = 0; s < size; s++) {
          for (int f = 0; f < Facet.COUNT; f++) {
            linear[f] += parameter * probabilities[s] * payoffs[Facet.COUNT * s + f];
          }
        }
      }
      theta = switch (model) {
        case BLEND -> 1 - parameter;
        case MINIMAX_REGRET, CVAR -> 1;
      };
    }

    /** The objective at w on the mapped scale, given the cut that attains the minimum there. */
    double objective(double[] w, Cut cut) {
      return Vectors.dot(linear, w) + theta * cut.valueAtPoint;
    }

    /** Back to the payoffs' units: values were mapped by (V - low) / unit; a regret is minus the mapped objective times unit. */
    double toUnits(double mapped) {
      return switch (model) {
        case MINIMAX_REGRET -> -mapped * unit;
        case BLEND, CVAR -> low + mapped * unit;
      };
    }

    /** The piece of the minimum attained at w: the worst scenario, the largest regret or the tail. */
    Cut cut(double[] w) {
      for (int s = 0; s < size; s++) {
        int row = Facet.COUNT * s;
        values[s] = w[0] * payoffs[row] + w[1] * payoffs[row + 1] + w[2] * payoffs[row + 2]
            + w[3] * payoffs[row + 3] - (model == Model.MINIMAX_REGRET ? best[s] : 0);
      }
      return switch (model) {
        case BLEND, MINIMAX_REGRET -> worst();
        case CVAR -> tail();
      };
    }

    /** The worst scenario at w (the largest regret for minimax regret): its payoffs are the cut. */
    private Cut worst() {
      int worst = 0;
      for (int s = 1; s < size; s++) {
        if (values[s] < values[worst]) {
          worst = s;
        }
      }
      double[] g = Arrays.copyOfRange(payoffs, Facet.COUNT * worst, Facet.COUNT * worst + Facet.COUNT);
      if (model == Model.MINIMAX_REGRET) {
        for (int f = 0; f < Facet.COUNT; f++) {
          g[f] -= best[worst];
        }
      }
      return new Cut(g, values[worst]);
    }

    /**
     * The tail at w ({@link Tail#forEachInTail}, linear time on average): its cut is the weighted
     * mean of the tail scenarios' payoffs. The cut sums {@code weight / alpha}, at most 1, not the
     * weights: at a subnormal alpha such as 1e-320 the weights themselves carry only a few
     * significant bits.
     */
    private Cut tail() {
      double[] g = new double[Facet.COUNT];
      double[] sums = new double[2]; // the mass taken and the weighted value, relative to alpha
      Tail.forEachInTail(values, probabilities, parameter, order, (s, weight) -> {
        double relative = weight / parameter;
        int row = Facet.COUNT * s;
        for (int f = 0; f < Facet.COUNT; f++) {
          g[f] += relative * payoffs[row + f];
        }
        sums[0] += relative;
        sums[1] += relative * values[s];
      });
      for (int f = 0; f < Facet.COUNT; f++) {
        g[f] /= sums[0];
      }
      return new Cut(g, sums[1] / sums[0]);
    }
  }

  /** The master programme's fixed part (constraints) and its cuts. */
  private static final class Master {
    private static final int W = 0;
    private static final int S = Facet.COUNT;
    private static final int V = Facet.COUNT + 1;

    private final FacetBounds bounds;
    private final double[] min;
    private final double[] max;
    private final double[] current; // null without a turnover limit
    private final double turnoverLimit;
    private final int variables;
    private final List<Cut> cuts = new ArrayList<>();
    /** The master's simplex, kept across rounds for its warm start; null before the first solve. */
    private SmallSimplex simplex;
    /** How many of the cuts have their row in {@link #simplex}. */
    private int rowsOfCuts;
    private double[] objective;
    private double[] upper;

    Master(AllocationConstraints constraints) {
      bounds = constraints.bounds();
      min = bounds.minArray();
      max = bounds.maxArray();
      current = constraints.current().map(FacetMix::toArray).orElse(null);
      turnoverLimit = constraints.turnoverLimit().orElse(Double.NaN);
      variables = current == null ? V : V + Facet.COUNT;
    }

    boolean has(Cut cut) {
      for (Cut kept : cuts) {
        if (Arrays.equals(kept.g, cut.g)) {
          return true;
        }
      }
      return false;
    }

    void add(Cut cut) {
      if (!has(cut)) {
        cuts.add(cut);
      }
    }

    /**
     * Solves the master with every cut kept: the first time (or when {@code cold}) from the start,
     * afterwards from the last optimal basis with the cuts added since
     * ({@link SmallSimplex#reoptimize}), as the constraints and the objective stay the same and only
     * cut rows come.
     */
    SmallSimplex.Result solve(double[] linear, double theta, boolean cold) {
      int maxPivots = 50 * (variables + cuts.size() + 16);
      if (simplex == null || cold) {
        simplex = build(linear, theta);
        rowsOfCuts = cuts.size();
        return simplex.maximize(objective, upper, maxPivots);
      }
      for (; rowsOfCuts < cuts.size(); rowsOfCuts++) {
        addCutRow(cuts.get(rowsOfCuts));
      }
      return simplex.reoptimize(maxPivots);
    }

    private SmallSimplex build(double[] linear, double theta) {
      simplex = new SmallSimplex(variables);
      double free = 1 - Vectors.sum(min);
      double[] budget = new double[variables];
      Arrays.fill(budget, W, W + Facet.COUNT, 1);
      simplex.addRow(budget, SmallSimplex.Relation.EQUAL, free);
      for (int f = 0; f < Facet.COUNT; f++) {
        if (max[f] - min[f] < free) {
          simplex.addRow(unit(W + f, 1), SmallSimplex.Relation.LESS_EQUAL, max[f] - min[f]);
        }
      }
      if (current != null) {
        double[] total = new double[variables];
        for (int f = 0; f < Facet.COUNT; f++) {
          // v_f >= w_f - c_f and v_f >= c_f - w_f, with w_f = x_f + min_f
          double[] above = unit(W + f, 1);
          above[V + f] = -1;
          simplex.addRow(above, SmallSimplex.Relation.LESS_EQUAL, current[f] - min[f]);
          double[] below = unit(W + f, 1);
          below[V + f] = 1;
          simplex.addRow(below, SmallSimplex.Relation.GREATER_EQUAL, current[f] - min[f]);
          total[V + f] = 1;
        }
        simplex.addRow(total, SmallSimplex.Relation.LESS_EQUAL, turnoverLimit);
      }
      for (Cut cut : cuts) {
        addCutRow(cut);
      }
      objective = new double[variables];
      upper = new double[variables];
      for (int f = 0; f < Facet.COUNT; f++) {
        objective[W + f] = linear[f];
        upper[W + f] = Math.min(max[f] - min[f], free);
      }
      objective[S] = theta;
      upper[S] = 2; // s <= (g + 1).w <= 2 sum_f w_f, as every mapped g lies in [-1, 1]
      for (int f = V; f < variables; f++) {
        upper[f] = 1; // |w_f - c_f| <= 1
      }
      return simplex;
    }

    /** The cut's row {@code s <= (g + 1).w = (g + 1).x + (g + 1).min}. */
    private void addCutRow(Cut cut) {
      double[] row = new double[variables];
      double offset = 0;
      for (int f = 0; f < Facet.COUNT; f++) {
        row[W + f] = -(cut.g[f] + 1);
        offset += (cut.g[f] + 1) * min[f];
      }
      row[S] = 1;
      simplex.addRow(row, SmallSimplex.Relation.LESS_EQUAL, offset);
    }

    /** The certified bound of the master in terms of the objective: {@code c.min - theta + bound}. */
    double boundOnObjective(double masterBound, double[] linear, double theta) {
      return Vectors.dot(linear, min) - theta + masterBound;
    }

    /** The master's shares {@code min + x}, with rounding repaired into the bounds, twins evened out. */
    double[] shares(double[] x, PayoffTable table) {
      double[] shares = new double[Facet.COUNT];
      for (int f = 0; f < Facet.COUNT; f++) {
        shares[f] = min[f] + x[W + f];
      }
      return evenTwins(bounds.repair(shares), table);
    }

    /** Gives twin facets (same payoffs, bounds and current share) the mean of their shares. */
    private double[] evenTwins(double[] shares, PayoffTable table) {
      double[] even = shares.clone();
      boolean[] done = new boolean[Facet.COUNT];
      for (int f = 0; f < Facet.COUNT; f++) {
        if (done[f]) {
          continue;
        }
        double total = shares[f];
        int count = 1;
        boolean[] group = new boolean[Facet.COUNT];
        group[f] = true;
        for (int g = f + 1; g < Facet.COUNT; g++) {
          if (!done[g] && twins(f, g, table)) {
            group[g] = true;
            done[g] = true;
            total += shares[g];
            count++;
          }
        }
        for (int g = f; g < Facet.COUNT && count > 1; g++) {
          if (group[g]) {
            even[g] = total / count;
          }
        }
      }
      return even;
    }

    private boolean twins(int f, int g, PayoffTable table) {
      if (min[f] != min[g] || max[f] != max[g] || (current != null && current[f] != current[g])) {
        return false;
      }
      for (double[] row : table.payoffs) {
        if (row[f] != row[g]) {
          return false;
        }
      }
      return true;
    }

    private double[] unit(int index, double value) {
      double[] row = new double[variables];
      row[index] = value;
      return row;
    }
  }
}
