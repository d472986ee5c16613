package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PortfolioGroups} on a four-initiative register worked out by hand. */
class PortfolioGroupsTest {
  private static final double TOLERANCE = 1e-12;

  /**
   * a: 4, enhancement, implement, [digital]; b: 1, mission, implement, [digital, health], high;
   * c: 5, adaptive, no stage, no tags; d: 0, anticipatory, develop, no tags.
   */
  static Portfolio register() {
    return new Portfolio.Builder().name("By hand").addInitiatives(
        initiative("a", 4, Facet.ENHANCEMENT).stage(Stage.IMPLEMENT).addTags("digital").putAttributes("unit", "Tax")
            .build(),
        initiative("b", 1, Facet.MISSION).stage(Stage.IMPLEMENT).addTags("digital", "health", "digital")
            .priority(Priority.HIGH).build(),
        initiative("c", 5, Facet.ADAPTIVE).putAttributes("owner", "J. Doe").putAttributes("unit", "Health").build(),
        initiative("d", 0, Facet.ANTICIPATORY).stage(Stage.DEVELOP).build()).build();
  }

  private static Initiative.Builder initiative(String id, double budget, Facet facet) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(facet));
  }

  private static List<Optional<String>> keys(PortfolioGroups groups) {
    return groups.groups().stream().map(GroupScore::key).toList();
  }

  @Test
  void byStageInOrderOfFirstAppearanceWithTheUnstagedAsNull() {
    PortfolioGroups groups = PortfolioGroups.of(register(), Weighting.budget(), GroupKey.stage());
    assertEquals(List.of(Optional.of("implement"), Optional.empty(), Optional.of("develop")), keys(groups));
    GroupScore implement = groups.groups().get(0);
    assertEquals(2, implement.initiatives());
    assertEquals(5, implement.totalWeight(), TOLERANCE);
    // Shares 4/5 and 1/5: hhi 0.64 + 0.04 = 0.68; H = 0.8 ln 1.25 + 0.2 ln 5 = 0.5004024235381879;
    // Rao-Stirling: enhancement and mission are neighbours (d = sqrt(2)/2), both orders: 2 d 0.16.
    FacetMix shares = implement.facetShares().orElseThrow();
    assertEquals(0.8, shares.weight(Facet.ENHANCEMENT), TOLERANCE);
    assertEquals(0.2, shares.weight(Facet.MISSION), TOLERANCE);
    Balance balance = implement.balance().orElseThrow();
    assertEquals(0.68, balance.hhi(), TOLERANCE);
    assertEquals(0.5004024235381879, balance.shannonEntropy(), TOLERANCE);
    assertEquals(2, balance.variety());
    assertEquals(0.32 * Math.sqrt(2) / 2, balance.raoStirling(), TOLERANCE);
    GroupScore unstaged = groups.groups().get(1);
    assertEquals(1, unstaged.initiatives());
    assertEquals(1, unstaged.facetShares().orElseThrow().weight(Facet.ADAPTIVE), TOLERANCE);
    // d weighs nothing: a group without shares, still counted.
    GroupScore develop = groups.groups().get(2);
    assertEquals(1, develop.initiatives());
    assertEquals(0, develop.totalWeight());
    assertTrue(develop.score().isEmpty());
    assertTrue(develop.balance().isEmpty());
  }

  @Test
  void byTagAnInitiativeCountsOnceInEachOfItsTags() {
    PortfolioGroups groups = PortfolioGroups.of(register(), Weighting.budget(), GroupKey.tag());
    assertEquals(List.of(Optional.of("digital"), Optional.of("health"), Optional.empty()), keys(groups));
    assertEquals(List.of(2L, 1L, 2L), groups.groups().stream().map(GroupScore::initiatives).toList());
    assertEquals(List.of(5.0, 1.0, 5.0), groups.groups().stream().map(GroupScore::totalWeight).toList());
    assertEquals(1, groups.groups().get(1).facetShares().orElseThrow().weight(Facet.MISSION), TOLERANCE);
  }

  @Test
  void byPriorityZoneAndCount() {
    PortfolioGroups priority = PortfolioGroups.of(register(), Weighting.count(), GroupKey.parse("priority"));
    assertEquals(List.of(Optional.of("medium"), Optional.of("high")), keys(priority));
    // By count, medium holds a, c, d: a third each of enhancement, adaptive, anticipatory.
    FacetMix medium = priority.groups().get(0).facetShares().orElseThrow();
    assertEquals(1.0 / 3, medium.weight(Facet.ADAPTIVE), TOLERANCE);
    assertEquals(3, priority.groups().get(0).totalWeight(), TOLERANCE);
    PortfolioGroups zone = PortfolioGroups.of(register(), Weighting.budget(), GroupKey.zone());
    assertEquals(List.of(Optional.of("enhancement"), Optional.of("mission"), Optional.of("adaptive"),
        Optional.of("anticipatory")), keys(zone));
  }

  @Test
  void byAnAttributeWithTheInitiativesWithoutItAsNull() {
    PortfolioGroups groups = PortfolioGroups.of(register(), Weighting.budget(), GroupKey.parse("unit"));
    assertTrue(GroupKey.parse("unit").isAttribute());
    assertEquals(List.of(Optional.of("Tax"), Optional.empty(), Optional.of("Health")), keys(groups));
    // b and d lack the attribute: weights 1 and 0, all mission.
    GroupScore none = groups.groups().get(1);
    assertEquals(2, none.initiatives());
    assertEquals(1, none.totalWeight(), TOLERANCE);
    assertEquals(1, none.facetShares().orElseThrow().weight(Facet.MISSION), TOLERANCE);
    PortfolioGroups nobody = PortfolioGroups.of(register(), Weighting.budget(), GroupKey.attribute("start"));
    assertEquals(List.of(Optional.empty()), keys(nobody));
    assertEquals(4, nobody.groups().get(0).initiatives());
  }

  @Test
  void aBlankKeyIsBadInput() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> GroupKey.parse(" "));
    assertTrue(e.getMessage().contains("group key"), e.getMessage());
  }

  @Test
  void aBadWeightNamesTheInitiative() {
    Weighting bad = Weighting.of("bad", initiative -> initiative.id().equals("c") ? -1 : 1);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PortfolioGroups.of(register(), bad, GroupKey.stage()));
    assertTrue(e.getMessage().contains("initiatives[2]") && e.getMessage().contains("'c'"), e.getMessage());
  }
}
