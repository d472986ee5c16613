package dev.facets.core.compare;

import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Two snapshots of one register compared ({@code facets compare OLD NEW}): both scores, the change of
 * every facet share and balance index (new minus old), and the initiatives added, removed and
 * changed, matched by id.
 *
 * <p>Added ids come in the new snapshot's order, removed ids in the old one's, changed initiatives in
 * the new snapshot's order. With a {@link GroupKey}, both snapshots are also scored group by group,
 * and each group's changes are given as {@link GroupChange}s.
 * Comparing a snapshot with itself gives no changes and changes of exactly zero; swapping the
 * snapshots swaps added and removed and negates every change. This class is immutable and
 * thread-safe.
 */
public final class PortfolioComparison {
  private final Snapshot old;
  private final Snapshot current;
  private final FacetValues shareChange;
  private final Map<Metric, Double> balanceChange;
  private final List<String> added;
  private final List<String> removed;
  private final List<InitiativeChange> changed;
  private final List<GroupChange> groupChanges;

  private PortfolioComparison(Snapshot old, Snapshot current, List<String> added, List<String> removed,
      List<InitiativeChange> changed) {
    this.old = old;
    this.current = current;
    this.shareChange = GroupChange.shareChange(old.score(), current.score());
    this.balanceChange = Collections.unmodifiableMap(GroupChange.balanceChange(old.score(), current.score()));
    this.groupChanges = old.groups().isPresent() && current.groups().isPresent()
        ? List.copyOf(GroupChange.of(old.groups().get(), current.groups().get())) : List.of();
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.changed = List.copyOf(changed);
  }

  /**
   * Compares two snapshots under a weighting, with the contract's scorer.
   *
   * @param old the earlier snapshot, not null
   * @param current the later snapshot, not null; it may be {@code old} itself (no changes at all)
   * @param weighting how both snapshots weigh their initiatives, not null
   * @return the comparison, without groups
   * @throws dev.facets.api.InvalidValueException if a snapshot has zero total weight or a bad weight
   */
  public static PortfolioComparison of(Portfolio old, Portfolio current, Weighting weighting) {
    return of(old, current, weighting, Optional.empty());
  }

  /**
   * Compares two snapshots under a weighting and scores both group by group.
   *
   * @param old the earlier snapshot, not null
   * @param current the later snapshot, not null
   * @param weighting how both snapshots weigh their initiatives, not null
   * @param key what groups the initiatives of both snapshots, not null; a group present in one
   *     snapshot only appears in that snapshot's {@link Snapshot#groups() groups}
   * @return the comparison, with both snapshots' groups
   * @throws dev.facets.api.InvalidValueException if a snapshot has zero total weight or a bad weight
   */
  public static PortfolioComparison of(Portfolio old, Portfolio current, Weighting weighting, GroupKey key) {
    return of(old, current, weighting, Optional.of(key));
  }

  private static PortfolioComparison of(Portfolio old, Portfolio current, Weighting weighting,
      Optional<GroupKey> key) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(weighting, "weighting");
    List<String> added = new ArrayList<>();
    List<InitiativeChange> changed = new ArrayList<>();
    for (Initiative initiative : current.initiatives()) {
      Optional<Initiative> before = old.initiative(initiative.id());
      if (before.isEmpty()) {
        added.add(initiative.id());
      } else {
        List<String> fields = InitiativeFields.changed(before.get(), initiative);
        if (!fields.isEmpty()) {
          changed.add(new InitiativeChange(initiative.id(), fields));
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (Initiative initiative : old.initiatives()) {
      if (current.initiative(initiative.id()).isEmpty()) {
        removed.add(initiative.id());
      }
    }
    return new PortfolioComparison(Snapshot.of(old, weighting, key), Snapshot.of(current, weighting, key),
        added, removed, changed);
  }

  /** {@return the old snapshot: its score, date and groups} */
  public Snapshot old() {
    return old;
  }

  /** {@return the new snapshot: its score, date and groups} */
  public Snapshot current() {
    return current;
  }

  /**
   * {@return new minus old facet share, per facet, each in [-1, 1]; the four sum to zero within
   * rounding}
   */
  public FacetValues shareChange() {
    return shareChange;
  }

  /**
   * {@return new minus old value of each of the nine balance indices, in {@link Metric}'s order}
   * The target gaps are not among them (a comparison has no target). The map is unmodifiable.
   */
  public Map<Metric, Double> balanceChange() {
    return balanceChange;
  }

  /** {@return the ids only in the new snapshot, in its order; empty when none was added} */
  public List<String> added() {
    return added;
  }

  /** {@return the ids only in the old snapshot, in its order; empty when none was removed} */
  public List<String> removed() {
    return removed;
  }

  /**
   * {@return the initiatives in both snapshots whose fields differ, in the new snapshot's order;
   * empty when none changed}
   */
  public List<InitiativeChange> changed() {
    return changed;
  }

  /**
   * {@return how each group moved, when the comparison was asked for a key (else empty): the new
   * snapshot's groups in its order, then the groups only the old one has}
   */
  public List<GroupChange> groupChanges() {
    return groupChanges;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PortfolioComparison)) {
      return false;
    }
    PortfolioComparison that = (PortfolioComparison) other;
    return old.equals(that.old) && current.equals(that.current) && added.equals(that.added)
        && removed.equals(that.removed) && changed.equals(that.changed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(old, current, added, removed, changed);
  }

  /** For example {@code PortfolioComparison[added=[m-014], removed=[], changed=[...], shareChange=...]}. */
  @Override
  public String toString() {
    return "PortfolioComparison[added=" + added + ", removed=" + removed + ", changed=" + changed
        + ", shareChange=" + shareChange + ", balanceChange=" + balanceChange + "]";
  }

  /** One side of a comparison: the snapshot's score, its date, and its groups when a key was given. */
  public static final class Snapshot {
    private final PortfolioScore score;
    private final Optional<LocalDate> asOf;
    private final Optional<PortfolioGroups> groups;

    private Snapshot(PortfolioScore score, Optional<LocalDate> asOf, Optional<PortfolioGroups> groups) {
      this.score = score;
      this.asOf = asOf;
      this.groups = groups;
    }

    static Snapshot of(Portfolio portfolio, Weighting weighting, Optional<GroupKey> key) {
      return new Snapshot(PortfolioScorer.DEFAULT.score(portfolio, weighting), portfolio.asOf(),
          key.map(k -> PortfolioGroups.of(portfolio, weighting, k)));
    }

    /** {@return the snapshot's score under the comparison's weighting} */
    public PortfolioScore score() {
      return score;
    }

    /** {@return the snapshot's date ({@code asOf}), or empty when its file gives none} */
    public Optional<LocalDate> asOf() {
      return asOf;
    }

    /** {@return the snapshot's groups, or empty when the comparison was not asked for a key} */
    public Optional<PortfolioGroups> groups() {
      return groups;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Snapshot && score.equals(((Snapshot) other).score)
          && asOf.equals(((Snapshot) other).asOf) && groups.equals(((Snapshot) other).groups);
    }

    @Override
    public int hashCode() {
      return Objects.hash(score, asOf, groups);
    }

    /** For example {@code Snapshot[2026-11-01, PortfolioScore[...]]}. */
    @Override
    public String toString() {
      return "Snapshot[" + asOf.map(LocalDate::toString).orElse("undated") + ", " + score + "]";
    }
  }
}
