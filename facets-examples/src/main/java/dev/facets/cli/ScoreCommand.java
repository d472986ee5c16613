package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.io.PortfolioHeader;
import dev.facets.core.score.Balance;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.score.StreamingTally;
import dev.facets.core.score.TargetGap;
import dev.facets.report.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facets score PORTFOLIO [--weight budget|count|priority] [--target FILE_OR_LIST] [--group-by KEY]}: the facet,
 * zone and stage shares of a portfolio, its balance indices, its lean on both axes and, with a
 * target, the gap to it and a rebalancing plan, exactly as the command-line contract prints them.
 *
 * <p>Beyond the contract's keys (kept in its order) the JSON adds {@code stageShares},
 * {@code conventions}, and in {@code targetGap} {@code perFacetBudget} and {@code rebalancing}; the
 * contract allows additions and forbids renaming.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score a portfolio: facet, zone and stage shares, balance indices, lean, and the gap to a target mix.")
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Mixin WeightOption weight;

  @Mixin TargetOption target;

  @Option(names = "--group-by", paramLabel = "KEY",
      description = GroupsOutput.DESCRIPTION)
  GroupKey groupBy;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Optional<TargetMix> targetMix = target.read();
    Weighting weighting = weight.weighting();
    // Streamed: a register of any length scores in a small heap; the tally is the same to the last
    // bit as that of the whole portfolio held in memory. Grouping keeps the initiatives.
    StreamingTally tally = new StreamingTally(weighting);
    List<Initiative> kept = new ArrayList<>();
    PortfolioHeader portfolio = Inputs.streamPortfolio(portfolioFile.file,
        groupBy == null ? tally::add : initiative -> {
          tally.add(initiative);
          kept.add(initiative);
        });
    PortfolioScore score;
    try {
      score = targetMix.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT)
          .score(portfolio.name(), weighting.name(), tally.tally());
    } catch (IllegalArgumentException e) {
      // Zero total weight and the like: the file is at fault, so name it as the readers do.
      throw new IllegalArgumentException(portfolioFile.file + ": " + e.getMessage(), e);
    }
    List<Path> inputs = new ArrayList<>(List.of(portfolioFile.file));
    target.addFileTo(inputs);
    Optional<PortfolioGroups> groups = Optional.ofNullable(groupBy).map(key -> PortfolioGroups.of(
        new Portfolio.Builder().name(portfolio.name()).addAllInitiatives(kept).build(), weighting, key));
    ObjectNode json = json(score);
    groups.ifPresent(g -> json.set("groups", GroupsOutput.json(g)));
    output.emit(spec.commandLine().getOut(), json, () -> text(score) + groups.map(GroupsOutput::text).orElse(""),
        inputs);
    return FacetsCommand.OK;
  }

  /** The contract's JSON of a score. */
  static ObjectNode json(PortfolioScore score) {
    ObjectNode json = JsonOut.object();
    json.put("portfolio", score.portfolioName());
    json.put("initiatives", score.initiatives());
    json.put("weighting", score.conventions().weighting());
    json.put("totalWeight", score.totalWeight());
    json.set("facetShares", JsonOut.facets(score.facetShares().toArray()));
    ObjectNode zones = json.putObject("zoneShares");
    for (Zone zone : Zone.values()) {
      zones.put(zone.jsonName(), score.zoneShares().get(zone));
    }
    ObjectNode stages = json.putObject("stageShares");
    for (Stage stage : Stage.values()) {
      stages.put(stage.jsonName(), score.stageShares().get(stage));
    }
    stages.put("unspecified", score.unspecifiedStageShare());
    json.set("balance", GroupsOutput.balance(score.balance()));
    ObjectNode lean = json.putObject("lean");
    lean.put("uncertainty", score.lean().uncertainty());
    lean.put("directedness", score.lean().directedness());
    score.targetGap().ifPresent(gap -> json.set("targetGap", json(gap)));
    ObjectNode conventions = json.putObject("conventions");
    conventions.put("logBase", score.conventions().logBase());
    conventions.put("facetCount", score.conventions().facetCount());
    conventions.put("varietyThreshold", score.conventions().varietyThreshold());
    conventions.put("disparity", score.conventions().disparity().name());
    return json;
  }

  private static ObjectNode json(TargetGap gap) {
    ObjectNode json = JsonOut.object();
    json.put("totalVariation", gap.totalVariation());
    json.put("hellinger", gap.hellinger());
    json.put("euclidean", gap.euclidean());
    JsonOut.putOptional(json, "klDivergence", gap.klDivergence());
    json.set("perFacet", JsonOut.facets(gap.perFacet().toArray()));
    json.put("transfer", gap.transfer());
    json.set("target", JsonOut.facets(gap.target().mix().toArray()));
    json.set("perFacetBudget", JsonOut.facets(gap.perFacetBudget().toArray()));
    ArrayNode plan = json.putArray("rebalancing");
    for (BudgetTransfer move : gap.rebalancing()) {
      plan.addObject().put("from", move.from().jsonName()).put("to", move.to().jsonName()).put("amount", move.amount());
    }
    return json;
  }

  /** The score for a person: shares as bars, then the indices, the lean and the gap. */
  static String text(PortfolioScore score) {
    StringBuilder text = new StringBuilder();
    line(text, "%s: %d initiatives, total weight %s by %s", score.portfolioName(), score.initiatives(),
        Numbers.amount(score.totalWeight()), score.conventions().weighting());
    line(text, "Facet shares:");
    for (Facet facet : Facet.ordered()) {
      double share = score.facetShares().weight(facet);
      line(text, "  %-13s %5.1f %%  %s", facet.jsonName(), 100 * share, "#".repeat((int) Math.round(40 * share)));
    }
    line(text, "Zone shares:");
    for (Zone zone : Zone.values()) {
      double share = score.zoneShares().get(zone);
      if (share > 0) {
        line(text, "  %-15s %5.1f %%", zone.jsonName(), 100 * share);
      }
    }
    Balance balance = score.balance();
    line(text, "Balance: variety %d, entropy %.4f (evenness %.4f), HHI %.4f (normalised %.4f),",
        balance.variety(), balance.shannonEntropy(), balance.evenness(), balance.hhi(), balance.normalizedHhi());
    line(text, "  Gini-Simpson %.4f, effective facets %.4f (1/HHI) and %.4f (e^H), Rao-Stirling %.4f",
        balance.giniSimpson(), balance.effectiveFacets(), balance.shannonEffectiveFacets(), balance.raoStirling());
    line(text, "Lean: uncertainty %+.4f, directedness %+.4f", score.lean().uncertainty(), score.lean().directedness());
    score.targetGap().ifPresent(gap -> {
      line(text, "Gap to target %s:", gap.target());
      line(text, "  total variation %.4f, Hellinger %.4f, Euclidean %.4f, KL %s", gap.totalVariation(),
          gap.hellinger(), gap.euclidean(),
          gap.klDivergence().isPresent() ? String.format(Locale.ROOT, "%.4f", gap.klDivergence().getAsDouble())
              : "undefined (the target is 0 on a facet the portfolio holds)");
      line(text, "  least transfer %s", Numbers.amount(gap.transfer()));
      for (BudgetTransfer move : gap.rebalancing()) {
        line(text, "  move %s from %s to %s", Numbers.amount(move.amount()), move.from().jsonName(), move.to().jsonName());
      }
    });
    return text.toString();
  }

  private static void line(StringBuilder text, String format, Object... arguments) {
    text.append(String.format(Locale.ROOT, format, arguments)).append(System.lineSeparator());
  }
}
