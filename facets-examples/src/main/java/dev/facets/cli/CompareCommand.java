package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import dev.facets.core.compare.InitiativeChange;
import dev.facets.core.compare.PortfolioComparison;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.report.Numbers;
import dev.facets.report.charts.ChartFormat;
import dev.facets.report.charts.ComparisonCharts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code facets compare OLD NEW [--weight budget|count|priority] [--group-by KEY]}: two snapshots of
 * one register, matched by id: the initiatives added, removed and changed (with the fields that
 * changed), and how the facet shares and every balance index moved (new minus old).
 *
 * <p>Beyond the contract's keys (kept in its order) the JSON adds {@code initiatives} and
 * {@code balance} to {@code old} and {@code new}, {@code groups} there with {@code --group-by} and
 * beside them {@code groupChanges} (each group's changes, new minus old; see
 * {@link GroupChangesOutput}), and {@code weighting}. {@code --chart FILE.svg|FILE.png} also draws the
 * before/after facet diamond: the
 * new shares shade the cells, the old shares are a faint outline and the new ones a bold outline.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two snapshots of one register: initiatives added, removed and changed, and how the "
        + "facet shares and balance moved.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older snapshot: " + PortfolioFile.DESCRIPTION)
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer snapshot: " + PortfolioFile.DESCRIPTION)
  Path newFile;

  @Mixin SheetOption sheet;

  @Mixin WeightOption weight;

  @Option(names = "--group-by", paramLabel = "KEY",
      description = GroupsOutput.DESCRIPTION)
  GroupKey groupBy;

  @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png", converter = OutputOptions.TargetConverter.class,
      description = "Also draw the before/after facet diamond into FILE (SVG or PNG by its extension; written atomically).")
  Path chart;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    List<Path> inputs = List.of(oldFile, newFile);
    Optional<ChartFormat> chartFormat = Optional.ofNullable(chart).map(file -> OptionValues.chartFormat(spec, "--chart", file));
    Weighting weighting = weight.weighting();
    Portfolio old = sheet.read(oldFile);
    Portfolio current = sheet.read(newFile);
    // Score each snapshot first so that a zero total weight names its file, as score does.
    scorable(oldFile, old, weighting);
    scorable(newFile, current, weighting);
    PortfolioComparison comparison = groupBy == null ? PortfolioComparison.of(old, current, weighting)
        : PortfolioComparison.of(old, current, weighting, groupBy);
    // The chart and the output are one result: rendered first, then the chart is written.
    chartFormat.ifPresent(format -> OutputOptions.writeAtomically(chart, ComparisonCharts.beforeAfter(
        "Facet shares, " + date(comparison.old()) + " (grey) to " + date(comparison.current()) + " (orange)",
        comparison.old().score().facetShares(), comparison.current().score().facetShares()).encode(format), inputs));
    output.emit(spec.commandLine().getOut(), json(comparison, weighting), () -> text(comparison, weighting),
        inputs);
    return FacetsCommand.OK;
  }

  private static void scorable(Path file, Portfolio portfolio, Weighting weighting) {
    try {
      PortfolioScorer.DEFAULT.score(portfolio, weighting);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The contract's JSON of a comparison. */
  static ObjectNode json(PortfolioComparison comparison, Weighting weighting) {
    ObjectNode json = JsonOut.object();
    json.set("old", json(comparison.old()));
    json.set("new", json(comparison.current()));
    json.set("shareChange", JsonOut.facets(comparison.shareChange().toArray()));
    json.set("balanceChange", GroupChangesOutput.balanceChange(comparison.balanceChange()));
    ArrayNode added = json.putArray("added");
    comparison.added().forEach(added::add);
    ArrayNode removed = json.putArray("removed");
    comparison.removed().forEach(removed::add);
    ArrayNode changed = json.putArray("changed");
    for (InitiativeChange change : comparison.changed()) {
      ObjectNode node = changed.addObject().put("id", change.id());
      ArrayNode fields = node.putArray("fields");
      change.fields().forEach(fields::add);
    }
    if (comparison.current().groups().isPresent()) {
      json.set("groupChanges", GroupChangesOutput.json(comparison.groupChanges()));
    }
    json.put("weighting", weighting.name());
    return json;
  }

  private static ObjectNode json(PortfolioComparison.Snapshot snapshot) {
    PortfolioScore score = snapshot.score();
    ObjectNode json = JsonOut.object();
    json.put("portfolio", score.portfolioName());
    if (snapshot.asOf().isPresent()) {
      json.put("asOf", snapshot.asOf().get().toString());
    } else {
      json.putNull("asOf");
    }
    json.put("totalWeight", score.totalWeight());
    json.set("facetShares", JsonOut.facets(score.facetShares().toArray()));
    json.put("initiatives", score.initiatives());
    json.set("balance", GroupsOutput.balance(score.balance()));
    snapshot.groups().ifPresent(groups -> json.set("groups", GroupsOutput.json(groups)));
    return json;
  }

  /** The comparison for a person: shares and indices side by side, then the members that moved. */
  static String text(PortfolioComparison comparison, Weighting weighting) {
    StringBuilder text = new StringBuilder();
    PortfolioScore old = comparison.old().score();
    PortfolioScore current = comparison.current().score();
    if (old.portfolioName().equals(current.portfolioName())) {
      line(text, "%s: %s -> %s, weighted by %s", old.portfolioName(), date(comparison.old()), date(comparison.current()),
          weighting.name());
    } else {
      line(text, "%s (%s) -> %s (%s), weighted by %s", old.portfolioName(), date(comparison.old()), current.portfolioName(),
          date(comparison.current()), weighting.name());
    }
    line(text, "  %-24s %12s %12s", "", "old", "new");
    line(text, "  %-24s %12s %12s", "initiatives", Numbers.count(old.initiatives()), Numbers.count(current.initiatives()));
    line(text, "  %-24s %12s %12s", "total weight", Numbers.number(old.totalWeight()),
        Numbers.number(current.totalWeight()));
    line(text, "Facet shares:");
    for (Facet facet : Facet.ordered()) {
      line(text, "  %-24s %12s %12s   %s points", facet.jsonName(), Numbers.share(old.facetShares().weight(facet)),
          Numbers.share(current.facetShares().weight(facet)),
          Numbers.signed(100 * comparison.shareChange().get(facet), 1));
    }
    line(text, "Balance:");
    for (Map.Entry<Metric, Double> change : comparison.balanceChange().entrySet()) {
      Metric metric = change.getKey();
      if (metric == Metric.VARIETY) {
        line(text, "  %-24s %12d %12d   %s", metric.jsonName(), old.balance().variety(), current.balance().variety(),
            Numbers.signed(change.getValue(), 0));
        continue;
      }
      line(text, "  %-24s %12s %12s   %s", metric.jsonName(), Numbers.fixed(old.balance().value(metric), 4),
          Numbers.fixed(current.balance().value(metric), 4), Numbers.signed(change.getValue(), 4));
    }
    line(text, "Added: %s", members(comparison.added()));
    line(text, "Removed: %s", members(comparison.removed()));
    line(text, "Changed: %s", comparison.changed().isEmpty() ? "none" : "");
    for (InitiativeChange change : comparison.changed()) {
      line(text, "  %s: %s", change.id(), String.join(", ", change.fields()));
    }
    comparison.old().groups().ifPresent(groups -> text.append("Old snapshot. ").append(GroupsOutput.text(groups)));
    comparison.current().groups().ifPresent(groups -> text.append("New snapshot. ").append(GroupsOutput.text(groups))
        .append(GroupChangesOutput.text(groups.key(), comparison.groupChanges())));
    return text.toString();
  }

  private static String date(PortfolioComparison.Snapshot snapshot) {
    return snapshot.asOf().map(Object::toString).orElse("undated");
  }

  private static String members(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.size() + " (" + String.join(", ", ids) + ")";
  }

  private static void line(StringBuilder text, String format, Object... arguments) {
    text.append(String.format(Locale.ROOT, format, arguments).stripTrailing()).append(System.lineSeparator());
  }
}
