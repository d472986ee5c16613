package dev.facets.core.select;

import dev.facets.api.Facet;
import dev.facets.core.text.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The selector for problems with an objective: the value objective as one exact
 * {@link MilpSearch}; the distance and regret objectives, ratios of linear terms over the funded
 * budget, by the hull search ({@link RatioSearch}) where it applies, else by Dinkelbach's method
 * (maximise {@code lambda W(x) - N(x)} exactly, set lambda to the answer's ratio, repeat until no
 * set beats lambda: each round strictly lowers it, and the last, completed, round proves it); the
 * value front by the epsilon-constraint method on a grid; the
 * diagnosis of an infeasible problem by taking constraints away one kind at a time.
 */
final class LinearSelector {
  private static final int MOST_ROUNDS = 100;
  private static final int MOST_REASONS = 20;
  /** The distance and regret optima are proven within this many times the check's tolerance. */
  static final double CONFIRMATION = 10;

  private final SelectionProblem problem;
  private final SelectionModel model;
  private final long deadline;
  private long nodes;
  private boolean timedOut;
  private double tolerance;

  private LinearSelector(SelectionProblem problem) {
    this.problem = problem;
    this.model = SelectionModel.of(problem);
    long limit;
    try {
      limit = problem.timeLimit().toNanos();
    } catch (ArithmeticException tooLong) {
      limit = Long.MAX_VALUE / 4;
    }
    this.deadline = System.nanoTime() + Math.min(limit, Long.MAX_VALUE / 4);
  }

  static SelectionResult select(SelectionProblem problem) {
    return new LinearSelector(problem).run();
  }

  private SelectionResult run() {
    double maxDistance = problem.maxDistance().orElse(Double.NaN);
    double maxRegret = problem.maxRegret().orElse(Double.NaN);
    List<String> conflicts = obviousConflicts();
    boolean[] best = conflicts.isEmpty() ? optimum(maxDistance, maxRegret) : null;
    if (best == null) {
      if (timedOut) {
        return result(SelectionStatus.TIME_LIMIT_REACHED, List.of("the time limit of " + Numbers.duration(problem.timeLimit())
            + " was reached before any selection meeting every constraint was found"), null, List.of());
      }
      return result(SelectionStatus.INFEASIBLE, conflicts.isEmpty() ? infeasibility() : conflicts, null, List.of());
    }
    boolean bestProven = !timedOut;
    List<Selection> front = problem.frontAxis().isPresent() ? front(best, maxDistance, maxRegret) : List.of();
    List<String> diagnosis = new ArrayList<>();
    if (timedOut) {
      diagnosis.add("the time limit of " + Numbers.duration(problem.timeLimit()) + " was reached after " + nodes + " nodes; "
          + (bestProven ? "the best selection is proven, the front is not complete"
              : "the best selection is the best found so far, not proven"));
    }
    diagnosis.addAll(explain(best, maxDistance, maxRegret));
    return new Answer(best, bestProven, front, diagnosis).result();
  }

  /** The holder of a solved problem's parts, for building the result. */
  private final class Answer {
    final boolean[] best;
    final boolean proven;
    final List<Selection> front;
    final List<String> diagnosis;

    Answer(boolean[] best, boolean proven, List<Selection> front, List<String> diagnosis) {
      this.best = best;
      this.proven = proven;
      this.front = front;
      this.diagnosis = diagnosis;
    }

    SelectionResult result() {
      return SelectionResult.ofObjective(problem, timedOut ? SelectionStatus.TIME_LIMIT_REACHED : SelectionStatus.OPTIMAL,
          diagnosis, Optional.of(model.selection(best)), proven, front, SelectionModel.SHARE_TOLERANCE,
          model.hasScenarios() ? model.regretTolerance : SelectionModel.RELATIVE_REGRET_TOLERANCE, nodes);
    }
  }

  private SelectionResult result(SelectionStatus status, List<String> diagnosis, boolean[] best,
      List<Selection> front) {
    return SelectionResult.ofObjective(problem, status, diagnosis,
        best == null ? Optional.empty() : Optional.of(model.selection(best)), false, front,
        SelectionModel.SHARE_TOLERANCE,
        model.hasScenarios() ? model.regretTolerance : SelectionModel.RELATIVE_REGRET_TOLERANCE, nodes);
  }

