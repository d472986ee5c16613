package dev.facets.core.select;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive enumeration of every subset of a small portfolio for a problem with an objective,
 * written from the problem's definition alone (none of the selector's code): each subset's
 * feasibility under every constraint and its objective, and the optimum over them.
 */
final class ValueOracle {
  static final double SHARE_TOLERANCE = 1e-9;

  private final SelectionProblem problem;
  private final List<Initiative> initiatives;

  ValueOracle(SelectionProblem problem) {
    this.problem = problem;
    this.initiatives = problem.portfolio().initiatives();
    if (initiatives.size() > 16) {
      throw new IllegalArgumentException("too many to enumerate: " + initiatives.size());
    }
  }

  /** The ids of a subset mask, in portfolio order. */
  List<String> ids(int mask) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < initiatives.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        ids.add(initiatives.get(i).id());
      }
    }
    return ids;
  }

  /** Whether the set of ids meets every constraint of the problem and funds a positive budget. */
  boolean feasible(List<String> ids) {
    for (String id : problem.forcedIn()) {
      if (!ids.contains(id)) {
        return false;
      }
    }
    for (String id : problem.forcedOut()) {
      if (ids.contains(id)) {
        return false;
      }
    }
    for (Prerequisite link : problem.prerequisites()) {
      if (ids.contains(link.dependent()) && !ids.contains(link.required())) {
        return false;
      }
    }
    for (Exclusion link : problem.exclusions()) {
      if (ids.contains(link.first()) && ids.contains(link.second())) {
        return false;
      }
    }
    double cost = 0;
    double budget = 0;
    for (String id : ids) {
      Initiative initiative = problem.portfolio().initiative(id).orElseThrow();
      cost += problem.cost(initiative);
      budget += initiative.budget();
    }
    if (cost > problem.budgetLimit() || cost < problem.minSpend() || !(budget > 0)) {
      return false;
    }
    double[] shares = shares(ids);
    for (Facet facet : Facet.ordered()) {
      double share = shares[facet.ordinal()];
      if (share < problem.minShares().getOrDefault(facet, 0.0) - SHARE_TOLERANCE
          || share > problem.maxShares().getOrDefault(facet, 1.0) + SHARE_TOLERANCE) {
        return false;
      }
    }
    if (problem.maxDistance().isPresent() && distance(ids) > problem.maxDistance().getAsDouble() + SHARE_TOLERANCE) {
      return false;
    }
    return problem.maxRegret().isEmpty() || regret(ids) <= problem.maxRegret().getAsDouble() + regretTolerance();
  }

  double regretTolerance() {
    double scale = 1;
    for (var scenario : problem.scenarios().map(ScenarioSet::scenarios).orElse(List.of())) {
      for (double p : scenario.payoff().toArray()) {
        scale = Math.max(scale, Math.abs(p));
      }
    }
    return 1e-9 * scale;
  }

  /** The budget-weighted shares of a set. */
  double[] shares(List<String> ids) {
    double[] sums = new double[Facet.COUNT];
    double total = 0;
    for (String id : ids) {
      Initiative initiative = problem.portfolio().initiative(id).orElseThrow();
      double[] mix = InitiativeMixes.of(initiative).toArray();
      for (int f = 0; f < Facet.COUNT; f++) {
        sums[f] += initiative.budget() * mix[f];
        total += initiative.budget() * mix[f];
      }
    }
    for (int f = 0; f < Facet.COUNT; f++) {
      sums[f] /= total;
    }
    return sums;
  }

  double distance(List<String> ids) {
    double[] shares = shares(ids);
    double[] target = problem.target().orElseThrow().mix().toArray();
    double sum = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      sum += Math.abs(shares[f] - target[f]);
    }
    return sum / 2;
  }

  double regret(List<String> ids) {
    double[] shares = shares(ids);
    double worst = 0;
    for (var scenario : problem.scenarios().orElseThrow().scenarios()) {
      double[] payoff = scenario.payoff().toArray();
      double value = 0;
      for (int f = 0; f < Facet.COUNT; f++) {
        value += shares[f] * payoff[f];
      }
      worst = Math.max(worst, scenario.payoff().max() - value);
    }
    return worst;
  }

  /** Expected value: success probability times mean impact times the probability-weighted multiplier. */
  double value(List<String> ids) {
    double total = 0;
    for (String id : ids) {
      Initiative initiative = problem.portfolio().initiative(id).orElseThrow();
      double multiplier = 1;
      if (problem.scenarios().isPresent()) {
        ScenarioSet set = problem.scenarios().get();
        multiplier = 0;
        double[] mix = InitiativeMixes.of(initiative).toArray();
        for (int s = 0; s < set.size(); s++) {
          double[] payoff = set.scenarios().get(s).payoff().toArray();
          double inScenario = 0;
          for (int f = 0; f < Facet.COUNT; f++) {
            inScenario += mix[f] * payoff[f];
          }
          multiplier += set.probability(s) * inScenario;
        }
      }
      total += initiative.successProbability()
          * (initiative.impact().low() + initiative.impact().mode() + initiative.impact().high()) / 3 * multiplier;
    }
    return total;
  }

  /** The objective of a set, oriented so that more is better (value, minus distance, minus regret). */
  double score(List<String> ids) {
    return switch (problem.objective().orElseThrow()) {
      case VALUE -> value(ids);
      case DISTANCE -> -distance(ids);
      case REGRET -> -regret(ids);
    };
  }

  /** The best score over every feasible subset, or NaN when none is feasible. */
  double optimum() {
    double best = Double.NaN;
    for (int mask = 1; mask < 1 << initiatives.size(); mask++) {
      List<String> ids = ids(mask);
      if (feasible(ids)) {
        double score = score(ids);
        if (Double.isNaN(best) || score > best) {
          best = score;
        }
      }
    }
    return best;
  }
}
