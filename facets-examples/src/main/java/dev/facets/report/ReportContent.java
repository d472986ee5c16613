package dev.facets.report;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Zone;
import dev.facets.core.classify.GeometricRule;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.ScenarioResult;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.hedge.TradeOffPoint;
import dev.facets.core.score.Attribution;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.core.score.Contribution;
import dev.facets.core.score.Metric;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.ScoreConventions;
import dev.facets.core.score.TargetGap;
import dev.facets.core.simulate.InitiativeOutcome;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.SimulationSettings;
import static dev.facets.report.Doc.Column.KEY;
import static dev.facets.report.Doc.Column.NUMBER;
import static dev.facets.report.Doc.Column.TEXT;

import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Bullets;
import dev.facets.report.Doc.Column;
import dev.facets.report.Doc.Figure;
import dev.facets.report.Doc.Heading;
import dev.facets.report.Doc.Note;
import dev.facets.report.Doc.Paragraph;
import dev.facets.report.Doc.Section;
import dev.facets.report.Doc.Table;
import dev.facets.report.Doc.Term;
import dev.facets.report.Doc.Terms;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ScenarioSelection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The words, tables and figures of a report, from its engine results: what the report says, in one
 * place, whatever format it is written in. It selects and phrases engine results (the largest share,
 * the worst scenario, the biggest move of the plan); it computes no metric.
 */
final class ReportContent {
  /** Below this size a lean is called balanced. */
  private static final double BALANCED_LEAN = 0.05;

  private final PortfolioReport report;
  private final PortfolioScore score;
  private final Portfolio portfolio;
  private final Map<ChartKind, Chart> charts;

  private ReportContent(PortfolioReport report) {
    this.report = report;
    this.score = report.score();
    this.portfolio = report.request().portfolio();
    this.charts = report.charts();
  }

  static Doc of(PortfolioReport report) {
    return new ReportContent(report).document();
  }

  private Doc document() {
    List<String> meta = new ArrayList<>();
    portfolio.asOf().ifPresent(date -> meta.add("As of " + date));
    meta.add(Numbers.count(portfolio.size()) + " initiatives");
    meta.add("total budget " + amount(portfolio.totalBudget(), portfolio.currency()));
    meta.add("facet shares weighted by " + score.conventions().weighting());
    return new Doc("Innovation portfolio report: " + portfolio.name(), meta, List.of(summary(), initiatives(), balance(),
        target(), selection(), hedging(), simulation(), attribution(), glossary(), conventions()), footer());
  }

  // ---------------------------------------------------------------- summary

  private Section summary() {
    List<String> points = new ArrayList<>();
    FacetMix shares = score.facetShares();
    List<Facet> ranked = ranked(shares);
    points.add("The portfolio leans towards " + ranked.get(0).jsonName() + " (" + Numbers.share(shares.weight(ranked.get(0)))
        + ") and " + ranked.get(1).jsonName() + " (" + Numbers.share(shares.weight(ranked.get(1)))
        + "). On the diamond it sits " + uncertaintySide(score.lean().uncertainty()) + " and "
        + directednessSide(score.lean().directedness()) + " (lean " + Numbers.signed(score.lean().uncertainty(), 2)
        + " on uncertainty, " + Numbers.signed(score.lean().directedness(), 2) + " on directedness, each from -1 to +1).");
    points.add(thin(shares, ranked));
    double effective = score.balance().effectiveFacets();
    points.add("It behaves as if it were spread evenly over " + Numbers.fixed(effective, 1)
        + " of the 4 facets (effective facets; evenness " + Numbers.fixed(score.balance().evenness(), 2) + " on a scale from 0 to 1).");
    points.add(lever());
    report.robustness().ifPresentOrElse(robustness -> points.add(hedgingSummary(robustness)),
        () -> points.add("No scenarios were given, so how the portfolio holds up in different futures is not assessed."));
    OutcomeDistribution simulation = report.simulation();
    points.add("Simulated " + Numbers.count(simulation.trials()) + " times, the total impact has a median of "
        + Numbers.fixed(simulation.quantile(0.50), 2) + " " + Units.IMPACT + "; in 90% of the trials it lies between "
        + Numbers.fixed(simulation.quantile(0.05), 2) + " and " + Numbers.fixed(simulation.quantile(0.95), 2)
        + " " + Units.IMPACT + ", and the chance that no initiative succeeds is " + Numbers.share(simulation.probabilityNoSuccess()) + ".");
    return new Section("summary", "Summary", List.of(new Bullets(points)));
  }