  /** The optimum of the problem's objective under the given bounds, or null when none was found. */
  private boolean[] optimum(double maxDistance, double maxRegret) {
    SelectionObjective objective = problem.objective().orElseThrow();
    if (objective == SelectionObjective.VALUE) {
      MilpSearch search = search(model.expected, 0, 0, maxDistance, maxRegret);
      search.run();
      return finish(search);
    }
    if (RatioSearch.applies(model)) {
      RatioSearch search = new RatioSearch(model, objective, maxDistance, maxRegret, deadline);
      search.run();
      nodes += search.nodes();
      timedOut |= search.timedOut();
      return search.best();
    }
    boolean distance = objective == SelectionObjective.DISTANCE;
    return confirmed(dinkelbach(distance, maxDistance, maxRegret), distance, maxDistance, maxRegret);
  }

  /** Dinkelbach: start from any feasible set, then lower lambda (the ratio) round by round. */
  private boolean[] dinkelbach(boolean distance, double maxDistance, double maxRegret) {
    MilpSearch first = search(new double[model.size], 0, 0, maxDistance, maxRegret);
    first.run();
    boolean[] current = finish(first);
    for (int round = 0; current != null && round < MOST_ROUNDS && !timedOut; round++) {
      double lambda = ratio(distance, current);
      double scale = 0;
      for (double w : model.weight) {
        scale = Math.max(scale, w);
      }
      double[] objectiveRow = new double[model.size];
      for (int i = 0; i < model.size; i++) {
        objectiveRow[i] = lambda * model.weight[i] / scale;
      }
      MilpSearch search = search(objectiveRow, distance ? 1 : 0, distance ? 0 : 1, maxDistance, maxRegret);
      search.seed(current);
      search.run();
      boolean[] next = finish(search);
      if (next == null || search.bestObjective() <= search.tolerance()) {
        break;
      }
      if (!(ratio(distance, next) < lambda)) {
        break; // rounding: no strict improvement left to make
      }
      current = next;
    }
    return current;
  }

