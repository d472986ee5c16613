package dev.facets.api;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An initiative's (or a portfolio's) degree of membership in each facet: four finite,
 * non-negative weights, not all zero, normalised to sum 1.
 *
 * <p>Any non-negative weights may be given ({@code of(7, 3, 0, 0)} is 70 % enhancement, 30 %
 * mission); they are divided by their sum once, on construction, so every mix a caller holds is a
 * point of the probability simplex. The sum of the stored weights is 1 within a few ulps, and weights
 * that already sum to 1 within a few ulps are kept unchanged, so normalising is idempotent. The
 * {@link #dominant() dominant facet} breaks ties by the facet order, as the file contract requires.
 * This class is immutable and thread-safe.
 */
public final class FacetMix {
  /** How far from 1 the sum of given weights may be for them to count as normalised already. */
  private static final double NORMALISED_TOLERANCE = 4 * Math.ulp(1.0);

  private static final FacetMix UNIFORM = new FacetMix(new double[] {0.25, 0.25, 0.25, 0.25});

  private final double[] weights;

  private FacetMix(double[] weights) {
    this.weights = weights;
  }

  /** The mix of four non-negative weights in facet order, normalised to sum 1. */
  public static FacetMix of(double enhancement, double mission, double adaptive, double anticipatory) {
    return normalised(new double[] {enhancement, mission, adaptive, anticipatory});
  }

  /** The mix of a four-element array of weights in facet order; the array is not kept. */
  public static FacetMix of(double[] weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != Facet.COUNT) {
      throw new InvalidValueException(
          "weights", Arrays.toString(weights), "have exactly " + Facet.COUNT + " entries");
    }
    return normalised(weights.clone());
  }

  /** The mix of a map from facet to weight; a facet the map lacks weighs 0. */
  public static FacetMix of(Map<Facet, Double> weights) {
    double[] array = new double[Facet.COUNT];
    weights.forEach((facet, weight) -> array[facet.ordinal()] = weight);
    return normalised(array);
  }

  /** All weight on one facet. */
  public static FacetMix pure(Facet facet) {
    double[] weights = new double[Facet.COUNT];
    weights[facet.ordinal()] = 1;
    return new FacetMix(weights);
  }

  /** Half the weight on each of two facets ({@code pure} when they are the same). */
  public static FacetMix halves(Facet first, Facet second) {
    double[] weights = new double[Facet.COUNT];
    weights[first.ordinal()] += 0.5;
    weights[second.ordinal()] += 0.5;
    return new FacetMix(weights);
  }

  /** A quarter on every facet. */
  public static FacetMix uniform() {
    return UNIFORM;
  }

  private static FacetMix normalised(double[] owned) {
    double sum = 0;
    for (Facet facet : Facet.ordered()) {
      sum += Checks.finiteNonNegative(owned[facet.ordinal()], facet.jsonName());
    }
    if (sum == 0) {
      throw new InvalidValueException("facets", format(owned), "have a weight > 0");
    }
    if (Double.isInfinite(sum)) {
      // Weights near Double.MAX_VALUE: scale down first so that the sum stays finite.
      double max = Arrays.stream(owned).max().getAsDouble();
      for (int i = 0; i < owned.length; i++) {
        owned[i] /= max;
      }
      sum = Arrays.stream(owned).sum();
    }
    // Weights that already sum to 1 up to rounding are kept as they are, so that normalising is
    // idempotent and a mix written to a file reads back bit for bit.
    boolean normalised = Math.abs(sum - 1) <= NORMALISED_TOLERANCE;
    for (int i = 0; i < owned.length; i++) {
      owned[i] = (normalised ? owned[i] : owned[i] / sum) + 0.0;
    }
    return new FacetMix(owned);
  }

  /** The weight of one facet, in [0, 1]. */
  public double weight(Facet facet) {
    return weights[facet.ordinal()];
  }

  /** A copy of the weights in facet order. */
  public double[] toArray() {
    return weights.clone();
  }

  /** The weights as an ordered map from facet to weight. */
  public Map<Facet, Double> toMap() {
    Map<Facet, Double> map = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.ordered()) {
      map.put(facet, weights[facet.ordinal()]);
    }
    return map;
  }

  /**
   * The facet with the largest weight; ties go to the first in the order enhancement, mission,
   * adaptive, anticipatory.
   */
  public Facet dominant() {
    Facet best = Facet.ENHANCEMENT;
    for (Facet facet : Facet.ordered()) {
      if (weights[facet.ordinal()] > weights[best.ordinal()]) {
        best = facet;
      }
    }
    return best;
  }

  /** The number of facets with a weight above zero. */
  public int support() {
    int count = 0;
    for (double weight : weights) {
      count += weight > 0 ? 1 : 0;
    }
    return count;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FacetMix && Arrays.equals(weights, ((FacetMix) other).weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  /** For example {@code {enhancement=0.7, mission=0.3, adaptive=0.0, anticipatory=0.0}}. */
  @Override
  public String toString() {
    return format(weights);
  }

  static String format(double[] values) {
    StringBuilder text = new StringBuilder("{");
    for (Facet facet : Facet.ordered()) {
      text.append(facet.ordinal() == 0 ? "" : ", ")
          .append(facet.jsonName()).append('=').append(values[facet.ordinal()]);
    }
    return text.append('}').toString();
  }
}
