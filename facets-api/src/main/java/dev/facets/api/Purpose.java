package dev.facets.api;

import java.util.Optional;

/**
 * What an initiative was created primarily to do: the first answer of the Portfolio Exploration
 * Tool's project mapping, one of the four facets or {@link #ALL} ("all of the above").
 */
public enum Purpose {
  /** Improve existing services or systems. */
  ENHANCEMENT(Facet.ENHANCEMENT),
  /** Solve an overarching policy problem or reach a goal. */
  MISSION(Facet.MISSION),
  /** Address new user needs or test choices bottom-up. */
  ADAPTIVE(Facet.ADAPTIVE),
  /** Explore and test uncertainties and new possibilities. */
  ANTICIPATORY(Facet.ANTICIPATORY),
  /** All of the above: no single purpose. */
  ALL(null);

  private static final EnumNames<Purpose> NAMES = EnumNames.hyphenated(Purpose.class, "purpose");

  private final Facet facet;

  Purpose(Facet facet) {
    this.facet = facet;
  }

  /** The facet of this purpose, or empty for {@link #ALL}. */
  public Optional<Facet> facet() {
    return Optional.ofNullable(facet);
  }

  /** The purpose of a single facet. */
  public static Purpose of(Facet facet) {
    return values()[facet.ordinal()];
  }

  /** The lower-case name used in files ({@code "enhancement"}, {@code "all"}). */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** The purpose of a file name; the inverse of {@link #jsonName()}. */
  public static Purpose parse(String name) {
    return NAMES.parse(name);
  }
}
