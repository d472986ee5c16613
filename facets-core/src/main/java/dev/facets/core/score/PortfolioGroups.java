package dev.facets.core.score;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.FacetMix;
import dev.facets.api.Zone;
import dev.facets.api.Weighting;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.InitiativeZones;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio scored group by group: {@code facets score --group-by KEY}.
 *
 * <p>Each group's initiatives are loaded into their own {@link ColumnarPortfolio} and tallied by the
 * same pass as the whole portfolio, so a group scores exactly as a portfolio of its initiatives
 * would; the groups come in the order in which their first initiative appears. Weights are checked
 * as the scorer checks them (naming the initiative by its index in the whole portfolio). Groups by
 * any key but {@code tag} partition the portfolio, so their tallies merge into the whole's. This class
 * is immutable and thread-safe.
 */
public final class PortfolioGroups {
  private final GroupKey key;
  private final List<GroupScore> groups;

  private PortfolioGroups(GroupKey key, List<GroupScore> groups) {
    this.key = key;
    this.groups = List.copyOf(groups);
  }

  /**
   * {@return the portfolio's groups by a key, scored under a weighting with the contract's
   * conventions (the {@link PortfolioScorer#DEFAULT default} scorer's disparity)}
   *
   * @param portfolio the portfolio, not null
   * @param weighting what each initiative weighs, not null
   * @param key what to group by, not null
   * @throws dev.facets.api.InvalidValueException if the weighting gives an initiative a weight that
   *     is NaN, infinite or negative
   */
  public static PortfolioGroups of(Portfolio portfolio, Weighting weighting, GroupKey key) {
    return of(PortfolioScorer.DEFAULT, portfolio, weighting, key);
  }

  /**
   * The portfolio's groups by a key, scored under a weighting by a given scorer (whose disparity
   * prices Rao-Stirling; its target, if any, is not used: groups have no target gap).
   *
   * @param scorer the scorer whose disparity the groups' balance uses, not null
   * @param portfolio the portfolio, not null
   * @param weighting what each initiative weighs, not null
   * @param key what to group by, not null
   * @return the groups, each scored when its total weight is above zero
   * @throws dev.facets.api.InvalidValueException if the weighting gives an initiative a weight that
   *     is NaN, infinite or negative
   */
  public static PortfolioGroups of(PortfolioScorer scorer, Portfolio portfolio, Weighting weighting, GroupKey key) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(key, "key");
    Map<Optional<String>, ColumnarPortfolio.Builder> builders = new LinkedHashMap<>();
    for (int i = 0; i < portfolio.size(); i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      double weight = Weights.of(weighting, initiative, i);
      for (Optional<String> group : key.groupsOf(initiative)) {
        ColumnarPortfolio.Builder builder = builders.computeIfAbsent(group,
            unused -> new ColumnarPortfolio.Builder(portfolio.name(), weighting.name()));
        FacetMix mix = InitiativeMixes.of(initiative);
        Zone zone = InitiativeZones.of(initiative);
        if (initiative.stage().isPresent()) {
          builder.add(initiative.id(), weight, mix, zone, initiative.stage().get());
        } else {
          builder.add(initiative.id(), weight, mix, zone);
        }
      }
    }
    ScoreConventions conventions = ScoreConventions.of(weighting.name(), scorer.disparity());
    List<GroupScore> groups = new ArrayList<>(builders.size());
    for (Map.Entry<Optional<String>, ColumnarPortfolio.Builder> entry : builders.entrySet()) {
      FacetTally tally = entry.getValue().build().tally();
      // A group of zero weight has no shares; it is still a group (it holds initiatives).
      Optional<PortfolioScore> score = tally.totalWeight() > 0
          ? Optional.of(PortfolioScore.of(portfolio.name(), conventions, tally, Optional.empty()))
          : Optional.empty();
      groups.add(new GroupScore(entry.getKey(), tally, score));
    }
    return new PortfolioGroups(key, groups);
  }

  /** {@return the key of the grouping} */
  public GroupKey key() {
    return key;
  }

  /**
   * {@return the groups, in order of first appearance in the portfolio; at least one for a
   * non-empty portfolio}
   */
  public List<GroupScore> groups() {
    return groups;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PortfolioGroups && key.equals(((PortfolioGroups) other).key)
        && groups.equals(((PortfolioGroups) other).groups);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + groups.hashCode();
  }

  /** For example {@code PortfolioGroups[GroupKey[stage], 3 groups]}. */
  @Override
  public String toString() {
    return "PortfolioGroups[" + key + ", " + groups.size() + " groups]";
  }
}
