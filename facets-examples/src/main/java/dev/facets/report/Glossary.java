package dev.facets.report;

import dev.facets.report.Doc.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's glossary of terms of art, and its provenance footer. The glossary lists only the terms
 * the report at hand uses (no hedging terms without scenarios, no selection terms without a budget
 * limit), each in a sentence for a reader who has never met it.
 */
final class Glossary {
  private Glossary() {}

  static List<Term> terms(PortfolioReport report) {
    ReportRequest request = report.request();
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("Facet", "one of the four orientations of public-sector innovation of the OECD OPSI model: "
        + "enhancement (certain, undirected: improving what exists), mission (certain, directed: a goal set from above), "
        + "adaptive (uncertain, undirected: responding to a changing environment) and anticipatory (uncertain, directed: "
        + "preparing for possible futures)."));
    terms.add(new Term("Facet mix", "how an initiative's weight is split over the four facets; its parts add up to 1."));
    terms.add(new Term("Mix source", "where an initiative's facet mix comes from: its facets as given; else its position on the "
        + "uncertainty and directedness axes; else its purpose and driver, placed as the Portfolio Exploration Tool's project "
        + "mapping places them."));
    terms.add(new Term("Facet share", "a facet's part of the portfolio's total weight (budget unless another weighting was "
        + "chosen): the sum over initiatives of weight times mix, divided by the total weight."));
    terms.add(new Term("Zone", "where an initiative sits on the diamond: one of the four facets when its mix is mostly that "
        + "facet, a type of change (sustaining, optimising, transformative, disruptive) when it sits between two neighbouring "
        + "facets, or mixed; the conventions give the thresholds."));
    terms.add(new Term("Stage", "the step of the innovation lifecycle an initiative is at: identify, generate, develop, "
        + "implement, evaluate or diffuse."));
    terms.add(new Term("Effective facets", "1 / HHI: the number of equally funded facets that would be as concentrated as the "
        + "portfolio, from 1 (one facet) to 4 (all equal)."));
    terms.add(new Term("HHI (Herfindahl-Hirschman index)", "the sum of the squared facet shares: the chance that two units of "
        + "weight drawn at random fund the same facet."));
    terms.add(new Term("Shannon entropy and evenness", "entropy is -sum p ln p over the facet shares p; evenness divides it by "
        + "its largest possible value, ln 4, to give 0 (one facet) to 1 (all equal)."));
    terms.add(new Term("Rao-Stirling diversity", "a diversity that weighs each pair of funded facets by how far apart they sit on "
        + "the diamond."));
    terms.add(new Term("Euler share", "an initiative's (or facet's) part of the effective facets: the shares of all initiatives "
        + "add up exactly to the portfolio's effective facets, so each says how much of the balance that initiative carries; "
        + "in effective facets, like the number it splits."));
    if (request.target().isPresent()) {
      terms.add(new Term("Target gap", "how far the facet shares are from the target mix; total variation is half the sum of "
          + "the absolute differences, the share of weight that sits on the wrong facets."));
    }
    if (request.scenarios().isPresent()) {
      terms.add(new Term("Payoff units", "the units of the scenario file's payoffs: what one unit of weight on a facet returns "
          + "in a scenario. A scenario value, regret, CVaR or Hurwicz value of the hedging section is in these units."));
      terms.add(new Term("Scenario value", "the portfolio's facet shares times the facets' payoffs in a scenario, summed over "
          + "facets."));
      terms.add(new Term("Regret", "in a scenario, what the best single facet would have paid minus what the portfolio pays: "
          + "what hindsight would have gained."));
      terms.add(new Term("CVaR (conditional value at risk)", "the average over the worst outcomes that together carry a given "
          + "probability alpha: what to expect when things go badly. The hedging section takes it over scenarios, the "
          + "simulation over trials."));
      terms.add(new Term("Hurwicz value", "optimism times the best case plus (1 - optimism) times the worst case: a criterion "
          + "between pure pessimism (worst case) and pure optimism (best case)."));
      terms.add(new Term("Laplace value", "the plain average over the scenarios, as if all were equally likely."));
      terms.add(new Term("Robust allocation", "the facet shares that would do best by one criterion across the scenarios, found "
          + "by linear programming: a benchmark, not a plan."));
    } else {
      terms.add(new Term("CVaR (conditional value at risk)", "the average over the worst trials that together make a share alpha "
          + "of all trials: what to expect when things go badly."));
    }
    terms.add(new Term("Impact units", "the units of the portfolio file's impact estimates (low, most likely, high). The "
        + "simulation's totals, VaR and CVaR are in these units; they are not scenario values."));
    terms.add(new Term("VaR (value at risk)", "the total that the worst share alpha of the simulated trials do not exceed."));
    if (report.selection().isPresent()) {
      terms.add(new Term("Selection", "a set of whole initiatives to fund (each at its full budget, or not at all) within the "
          + "budget limit; unspent is the part of the limit the set leaves."));
    }
    return terms;
  }

  /** The footer's lines: the facets version and the date, each input with its checksum, the seed. */
  static List<String> provenance(ReportRequest request) {
    List<String> lines = new ArrayList<>();
    request.provenance().ifPresentOrElse(provenance -> {
      lines.add("Made by facets " + provenance.facetsVersion() + " on " + provenance.date() + ".");
      for (Provenance.Input input : provenance.inputs()) {
        lines.add("Input " + input.role() + ": " + input.name() + ", SHA-256 " + input.sha256() + ".");
      }
    }, () -> lines.add("The facets version, the date and the input files were not recorded "
        + "(ReportRequest.withProvenance records them; facets report always does)."));
    lines.add("Monte Carlo: seed " + request.seed() + ", " + Numbers.count(request.trials()) + " trials.");
    return lines;
  }
}