  /** Facets from the largest share to the smallest; ties keep the facet order. */
  private static List<Facet> ranked(FacetMix shares) {
    List<Facet> facets = new ArrayList<>(Facet.ordered());
    facets.sort(Comparator.comparingDouble((Facet facet) -> shares.weight(facet)).reversed());
    return facets;
  }

  private static String uncertaintySide(double lean) {
    if (lean < -BALANCED_LEAN) {
      return "on the certainty side (exploiting, incremental)";
    }
    return lean > BALANCED_LEAN ? "on the uncertainty side (exploring, radical)" : "balanced between certainty and uncertainty";
  }

  private static String directednessSide(double lean) {
    if (lean < -BALANCED_LEAN) {
      return "undirected (responding, bottom-up)";
    }
    return lean > BALANCED_LEAN ? "directed (shaping, top-down)" : "balanced between directed and undirected";
  }

  private String thin(FacetMix shares, List<Facet> ranked) {
    Facet thinnest = ranked.get(ranked.size() - 1);
    List<String> empty = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      if (shares.weight(facet) <= score.conventions().varietyThreshold()) {
        empty.add(facet.jsonName());
      }
    }
    if (!empty.isEmpty()) {
      return "It puts nothing at all on " + String.join(" and ", empty) + ".";
    }
    return "It is thinnest on " + thinnest.jsonName() + " (" + Numbers.share(shares.weight(thinnest)) + ").";
  }

  private String lever() {
    Optional<TargetGap> gap = score.targetGap();
    if (gap.isPresent()) {
      Optional<BudgetTransfer> largest = gap.get().rebalancing().stream()
          .max(Comparator.comparingDouble(BudgetTransfer::amount));
      if (largest.isEmpty()) {
        return "The facet shares already match the target: nothing needs to move.";
      }
      return "Biggest lever: move " + amount(largest.get().amount()) + " from " + largest.get().from().jsonName()
          + " to " + largest.get().to().jsonName() + ", the largest step of the rebalancing plan, which moves "
          + amount(gap.get().transfer()) + " in all to reach the target.";
    }
    Attribution attribution = report.attribution();
    String best = null;
    double bestChange = 0;
    for (String id : attribution.initiativeIds()) {
      OptionalDouble change = attribution.initiative(id, Metric.EFFECTIVE_FACETS).changeIfRemoved();
      if (change.isPresent() && change.getAsDouble() > bestChange) {
        best = id;
        bestChange = change.getAsDouble();
      }
    }
    if (best == null) {
      return "No single initiative holds the balance back: removing any one of them would not raise the effective "
          + "number of facets. (No target mix was given; with one, the biggest lever is the largest move of the rebalancing plan.)";
    }
    Contribution contribution = attribution.initiative(best, Metric.EFFECTIVE_FACETS);
    Initiative initiative = portfolio.initiative(best).orElseThrow();
    return "Biggest lever for balance: " + label(initiative) + " weighs most on it; without it the portfolio would "
        + "behave as if spread over " + Numbers.fixed(contribution.valueWithout(), 1) + " facets instead of "
        + Numbers.fixed(contribution.value(), 1) + ". (No target mix was given; with one, the biggest lever is the "
        + "largest move of the rebalancing plan.)";
  }

  private static String hedgingSummary(Robustness robustness) {
    ScenarioResult worst = robustness.scenarios().stream().min(Comparator.comparingDouble(ScenarioResult::value)).orElseThrow();
    ScenarioResult regret = robustness.scenarios().stream().max(Comparator.comparingDouble(ScenarioResult::regret)).orElseThrow();
    return "Across " + robustness.scenarios().size() + " scenarios its expected value is " + Numbers.fixed(robustness.expectedValue(), 3)
        + " " + Units.PAYOFF + "; it fares worst in \u201c" + worst.name() + "\u201d (" + Numbers.fixed(worst.value(), 3)
        + ") and regrets most in \u201c" + regret.name() + "\u201d, where the best single facet would have paid "
        + Numbers.fixed(regret.bestValue(), 3) + " instead of " + Numbers.fixed(regret.value(), 3) + " " + Units.PAYOFF + ".";
  }

  // ---------------------------------------------------------------- balance

  private Section balance() {
    List<Block> blocks = new ArrayList<>();
    figure(blocks, ChartKind.DIAMOND);
    blocks.add(new Paragraph("Each initiative's weight is split over the four facets by its facet mix; a facet's share is "
        + "its part of the total weight. On the diamond, darker means a larger share (the OPSI Portfolio Exploration "
        + "Tool's shading)."));
    List<List<String>> rows = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      rows.add(List.of(facet.jsonName(), facet.pole().name().toLowerCase(java.util.Locale.ROOT),
          Numbers.share(score.facetShares().weight(facet))));
    }
    blocks.add(new Table(List.of("Facet", "Pole", "Share"), List.of(TEXT, TEXT, NUMBER), rows));
    figure(blocks, ChartKind.MAP);
    blocks.add(new Paragraph("Each bubble is an initiative, its area proportional to its budget and its colour its zone; "
        + "hover over one for its name. An initiative with a position sits there; one without sits at the centroid of "
        + "its facet mix (the sum over facets of its share of the facet times the facet's pole)."));
    List<List<String>> zones = new ArrayList<>();
    for (Zone zone : Zone.values()) {
      zones.add(List.of(zone.jsonName(), Numbers.share(score.zoneShares().getOrDefault(zone, 0.0))));
    }
    blocks.add(new Heading("Zones"));
    blocks.add(new Table(List.of("Zone", "Share"), List.of(TEXT, NUMBER), zones));
    blocks.add(new Heading("Balance indices"));
    List<Term> terms = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (!metric.isTargetGap()) {
        terms.add(Sentences.balance(metric, score.value(metric).orElseThrow(), score.conventions()));
      }
    }
    blocks.add(new Terms(terms));
    return new Section("balance", "Facet balance", blocks);
  }

  private void figure(List<Block> blocks, ChartKind kind) {
    Chart chart = charts.get(kind);
    if (chart != null) {
      blocks.add(new Figure(kind, chart));
    }
  }

  // ---------------------------------------------------------------- target

  private Section target() {
    Optional<TargetGap> maybeGap = score.targetGap();
    if (maybeGap.isEmpty()) {
      return new Section("target", "Target gap and rebalancing plan", List.of(new Note("No target mix was given "
          + "(facets report --target FILE or a list such as enhancement=0.25,mission=0.25,adaptive=0.25,anticipatory=0.25), "
          + "so there is no target gap and no rebalancing plan.")));
    }
    TargetGap gap = maybeGap.get();
    List<Block> blocks = new ArrayList<>();
    figure(blocks, ChartKind.GAP);
    List<List<String>> rows = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      double move = gap.perFacetBudget().get(facet);
      rows.add(List.of(facet.jsonName(), Numbers.share(score.facetShares().weight(facet)), Numbers.share(gap.target().share(facet)),
          Numbers.signed(100 * gap.perFacet().get(facet), 1) + " points", (move >= 0 ? "add " : "remove ") + amount(Math.abs(move))));
    }
    blocks.add(new Table(List.of("Facet", "Share", "Target", "Gap (target minus share)", "To reach the target"),
        List.of(TEXT, NUMBER, NUMBER, NUMBER, NUMBER), rows));
    List<Term> terms = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (metric.isTargetGap()) {
        terms.add(Sentences.gap(metric, score.value(metric), this::amount));
      }
    }
    blocks.add(new Terms(terms));
    blocks.add(new Heading("Rebalancing plan"));
    if (gap.rebalancing().isEmpty()) {
      blocks.add(new Paragraph("Nothing to move: the facet shares match the target."));
    } else {
      blocks.add(new Paragraph("Move weight from the facets above target to those below: each gives exactly its surplus and "
          + "each receives exactly its deficit, between neighbouring facets on the diamond first. The plan moves "
          + amount(gap.transfer()) + ", the least that reaches the target. In practice a move means funding initiatives of "
          + "the receiving facet from the budget of initiatives of the giving one."));
      List<List<String>> plan = new ArrayList<>();
      for (BudgetTransfer transfer : gap.rebalancing()) {
        plan.add(List.of(transfer.from().jsonName(), transfer.to().jsonName(), amount(transfer.amount())));
      }
      blocks.add(new Table(List.of("From", "To", "Amount"), List.of(TEXT, TEXT, NUMBER), plan));
    }
    return new Section("target", "Target gap and rebalancing plan", blocks);
  }

  // ---------------------------------------------------------------- hedging

  private Section hedging() {
    Optional<Robustness> maybe = report.robustness();
    if (maybe.isEmpty()) {
      return new Section("hedging", "Hedging across scenarios", List.of(new Note("No scenarios were given "
          + "(facets report --scenarios FILE), so there is no value or regret per scenario, no robust allocation and "
          + "no trade-off curve.")));
    }
    Robustness robustness = maybe.get();
    List<Block> blocks = new ArrayList<>();
    figure(blocks, ChartKind.SCENARIOS);
    blocks.add(new Paragraph("The portfolio's facet shares are taken as an allocation: its value in a scenario is the "
        + "share-weighted sum of the facets' payoffs there, and its regret is what the best single facet would have paid "
        + "minus that value; both are in " + Units.PAYOFF + ", the units of the scenario file's payoffs."));
    List<ScenarioResult> shown = ScenarioSelection.of(robustness.scenarios());
    if (shown.size() < robustness.scenarios().size()) {
      blocks.add(new Paragraph("There are " + robustness.scenarios().size() + " scenarios, more than the "
          + ScenarioSelection.LIMIT + " this report lists: the table and the chart show the " + shown.size()
          + " that are among the " + ScenarioSelection.EACH + " where the portfolio fares worst, the " + ScenarioSelection.EACH
          + " where it fares best and the " + ScenarioSelection.EACH + " with the largest regret, in the order of the "
          + "scenario file. The summary, the measures below and the robust allocations cover every scenario; the JSON of "
          + "facets hedge lists them all."));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ScenarioResult scenario : shown) {
      rows.add(List.of(scenario.name(), Numbers.fixed(scenario.probability(), 3), Numbers.fixed(scenario.value(), 3),
          Numbers.fixed(scenario.bestValue(), 3), Numbers.fixed(scenario.regret(), 3)));
    }
    blocks.add(new Table(List.of("Scenario", "Probability", Units.PAYOFF_VALUE, "Best single facet (" + Units.PAYOFF + ")",
        "Regret (" + Units.PAYOFF + ")"),
        List.of(TEXT, NUMBER, NUMBER, NUMBER, NUMBER), rows));
    blocks.add(new Terms(Sentences.robustness(robustness)));
    blocks.add(new Heading("Robust allocations"));
    blocks.add(new Paragraph("The facet shares that would do best by each criterion, found by linear programming over "
        + "the same scenarios with no other constraint: a benchmark for the current shares, not a plan."));
    List<List<String>> allocations = new ArrayList<>();
    for (AllocationOutcome outcome : report.allocations()) {
      List<String> row = new ArrayList<>();
      row.add(outcome.objective());
      row.add(outcome.status().jsonName());
      for (Facet facet : Facet.ordered()) {
        row.add(outcome.allocation().map(mix -> Numbers.share(mix.weight(facet))).orElse("-"));
      }
      row.add(outcome.isOptimal() ? Numbers.fixed(outcome.objectiveValue(), 3) : outcome.diagnosis());
      allocations.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Objective", "Status"));
    Facet.ordered().forEach(facet -> header.add(facet.jsonName()));
    header.add("Objective value (" + Units.PAYOFF + ")");
    blocks.add(new Table(header, List.of(TEXT, TEXT, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER), allocations));
    report.tradeOff().ifPresent(curve -> tradeOff(blocks, curve));
    return new Section("hedging", "Hedging across scenarios", blocks);
  }

  private static void tradeOff(List<Block> blocks, TradeOffCurve curve) {
    blocks.add(new Heading("Trade-off curve"));
    blocks.add(new Paragraph("Each point maximises lambda times the expected value plus (1 - lambda) times the worst case: "
        + "lambda 0 is the most robust allocation, lambda 1 the one with the highest expected value. "
        + curve.robustnessCost().stream().mapToObj(cost -> "Robustness costs " + Numbers.fixed(cost, 3) + " "
            + Units.PAYOFF + " of expected value between the two ends.").findFirst().orElse("")));
    List<List<String>> rows = new ArrayList<>();
    for (TradeOffPoint point : curve.points()) {
      rows.add(List.of(Numbers.fixed(point.lambda(), 1), Numbers.fixed(point.expectedValue(), 3), Numbers.fixed(point.worstCase(), 3),
          point.outcome().allocation().map(ReportContent::mix).orElse(point.outcome().diagnosis())));
    }
    blocks.add(new Table(List.of("Lambda", "Expected value (" + Units.PAYOFF + ")", "Worst case (" + Units.PAYOFF + ")",
        "Allocation"), List.of(NUMBER, NUMBER, NUMBER, TEXT), rows));
  }

  private static String mix(FacetMix mix) {
    List<String> parts = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      parts.add(facet.jsonName() + " " + Numbers.share(mix.weight(facet)));
    }
    return String.join(", ", parts);
  }

  // ---------------------------------------------------------------- simulation

  private Section simulation() {
    OutcomeDistribution simulation = report.simulation();
    List<Block> blocks = new ArrayList<>();
    figure(blocks, ChartKind.HISTOGRAM);
    blocks.add(new Paragraph("Each trial " + (report.request().scenarios().isPresent() ? "draws a scenario by its probability; " : "")
        + "each initiative then succeeds with its success probability and, if it does, delivers an impact drawn from its "
        + "low / most likely / high estimate" + (report.request().scenarios().isPresent()
            ? ", scaled by how its facets pay off in the drawn scenario" : "")
        + ". A trial's total is the sum over initiatives, in " + Units.IMPACT + " (the units of the portfolio file's impact "
        + "estimates); it is not the scenario value of the hedging section, which is in " + Units.PAYOFF + "."));
    blocks.add(new Terms(Sentences.simulation(simulation)));
    List<List<String>> quantiles = new ArrayList<>();
    for (Map.Entry<Double, Double> quantile : simulation.quantiles().entrySet()) {
      quantiles.add(List.of(Numbers.share(quantile.getKey()), Numbers.fixed(quantile.getValue(), 3)));
    }
    blocks.add(new Heading("Quantiles"));
    blocks.add(new Table(List.of("Share of trials at or below", "Total impact (" + Units.IMPACT + ")"), List.of(NUMBER, NUMBER),
        quantiles));
    List<List<String>> facets = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      OptionalDouble probability = simulation.facetSuccessProbability(facet);
      facets.add(List.of(facet.jsonName(), probability.isPresent() ? Numbers.share(probability.getAsDouble())
          : "undefined: no initiative has it as its dominant facet"));
    }
    blocks.add(new Heading("Chance of at least one success per facet"));
    blocks.add(new Table(List.of("Dominant facet", "At least one success"), List.of(TEXT, NUMBER), facets));
    return new Section("simulation", "Monte Carlo simulation", blocks);
  }

  // ---------------------------------------------------------------- attribution

  private Section attribution() {
    Attribution attribution = report.attribution();
    boolean target = score.targetGap().isPresent();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("What each initiative does to the balance: the effective number of facets without it and the "
        + "change that removing it would make, its Euler share of the effective number (the shares of all initiatives "
        + "add up to it)" + (target ? ", the change in the gap to the target (total variation) if it were removed" : "")
        + ", and, from the simulation, its mean contribution to a trial's total and its mean contribution in the worst "
        + Numbers.share(report.simulation().alpha()) + " of trials."));
    Map<String, InitiativeOutcome> outcomes = new java.util.HashMap<>();
    for (InitiativeOutcome outcome : report.simulation().initiatives()) {
      outcomes.put(outcome.id(), outcome);
    }
    List<Initiative> shown = ReportTables.largest(portfolio.initiatives());
    ReportTables.capNote(blocks, portfolio.size(), shown, portfolio);
    List<List<String>> rows = new ArrayList<>();
    for (Initiative initiative : shown) {
      Contribution effective = attribution.initiative(initiative.id(), Metric.EFFECTIVE_FACETS);
      List<String> row = new ArrayList<>(List.of(initiative.name().orElse(""), initiative.id(),
          Numbers.amount(initiative.budget()), ContractClassifier.DEFAULT.classify(initiative).zone().jsonName(),
          Numbers.fixed(effective.valueWithout(), 2), Numbers.signed(effective.changeIfRemoved(), 2),
          Numbers.fixed(effective.eulerShare(), 3)));
      if (target) {
        row.add(Numbers.signed(attribution.initiative(initiative.id(), Metric.TOTAL_VARIATION).changeIfRemoved(), 3));
      }
      InitiativeOutcome outcome = outcomes.get(initiative.id());
      row.add(outcome == null ? Numbers.UNDEFINED : Numbers.fixed(outcome.meanContribution(), 3));
      row.add(outcome == null ? Numbers.UNDEFINED : Numbers.fixed(outcome.tailContribution(), 3));
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Initiative", "Id",
        ReportTables.budgetHeader(portfolio), "Zone",
        "Effective facets without it", "Change", "Euler share (effective facets)"));
    List<Column> columns = new ArrayList<>(List.of(TEXT, KEY, NUMBER, TEXT, NUMBER, NUMBER, NUMBER));
    if (target) {
      header.add("Gap change");
      columns.add(NUMBER);
    }
    header.add("Mean contribution (" + Units.IMPACT + ")");
    header.add("In the worst trials (" + Units.IMPACT + ")");
    columns.add(NUMBER);
    columns.add(NUMBER);
    blocks.add(new Table(header, columns, rows));
    blocks.add(new Heading("By facet"));
    List<List<String>> facets = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      Contribution effective = attribution.facet(facet, Metric.EFFECTIVE_FACETS);
      facets.add(List.of(facet.jsonName(), Numbers.fixed(effective.valueWithout(), 2),
          Numbers.signed(effective.changeIfRemoved(), 2), Numbers.fixed(effective.eulerShare(), 3)));
    }
    blocks.add(new Table(List.of("Facet", "Effective facets without it", "Change if removed", "Euler share (effective facets)"),
        List.of(TEXT, NUMBER, NUMBER, NUMBER), facets));
    return new Section("attribution", "Attribution", blocks);
  }

  // ---------------------------------------------------------------- conventions

  private Section conventions() {
    ScoreConventions conventions = score.conventions();
    SimulationSettings settings = report.simulation().settings();
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("Weighting", conventions.weighting() + ": an initiative counts by its "
        + (conventions.weighting().equals("budget") ? "budget" : conventions.weighting() + " weight") + "."));
    terms.add(new Term("Facet mix of an initiative", "its explicit facets; else its position by the geometric rule; else "
        + "its purpose and driver by the project mapping (the file contract's order)."));
    terms.add(new Term("Zones", "a facet when it holds at least " + Numbers.fixed(GeometricRule.DEFAULT_PURITY, 3)
        + " of the mix; else mixed when both facets of an opposite pair (enhancement and anticipatory, mission and"
        + " adaptive) hold at least " + Numbers.fixed(GeometricRule.OPPOSED_SHARE, 2) + " each; else the type of"
        + " change between the two largest facets when they are neighbours; else mixed."));
    terms.add(new Term("Balance indices", conventions.facetCount() + " facets; logarithm base " + conventions.logBase()
        + " (natural); a facet counts towards variety above a share of " + conventions.varietyThreshold()
        + "; Rao-Stirling distances: " + conventions.disparity().name() + "."));
    report.robustness().ifPresent(robustness -> terms.add(new Term("Hedging", "CVaR over the worst "
        + Numbers.share(robustness.alpha()) + " of probability (alpha " + robustness.alpha() + "); Hurwicz optimism "
        + robustness.hurwiczOptimism() + "; robust allocations by linear programming; trade-off curve of "
        + ReportRequest.TRADE_OFF_POINTS + " points.")));
    terms.add(new Term("Simulation", Numbers.count(settings.trials()) + " trials, seed " + settings.seed() + ", "
        + settings.threads() + " threads (the same seed gives the same numbers on any number of threads); VaR and CVaR "
        + "at alpha " + settings.alpha() + "; " + (settings.correlation().isIndependent() ? "independent successes"
            : "correlated successes (" + settings.correlation() + ")") + "; " + settings.histogramBins()
        + " histogram bins; quantiles interpolate linearly between order statistics."));
    terms.add(new Term("Initiative map", "position if given, else the centroid of the facet mix: "
        + "(m_anticipatory - m_enhancement, m_mission - m_adaptive); bubble area proportional to budget."));
    terms.add(new Term("Facet diamond", "each facet shaded HSL(288\u00b0, 75%, 100 - percent): darker means a larger share."));
    terms.add(new Term("Numbers", "printed in the root locale; a value that does not exist is shown as \u201c"
        + Numbers.UNDEFINED + "\u201d."));
    return new Section("conventions", "Conventions", List.of(new Terms(terms)));
  }

  // ---------------------------------------------------------------- initiatives, selection, glossary, footer

  private Section initiatives() {
    return new Section("initiatives", "Initiatives", ReportTables.initiatives(report));
  }

  private Section selection() {
    return new Section("selection", "Selection under a budget limit", ReportTables.selection(report));
  }

  private Section glossary() {
    return new Section("glossary", "Glossary", List.of(new Terms(Glossary.terms(report))));
  }

  private List<String> footer() {
    return Glossary.provenance(report.request());
  }

  // ---------------------------------------------------------------- helpers

  private String amount(double amount) {
    return amount(amount, score.conventions().weighting().equals("budget") ? portfolio.currency() : Optional.empty());
  }

  static String amount(double amount, Optional<String> currency) {
    return currency.map(code -> Numbers.amount(amount, code)).orElseGet(() -> Numbers.amount(amount));
  }

  private String label(Initiative initiative) {
    return initiative.name().map(name -> name + " (" + initiative.id() + ", " + amount(initiative.budget()) + ")")
        .orElse(initiative.id() + " (" + amount(initiative.budget()) + ")");
  }
}
