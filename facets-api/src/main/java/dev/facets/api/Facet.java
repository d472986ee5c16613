package dev.facets.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The four OPSI public-sector innovation facets, each owning one pole of the diamond.
 *
 * <p>The declaration order (enhancement, mission, adaptive, anticipatory) is the one facet order of
 * the library: it indexes every per-facet array, and it breaks ties for the dominant facet, as the
 * file contract requires. On the diamond, enhancement sits left (certainty, centroid (-1, 0)),
 * mission on top (directed, (0, 1)), anticipatory right (uncertainty, (1, 0)) and adaptive at the
 * bottom (undirected, (0, -1)); the first coordinate is uncertainty, the second directedness.
 */
public enum Facet {
  /** Enhancement-oriented: doing what we do better (certainty). */
  ENHANCEMENT(Pole.CERTAINTY, -1, 0),
  /** Mission-oriented: reaching an ambitious goal (directed). */
  MISSION(Pole.DIRECTED, 0, 1),
  /** Adaptive: responding to a changing world (undirected). */
  ADAPTIVE(Pole.UNDIRECTED, 0, -1),
  /** Anticipatory: engaging early with weak signals to shape what comes (uncertainty). */
  ANTICIPATORY(Pole.UNCERTAINTY, 1, 0);

  private static final EnumNames<Facet> NAMES = EnumNames.hyphenated(Facet.class, "facet");

  /** The number of facets, the n of every balance index. */
  public static final int COUNT = 4;

  private static final List<Facet> ORDER = List.of(values());

  private final Pole pole;
  private final int uncertainty;
  private final int directedness;

  Facet(Pole pole, int uncertainty, int directedness) {
    this.pole = pole;
    this.uncertainty = uncertainty;
    this.directedness = directedness;
  }

  /** All facets in the library's one order (enhancement, mission, adaptive, anticipatory). */
  public static List<Facet> ordered() {
    return ORDER;
  }

  /** The pole of the diamond this facet owns. */
  public Pole pole() {
    return pole;
  }

  /** The uncertainty coordinate of this facet's centroid on the diamond: -1, 0 or 1. */
  public int uncertainty() {
    return uncertainty;
  }

  /** The directedness coordinate of this facet's centroid on the diamond: -1, 0 or 1. */
  public int directedness() {
    return directedness;
  }

  /** The facet at the other end of the same axis (enhancement and anticipatory; mission and adaptive). */
  public Facet opposite() {
    return switch (this) {
      case ENHANCEMENT -> ANTICIPATORY;
      case ANTICIPATORY -> ENHANCEMENT;
      case MISSION -> ADAPTIVE;
      case ADAPTIVE -> MISSION;
    };
  }

  /** Whether {@code other} is a neighbour: a different facet that is not the opposite one. */
  public boolean isNeighbour(Facet other) {
    java.util.Objects.requireNonNull(other, "other");
    return other != this && other != opposite();
  }

  /** The two neighbouring facets, in facet order: the ones this facet shares a change type with. */
  public List<Facet> neighbours() {
    return Arrays.stream(values()).filter(this::isNeighbour).collect(Collectors.toUnmodifiableList());
  }

  /** The lower-case name used in files and on the command line ({@code "enhancement"}). */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * The facet of a file or command-line name ({@code "enhancement"}); the inverse of
   * {@link #jsonName()}.
   *
   * @throws InvalidValueException if the name is not one of the four
   */
  public static Facet parse(String name) {
    return NAMES.parse(name);
  }
}
