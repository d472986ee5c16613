package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A selection problem compiled for the search: the candidates (initiatives not forced out, in
 * portfolio order) as arrays, the links as bit masks over candidate indices, and what the forced
 * decisions imply before any branching.
 *
 * <p>Every set-valued quantity is a {@code long} mask, bit i for candidate i. Sums over a set (cost,
 * budget, facet weight) are always taken in candidate order, so one set has one cost and one shares
 * vector however the search reached it. The compilation also settles feasibility: it either finds a
 * witness (a feasible selection of positive budget) or explains why there is none.
 */
final class SelectionInstance {
  /** The absolute tolerance on distances, which lie in [0, sqrt 2]. */
  static final double DISTANCE_TOLERANCE = 1e-9;
  /** The tolerance on regret per unit of the largest absolute payoff. */
  static final double RELATIVE_REGRET_TOLERANCE = Evaluation.RELATIVE_REGRET_TOLERANCE;
  private static final int MOST_REASONS = 20;

  final int size;
  final Initiative[] candidates;
  /** The candidates' numbers and the evaluation of a set, shared with {@link SelectionModel}. */
  final Evaluation evaluation;
  final double[] cost;
  final double[] weight;
  final double[][] mix;
  /** requires[i]: every candidate i needs, transitively, without i itself. */
  final long[] requires;
  /** dependents[i]: every candidate that needs i, transitively, without i itself. */
  final long[] dependents;
  /** excludes[i]: the candidates i may not be funded with. */
  final long[] excludes;
  final double budgetLimit;
  final double[] target;
  final DistanceMeasure measure;
  /** payoff[s][f], or null without scenarios. */
  final double[][] payoff;
  /** bestPayoff[s] = max_f payoff[s][f]. */
  final double[] bestPayoff;
  /** value[i][s] = sum_f mix[i][f] payoff[s][f]: candidate i's value in scenario s. */
  final double[][] value;
  /** expected[i]: candidate i's expected value. */
  final double[] expected;
  final int objectiveCount;
  final double[] tolerance;

  /** The candidates every selection funds: the forced-in ones and their prerequisites. */
  final long rootIn;
  /** The candidates no selection can fund. */
  final long rootOut;
  /** A feasible selection of positive budget, when there is one. */
  final long witness;
  /** Why no selection exists; empty when a witness was found. */
  final List<String> infeasibility;

  private final Map<String, Integer> index = new HashMap<>();
  private final String[] blockedBy;

  private SelectionInstance(SelectionProblem problem) {
    candidates = keptCandidates(problem);
    size = candidates.length;
    evaluation = new Evaluation(problem, candidates);
    cost = evaluation.cost;
    weight = evaluation.weight;
    mix = evaluation.mix;
    budgetLimit = problem.budgetLimit();
    target = evaluation.target;
    measure = evaluation.measure;
    payoff = evaluation.payoff;
    bestPayoff = evaluation.bestPayoff;
    expected = evaluation.expected;
    value = evaluation.value;
    objectiveCount = (target != null ? 1 : 0) + (payoff != null ? 1 : 0);
    tolerance = tolerances();

    blockedBy = new String[size];
    requires = transitiveRequirements(problem);
    dependents = dependentsOf(requires);
    excludes = exclusions(problem);

    long blocked = blocked();
    long forced = forcedClosure(problem);
    List<String> reasons = forcedReasons(problem, forced, blocked);
    long fundable = reasons.isEmpty() ? fundable(forced, withDependents(blocked | excludedBy(forced))) : 0;
    rootIn = forced;
    rootOut = reasons.isEmpty() ? all() & ~(forced | fundable) : all();
    witness = reasons.isEmpty() ? witness(forced, fundable) : 0;
    if (reasons.isEmpty() && witness == 0) {
      reasons = noBudgetReasons(problem, forced);
    }
    infeasibility = List.copyOf(reasons);
  }

