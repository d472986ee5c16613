package dev.facets.api;

/**
 * A point on the diamond: how uncertain the problem is and how directed the response.
 *
 * <p>Both coordinates are finite and in [-1, 1]. Uncertainty runs from certainty (-1, the
 * enhancement pole) to uncertainty (+1, the anticipatory pole); directedness from undirected (-1, the
 * adaptive pole) to directed (+1, the mission pole). This class is immutable and thread-safe.
 */
public final class AxisPosition {
  /** The centre of the diamond, where no facet dominates. */
  public static final AxisPosition ORIGIN = new AxisPosition(0, 0);

  private final double uncertainty;
  private final double directedness;

  private AxisPosition(double uncertainty, double directedness) {
    this.uncertainty = uncertainty + 0.0;
    this.directedness = directedness + 0.0;
  }

  /**
   * {@return the position of the given coordinates, each finite and in [-1, 1]}
   *
   * @param uncertainty the horizontal coordinate, in [-1, 1]
   * @param directedness the vertical coordinate, in [-1, 1]
   */
  public static AxisPosition of(double uncertainty, double directedness) {
    Checks.inClosedRange(uncertainty, -1, 1, "uncertainty");
    Checks.inClosedRange(directedness, -1, 1, "directedness");
    return new AxisPosition(uncertainty, directedness);
  }

  /**
   * Uncertainty, from -1 (certainty) to +1 (uncertainty).
   *
   * @return the uncertainty coordinate, in [-1, 1]
   */
  public double uncertainty() {
    return uncertainty;
  }

  /**
   * Directedness, from -1 (undirected) to +1 (directed).
   *
   * @return the directedness coordinate, in [-1, 1]
   */
  public double directedness() {
    return directedness;
  }

  /** {@return this position mirrored across the directedness axis: uncertainty negated} */
  public AxisPosition mirrorUncertainty() {
    return new AxisPosition(-uncertainty, directedness);
  }

  /** {@return this position mirrored across the uncertainty axis: directedness negated} */
  public AxisPosition mirrorDirectedness() {
    return new AxisPosition(uncertainty, -directedness);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AxisPosition)) {
      return false;
    }
    AxisPosition that = (AxisPosition) other;
    return Double.compare(uncertainty, that.uncertainty) == 0
        && Double.compare(directedness, that.directedness) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(uncertainty) + Double.hashCode(directedness);
  }

  /** For example {@code (uncertainty=-0.6, directedness=0.3)}. */
  @Override
  public String toString() {
    return "(uncertainty=" + uncertainty + ", directedness=" + directedness + ")";
  }
}
