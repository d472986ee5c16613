package dev.facets.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PortfolioComparison} on two snapshots worked out by hand. */
class PortfolioComparisonTest {
  private static final double TOLERANCE = 1e-12;

  private static Initiative.Builder initiative(String id, double budget, Facet facet) {
    return new Initiative.Builder().id(id).name("Initiative " + id).budget(budget).facets(FacetMix.pure(facet));
  }

  /** a: 4 enhancement, implement; b: 1 mission; c: 5 adaptive. Shares 0.4, 0.1, 0.5, 0. */
  static Portfolio old() {
    return new Portfolio.Builder().name("Register").asOf(LocalDate.parse("2025-11-01")).addInitiatives(
        initiative("a", 4, Facet.ENHANCEMENT).stage(Stage.IMPLEMENT).build(),
        initiative("b", 1, Facet.MISSION).build(),
        initiative("c", 5, Facet.ADAPTIVE).build()).build();
  }

  /** a: 6 (was 4), evaluate (was implement); b gone; c unchanged; x: 2 anticipatory, new. */
  static Portfolio current() {
    return new Portfolio.Builder().name("Register").asOf(LocalDate.parse("2026-11-01")).addInitiatives(
        initiative("x", 2, Facet.ANTICIPATORY).build(),
        initiative("a", 6, Facet.ENHANCEMENT).stage(Stage.EVALUATE).build(),
        initiative("c", 5, Facet.ADAPTIVE).build()).build();
  }

  @Test
  void membersAndChangedFieldsByHand() {
    PortfolioComparison comparison = PortfolioComparison.of(old(), current(), Weighting.budget());
    assertEquals(List.of("x"), comparison.added());
    assertEquals(List.of("b"), comparison.removed());
    assertEquals(List.of(new InitiativeChange("a", List.of("budget", "stage"))), comparison.changed());
    assertEquals(Optional.of(LocalDate.parse("2025-11-01")), comparison.old().asOf());
    assertEquals(Optional.of(LocalDate.parse("2026-11-01")), comparison.current().asOf());
    assertEquals(10, comparison.old().score().totalWeight(), TOLERANCE);
    assertEquals(13, comparison.current().score().totalWeight(), TOLERANCE);
  }

  @Test
  void shareAndBalanceChangesByHand() {
    PortfolioComparison comparison = PortfolioComparison.of(old(), current(), Weighting.budget());
    // New shares 6/13, 0, 5/13, 2/13 against 0.4, 0.1, 0.5, 0.
    assertEquals(6.0 / 13 - 0.4, comparison.shareChange().get(Facet.ENHANCEMENT), TOLERANCE);
    assertEquals(-0.1, comparison.shareChange().get(Facet.MISSION), TOLERANCE);
    assertEquals(5.0 / 13 - 0.5, comparison.shareChange().get(Facet.ADAPTIVE), TOLERANCE);
    assertEquals(2.0 / 13, comparison.shareChange().get(Facet.ANTICIPATORY), TOLERANCE);
    // hhi: (36 + 25 + 4) / 169 against 0.16 + 0.01 + 0.25 = 0.42; three facets held both times.
    assertEquals(65.0 / 169 - 0.42, comparison.balanceChange().get(Metric.HHI), TOLERANCE);
    assertEquals(169.0 / 65 - 1 / 0.42, comparison.balanceChange().get(Metric.EFFECTIVE_FACETS), TOLERANCE);
    assertEquals(0, comparison.balanceChange().get(Metric.VARIETY));
    // Shannon: -(6/13 ln 6/13 + 5/13 ln 5/13 + 2/13 ln 2/13) against -(0.4 ln 0.4 + 0.1 ln 0.1 + 0.5 ln 0.5).
    double newH = -(6.0 / 13 * Math.log(6.0 / 13) + 5.0 / 13 * Math.log(5.0 / 13) + 2.0 / 13 * Math.log(2.0 / 13));
    double oldH = -(0.4 * Math.log(0.4) + 0.1 * Math.log(0.1) + 0.5 * Math.log(0.5));
    assertEquals(newH - oldH, comparison.balanceChange().get(Metric.SHANNON_ENTROPY), TOLERANCE);
    assertEquals((newH - oldH) / Math.log(4), comparison.balanceChange().get(Metric.EVENNESS), TOLERANCE);
    assertEquals(9, comparison.balanceChange().size());
    assertTrue(comparison.balanceChange().keySet().stream().noneMatch(Metric::isTargetGap));
  }

  @Test
  void groupsOfBothSnapshots() {
    PortfolioComparison comparison = PortfolioComparison.of(old(), current(), Weighting.count(), GroupKey.stage());
    assertEquals(List.of(Optional.of("implement"), Optional.empty()),
        comparison.old().groups().orElseThrow().groups().stream().map(g -> g.key()).toList());
    assertEquals(List.of(Optional.empty(), Optional.of("evaluate")),
        comparison.current().groups().orElseThrow().groups().stream().map(g -> g.key()).toList());
    assertTrue(PortfolioComparison.of(old(), current(), Weighting.count()).old().groups().isEmpty());
  }

