package dev.facets.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.Weighting;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link PortfolioComparison}: a snapshot compared with itself has no changes, and
 * swapping the snapshots swaps added and removed and negates every change.
 */
class PortfolioComparisonProperties {
  @Test
  void aSnapshotComparedWithItselfHasNoChanges() {
    qt().withFixedSeed(1311).withGenerateAttempts(10_000).forAll(Generators.fundedPortfolios())
        .checkAssert(portfolio -> {
          PortfolioComparison same = PortfolioComparison.of(portfolio, portfolio, Weighting.budget(), GroupKey.tag());
          assertEquals(List.of(), same.added());
          assertEquals(List.of(), same.removed());
          assertEquals(List.of(), same.changed());
          for (Facet facet : Facet.ordered()) {
            assertEquals(0.0, same.shareChange().get(facet));
          }
          same.balanceChange().values().forEach(change -> assertEquals(0.0, change));
          assertEquals(same.old().groups(), same.current().groups());
          for (GroupChange group : same.groupChanges()) {
            assertTrue(!group.isAdded() && !group.isRemoved(), group.toString());
            assertEquals(0, group.initiativesChange());
            assertEquals(0.0, group.totalWeightChange());
            group.shareChange().ifPresent(shares -> {
              for (Facet facet : Facet.ordered()) {
                assertEquals(0.0, shares.get(facet));
              }
            });
            group.balanceChange().ifPresent(balance -> balance.values().forEach(change -> assertEquals(0.0, change)));
          }
        });
  }

  @Test
  void swappingTheSnapshotsNegatesTheChanges() {
    qt().withFixedSeed(1312).withGenerateAttempts(10_000)
        .forAll(Generators.fundedPortfolios(), Generators.fundedPortfolios()).checkAssert((a, b) -> {
          PortfolioComparison forward = PortfolioComparison.of(a, b, Weighting.budget());
          PortfolioComparison backward = PortfolioComparison.of(b, a, Weighting.budget());
          assertEquals(forward.added(), backward.removed());
          assertEquals(forward.removed(), backward.added());
          assertEquals(forward.changed().stream().map(InitiativeChange::id).sorted().toList(),
              backward.changed().stream().map(InitiativeChange::id).sorted().toList());
          for (Facet facet : Facet.ordered()) {
            assertEquals(forward.shareChange().get(facet), -backward.shareChange().get(facet), 0.0);
          }
          for (Metric metric : forward.balanceChange().keySet()) {
            assertEquals(forward.balanceChange().get(metric), -backward.balanceChange().get(metric), 0.0,
                metric.jsonName());
          }
        });
  }

  @Test
  void swappingTheSnapshotsNegatesEveryGroupsChanges() {
    AtomicInteger kept = new AtomicInteger();
    AtomicInteger added = new AtomicInteger();
    qt().withFixedSeed(1313).withGenerateAttempts(10_000)
        .forAll(Generators.fundedPortfolios(), Generators.fundedPortfolios()).checkAssert((a, b) -> {
          Map<Optional<String>, GroupChange> forward = byKey(PortfolioComparison.of(a, b, Weighting.budget(), GroupKey.tag()));
          Map<Optional<String>, GroupChange> backward = byKey(PortfolioComparison.of(b, a, Weighting.budget(), GroupKey.tag()));
          assertEquals(forward.keySet(), backward.keySet());
          for (Map.Entry<Optional<String>, GroupChange> entry : forward.entrySet()) {
            GroupChange there = entry.getValue();
            GroupChange back = backward.get(entry.getKey());
            (there.isAdded() ? added : kept).incrementAndGet();
            assertEquals(there.isAdded(), back.isRemoved());
            assertEquals(there.isRemoved(), back.isAdded());
            assertEquals(there.initiativesChange(), -back.initiativesChange());
            assertEquals(there.totalWeightChange(), -back.totalWeightChange(), 0.0);
            assertEquals(there.shareChange().isPresent(), back.shareChange().isPresent());
            there.shareChange().ifPresent(shares -> {
              for (Facet facet : Facet.ordered()) {
                assertEquals(shares.get(facet), -back.shareChange().get().get(facet), 0.0);
              }
            });
            there.balanceChange().ifPresent(balance -> balance.forEach((metric, change) ->
                assertEquals(change, -back.balanceChange().get().get(metric), 0.0, metric.jsonName())));
          }
        });
    // The generated registers reach groups in both snapshots and groups in one only.
    assertTrue(kept.get() > 0 && added.get() > 0, kept + " kept, " + added + " added");
  }

  /** Groups that partition the register (every key but tag): their changes add up to the whole's. */
  @Test
  void theGroupsWeightChangesAddUpToTheWholes() {
    qt().withFixedSeed(1314).withGenerateAttempts(10_000)
        .forAll(Generators.fundedPortfolios(), Generators.fundedPortfolios()).checkAssert((a, b) -> {
          PortfolioComparison comparison = PortfolioComparison.of(a, b, Weighting.budget(), GroupKey.stage());
          double whole = comparison.current().score().totalWeight() - comparison.old().score().totalWeight();
          double sum = comparison.groupChanges().stream().mapToDouble(GroupChange::totalWeightChange).sum();
          double scale = comparison.current().score().totalWeight() + comparison.old().score().totalWeight();
          assertEquals(whole, sum, 1e-12 * scale);
          assertEquals(b.size() - a.size(),
              comparison.groupChanges().stream().mapToLong(GroupChange::initiativesChange).sum());
        });
  }

  private static Map<Optional<String>, GroupChange> byKey(PortfolioComparison comparison) {
    Map<Optional<String>, GroupChange> byKey = new HashMap<>();
    comparison.groupChanges().forEach(change -> assertNull(byKey.put(change.key(), change), "two groups " + change));
    return byKey;
  }
}
