package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Classification;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMappingTest {
  /** The contract's zone table, typed cell by cell: rows purpose, columns leaders/efficiency/bottom-up/future. */
  private static final String[][] TABLE = {
      {"enhancement", "sustaining", "enhancement", "optimising", "mixed"},
      {"mission", "mission", "sustaining", "mixed", "transformative"},
      {"anticipatory", "transformative", "mixed", "disruptive", "anticipatory"},
      {"adaptive", "mixed", "optimising", "adaptive", "disruptive"},
      {"all", "mixed", "mixed", "mixed", "mixed"},
  };
  private static final Driver[] COLUMNS = {Driver.LEADERS, Driver.EFFICIENCY, Driver.BOTTOM_UP, Driver.FUTURE};

  @Test
  void allTwentyCellsOfTheZoneTable() {
    int cells = 0;
    for (String[] row : TABLE) {
      Purpose purpose = Purpose.parse(row[0]);
      for (int column = 0; column < COLUMNS.length; column++) {
        Zone expected = Zone.parse(row[column + 1]);
        assertEquals(expected, ProjectMapping.zone(purpose, COLUMNS[column]), purpose + " x " + COLUMNS[column]);
        assertEquals(expected, ProjectMapping.classify(purpose, COLUMNS[column]).zone());
        cells++;
      }
    }
    assertEquals(20, cells);
  }

  @Test
  void theMixOfEachCellFollowsItsZone() {
    for (String[] row : TABLE) {
      Purpose purpose = Purpose.parse(row[0]);
      for (int column = 0; column < COLUMNS.length; column++) {
        Driver driver = COLUMNS[column];
        Zone zone = Zone.parse(row[column + 1]);
        FacetMix mix = ProjectMapping.mix(purpose, driver);
        FacetMix expected;
        if (purpose == Purpose.ALL) {
          expected = FacetMix.of(1, 1, 1, 1);
        } else if (zone.isFacet()) {
          expected = FacetMix.pure(zone.facet().get());
        } else if (zone.isChangeType()) {
          List<Facet> facets = List.copyOf(zone.facets());
          expected = FacetMix.halves(facets.get(0), facets.get(1));
        } else {
          // Mixed: half on the purpose facet, half on the driver's.
          expected = FacetMix.halves(purpose.facet().get(), driver.facet());
        }
        assertEquals(expected, mix, purpose + " x " + driver);
      }
    }
    // Spot checks written out: enhancement x future is half enhancement, half anticipatory.
    assertEquals(FacetMix.of(0.5, 0, 0, 0.5), ProjectMapping.mix(Purpose.ENHANCEMENT, Driver.FUTURE));
    assertEquals(FacetMix.of(0, 0.5, 0, 0.5), ProjectMapping.mix(Purpose.MISSION, Driver.FUTURE));
  }

  @Test
  void bubbleSizesFollowPriority() {
    assertEquals(7, ProjectMapping.bubbleSize(Priority.HIGH));
    assertEquals(5, ProjectMapping.bubbleSize(Priority.MEDIUM));
    assertEquals(3, ProjectMapping.bubbleSize(Priority.LOW));
  }

  @Test
  void classificationsExplainTheCell() {
    Classification classification = ProjectMapping.classify(Purpose.ADAPTIVE, Driver.LEADERS);
    assertEquals("project-mapping", classification.method());
    assertEquals(Zone.MIXED, classification.zone());
    assertTrue(classification.purity().isEmpty());
    assertEquals(List.of(
        "Created primarily to serve adaptive; pushed forward by leaders, which points at mission.",
        "Purpose and driver point at opposite facets: the zone is mixed (the zone of confusion), half on each."),
        classification.explanation());
  }

  @Test
  void theProjectMapSortsByPriorityWithinAZone() {
    Initiative a = project("a", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.LOW);
    Initiative b = project("b", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.HIGH);
    Initiative c = project("c", Purpose.ANTICIPATORY, Driver.BOTTOM_UP, Priority.MEDIUM);
    Initiative d = project("d", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.MEDIUM);
    Initiative e = project("e", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.HIGH);
    ProjectMap map = ProjectMapping.map(List.of(a, b, c, d, e));
    // High first; b and e tie, so they keep their given order.
    assertEquals(List.of(b, e, d, a), map.projects(Zone.ENHANCEMENT));
    assertEquals(List.of(c), map.projects(Zone.DISRUPTIVE));
    assertEquals(4, map.count(Zone.ENHANCEMENT));
    assertEquals(0, map.count(Zone.MIXED));
    assertEquals(9, map.byZone().size());
    assertEquals("ProjectMap{enhancement=[b, e, d, a], disruptive=[c]}", map.toString());
  }

  @Test
  void theProjectMapNeedsPurposeAndDriver() {
    Initiative positioned = new Initiative.Builder().id("p").budget(1).facets(FacetMix.uniform())
        .purpose(Purpose.MISSION).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ProjectMapping.map(List.of(project("a", Purpose.ALL, Driver.FUTURE, Priority.LOW), positioned)));
    assertEquals("initiatives[1].driver", e.field());
    assertThrows(InvalidValueException.class, () -> ProjectMapping.map(List.of()));
  }

  @Test
  void facetZonesAreShadedByHowManyProjectsTheyHold() {
    // Enhancement 3, mission 1, adaptive 0, anticipatory 2: fewest 0, most 3, lightness 90 - 55 (c - 0) / 3:
    // enhancement 35; mission 90 - 18.33 = 71.67 -> 72; adaptive 90; anticipatory 90 - 36.67 = 53.33 -> 53.
    List<Initiative> projects = List.of(
        project("e1", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.HIGH),
        project("e2", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.LOW),
        project("e3", Purpose.ENHANCEMENT, Driver.EFFICIENCY, Priority.MEDIUM),
        project("m1", Purpose.MISSION, Driver.LEADERS, Priority.MEDIUM),
        project("n1", Purpose.ANTICIPATORY, Driver.FUTURE, Priority.MEDIUM),
        project("n2", Purpose.ANTICIPATORY, Driver.FUTURE, Priority.MEDIUM),
        project("x", Purpose.ALL, Driver.FUTURE, Priority.MEDIUM));
    ProjectMap map = ProjectMapping.map(projects);
    assertEquals(35, map.lightness(Facet.ENHANCEMENT));
    assertEquals(72, map.lightness(Facet.MISSION));
    assertEquals(90, map.lightness(Facet.ADAPTIVE));
    assertEquals(53, map.lightness(Facet.ANTICIPATORY));
    assertEquals(7, map.size());
    // Equal counts (the tool divides by zero): all the lightest.
    ProjectMap even = ProjectMapping.map(List.of(project("x", Purpose.ALL, Driver.FUTURE, Priority.LOW)));
    for (Facet facet : Facet.ordered()) {
      assertEquals(ProjectMap.LIGHTEST, even.lightness(facet));
    }
  }

  @Test
  void theMapByZonePlacesEveryInitiativeByTheContract() {
    Initiative explicit = new Initiative.Builder().id("u").budget(1).facets(FacetMix.uniform())
        .purpose(Purpose.MISSION).priority(Priority.LOW).build();
    Initiative positioned = new Initiative.Builder().id("p").budget(1)
        .position(dev.facets.api.AxisPosition.of(-0.8, 0.2)).build();
    Initiative mapped = project("m", Purpose.MISSION, Driver.LEADERS, Priority.HIGH);
    ProjectMap map = ProjectMapping.mapByZone(List.of(explicit, positioned, mapped));
    // The explicit uniform mix is mixed (contract v1.1), the position enhancement, the mapping mission.
    assertEquals(List.of(explicit), map.projects(Zone.MIXED));
    assertEquals(List.of(positioned), map.projects(Zone.ENHANCEMENT));
    assertEquals(List.of(mapped), map.projects(Zone.MISSION));
    assertEquals(ProjectMapping.map(List.of(mapped)), ProjectMapping.mapByZone(List.of(mapped)));
    assertThrows(InvalidValueException.class, () -> ProjectMapping.mapByZone(List.of()));
  }

  private static Initiative project(String id, Purpose purpose, Driver driver, Priority priority) {
    return new Initiative.Builder().id(id).budget(1).purpose(purpose).driver(driver).priority(priority).build();
  }

  @Test
  void theGeneralisedRuleGivesEveryCellsMixTheCellsZone() {
    // Contract v1.1: half on opposite facets, and the uniform mix of "all", are mixed by the rule too.
    for (dev.facets.api.Purpose purpose : dev.facets.api.Purpose.values()) {
      for (dev.facets.api.Driver driver : dev.facets.api.Driver.values()) {
        assertEquals(ProjectMapping.zone(purpose, driver),
            GeometricRule.DEFAULT.zone(ProjectMapping.mix(purpose, driver)), purpose + " " + driver);
      }
    }
  }
}
