package dev.facets.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.Weighting;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import java.util.List;
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
}