  /** The initiatives not forced out, in portfolio order, each indexed by its id. */
  private Initiative[] keptCandidates(SelectionProblem problem) {
    List<Initiative> kept = new ArrayList<>();
    for (Initiative initiative : problem.portfolio().initiatives()) {
      if (!problem.forcedOut().contains(initiative.id())) {
        index.put(initiative.id(), kept.size());
        kept.add(initiative);
      }
    }
    return kept.toArray(new Initiative[0]);
  }

  private double[] tolerances() {
    double[] tolerances = new double[objectiveCount];
    if (target != null) {
      tolerances[0] = DISTANCE_TOLERANCE;
    }
    if (payoff != null) {
      tolerances[objectiveCount - 1] = evaluation.regretTolerance;
    }
    return tolerances;
  }

  /**
   * requires[i] for every candidate: the prerequisites closed under chaining. A prerequisite that is
   * forced out blocks its dependent ({@link #blockedBy}).
   */
  private long[] transitiveRequirements(SelectionProblem problem) {
    long[] direct = new long[size];
    for (Prerequisite link : problem.prerequisites()) {
      Integer dependent = index.get(link.dependent());
      Integer required = index.get(link.required());
      if (dependent == null) {
        continue; // a forced-out initiative's needs constrain nothing
      }
      if (required == null) {
        blockedBy[dependent] = link.required();
      } else {
        direct[dependent] |= bit(required);
      }
    }
    long[] closed = new long[size];
    for (int i = 0; i < size; i++) {
      long reach = direct[i];
      for (long grown = grow(reach, direct); grown != reach; grown = grow(reach, direct)) {
        reach = grown;
      }
      closed[i] = reach & ~bit(i);
    }
    return closed;
  }

  private long[] dependentsOf(long[] requirements) {
    long[] result = new long[size];
    for (int i = 0; i < size; i++) {
      for (long rest = requirements[i]; rest != 0; rest &= rest - 1) {
        result[Long.numberOfTrailingZeros(rest)] |= bit(i);
      }
    }
    return result;
  }

  /** excludes[i] for every candidate, both ways; links to a forced-out initiative constrain nothing. */
  private long[] exclusions(SelectionProblem problem) {
    long[] result = new long[size];
    for (Exclusion link : problem.exclusions()) {
      Integer first = index.get(link.first());
      Integer second = index.get(link.second());
      if (first != null && second != null) {
        result[first] |= bit(second);
        result[second] |= bit(first);
      }
    }
    return result;
  }

  /** The candidates that need a forced-out prerequisite, and whatever needs them. */
  private long blocked() {
    long blocked = 0;
    for (int i = 0; i < size; i++) {
      if (blockedBy[i] != null) {
        blocked |= bit(i) | dependents[i];
      }
    }
    return blocked;
  }

  /** The forced-in candidates with everything they need. */
  private long forcedClosure(SelectionProblem problem) {
    long forced = 0;
    for (String id : problem.forcedIn()) {
      forced |= closure(index.get(id));
    }
    return forced;
  }

  /** The candidates neither forced nor ruled out that fit, with what they need, beside the forced set. */
  private long fundable(long forced, long out) {
    long fundable = 0;
    for (int i = 0; i < size; i++) {
      if ((bit(i) & (forced | out)) == 0 && fundableWith(forced, i)) {
        fundable |= bit(i);
      }
    }
    return fundable;
  }

  static SelectionInstance of(SelectionProblem problem) {
    return new SelectionInstance(problem);
  }

  static long bit(int i) {
    return 1L << i;
  }

  long all() {
    return size == 64 ? -1L : bit(size) - 1;
  }

  boolean feasible() {
    return infeasibility.isEmpty();
  }

  boolean hasTarget() {
    return target != null;
  }

  boolean hasScenarios() {
    return payoff != null;
  }

  /** Candidate i with everything it needs. */
  long closure(int i) {
    return bit(i) | requires[i];
  }

  /** The set with everything that needs one of its members. */
  long withDependents(long set) {
    long result = set;
    for (long rest = set; rest != 0; rest &= rest - 1) {
      result |= dependents[Long.numberOfTrailingZeros(rest)];
    }
    return result;
  }

  /** Every candidate some member of the set excludes. */
  long excludedBy(long set) {
    long result = 0;
    for (long rest = set; rest != 0; rest &= rest - 1) {
      result |= excludes[Long.numberOfTrailingZeros(rest)];
    }
    return result;
  }

