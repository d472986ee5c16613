package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;

/**
 * How different two facets are: the d of Rao-Stirling diversity, a symmetric 4 x 4 matrix with a zero
 * diagonal and finite non-negative entries, indexed in the facet order.
 *
 * <p>The default, {@link #DIAMOND}, is the contract's: the distance between the facets' poles on the
 * diamond divided by 2, so opposite facets (which hedge different futures) are 1 apart and
 * neighbours {@code sqrt(2)/2}. {@link #SIMPSON} makes every pair 1 apart, which turns Rao-Stirling
 * into Gini-Simpson. The same matrix prices the moves of a rebalancing plan. The name is recorded
 * in every result that used it. This class is immutable and thread-safe.
 */
public final class Disparity {
  /** The contract's default: pole distance on the diamond over 2 (opposite 1, neighbours sqrt(2)/2). */
  public static final Disparity DIAMOND = new Disparity("diamond", diamondDistances());

  /** Every pair of distinct facets 1 apart: Rao-Stirling then equals Gini-Simpson. */
  public static final Disparity SIMPSON = new Disparity("simpson", uniformDistances());

  private final String name;
  private final double[] flat;

  private Disparity(String name, double[] flat) {
    this.name = name;
    this.flat = flat;
  }

  /**
   * A named disparity matrix, {@code matrix[i][j]} the distance between facets i and j in facet
   * order; the array is copied.
   *
   * @param name the name recorded in results, not blank
   * @param matrix a 4 x 4 array of distances, not null
   * @return the matrix under its name
   * @throws InvalidValueException unless the matrix is 4 x 4, finite, non-negative, symmetric and
   *     zero on the diagonal
   */
  public static Disparity of(String name, double[][] matrix) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matrix, "matrix");
    Checks.notBlank(name, "name");
    if (matrix.length != Facet.COUNT) {
      throw new InvalidValueException("disparity", Arrays.deepToString(matrix), "have " + Facet.COUNT + " rows");
    }
    double[] flat = new double[Facet.COUNT * Facet.COUNT];
    for (int i = 0; i < Facet.COUNT; i++) {
      Objects.requireNonNull(matrix[i], "matrix row");
      if (matrix[i].length != Facet.COUNT) {
        throw new InvalidValueException(
            "disparity[" + i + "]", Arrays.toString(matrix[i]), "have " + Facet.COUNT + " entries");
      }
      for (int j = 0; j < Facet.COUNT; j++) {
        flat[i * Facet.COUNT + j] = Checks.finiteNonNegative(matrix[i][j], field(i, j)) + 0.0;
      }
    }
    for (int i = 0; i < Facet.COUNT; i++) {
      if (flat[i * Facet.COUNT + i] != 0) {
        throw new InvalidValueException(field(i, i), Checks.render(flat[i * Facet.COUNT + i]), "be 0");
      }
      for (int j = 0; j < i; j++) {
        if (flat[i * Facet.COUNT + j] != flat[j * Facet.COUNT + i]) {
          throw new InvalidValueException(field(i, j), Checks.render(flat[i * Facet.COUNT + j]),
              "equal " + field(j, i) + " = " + Checks.render(flat[j * Facet.COUNT + i]));
        }
      }
    }
    return new Disparity(name, flat);
  }

  private static String field(int i, int j) {
    return "disparity[" + i + "][" + j + "]";
  }

  private static double[] diamondDistances() {
    double[] flat = new double[Facet.COUNT * Facet.COUNT];
    for (Facet a : Facet.ordered()) {
      for (Facet b : Facet.ordered()) {
        flat[a.ordinal() * Facet.COUNT + b.ordinal()] = Math.hypot(
            a.uncertainty() - b.uncertainty(), a.directedness() - b.directedness()) / 2;
      }
    }
    return flat;
  }

  private static double[] uniformDistances() {
    double[] flat = new double[Facet.COUNT * Facet.COUNT];
    for (int i = 0; i < Facet.COUNT; i++) {
      for (int j = 0; j < Facet.COUNT; j++) {
        flat[i * Facet.COUNT + j] = i == j ? 0 : 1;
      }
    }
    return flat;
  }

  /** {@return the name recorded in results ({@code "diamond"})} */
  public String name() {
    return name;
  }

  /**
   * {@return the distance between two facets: finite, {@code >= 0}, 0 for a facet and itself, the
   * same either way round}
   *
   * @param first one facet, not null
   * @param second another facet, or the same, not null
   */
  public double between(Facet first, Facet second) {
    return flat[first.ordinal() * Facet.COUNT + second.ordinal()];
  }

  /** The matrix, row-major in facet order, not copied: callers in this package only read it. */
  double[] flat() {
    return flat;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Disparity
        && name.equals(((Disparity) other).name) && Arrays.equals(flat, ((Disparity) other).flat);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(flat);
  }

  /** For example {@code Disparity[diamond]}. */
  @Override
  public String toString() {
    return "Disparity[" + name + "]";
  }
}
