package dev.facets.api;

/**
 * The four poles of the OPSI innovation diamond: the two ends of the certainty axis and the two ends
 * of the directedness axis. Each {@link Facet} owns exactly one pole.
 */
public enum Pole {
  /** Certainty: exploiting, incremental. Owned by {@link Facet#ENHANCEMENT}. */
  CERTAINTY,
  /** Directed: shaping, top-down. Owned by {@link Facet#MISSION}. */
  DIRECTED,
  /** Undirected: responding, bottom-up. Owned by {@link Facet#ADAPTIVE}. */
  UNDIRECTED,
  /** Uncertainty: exploring, radical. Owned by {@link Facet#ANTICIPATORY}. */
  UNCERTAINTY
}
