package dev.facets.report;

import static dev.facets.report.Doc.Column.KEY;
import static dev.facets.report.Doc.Column.NUMBER;
import static dev.facets.report.Doc.Column.TEXT;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.select.Selection;
import dev.facets.core.select.SelectionObjective;
import dev.facets.core.select.SelectionResult;
import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Bullets;
import dev.facets.report.Doc.Note;
import dev.facets.report.Doc.Paragraph;
import dev.facets.report.Doc.Heading;
import dev.facets.report.Doc.Table;
import dev.facets.report.Doc.Term;
import dev.facets.report.Doc.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The report's tables of initiatives: the register as given (the inputs of every figure), its stage
 * shares, and the selection under a budget limit. Like {@link ReportContent} it arranges engine
 * results and inputs; it computes no metric.
 *
 * <p>Size: a table of initiatives (here, and the attribution's) lists at most {@link #LIMIT}; a larger
 * register is shown by its {@link #LIMIT} largest budgets (ties by file order), in file order, and a
 * paragraph says so. Every figure of the report still covers every initiative.
 */
final class ReportTables {
  /** The most initiatives a table lists, as many as the scenario table's limit. */
  static final int LIMIT = 50;

  private ReportTables() {}

  /** The register: each initiative's inputs, then the stage shares. */
  static List<Block> initiatives(PortfolioReport report) {
    Portfolio portfolio = report.request().portfolio();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("The initiatives as the portfolio file gives them: the inputs of every figure below. The mix "
        + "source says where an initiative's facet mix comes from (its facets, else its position, else its purpose and "
        + "driver), the zone is where that mix puts it on the diamond, and the priority is medium unless given."));
    List<Initiative> shown = largest(portfolio.initiatives());
    capNote(blocks, portfolio.initiatives().size(), shown, portfolio);
    List<List<String>> rows = new ArrayList<>();
    for (Initiative initiative : shown) {
      rows.add(List.of(initiative.id(), initiative.name().orElse(""), Numbers.amount(initiative.budget()),
          mixSource(initiative), ContractClassifier.DEFAULT.classify(initiative).zone().jsonName(),
          initiative.stage().map(Stage::jsonName).orElse("not given"), initiative.priority().jsonName()));
    }
    blocks.add(new Table(List.of("Id", "Name", budgetHeader(portfolio), "Mix source", "Zone", "Stage", "Priority"),
        List.of(KEY, TEXT, NUMBER, TEXT, TEXT, TEXT, TEXT), rows));
    blocks.add(new Heading("Stages"));
    PortfolioScore score = report.score();
    String weight = score.conventions().weighting().equals("budget") ? "budget" : score.conventions().weighting() + " weight";
    blocks.add(new Paragraph("The share of the " + weight + " at each stage of the innovation lifecycle."));
    List<List<String>> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stages.add(List.of(stage.jsonName(), Numbers.share(score.stageShares().getOrDefault(stage, 0.0))));
    }
    stages.add(List.of("not given", Numbers.share(score.unspecifiedStageShare())));
    blocks.add(new Table(List.of("Stage", "Share of " + weight), List.of(TEXT, NUMBER), stages));
    return blocks;
  }

  /**
   * Where an initiative's facet mix comes from, in the order the file contract reads them (the same
   * order the classifier follows).
   */
  static String mixSource(Initiative initiative) {
    if (initiative.facets().isPresent()) {
      return "facets";
    }
    if (initiative.position().isPresent()) {
      return "position";
    }
    return "purpose and driver (" + initiative.purpose().map(purpose -> purpose.jsonName()).orElse("?") + ", "
        + initiative.driver().map(driver -> driver.jsonName()).orElse("?") + ")";
  }

  /** The selection under the budget limit, or a note saying why there is none. */
  static List<Block> selection(PortfolioReport report) {
    ReportRequest request = report.request();
    Portfolio portfolio = request.portfolio();
    if (request.budgetLimit().isEmpty()) {
      return List.of(new Note("No budget limit was given (facets report --budget B), so there is no selection of "
          + "initiatives to fund."));
    }
    Optional<SelectionResult> maybe = report.selection();
    if (maybe.isEmpty()) {
      String missing = Analyses.withoutImpact(request).map(Initiative::id).orElse("?");
      return List.of(new Note("A budget limit was given, but there is nothing to select by: initiative " + missing
          + " has no impact, so the expected value cannot be the objective, and there is no target mix (--target) to "
          + "come close to and no scenario set (--scenarios) to keep the regret low across."));
    }
    SelectionResult result = maybe.get();
    SelectionObjective objective = result.objective().orElseThrow();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Which whole initiatives to fund, each at its budget, within a budget limit of "
        + ReportContent.amount(result.budgetLimit(), portfolio.currency()) + ": the selection facets select makes, with the objective "
        + objectiveWords(objective) + " (the default for this input: " + defaultReason(objective) + ")."));
    List<Term> figures = new ArrayList<>();
    figures.add(new Term("Status " + result.status().jsonName(), statusWords(result)));
    boolean valued = Analyses.withoutImpact(request).isEmpty();
    result.best().ifPresent(best -> {
      figures.add(new Term("Funded " + Numbers.count(best.ids().size()) + " of " + Numbers.count(portfolio.size())
          + " initiatives", "together costing " + ReportContent.amount(best.cost(), portfolio.currency()) + " and leaving "
              + ReportContent.amount(result.unspent().orElse(0), portfolio.currency()) + " of the limit unspent."));
      if (valued) {
        figures.add(new Term("Expected value " + Numbers.fixed(best.value(), 3) + " " + Units.IMPACT, "the sum over the funded "
            + "initiatives of success probability times mean impact" + (request.scenarios().isPresent()
                ? ", times the probability-weighted payoff of the initiative's facet mix across the scenarios" : "")
            + "."));
      }
      best.distance().ifPresent(distance -> figures.add(new Term("Distance " + Numbers.fixed(distance, 3),
          "the total variation between the funded facet mix and the target: the share of funded budget on facets the target "
              + "would not put it on.")));
      best.maxRegret().ifPresent(regret -> figures.add(new Term("Maximum regret " + Numbers.fixed(regret, 3) + " " + Units.PAYOFF,
          "of the funded facet mix across the scenarios.")));
    });
    blocks.add(new Terms(figures));
    result.best().ifPresent(best -> funded(blocks, best, portfolio, report));
    if (!result.diagnosis().isEmpty()) {
      blocks.add(new Heading(result.best().isPresent() ? "Why" : "Why not"));
      blocks.add(new Bullets(result.diagnosis()));
    }
    return blocks;
  }

  private static void funded(List<Block> blocks, Selection best, Portfolio portfolio, PortfolioReport report) {
    Set<String> ids = new HashSet<>(best.ids());
    List<Initiative> chosen = portfolio.initiatives().stream().filter(initiative -> ids.contains(initiative.id()))
        .collect(Collectors.toList());
    blocks.add(new Heading("Funded initiatives"));
    List<Initiative> shown = largest(chosen);
    capNote(blocks, chosen.size(), shown, portfolio);
    List<List<String>> rows = new ArrayList<>();
    for (Initiative initiative : shown) {
      rows.add(List.of(initiative.id(), initiative.name().orElse(""), Numbers.amount(initiative.budget()),
          ContractClassifier.DEFAULT.classify(initiative).zone().jsonName()));
    }
    blocks.add(new Table(List.of("Id", "Name", budgetHeader(portfolio), "Zone"), List.of(KEY, TEXT, NUMBER, TEXT), rows));
    List<List<String>> mix = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      mix.add(List.of(facet.jsonName(), Numbers.share(best.shares().weight(facet)),
          Numbers.share(report.score().facetShares().weight(facet))));
    }
    blocks.add(new Table(List.of("Facet", "Share of the funded budget", "Share of the whole portfolio"),
        List.of(TEXT, NUMBER, NUMBER), mix));
  }

  private static String objectiveWords(SelectionObjective objective) {
    switch (objective) {
      case VALUE:
        return "most expected value";
      case DISTANCE:
        return "least distance to the target mix";
      default:
        return "least maximum regret across the scenarios";
    }
  }

  private static String defaultReason(SelectionObjective objective) {
    switch (objective) {
      case VALUE:
        return "every initiative has an impact";
      case DISTANCE:
        return "some initiative has no impact, and a target mix was given";
      default:
        return "some initiative has no impact, no target mix was given, and scenarios were";
    }
  }

  private static String statusWords(SelectionResult result) {
    switch (result.status()) {
      case OPTIMAL:
        return "the search finished: no other selection within the limit does better.";
      case TIME_LIMIT_REACHED:
        return "the time limit (" + result.timeLimit().toSeconds() + " seconds) cut the search short: the selection below is "
            + "the best found, " + (result.bestProven() ? "and proven best anyway." : "not proven best.");
      default:
        return "no selection can be funded under these constraints; the reasons follow.";
    }
  }

  /** The budget column's header: with the portfolio's currency when it has one. */
  static String budgetHeader(Portfolio portfolio) {
    return portfolio.currency().map(currency -> "Budget (" + currency + ")").orElse("Budget");
  }

  /**
   * All initiatives up to {@link #LIMIT}; else the {@link #LIMIT} with the largest budgets, ties going
   * to the earlier one, in their given order.
   */
  static List<Initiative> largest(List<Initiative> initiatives) {
    if (initiatives.size() <= LIMIT) {
      return List.copyOf(initiatives);
    }
    // A stable sort by budget keeps the file order among equal budgets; then back to file order.
    return IntStream.range(0, initiatives.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer at) -> initiatives.get(at).budget()).reversed())
        .limit(LIMIT).sorted().map(initiatives::get).collect(Collectors.toUnmodifiableList());
  }

  /** Says, when a table shows fewer initiatives than there are, which it shows and that figures cover all. */
  static void capNote(List<Block> blocks, int total, List<Initiative> shown, Portfolio portfolio) {
    if (shown.size() == total) {
      return;
    }
    double budget = shown.stream().mapToDouble(Initiative::budget).sum();
    double all = portfolio.initiatives().stream().mapToDouble(Initiative::budget).sum();
    blocks.add(new Paragraph("There are " + Numbers.count(total) + " initiatives here, more than the " + LIMIT
        + " this report lists: the table shows the " + shown.size() + " with the largest budgets ("
        + ReportContent.amount(budget, portfolio.currency()) + ", " + Numbers.share(all == 0 ? 0 : budget / all)
        + " of the portfolio's budget), in the order of the portfolio file. Every figure of the report covers all of "
        + "them; facets map --csv lists each one's zone."));
  }
}