  /**
   * What funding candidate j adds to a node's funded set (j and what it needs), or 0 when that is
   * infeasible: something needed is excluded, the additions exclude something funded, or the cost
   * passes the budget limit.
   */
  long fund(int j, long in, long out) {
    long added = closure(j) & ~in;
    long funded = in | added;
    if ((added & out) != 0 || (excludedBy(added) & funded) != 0 || cost(funded) > budgetLimit) {
      return 0;
    }
    return added;
  }

  /** What newly funded candidates exclude, with whatever needs it: the excluded set's growth. */
  long excludedWith(long funded, long added) {
    return withDependents(excludedBy(added) & ~funded);
  }

  /** The cost of a set, summed in candidate order. */
  double cost(long set) {
    return sum(set, cost);
  }

  /** The budget (mix weight) of a set, summed in candidate order. */
  double weight(long set) {
    return sum(set, weight);
  }

  private static double sum(long set, double[] values) {
    double total = 0;
    for (long rest = set; rest != 0; rest &= rest - 1) {
      total += values[Long.numberOfTrailingZeros(rest)];
    }
    return total;
  }

  /** The budget-weighted facet sums of a set, summed in candidate order. */
  private double[] sums(long set) {
    double[] sums = new double[Facet.COUNT];
    for (long rest = set; rest != 0; rest &= rest - 1) {
      evaluation.addMix(sums, Long.numberOfTrailingZeros(rest));
    }
    return sums;
  }

  /** The funded facet shares of a set of positive budget ({@link Evaluation#shares}). */
  double[] shareArray(long set) {
    return evaluation.shares(sums(set));
  }

  /** The objective vector (distance first when there is a target, then maximum regret) of a set. */
  double[] objectives(long set) {
    double[] shares = shareArray(set);
    double[] objectives = new double[objectiveCount];
    if (target != null) {
      objectives[0] = evaluation.distance(shares);
    }
    if (payoff != null) {
      objectives[objectiveCount - 1] = evaluation.maxRegret(shares);
    }
    return objectives;
  }

  /** The value sum_f p_f P_sf of a mix in scenario s. */
  double value(double[] shares, int s) {
    return evaluation.value(shares, s);
  }

  /** The public view of a set. */
  Selection selection(long set) {
    List<String> ids = new ArrayList<>();
    for (long rest = set; rest != 0; rest &= rest - 1) {
      ids.add(candidates[Long.numberOfTrailingZeros(rest)].id());
    }
    return evaluation.selection(ids, cost(set), weight(set), sums(set), sum(set, expected));
  }

  private static long grow(long reach, long[] direct) {
    long grown = reach;
    for (long rest = reach; rest != 0; rest &= rest - 1) {
      grown |= direct[Long.numberOfTrailingZeros(rest)];
    }
    return grown;
  }

  /** Whether candidate i, with what it needs, fits beside the forced set. */
  private boolean fundableWith(long forced, int i) {
    long set = forced | closure(i);
    return (excludedBy(set) & set) == 0 && cost(set) <= budgetLimit;
  }

  private long witness(long forced, long fundable) {
    if (weight(forced) > 0) {
      return forced;
    }
    for (long rest = fundable; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      if (weight[i] > 0) {
        return forced | closure(i);
      }
    }
    return 0;
  }

