package dev.facets.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The nine zones of the diamond: the four facets, the four types of change that lie between
 * neighbouring facets, and {@link #MIXED} for what combines opposite facets or has no clear purpose.
 *
 * <p>OPSI places the types of change in the quadrants between two neighbouring facets (sustaining =
 * enhancement + mission, optimising = enhancement + adaptive, transformative = mission +
 * anticipatory, disruptive = adaptive + anticipatory); opposite facets share no quadrant, so a
 * project mixing them is "mixed or unclear" (the Portfolio Exploration Tool's wording).
 */
public enum Zone {
  /** Purely enhancement-oriented. */
  ENHANCEMENT(EnumSet.of(Facet.ENHANCEMENT)),
  /** Purely mission-oriented. */
  MISSION(EnumSet.of(Facet.MISSION)),
  /** Purely adaptive. */
  ADAPTIVE(EnumSet.of(Facet.ADAPTIVE)),
  /** Purely anticipatory. */
  ANTICIPATORY(EnumSet.of(Facet.ANTICIPATORY)),
  /** Enhancement with mission: keeps and extends existing models and practices. */
  SUSTAINING(EnumSet.of(Facet.ENHANCEMENT, Facet.MISSION)),
  /** Enhancement with adaptive: tuned to the environment, learning what works. */
  OPTIMISING(EnumSet.of(Facet.ENHANCEMENT, Facet.ADAPTIVE)),
  /** Mission with anticipatory: overhauls how things operate, in line with the mission. */
  TRANSFORMATIVE(EnumSet.of(Facet.MISSION, Facet.ANTICIPATORY)),
  /** Adaptive with anticipatory: change that emerges from responding and exploring together. */
  DISRUPTIVE(EnumSet.of(Facet.ADAPTIVE, Facet.ANTICIPATORY)),
  /** Opposite facets combined, or no clear purpose: OPSI's "zone of confusion". */
  MIXED(EnumSet.noneOf(Facet.class));

  private static final EnumNames<Zone> NAMES = EnumNames.hyphenated(Zone.class, "zone");

  private final Set<Facet> facets;

  Zone(Set<Facet> facets) {
    this.facets = Collections.unmodifiableSet(facets);
  }

  /** The facets that make this zone: one for a facet zone, two for a change type, none for mixed. */
  public Set<Facet> facets() {
    return facets;
  }

  /** Whether this zone is one of the four pure facets. */
  public boolean isFacet() {
    return facets.size() == 1;
  }

  /** Whether this zone is one of the four types of change. */
  public boolean isChangeType() {
    return facets.size() == 2;
  }

  /** The facet of a pure facet zone, or empty for a change type and for mixed. */
  public Optional<Facet> facet() {
    return isFacet() ? Optional.of(facets.iterator().next()) : Optional.empty();
  }

  /** The zone of a single facet. */
  public static Zone of(Facet facet) {
    return Tables.BETWEEN[facet.ordinal()][facet.ordinal()];
  }

  /**
   * The zone of two facets: the facet zone when they are equal, the type of change between two
   * neighbours, and {@link #MIXED} for opposite facets.
   */
  public static Zone between(Facet first, Facet second) {
    return Tables.BETWEEN[first.ordinal()][second.ordinal()];
  }

  /** The zones of every pair of facets, worked out once: classification asks for them per initiative. */
  private static final class Tables {
    static final Zone[][] BETWEEN = new Zone[Facet.COUNT][Facet.COUNT];

    static {
      for (Facet first : Facet.ordered()) {
        for (Facet second : Facet.ordered()) {
          BETWEEN[first.ordinal()][second.ordinal()] = zoneOf(first, second);
        }
      }
    }

    private static Zone zoneOf(Facet first, Facet second) {
      if (first == second) {
        return values()[first.ordinal()];
      }
      if (!first.isNeighbour(second)) {
        return MIXED;
      }
      Set<Facet> pair = EnumSet.of(first, second);
      for (Zone zone : values()) {
        if (zone.facets.equals(pair)) {
          return zone;
        }
      }
      throw new AssertionError("every neighbouring pair has a change type: " + pair);
    }
  }

  /** The lower-case name used in files and on the command line ({@code "sustaining"}). */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * The zone of a file or command-line name; the inverse of {@link #jsonName()}.
   *
   * @throws InvalidValueException if the name is not one of the nine
   */
  public static Zone parse(String name) {
    return NAMES.parse(name);
  }
}
