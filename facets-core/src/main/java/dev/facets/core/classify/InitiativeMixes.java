package dev.facets.core.classify;

import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;

/**
 * The facet mix of an initiative, from its first available source as the file contract orders
 * them: explicit {@code facets}; else {@code position} by the geometric rule; else {@code purpose}
 * with {@code driver} by the project mapping. This class is stateless and thread-safe.
 */
public final class InitiativeMixes {
  private InitiativeMixes() {}

  /**
   * {@return the facet mix of an initiative, from its first available source}
   *
   * @param initiative the initiative; every valid one has at least one source
   */
  public static FacetMix of(Initiative initiative) {
    if (initiative.facets().isPresent()) {
      return initiative.facets().get();
    }
    if (initiative.position().isPresent()) {
      return GeometricRule.DEFAULT.mix(initiative.position().get());
    }
    // Initiative guarantees a source, so purpose and driver are both here.
    return ProjectMapping.mix(initiative.purpose().get(), initiative.driver().get());
  }
}
