package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.ScenarioSet;
import dev.facets.core.text.Numbers;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The covariance of the four facets' outcomes: a symmetric, finite, positive semidefinite 4 x 4
 * matrix in facet order, with its eigenvalues and condition number.
 *
 * <p>Checked on construction, because a matrix that is not (asymmetric, non-finite, or not PSD by a
 * rounding error) is a recurring source of hangs and wrong answers in portfolio optimisers
 * ({@code docs/metrics.md#covariance}): entries must be finite; the matrix symmetric within
 * {@value #SYMMETRY_TOLERANCE} of its largest entry (it is then made exactly symmetric); and
 * positive semidefinite, which, as eigenvalues of a PSD matrix come out of floating point slightly
 * negative, means a smallest eigenvalue of at least {@code -}{@value #EIGENVALUE_TOLERANCE} times the
 * largest absolute one. {@link #of(double[][])} rejects a matrix that is not, naming its smallest
 * eigenvalue; {@link #repaired(double[][])} instead clips the negative eigenvalues to zero
 * ({@code V max(Lambda, 0) V^T}) and records that it did.
 *
 * <p>Eigenvalues within the same relative tolerance of zero count as zero: the matrix is then
 * {@linkplain #isSingular() singular} and its {@linkplain #conditionNumber() condition number}
 * infinite. A scenario covariance from S scenarios has rank at most S - 1, so fewer than five
 * scenarios always give a singular one; engines that need a positive definite matrix answer that
 * with a typed outcome, never NaN. This class is immutable and thread-safe.
 */
public final class CovarianceMatrix {
  /** How far {@code a[i][j]} and {@code a[j][i]} may differ, relative to the largest absolute entry. */
  public static final double SYMMETRY_TOLERANCE = 1e-12;
  /** Eigenvalues within this fraction of the largest absolute eigenvalue count as zero. */
  public static final double EIGENVALUE_TOLERANCE = 1e-12;

  private final double[][] matrix;
  private final double[] eigenvalues; // ascending
  private final double[][] eigenvectors; // eigenvectors[k] belongs to eigenvalues[k]
  private final double smallestBeforeRepair; // NaN unless repaired

  private CovarianceMatrix(double[][] matrix, EigenSystem eigen, double smallestBeforeRepair) {
    this.matrix = matrix;
    this.eigenvalues = eigen.values;
    this.eigenvectors = eigen.vectors;
    this.smallestBeforeRepair = smallestBeforeRepair;
  }

  /**
   * {@return the covariance matrix of a 4 x 4 array in facet order (copied)}
   *
   * @param matrix the covariances, {@code matrix[i][j]} for facets i and j in facet order; not
   *     modified
   * @throws InvalidValueException if the array is not 4 x 4, an entry is not finite, the matrix is
   *     not symmetric, or it is not positive semidefinite (the message gives the smallest eigenvalue)
   */
  public static CovarianceMatrix of(double[][] matrix) {
    double[][] symmetric = checkedSymmetric(matrix);
    EigenSystem eigen = EigenSystem.of(symmetric);
    if (!eigen.isPositiveSemidefinite()) {
      throw new InvalidValueException("covariance", "a matrix with smallest eigenvalue "
          + Numbers.precise(eigen.values[0]) + " (largest " + Numbers.precise(eigen.values[Facet.COUNT - 1]) + ")",
          "be positive semidefinite (smallest eigenvalue >= -" + EIGENVALUE_TOLERANCE
              + " x the largest); CovarianceMatrix.repaired clips negative eigenvalues to 0");
    }
    return new CovarianceMatrix(symmetric, eigen, Double.NaN);
  }

  /**
   * {@return the covariance matrix of a 4 x 4 array, repaired by eigenvalue clipping when it is not positive
   * semidefinite: the negative eigenvalues are set to 0 and the matrix rebuilt from the
   * eigendecomposition, the nearest PSD matrix in the Frobenius norm}
   *
   * <p>A matrix that needs no repair is kept as it is.
   *
   * @param matrix the covariances, {@code matrix[i][j]} for facets i and j in facet order; not
   *     modified
   * @throws InvalidValueException if the array is not 4 x 4, an entry is not finite, or the matrix is
   *     not symmetric: those are mistakes, not rounding, and no clipping should hide them
   */
  public static CovarianceMatrix repaired(double[][] matrix) {
    double[][] symmetric = checkedSymmetric(matrix);
    EigenSystem eigen = EigenSystem.of(symmetric);
    if (eigen.isPositiveSemidefinite()) {
      return new CovarianceMatrix(symmetric, eigen, Double.NaN);
    }
    double[][] clipped = new double[Facet.COUNT][Facet.COUNT];
    for (int k = 0; k < Facet.COUNT; k++) {
      double lambda = Math.max(0, eigen.values[k]);
      double[] v = eigen.vectors[k];
      for (int i = 0; i < Facet.COUNT; i++) {
        for (int j = 0; j < Facet.COUNT; j++) {
          clipped[i][j] += lambda * v[i] * v[j];
        }
      }
    }
    symmetrise(clipped);
    return new CovarianceMatrix(clipped, EigenSystem.of(clipped), eigen.values[0]);
  }

  /**
   * {@return the probability-weighted covariance of the scenario payoffs:
   * {@code sum_s p_s (P_s - mu)(P_s - mu)^T} with {@code mu = sum_s p_s P_s} (the population
   * covariance of the scenario distribution, not a sample estimate with S - 1)}
   *
   * <p>Singular whenever there are fewer than five scenarios.
   *
   * @param scenarios the scenarios, weighted by their probabilities (equally when they have none)
   */
  public static CovarianceMatrix ofScenarios(ScenarioSet scenarios) {
    PayoffTable table = PayoffTable.of(scenarios);
    double total = Vectors.sum(table.probabilities);
    double[] mean = table.facetSums(table.probabilities);
    for (int f = 0; f < Facet.COUNT; f++) {
      mean[f] /= total;
    }
    double[][] covariance = new double[Facet.COUNT][Facet.COUNT];
    for (int s = 0; s < table.size(); s++) {
      double p = table.probabilities[s] / total;
      for (int i = 0; i < Facet.COUNT; i++) {
        for (int j = 0; j < Facet.COUNT; j++) {
          covariance[i][j] += p * (table.payoffs[s][i] - mean[i]) * (table.payoffs[s][j] - mean[j]);
        }
      }
    }
    return of(covariance);
  }

  private static double[][] checkedSymmetric(double[][] matrix) {
    Objects.requireNonNull(matrix, "matrix");
    if (matrix.length != Facet.COUNT) {
      throw new InvalidValueException("covariance", matrix.length + " rows", "have " + Facet.COUNT + " rows");
    }
    double[][] copy = new double[Facet.COUNT][];
    double largest = 0;
    for (int i = 0; i < Facet.COUNT; i++) {
      Objects.requireNonNull(matrix[i], "matrix row");
      if (matrix[i].length != Facet.COUNT) {
        throw new InvalidValueException(
            "covariance[" + i + "]", matrix[i].length + " columns", "have " + Facet.COUNT + " columns");
      }
      copy[i] = matrix[i].clone();
      for (int j = 0; j < Facet.COUNT; j++) {
        largest = Math.max(largest, Math.abs(Checks.finite(copy[i][j], "covariance[" + i + "][" + j + "]")));
      }
    }
    for (int i = 0; i < Facet.COUNT; i++) {
      for (int j = i + 1; j < Facet.COUNT; j++) {
        if (Math.abs(copy[i][j] - copy[j][i]) > SYMMETRY_TOLERANCE * largest) {
          throw new InvalidValueException("covariance[" + i + "][" + j + "]", Checks.render(copy[i][j]),
              "equal covariance[" + j + "][" + i + "] = " + Checks.render(copy[j][i]) + " (symmetry)");
        }
      }
    }
    symmetrise(copy);
    return copy;
  }

  private static void symmetrise(double[][] matrix) {
    for (int i = 0; i < Facet.COUNT; i++) {
      for (int j = i + 1; j < Facet.COUNT; j++) {
        double mean = (matrix[i][j] + matrix[j][i]) / 2 + 0.0;
        matrix[i][j] = mean;
        matrix[j][i] = mean;
      }
    }
  }

  /**
   * {@return the covariance of two facets; the variance of one when they are the same facet}
   *
   * @param row the first facet
   * @param column the second facet (the matrix is symmetric, so the order does not matter)
   */
  public double get(Facet row, Facet column) {
    return matrix[row.ordinal()][column.ordinal()];
  }

  /** {@return a copy of the matrix in facet order} */
  public double[][] toArray() {
    double[][] copy = new double[Facet.COUNT][];
    for (int i = 0; i < Facet.COUNT; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /**
   * {@return the standard deviation of one facet, the square root of its variance, {@code >= 0}}
   *
   * @param facet the facet
   */
  public double volatility(Facet facet) {
    return Math.sqrt(Math.max(0, get(facet, facet)));
  }

  /** {@return the eigenvalues in ascending order (a copy); tiny negatives from rounding are kept as computed} */
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /** {@return the smallest eigenvalue} */
  public double smallestEigenvalue() {
    return eigenvalues[0];
  }

  /** {@return the largest eigenvalue} */
  public double largestEigenvalue() {
    return eigenvalues[Facet.COUNT - 1];
  }

  /** {@return the number of eigenvalues that do not count as zero} */
  public int rank() {
    int rank = 0;
    for (double lambda : eigenvalues) {
      rank += lambda > zeroThreshold() ? 1 : 0;
    }
    return rank;
  }

  /** {@return whether some eigenvalue counts as zero (always so for the zero matrix)} */
  public boolean isSingular() {
    return rank() < Facet.COUNT;
  }

  /**
   * {@return the condition number {@code largest / smallest eigenvalue}; {@code +Infinity} when the matrix is
   * singular}
   *
   * <p>Above about 1e10, results that divide by the matrix lose digits.
   */
  public double conditionNumber() {
    return isSingular() ? Double.POSITIVE_INFINITY : largestEigenvalue() / smallestEigenvalue();
  }

  /** {@return whether {@link #repaired(double[][])} clipped eigenvalues to build this matrix} */
  public boolean isRepaired() {
    return !Double.isNaN(smallestBeforeRepair);
  }

  /** {@return the smallest eigenvalue of the matrix given, before clipping; empty unless repaired} */
  public OptionalDouble smallestEigenvalueBeforeRepair() {
    return isRepaired() ? OptionalDouble.of(smallestBeforeRepair) : OptionalDouble.empty();
  }

  /** Eigenvalues at or below this count as zero. */
  double zeroThreshold() {
    return EIGENVALUE_TOLERANCE * Math.max(Math.abs(eigenvalues[0]), Math.abs(largestEigenvalue()));
  }

  /** The unit eigenvector of the k-th smallest eigenvalue (not copied: callers only read it). */
  double[] eigenvector(int k) {
    return eigenvectors[k];
  }

  /** {@code Sigma w}. */
  double[] times(double[] w) {
    double[] product = new double[Facet.COUNT];
    for (int i = 0; i < Facet.COUNT; i++) {
      product[i] = Vectors.dot(matrix[i], w);
    }
    return product;
  }

  double entry(int i, int j) {
    return matrix[i][j];
  }

  /** One line: a sentence for diagnoses, with the smallest eigenvalue and the condition number. */
  String describeConditioning() {
    return "smallest eigenvalue " + Numbers.precise(smallestEigenvalue()) + ", largest "
        + Numbers.precise(largestEigenvalue()) + ", condition number " + Numbers.precise(conditionNumber());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CovarianceMatrix
        && Arrays.deepEquals(matrix, ((CovarianceMatrix) other).matrix)
        && Double.compare(smallestBeforeRepair, ((CovarianceMatrix) other).smallestBeforeRepair) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(matrix);
  }

  /** {@return the rows in facet order, and whether the matrix was repaired} */
  @Override
  public String toString() {
    return "CovarianceMatrix" + Arrays.deepToString(matrix) + (isRepaired() ? " (repaired)" : "");
  }

  /** Eigenvalues in ascending order with their unit eigenvectors. */
  private static final class EigenSystem {
    final double[] values;
    final double[][] vectors;

    private EigenSystem(double[] values, double[][] vectors) {
      this.values = values;
      this.vectors = vectors;
    }

    static EigenSystem of(double[][] symmetric) {
      RealMatrix matrix = MatrixUtils.createRealMatrix(symmetric);
      EigenDecomposition decomposition = new EigenDecomposition(matrix);
      double[] raw = decomposition.getRealEigenvalues();
      int[] order = Vectors.ascendingOrder(raw);
      double[] values = new double[Facet.COUNT];
      double[][] vectors = new double[Facet.COUNT][];
      for (int k = 0; k < Facet.COUNT; k++) {
        values[k] = raw[order[k]];
        vectors[k] = decomposition.getEigenvector(order[k]).toArray();
      }
      return new EigenSystem(values, vectors);
    }

    boolean isPositiveSemidefinite() {
      double scale = Math.max(Math.abs(values[0]), Math.abs(values[Facet.COUNT - 1]));
      return values[0] >= -EIGENVALUE_TOLERANCE * scale;
    }
  }
}
