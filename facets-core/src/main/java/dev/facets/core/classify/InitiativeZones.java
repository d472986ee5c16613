package dev.facets.core.classify;

import dev.facets.api.Initiative;
import dev.facets.api.Zone;

/**
 * The zone of an initiative, from the same source as its facet mix ({@link InitiativeMixes}):
 * explicit {@code facets} by the generalised geometric rule; else {@code position} by the geometric
 * rule (so the origin is mixed); else {@code purpose} with {@code driver} by the project mapping.
 *
 * <p>The zone is taken from the source, not from the mix that source yields: the origin and the
 * purpose "all" both yield the uniform mix, which the generalised rule (ties going to the facet
 * order) would call sustaining, while the contract calls both mixed. This class is stateless and
 * thread-safe.
 */
public final class InitiativeZones {
  private InitiativeZones() {}

  /** The zone of an initiative, with the default purity threshold. */
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