  /**
   * The Dinkelbach rounds prune with a tolerance on lambda W(x) - N(x), which is small for sets of
   * small budget; so their answer is confirmed by feasibility alone: is there any set whose ratio is
   * lower by more than the confirmation step? Each hit lowers lambda; none proves the answer.
   */
  private boolean[] confirmed(boolean[] start, boolean distance, double maxDistance, double maxRegret) {
    boolean[] current = start;
    double step = distance ? CONFIRMATION * SelectionModel.SHARE_TOLERANCE : CONFIRMATION * model.regretTolerance;
    while (current != null && !timedOut) {
      double lambda = ratio(distance, current);
      if (lambda - step < 0) {
        break;
      }
      MilpSearch check = distance
          ? search(new double[model.size], 0, 0, tighter(maxDistance, lambda - step), maxRegret)
          : search(new double[model.size], 0, 0, maxDistance, tighter(maxRegret, lambda - step));
      check.run();
      boolean[] next = finish(check);
      if (next == null || !(ratio(distance, next) < lambda)) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** The ratio objective of a set: its distance to the target, or its maximum regret. */
  private double ratio(boolean distance, boolean[] set) {
    return distance ? model.distance(model.shares(set)) : model.maxRegret(set);
  }

  private static double tighter(double bound, double other) {
    return Double.isNaN(bound) ? other : Math.min(bound, other);
  }

  private MilpSearch search(double[] objective, double alpha, double beta, double maxDistance, double maxRegret) {
    MilpSearch search = new MilpSearch(model, objective, alpha, beta, maxDistance, maxRegret, deadline);
    tolerance = Math.max(tolerance, search.tolerance());
    return search;
  }

  private boolean[] finish(MilpSearch search) {
    nodes += search.nodes();
    timedOut |= search.timedOut();
    return search.best();
  }

  /**
   * The value front: the most value at each bound on the axis on the grid {@code k * resolution},
   * from the optimum's own distance (or regret) down until no set meets the bound; a point that
   * loses no value against the one before replaces it, so each point is non-dominated.
   */
  private List<Selection> front(boolean[] optimum, double maxDistance, double maxRegret) {
    boolean distance = problem.frontAxis().orElseThrow() == SelectionObjective.DISTANCE;
    double resolution = problem.frontResolution();
    List<boolean[]> points = new ArrayList<>();
    points.add(optimum);
    boolean[] last = optimum;
    while (!timedOut) {
      double reached = ratio(distance, last);
      long k = (long) Math.ceil(reached / resolution - 1e-9) - 1;
      if (k <= 0) {
        // Within one step of zero the last point already covers every set nearer the target (it has
        // at least their value, and lies within the resolution of them); a bound of zero would
        // ask the relaxation, which meets any mix with fractions, to prove that no set is exact.
        break;
      }
      double bound = k * resolution;
      boolean[] next = distance ? optimumValue(bound, maxRegret) : optimumValue(maxDistance, bound);
      if (next == null) {
        break;
      }
      if (model.value(next) >= model.value(last) - tolerance) {
        points.set(points.size() - 1, next);
      } else {
        points.add(next);
      }
      last = next;
    }
    List<Selection> front = new ArrayList<>();
    for (boolean[] point : points) {
      front.add(model.selection(point));
    }
    Collections.reverse(front);
    return front;
  }

  private boolean[] optimumValue(double maxDistance, double maxRegret) {
    MilpSearch search = search(model.expected, 0, 0, maxDistance, maxRegret);
    search.run();
    return finish(search);
  }

  /** Conflicts visible without a search. */
  private List<String> obviousConflicts() {
    List<String> reasons = new ArrayList<>();
    if (model.minSpend > model.budgetLimit) {
      reasons.add("the minimum spend " + Numbers.number(model.minSpend) + " is above the budget limit "
          + Numbers.number(model.budgetLimit));
    }
    double least = 0;
    for (Facet facet : Facet.ordered()) {
      int f = facet.ordinal();
      double min = Double.isNaN(model.minShare[f]) ? 0 : model.minShare[f];
      least += min;
      if (min > model.maxShare[f] + SelectionModel.SHARE_TOLERANCE) {
        reasons.add("the min share of " + facet.jsonName() + " " + Numbers.number(min)
            + " is above its max share " + Numbers.number(model.maxShare[f]));
      }
    }
    if (least > 1 + SelectionModel.SHARE_TOLERANCE) {
      reasons.add("the min shares add up to " + Numbers.number(least) + ", more than 1");
    }
    double forcedCost = 0;
    for (int i = 0; i < model.size; i++) {
      if (model.forcedIn[i]) {
        forcedCost += model.cost[i];
        for (int j : model.requires[i]) {
          if (model.forcedOut[j]) {
            reasons.add("forced-in " + model.quote(i) + " requires " + model.quote(j) + ", which is forced out");
          }
        }
        for (int j : model.excludes[i]) {
          if (model.forcedIn[j] && j > i) {
            reasons.add("forced-in " + model.quote(i) + " and " + model.quote(j) + " exclude each other");
          }
        }
      }
    }
    if (forcedCost > model.budgetLimit) {
      reasons.add("the forced-in initiatives cost " + Numbers.number(forcedCost)
          + ", more than the budget limit " + Numbers.number(model.budgetLimit));
    }
    boolean anyBudget = false;
    for (int i = 0; i < model.size; i++) {
      anyBudget |= !model.forcedOut[i] && model.weight[i] > 0;
    }
    if (!anyBudget) {
      reasons.add("no initiative that may be funded has a positive budget, and a selection of nothing (or of "
          + "zero-budget initiatives only) has no facet mix");
    }
    return reasons;
  }

  /**
   * Why no set meets every constraint: the kinds of constraint whose removal alone makes the
   * problem feasible, each named; when no single one does, every kind given, as conflicting together.
   */
  private List<String> infeasibility() {
    List<String> reasons = new ArrayList<>();
    Map<String, SelectionProblem> relaxed = relaxations();
    List<String> culprits = new ArrayList<>();
    boolean cutShort = false;
    for (Map.Entry<String, SelectionProblem> entry : relaxed.entrySet()) {
      SelectionModel other = SelectionModel.of(entry.getValue());
      MilpSearch search = new MilpSearch(other, new double[other.size], 0, 0,
          entry.getValue().maxDistance().orElse(Double.NaN), entry.getValue().maxRegret().orElse(Double.NaN), deadline);
      search.run();
      nodes += search.nodes();
      cutShort |= search.timedOut();
      if (search.best() != null) {
        culprits.add(entry.getKey());
      }
    }
    if (culprits.isEmpty()) {
      reasons.add("no selection meets every constraint, and no single one of them (" + String.join(", ",
          relaxed.keySet()) + ") is alone to blame: they conflict together");
    } else {
      reasons.add("no selection meets every constraint together");
      for (String culprit : culprits) {
        reasons.add(culprit + " cannot be met with the other constraints (without it a selection exists)");
      }
    }
    if (cutShort) {
      reasons.add("the time limit of " + Numbers.duration(problem.timeLimit()) + " cut this diagnosis short: a constraint not named "
          + "above may be to blame as well");
    }
    return reasons.size() > MOST_REASONS ? reasons.subList(0, MOST_REASONS) : reasons;
  }

  /** The problem without each kind of constraint it has, by the constraint's name. */
  private Map<String, SelectionProblem> relaxations() {
    Map<String, SelectionProblem> relaxed = new LinkedHashMap<>();
    relaxed.put("the budget limit " + Numbers.number(problem.budgetLimit()),
        copy(builder -> builder.budgetLimit(Double.MAX_VALUE), Kind.NONE));
    if (problem.minSpend() > 0) {
      relaxed.put("the minimum spend " + Numbers.number(problem.minSpend()), copy(b -> b.minSpend(0), Kind.NONE));
    }
    problem.minShares().forEach((facet, share) -> relaxed.put("the min share of " + facet.jsonName() + " "
        + Numbers.number(share), copy(b -> { }, Kind.minShare(facet))));
    problem.maxShares().forEach((facet, share) -> relaxed.put("the max share of " + facet.jsonName() + " "
        + Numbers.number(share), copy(b -> { }, Kind.maxShare(facet))));
    problem.maxDistance().ifPresent(d -> relaxed.put("the max distance " + Numbers.number(d),
        copy(b -> { }, Kind.MAX_DISTANCE)));
    problem.maxRegret().ifPresent(r -> relaxed.put("the max regret " + Numbers.number(r),
        copy(b -> { }, Kind.MAX_REGRET)));
    if (!problem.prerequisites().isEmpty()) {
      relaxed.put("the prerequisites " + problem.prerequisites(), copy(b -> { }, Kind.PREREQUISITES));
    }
    if (!problem.exclusions().isEmpty()) {
      relaxed.put("the exclusions " + problem.exclusions(), copy(b -> { }, Kind.EXCLUSIONS));
    }
    if (!problem.forcedIn().isEmpty()) {
      relaxed.put("forcing in " + problem.forcedIn(), copy(b -> { }, Kind.FORCED_IN));
    }
    if (!problem.forcedOut().isEmpty()) {
      relaxed.put("forcing out " + problem.forcedOut(), copy(b -> { }, Kind.FORCED_OUT));
    }
    return relaxed;
  }

  /** A kind of constraint left out of a copy. */
  private static final class Kind {
    static final Kind NONE = new Kind("none", null);
    static final Kind MAX_DISTANCE = new Kind("maxDistance", null);
    static final Kind MAX_REGRET = new Kind("maxRegret", null);
    static final Kind PREREQUISITES = new Kind("prerequisites", null);
    static final Kind EXCLUSIONS = new Kind("exclusions", null);
    static final Kind FORCED_IN = new Kind("forcedIn", null);
    static final Kind FORCED_OUT = new Kind("forcedOut", null);

    final String name;
    final Facet facet;

    Kind(String name, Facet facet) {
      this.name = name;
      this.facet = facet;
    }

    static Kind minShare(Facet facet) {
      return new Kind("minShare", facet);
    }

    static Kind maxShare(Facet facet) {
      return new Kind("maxShare", facet);
    }
  }

  /** The problem as a feasibility question (value objective, no front), less one kind of constraint. */
  private SelectionProblem copy(java.util.function.Consumer<SelectionProblem.Builder> change, Kind left) {
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(problem.portfolio())
        .budgetLimit(problem.budgetLimit()).costs(problem.costs()).distance(problem.distance())
        .objective(SelectionObjective.VALUE).minSpend(problem.minSpend()).timeLimit(problem.timeLimit());
    problem.target().ifPresent(builder::target);
    problem.scenarios().ifPresent(builder::scenarios);
    problem.minShares().forEach((facet, share) -> {
      if (!(left.name.equals("minShare") && left.facet == facet)) {
        builder.minShare(facet, share);
      }
    });
    problem.maxShares().forEach((facet, share) -> {
      if (!(left.name.equals("maxShare") && left.facet == facet)) {
        builder.maxShare(facet, share);
      }
    });
    if (left != Kind.MAX_DISTANCE) {
      problem.maxDistance().ifPresent(builder::maxDistance);
    }
    if (left != Kind.MAX_REGRET) {
      problem.maxRegret().ifPresent(builder::maxRegret);
    }
    if (left != Kind.PREREQUISITES) {
      builder.prerequisites(problem.prerequisites());
    }
    if (left != Kind.EXCLUSIONS) {
      builder.exclusions(problem.exclusions());
    }
    if (left != Kind.FORCED_IN) {
      builder.forceIn(problem.forcedIn().toArray(new String[0]));
    }
    if (left != Kind.FORCED_OUT) {
      builder.forceOut(problem.forcedOut().toArray(new String[0]));
    }
    change.accept(builder);
    return builder.build();
  }

  /**
   * Why the best set leaves what it leaves: the bounds it meets exactly (they bind), then, for the
   * initiatives not funded, whether any still fits in the budget left and, if so, what stops each.
   */
  private List<String> explain(boolean[] best, double maxDistance, double maxRegret) {
    List<String> lines = new ArrayList<>();
    double near = 1e-6;
    lines.addAll(bindingBounds(best, maxDistance, maxRegret, near));
    lines.addAll(whatStopsTheRest(best, maxDistance, maxRegret));
    return lines.size() > MOST_REASONS ? new ArrayList<>(lines.subList(0, MOST_REASONS)) : lines;
  }

  /** The bounds the best set lies on, within {@code near}. */
  private List<String> bindingBounds(boolean[] best, double maxDistance, double maxRegret, double near) {
    List<String> lines = new ArrayList<>();
    double[] shares = model.shares(best);
    double spent = model.cost(best);
    for (Facet facet : Facet.ordered()) {
      int f = facet.ordinal();
      if (shares[f] <= model.minShare[f] + near) {
        lines.add("the min share of " + facet.jsonName() + " " + Numbers.number(model.minShare[f]) + " binds");
      }
      if (shares[f] >= model.maxShare[f] - near) {
        lines.add("the max share of " + facet.jsonName() + " " + Numbers.number(model.maxShare[f]) + " binds");
      }
    }
    if (!Double.isNaN(maxDistance) && model.distance(shares) >= maxDistance - near) {
      lines.add("the max distance " + Numbers.number(maxDistance) + " binds");
    }
    if (!Double.isNaN(maxRegret) && model.maxRegret(best) >= maxRegret - near * Math.max(1, maxRegret)) {
      lines.add("the max regret " + Numbers.number(maxRegret) + " binds");
    }
    if (model.minSpend > 0 && spent <= model.minSpend * (1 + near)) {
      lines.add("the minimum spend " + Numbers.number(model.minSpend) + " binds");
    }
    return lines;
  }

  /** Why each initiative left out is left out: it does not fit, or which constraints it would break. */
  private List<String> whatStopsTheRest(boolean[] best, double maxDistance, double maxRegret) {
    List<String> lines = new ArrayList<>();
    double unspent = model.budgetLimit - model.cost(best);
    Map<String, Integer> stops = new LinkedHashMap<>();
    int unfunded = 0;
    int fitting = 0;
    int noBetter = 0;
    for (int i = 0; i < model.size; i++) {
      if (best[i] || model.forcedOut[i]) {
        continue;
      }
      unfunded++;
      boolean[] grown = best.clone();
      grown[i] = true;
      for (int j : model.requires[i]) {
        grown[j] = true;
      }
      if (model.cost(grown) > model.budgetLimit) {
        continue;
      }
      fitting++;
      List<String> broken = model.violations(grown, maxDistance, maxRegret, false);
      if (broken.isEmpty()) {
        noBetter++;
      }
      for (String constraint : broken) {
        stops.merge(constraint, 1, Integer::sum);
      }
    }
    String left = Numbers.number(unspent);
    int fit = fitting;
    if (unfunded == 0) {
      lines.add("every initiative that may be funded is funded");
    } else if (fit == 0) {
      lines.add("no remaining initiative fits in the " + left + " left");
    } else {
      stops.forEach((constraint, count) -> lines.add(constraint + " stops " + count + " of the " + fitText(fit)
          + " that fit in the " + left + " left"));
      if (noBetter > 0) {
        lines.add(noBetter + " of the " + fitText(fit) + " that fit in the " + left + " left would not improve the "
            + problem.objective().orElseThrow().jsonName());
      }
    }
    return lines;
  }

  private static String fitText(int fit) {
    return fit == 1 ? "1 unfunded initiative" : fit + " unfunded initiatives";
  }
}