  /** What makes the forced decisions impossible together; empty when they are possible. */
  private List<String> forcedReasons(SelectionProblem problem, long forced, long blocked) {
    List<String> reasons = new ArrayList<>();
    for (String id : problem.forcedIn()) {
      int f = index.get(id);
      for (long rest = closure(f) & blocked; rest != 0; rest &= rest - 1) {
        int i = Long.numberOfTrailingZeros(rest);
        if (blockedBy[i] != null) {
          reasons.add("forced-in " + Checks.quote(id) + (i == f ? "" : " needs " + quoteId(i) + ", which")
              + " requires " + Checks.quote(blockedBy[i]) + ", which is forced out");
        }
      }
    }
    for (long rest = forced; rest != 0; rest &= rest - 1) {
      int a = Long.numberOfTrailingZeros(rest);
      for (long others = excludes[a] & forced & ~((bit(a) << 1) - 1); others != 0; others &= others - 1) {
        int b = Long.numberOfTrailingZeros(others);
        reasons.add(quoteId(a) + " and " + quoteId(b) + " exclude each other, but both must be funded: "
            + whyForced(problem, a) + ", and " + whyForced(problem, b));
      }
    }
    double forcedCost = cost(forced);
    if (forcedCost > budgetLimit) {
      reasons.add("the forced-in initiatives with their prerequisites " + ids(forced) + " cost "
          + forcedCost + ", more than the budget limit " + budgetLimit);
    }
    return reasons;
  }

  private String whyForced(SelectionProblem problem, int i) {
    String id = candidates[i].id();
    if (problem.forcedIn().contains(id)) {
      return Checks.quote(id) + " is forced in";
    }
    for (String forcedId : problem.forcedIn()) {
      if ((requires[index.get(forcedId)] & bit(i)) != 0) {
        return Checks.quote(id) + " is required by forced-in " + Checks.quote(forcedId);
      }
    }
    throw new AssertionError("not forced: " + id);
  }

  /** Why nothing of positive budget can be funded, one reason per such initiative. */
  private List<String> noBudgetReasons(SelectionProblem problem, long forced) {
    List<String> reasons = new ArrayList<>();
    reasons.add("no feasible selection funds a positive budget, and a selection of nothing (or of "
        + "zero-budget initiatives only) has no facet mix");
    List<String> details = new ArrayList<>();
    for (Initiative initiative : problem.portfolio().initiatives()) {
      if (initiative.budget() > 0) {
        details.add(whyUnfundable(initiative.id(), forced));
      }
    }
    if (details.isEmpty()) {
      reasons.add("no initiative of portfolio " + Checks.quote(problem.portfolio().name())
          + " has a positive budget");
    }
    int shown = Math.min(details.size(), MOST_REASONS);
    reasons.addAll(details.subList(0, shown));
    if (details.size() > shown) {
      reasons.add("... and " + (details.size() - shown) + " more initiatives of positive budget");
    }
    return reasons;
  }

  private String whyUnfundable(String id, long forced) {
    Integer i = index.get(id);
    if (i == null) {
      return Checks.quote(id) + " is forced out";
    }
    for (long rest = closure(i); rest != 0; rest &= rest - 1) {
      int j = Long.numberOfTrailingZeros(rest);
      if (blockedBy[j] != null) {
        return Checks.quote(id) + (j == i ? "" : " needs " + quoteId(j) + ", which")
            + " requires " + Checks.quote(blockedBy[j]) + ", which is forced out";
      }
    }
    long excluded = closure(i) & excludedBy(forced);
    if (excluded != 0) {
      int j = Long.numberOfTrailingZeros(excluded);
      int by = Long.numberOfTrailingZeros(excludes[j] & forced);
      return Checks.quote(id) + (j == i ? "" : " needs " + quoteId(j) + ", which")
          + " is excluded by " + quoteId(by) + ", which must be funded";
    }
    long set = forced | closure(i);
    for (long rest = set; rest != 0; rest &= rest - 1) {
      int a = Long.numberOfTrailingZeros(rest);
      long clash = excludes[a] & set;
      if (clash != 0) {
        return Checks.quote(id) + " needs both " + quoteId(a) + " and "
            + quoteId(Long.numberOfTrailingZeros(clash)) + ", which exclude each other";
      }
    }
    return Checks.quote(id) + " with what it needs " + ids(set) + " costs " + cost(set)
        + ", more than the budget limit " + budgetLimit;
  }

  private String quoteId(int i) {
    return Checks.quote(candidates[i].id());
  }

  /** The ids of a set, quoted, in candidate order. */
  String ids(long set) {
    List<String> ids = new ArrayList<>();
    for (long rest = set; rest != 0; rest &= rest - 1) {
      ids.add(quoteId(Long.numberOfTrailingZeros(rest)));
    }
    return ids.toString();
  }
}