  @Test
  void groupChangesByHand() {
    // By stage, weighted by budget. Old: implement {a 4 enhancement}, none {b 1 mission, c 5 adaptive}.
    // New: none {x 2 anticipatory, c 5 adaptive}, evaluate {a 6 enhancement}.
    List<GroupChange> changes =
        PortfolioComparison.of(old(), current(), Weighting.budget(), GroupKey.stage()).groupChanges();
    // The new snapshot's groups in its order, then the group only the old one has.
    assertEquals(List.of(Optional.empty(), Optional.of("evaluate"), Optional.of("implement")),
        changes.stream().map(GroupChange::key).toList());
    GroupChange none = changes.get(0);
    assertTrue(!none.isAdded() && !none.isRemoved());
    assertEquals(0, none.initiativesChange());
    assertEquals(1, none.totalWeightChange(), TOLERANCE);
    // Shares 0, 1/6, 5/6, 0 to 0, 0, 5/7, 2/7.
    FacetValues shares = none.shareChange().orElseThrow();
    assertEquals(0, shares.get(Facet.ENHANCEMENT), TOLERANCE);
    assertEquals(-1.0 / 6, shares.get(Facet.MISSION), TOLERANCE);
    assertEquals(5.0 / 7 - 5.0 / 6, shares.get(Facet.ADAPTIVE), TOLERANCE);
    assertEquals(2.0 / 7, shares.get(Facet.ANTICIPATORY), TOLERANCE);
    // hhi: (25 + 4) / 49 against (1 + 25) / 36; two facets held both times.
    Map<Metric, Double> balance = none.balanceChange().orElseThrow();
    assertEquals(29.0 / 49 - 26.0 / 36, balance.get(Metric.HHI), TOLERANCE);
    assertEquals(0, balance.get(Metric.VARIETY));
    assertEquals(9, balance.size());

    GroupChange evaluate = changes.get(1);
    assertTrue(evaluate.isAdded() && !evaluate.isRemoved());
    assertEquals(1, evaluate.initiativesChange());
    assertEquals(6, evaluate.totalWeightChange(), TOLERANCE);
    assertEquals(Optional.empty(), evaluate.shareChange());
    assertEquals(Optional.empty(), evaluate.balanceChange());

    GroupChange implement = changes.get(2);
    assertTrue(implement.isRemoved() && !implement.isAdded());
    assertEquals(-1, implement.initiativesChange());
    assertEquals(-4, implement.totalWeightChange(), TOLERANCE);
    assertEquals(Optional.empty(), implement.shareChange());

    assertEquals(List.of(), PortfolioComparison.of(old(), current(), Weighting.budget()).groupChanges());
  }

  @Test
  void aGroupOfZeroWeightHasNoShareChange() {
    // Stage develop holds one initiative of budget 0 in both snapshots, and one of budget 3 in the new.
    Portfolio before = new Portfolio.Builder().from(old())
        .addInitiatives(initiative("z", 0, Facet.MISSION).stage(Stage.DEVELOP).build()).build();
    Portfolio after = new Portfolio.Builder().from(current())
        .addInitiatives(initiative("z", 0, Facet.MISSION).stage(Stage.DEVELOP).build(),
            initiative("y", 3, Facet.MISSION).stage(Stage.DEVELOP).build()).build();
    GroupChange develop = PortfolioComparison.of(before, after, Weighting.budget(), GroupKey.stage()).groupChanges()
        .stream().filter(change -> change.key().equals(Optional.of("develop"))).findFirst().orElseThrow();
    assertTrue(!develop.isAdded() && !develop.isRemoved());
    assertEquals(1, develop.initiativesChange());
    assertEquals(3, develop.totalWeightChange(), TOLERANCE);
    assertEquals(Optional.empty(), develop.shareChange());
    assertEquals(Optional.empty(), develop.balanceChange());
  }

  @Test
  void everyFieldOfTheFileIsCompared() {
    Initiative base = initiative("a", 4, Facet.ENHANCEMENT).build();
    Initiative all = new Initiative.Builder().id("a").name("Renamed").budget(5)
        .position(dev.facets.api.AxisPosition.of(0.5, 0.5)).facets(FacetMix.pure(Facet.MISSION))
        .purpose(dev.facets.api.Purpose.MISSION).driver(dev.facets.api.Driver.FUTURE).stage(Stage.DEVELOP)
        .priority(dev.facets.api.Priority.HIGH).successProbability(0.5)
        .impact(dev.facets.api.ImpactEstimate.of(1, 2, 3)).addTags("t").putAttributes("unit", "Health").build();
    assertEquals(List.of("name", "budget", "position", "facets", "purpose", "driver", "stage", "priority",
        "successProbability", "impact", "tags", "attributes"), InitiativeFields.changed(base, all));
    // Attributes in another order are the same attributes.
    Initiative ab = initiative("a", 4, Facet.ENHANCEMENT).putAttributes("unit", "Tax").putAttributes("owner", "J").build();
    Initiative ba = initiative("a", 4, Facet.ENHANCEMENT).putAttributes("owner", "J").putAttributes("unit", "Tax").build();
    assertEquals(List.of(), InitiativeFields.changed(ab, ba));
    // A mix is compared after normalisation: weights 2 and 2 are the mix of 1 and 1.
    Initiative half = initiative("h", 1, Facet.ENHANCEMENT).facets(FacetMix.of(1, 1, 0, 0)).build();
    Initiative doubled = initiative("h", 1, Facet.ENHANCEMENT).facets(FacetMix.of(2, 2, 0, 0)).build();
    assertEquals(List.of(), InitiativeFields.changed(half, doubled));
  }
}
