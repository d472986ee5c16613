package dev.facets.core.classify;

import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Purpose;
import dev.facets.api.Zone;

/**
 * Module 2 of the OECD Portfolio Exploration Tool: an initiative's purpose and driver to a zone
 * and a facet mix, per the zone table of the file contract.
 *
 * <p>A driver points at a facet (leaders: mission, efficiency: enhancement, bottom-up: adaptive,
 * future: anticipatory). The zone is the pair (purpose facet, driver facet): the facet itself when
 * they agree, the type of change between neighbours, and mixed for opposite facets or the purpose
 * "all". This reproduces all twenty cells of the tool's table. The mix of a facet zone is 1 on the
 * facet, of a change type 1/2 on each facet, and of mixed 1/2 on the purpose facet and 1/2 on the
 * driver's, or uniform for "all". This class is stateless and thread-safe.
 */
public final class ProjectMapping {
  private ProjectMapping() {}

  /** The zone of a purpose and a driver. */
  public static Zone zone(Purpose purpose, Driver driver) {
    return purpose.facet().map(facet -> Zone.between(facet, driver.facet())).orElse(Zone.MIXED);
  }

  /** The facet mix of a purpose and a driver. */
  public static FacetMix mix(Purpose purpose, Driver driver) {
    return purpose.facet()
        .map(facet -> FacetMix.halves(facet, driver.facet()))
        .orElse(FacetMix.uniform());
  }
}
