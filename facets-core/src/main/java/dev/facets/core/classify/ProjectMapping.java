package dev.facets.core.classify;

import dev.facets.api.Checks;
import dev.facets.api.Classification;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Module 2 of the OECD Portfolio Exploration Tool: an initiative's purpose and driver to a zone
 * and a facet mix, per the zone table of the file contract, and a whole list of projects to the
 * tool's project map.
 *
 * <p>A driver points at a facet (leaders: mission, efficiency: enhancement, bottom-up: adaptive,
 * future: anticipatory). The zone is the pair (purpose facet, driver facet): the facet itself when
 * they agree, the type of change between neighbours, and mixed for opposite facets or the purpose
 * "all". This reproduces all twenty cells of the tool's table. The mix of a facet zone is 1 on the
 * facet, of a change type 1/2 on each facet, and of mixed 1/2 on the purpose facet and 1/2 on the
 * driver's, or uniform for "all". A project's priority sets its bubble size (high 7, medium 5, low 3,
 * {@link Priority#bubbleSize()}). This class is stateless and thread-safe.
 */
public final class ProjectMapping {
  /** The name recorded in the classifications this mapping makes. */
  static final String METHOD = "project-mapping";

  private ProjectMapping() {}

  /**
   * {@return the zone of a purpose and a driver, as the tool's table gives it}
   *
   * @param purpose what the project was created primarily to serve
   * @param driver what pushes it forward
   */
  public static Zone zone(Purpose purpose, Driver driver) {
    Objects.requireNonNull(driver, "driver");
    return purpose.facet().map(facet -> Zone.between(facet, driver.facet())).orElse(Zone.MIXED);
  }

  /**
   * {@return the facet mix of a purpose and a driver: half on the purpose's facet and half on the
   * driver's (all on one facet when they agree), or uniform for the purpose "all"}
   *
   * @param purpose what the project was created primarily to serve
   * @param driver what pushes it forward
   */
  public static FacetMix mix(Purpose purpose, Driver driver) {
    Objects.requireNonNull(driver, "driver");
    return purpose.facet()
        .map(facet -> FacetMix.halves(facet, driver.facet()))
        .orElse(FacetMix.uniform());
  }

  /** The bubble size the tool draws for a priority: 7, 5 or 3. */
  static int bubbleSize(Priority priority) {
    return priority.bubbleSize();
  }

  /**
   * {@return the classification of a purpose and a driver, with the lines that explain it}
   *
   * @param purpose what the project was created primarily to serve
   * @param driver what pushes it forward
   */
  public static Classification classify(Purpose purpose, Driver driver) {
    Zone zone = zone(purpose, driver);
    String asked = "Created primarily to serve " + purpose.jsonName() + "; pushed forward by " + driver.jsonName()
        + ", which points at " + driver.facet().jsonName() + ".";
    String why;
    if (purpose == Purpose.ALL) {
      why = "A project created for all purposes has no clear one: the zone is mixed and the mix uniform.";
    } else if (zone == Zone.MIXED) {
      why = "Purpose and driver point at opposite facets: the zone is mixed (the zone of confusion),"
          + " half on each.";
    } else if (zone.isFacet()) {
      why = "Purpose and driver agree: the zone is " + zone.jsonName() + ".";
    } else {
      why = "Purpose and driver are neighbouring facets: the zone is their type of change, "
          + zone.jsonName() + ", half on each.";
    }
    return new Classification.Builder().method(METHOD).mix(mix(purpose, driver)).zone(zone)
        .addExplanation(asked, why).build();
  }

  /**
   * {@return the tool's project map of the given initiatives: each placed in its zone by purpose and driver,
   * sorted by priority within the zone (high first, then in the given order)}
   *
   * @param initiatives the projects, at least one, each with a purpose and a driver
   * @throws InvalidValueException naming {@code initiatives[i].purpose} or {@code .driver} for an
   *     initiative that lacks one, or if the list is empty
   */
  public static ProjectMap map(List<Initiative> initiatives) {
    Checks.notEmpty(initiatives, "initiatives");
    List<ProjectMap.Placed> placed = new ArrayList<>();
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      String at = "initiatives[" + i + "]";
      Purpose purpose = initiative.purpose().orElseThrow(() -> missing(at + ".purpose", initiative));
      Driver driver = initiative.driver().orElseThrow(() -> missing(at + ".driver", initiative));
      placed.add(new ProjectMap.Placed(initiative, zone(purpose, driver)));
    }
    return new ProjectMap(placed);
  }

  /**
   * {@return the project map of any initiatives: each placed in its zone by the file contract
   * ({@link InitiativeZones}: explicit facets, else position, else purpose and driver), sorted by
   * priority within the zone as {@link #map(List)} does}
   *
   * <p>For initiatives described by purpose and driver alone this is exactly the tool's map; the
   * others get the zone that scoring gives them.
   *
   * @param initiatives the projects, at least one, each with any source of a mix
   * @throws InvalidValueException if the list is empty
   */
  public static ProjectMap mapByZone(List<Initiative> initiatives) {
    Checks.notEmpty(initiatives, "initiatives");
    List<ProjectMap.Placed> placed = new ArrayList<>();
    for (Initiative initiative : initiatives) {
      placed.add(new ProjectMap.Placed(initiative, InitiativeZones.of(initiative)));
    }
    return new ProjectMap(placed);
  }

  private static InvalidValueException missing(String field, Initiative initiative) {
    return new InvalidValueException(field, "absent",
        "be given to place initiative " + Checks.quote(initiative.id()) + " on the project map");
  }
}
