package dev.facets.core.classify;

import dev.facets.api.Initiative;
import dev.facets.api.Zone;

/**
 * The zone of an initiative, from the same source as its facet mix ({@link InitiativeMixes}):
 * explicit {@code facets} by the generalised geometric rule; else {@code position} by the geometric
 * rule (so the origin is mixed); else {@code purpose} with {@code driver} by the project mapping.
 *
 * <p>The zone is taken from the source, as the contract words it. Since contract v1.1, whose
 * generalised rule makes a mix with both facets of an opposite pair at a quarter or more mixed, it is
 * also always the zone of the mix the source yields: the origin and the purpose "all" yield the
 * uniform mix, which is mixed, and a purpose with the driver of the opposite facet yields half on
 * each, which is mixed too. This class is stateless and thread-safe.
 */
public final class InitiativeZones {
  private InitiativeZones() {}

  /**
   * {@return the zone of an initiative, with the default purity threshold}
   *
   * @param initiative the initiative; every valid one has at least one source
   */
  public static Zone of(Initiative initiative) {
    if (initiative.facets().isPresent()) {
      return GeometricRule.DEFAULT.zone(initiative.facets().get());
    }
    if (initiative.position().isPresent()) {
      return GeometricRule.DEFAULT.zone(initiative.position().get());
    }
    // Initiative guarantees a source, so purpose and driver are both here.
    return ProjectMapping.zone(initiative.purpose().get(), initiative.driver().get());
  }
}
