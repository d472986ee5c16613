package dev.facets.api;

/**
 * What mainly pushes an initiative forward: the second answer of the Portfolio Exploration Tool's
 * project mapping. Each driver points at the facet whose pole it expresses.
 */
public enum Driver {
  /** Leaders' and politicians' need to see results (directed): points at mission. */
  LEADERS(Facet.MISSION),
  /** The need to cut costs and improve processes: points at enhancement. */
  EFFICIENCY(Facet.ENHANCEMENT),
  /** The need for a bottom-up testing space (undirected): points at adaptive. */
  BOTTOM_UP(Facet.ADAPTIVE),
  /** The need to prepare for future change (uncertainty): points at anticipatory. */
  FUTURE(Facet.ANTICIPATORY);

  private static final EnumNames<Driver> NAMES = EnumNames.hyphenated(Driver.class, "driver");

  private final Facet facet;

  Driver(Facet facet) {
    this.facet = facet;
  }

  /** The facet whose pole this driver expresses. */
  public Facet facet() {
    return facet;
  }

  /** The name used in files ({@code "bottom-up"}). */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** The driver of a file name; the inverse of {@link #jsonName()}. */
  public static Driver parse(String name) {
    return NAMES.parse(name);
  }
}
