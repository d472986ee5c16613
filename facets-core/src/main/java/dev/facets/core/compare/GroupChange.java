package dev.facets.core.compare;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.core.score.GroupScore;
import dev.facets.core.score.Metric;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.core.score.PortfolioScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one group moved between two snapshots ({@code facets compare OLD NEW --group-by KEY}): the
 * change, new minus old, of its number of initiatives, its total weight, each facet share and each
 * balance index.
 *
 * <p>A group found in only one snapshot is added or removed. It counts as a group of no initiatives
 * and no weight in the other, so its weight change is its whole weight (negated when removed); its
 * shares and balance have no change, since a group that does not exist has no shares. The same holds
 * for a group whose weight is zero on either side. This class is immutable and thread-safe.
 */
public final class GroupChange {
  private final Optional<String> key;
  private final Optional<GroupScore> old;
  private final Optional<GroupScore> current;
  private final Optional<FacetValues> shareChange;
  private final Optional<Map<Metric, Double>> balanceChange;

  private GroupChange(Optional<String> key, Optional<GroupScore> old, Optional<GroupScore> current) {
    this.key = key;
    this.old = old;
    this.current = current;
    Optional<PortfolioScore> before = old.flatMap(GroupScore::score);
    Optional<PortfolioScore> after = current.flatMap(GroupScore::score);
    boolean both = before.isPresent() && after.isPresent();
    this.shareChange = both ? Optional.of(shareChange(before.get(), after.get())) : Optional.empty();
    this.balanceChange = both ? Optional.of(Collections.unmodifiableMap(balanceChange(before.get(), after.get())))
        : Optional.empty();
  }

  /**
   * The changes of every group of two groupings by one key: the new snapshot's groups in its order,
   * then the groups only the old one has, in its order.
   */
  static List<GroupChange> of(PortfolioGroups old, PortfolioGroups current) {
    Map<Optional<String>, GroupScore> before = new LinkedHashMap<>();
    old.groups().forEach(group -> before.put(group.key(), group));
    List<GroupChange> changes = new ArrayList<>();
    for (GroupScore group : current.groups()) {
      changes.add(new GroupChange(group.key(), Optional.ofNullable(before.remove(group.key())), Optional.of(group)));
    }
    for (GroupScore group : before.values()) {
      changes.add(new GroupChange(group.key(), Optional.of(group), Optional.empty()));
    }
    return List.copyOf(changes);
  }

  /** New minus old share of each facet. */
  static FacetValues shareChange(PortfolioScore old, PortfolioScore current) {
    double[] shares = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      shares[facet.ordinal()] = current.facetShares().weight(facet) - old.facetShares().weight(facet);
    }
    return FacetValues.of(shares);
  }

  /**
   * New minus old value of each balance index (the target gaps excluded), in {@link Metric}'s order,
   * in a new map of the caller's.
   */
  static Map<Metric, Double> balanceChange(PortfolioScore old, PortfolioScore current) {
    Map<Metric, Double> balance = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      if (!metric.isTargetGap()) {
        balance.put(metric, current.balance().value(metric) - old.balance().value(metric));
      }
    }
    return balance;
  }

  /** {@return the group's value of the key; empty for the initiatives without one} */
  public Optional<String> key() {
    return key;
  }

  /** {@return the group in the old snapshot; empty when the group was added} */
  public Optional<GroupScore> old() {
    return old;
  }

  /** {@return the group in the new snapshot; empty when the group was removed} */
  public Optional<GroupScore> current() {
    return current;
  }

  /** {@return whether only the new snapshot has the group} */
  public boolean isAdded() {
    return old.isEmpty();
  }

  /** {@return whether only the old snapshot has the group} */
  public boolean isRemoved() {
    return current.isEmpty();
  }

  /** {@return new minus old number of initiatives in the group (a missing group has none)} */
  public long initiativesChange() {
    return current.map(GroupScore::initiatives).orElse(0L) - old.map(GroupScore::initiatives).orElse(0L);
  }

  /** {@return new minus old total weight of the group (a missing group weighs nothing)} */
  public double totalWeightChange() {
    return current.map(GroupScore::totalWeight).orElse(0.0) - old.map(GroupScore::totalWeight).orElse(0.0);
  }

  /**
   * {@return new minus old share of each facet; empty when the group has no shares on one side
   * (missing, or of zero weight)}
   */
  public Optional<FacetValues> shareChange() {
    return shareChange;
  }

  /**
   * {@return new minus old value of each balance index, in {@link Metric}'s order; empty when the
   * group has no shares on one side}
   */
  public Optional<Map<Metric, Double>> balanceChange() {
    return balanceChange;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupChange && key.equals(((GroupChange) other).key)
        && old.equals(((GroupChange) other).old) && current.equals(((GroupChange) other).current);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, old, current);
  }

  /** For example {@code GroupChange[key=Health, added, totalWeightChange=2.0E6]}. */
  @Override
  public String toString() {
    return "GroupChange[key=" + key.orElse("null") + (isAdded() ? ", added" : isRemoved() ? ", removed" : "")
        + ", totalWeightChange=" + totalWeightChange() + ", shareChange="
        + shareChange.map(FacetValues::toString).orElse("none") + "]";
  }
}
