package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Allocations built from the covariance of the facets alone: equal risk contribution (and risk
 * budgeting in general) and minimum variance, each answered as an {@link AllocationOutcome} whose
 * objective value is the allocation's volatility.
 *
 * <p><b>Risk budgeting</b> ({@code docs/metrics.md#risk-budgeting}) finds long-only shares whose risk contributions are
 * proportional to budgets b: it minimises {@code 1/2 y^T Sigma y - sum_f b_f ln y_f} over y > 0 by
 * cyclical coordinate descent (Griveau-Billion, Richard and Roncalli 2013), whose coordinate step has
 * the closed form {@code y_f = (-c_f + sqrt(c_f^2 + 4 Sigma_ff b_f)) / (2 Sigma_ff)} with
 * {@code c_f = sum_{g != f} Sigma_fg y_g}, then normalises {@code w = y / sum y}. The matrix is first
 * divided by its mean variance, which changes y but not w. Sweeps stop when every
 * {@code y_f (Sigma y)_f} is within {@value #TOLERANCE} of b_f relatively (the first-order condition),
 * or at the iteration limit ({@link AllocationStatus#LIMIT_REACHED}). The minimum is unique and exists
 * only when Sigma is positive definite: with a singular Sigma the objective can fall without bound
 * along a riskless direction, so a singular matrix is answered {@link AllocationStatus#SINGULAR} with
 * its smallest eigenvalue and condition number.
 *
 * <p><b>Minimum variance</b> ({@code docs/metrics.md#minimum-variance}) with per-facet bounds is
 * solved exactly by enumerating active sets: each
 * of the 3^4 = 81 ways to put every facet at its minimum, at its maximum or free gives, by the KKT
 * conditions {@code (Sigma w)_free = eta 1} and {@code sum w = 1}, one linear system; among the
 * solutions that are non-singular and within bounds (to 1e-12) the one of least variance is the
 * optimum. This is exact, not iterative: an optimum always sits at a vertex of the set of optimal
 * allocations, where the free facets' KKT system is non-singular, and every candidate kept is
 * feasible. It works for singular matrices too, where several allocations may share the minimum (the
 * outcome's diagnosis then says so). This class is immutable and thread-safe.
 */
public final class RiskAllocator {
  /** The relative tolerance on the first-order condition of risk budgeting. */
  public static final double TOLERANCE = 1e-12;
  /** The default limit on coordinate-descent sweeps. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;
  /** The allocator with the default iteration limit. */
  public static final RiskAllocator DEFAULT = new RiskAllocator(DEFAULT_MAX_ITERATIONS);
  /** The objective name of {@link #equalRiskContribution}. */
  public static final String EQUAL_RISK_CONTRIBUTION = "equal-risk-contribution";
  /** The objective name of {@link #riskBudgeting}. */
  public static final String RISK_BUDGETING = "risk-budgeting";
  /** The objective name of {@link #minimumVariance}. */
  public static final String MINIMUM_VARIANCE = "minimum-variance";

  private static final double BOUND_TOLERANCE = 1e-12;
  private static final double KKT_RESIDUAL = 1e-9;

  private final int maxIterations;

  private RiskAllocator(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  /**
   * {@return this allocator with another limit on coordinate-descent sweeps}
   *
   * @param maxIterations the most sweeps before risk budgeting answers
   *     {@link AllocationStatus#LIMIT_REACHED}, at least 1
   * @throws dev.facets.api.InvalidValueException if the limit is below 1
   */
  public RiskAllocator withMaxIterations(int maxIterations) {
    return new RiskAllocator(Checks.atLeast(maxIterations, 1, "maxIterations"));
  }

  /** {@return the limit on coordinate-descent sweeps, at least 1 ({@value #DEFAULT_MAX_ITERATIONS} unless set)} */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * {@return the long-only allocation whose four risk contributions are equal; its objective value is
   * the allocation's volatility}
   *
   * @param covariance the facets' covariance; a singular one is answered
   *     {@link AllocationStatus#SINGULAR}
   */
  public AllocationOutcome equalRiskContribution(CovarianceMatrix covariance) {
    return budget(covariance, FacetMix.uniform(), EQUAL_RISK_CONTRIBUTION);
  }

  /**
   * {@return the long-only allocation whose risk contributions are proportional to the budgets, every budget
   * {@code > 0} (a zero budget has no solution with positive shares)}
   *
   * @param covariance the facets' covariance; a singular one is answered
   *     {@link AllocationStatus#SINGULAR}
   * @param budgets the target share of risk of each facet, each {@code > 0} (a mix sums to 1)
   * @throws dev.facets.api.InvalidValueException if a budget is zero
   */
  public AllocationOutcome riskBudgeting(CovarianceMatrix covariance, FacetMix budgets) {
    Objects.requireNonNull(budgets, "budgets");
    for (Facet facet : Facet.ordered()) {
      Checks.finitePositive(budgets.weight(facet), "budgets." + facet.jsonName());
    }
    return budget(covariance, budgets, RISK_BUDGETING);
  }

  private AllocationOutcome budget(CovarianceMatrix covariance, FacetMix budgets, String name) {
    Objects.requireNonNull(covariance, "covariance");
    if (covariance.isSingular()) {
      return AllocationOutcome.failed(name, OptionalDouble.empty(), AllocationStatus.SINGULAR,
          "risk budgeting needs a positive definite covariance, but this one is singular ("
              + covariance.describeConditioning() + ", rank " + covariance.rank()
              + "); a scenario covariance needs at least five scenarios that differ in every direction");
    }
    double[] b = budgets.toArray();
    double[][] sigma = covariance.toArray();
    double scale = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      scale += sigma[f][f] / Facet.COUNT;
    }
    for (double[] row : sigma) {
      for (int g = 0; g < Facet.COUNT; g++) {
        row[g] /= scale;
      }
    }
    double[] y = new double[Facet.COUNT];
    for (int f = 0; f < Facet.COUNT; f++) {
      y[f] = Math.sqrt(b[f] / sigma[f][f]); // the answer when Sigma is diagonal
    }
    for (int sweep = 0; sweep < maxIterations; sweep++) {
      if (budgetResidual(sigma, y, b) <= TOLERANCE) {
        FacetMix allocation = FacetMix.of(y);
        return AllocationOutcome.optimal(name, OptionalDouble.empty(), allocation,
            RiskDecomposition.of(allocation, covariance).volatility(), "");
      }
      for (int f = 0; f < Facet.COUNT; f++) {
        double c = 0;
        for (int g = 0; g < Facet.COUNT; g++) {
          c += g == f ? 0 : sigma[f][g] * y[g];
        }
        double root = Math.sqrt(c * c + 4 * sigma[f][f] * b[f]);
        // Two forms of the same root of Sigma_ff y^2 + c y - b = 0, each free of cancellation on its side.
        y[f] = c >= 0 ? 2 * b[f] / (c + root) : (root - c) / (2 * sigma[f][f]);
      }
    }
    return AllocationOutcome.failed(name, OptionalDouble.empty(), AllocationStatus.LIMIT_REACHED,
        "coordinate descent did not reach relative tolerance " + TOLERANCE + " in " + maxIterations
            + " sweeps (" + covariance.describeConditioning() + ")");
  }

  /** {@code max_f |y_f (Sigma y)_f / b_f - 1|}: how far y is from the first-order condition. */
  private static double budgetResidual(double[][] sigma, double[] y, double[] b) {
    double worst = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      worst = Math.max(worst, Math.abs(y[f] * Vectors.dot(sigma[f], y) / b[f] - 1));
    }
    return worst;
  }

  /**
   * {@return the long-only allocation of least variance; its objective value is its volatility}
   *
   * @param covariance the facets' covariance, singular or not
   */
  public AllocationOutcome minimumVariance(CovarianceMatrix covariance) {
    return minimumVariance(covariance, FacetBounds.none());
  }

  /**
   * {@return the allocation of least variance within per-facet bounds; its objective value is its
   * volatility, and bounds that contradict each other are answered {@link AllocationStatus#INFEASIBLE}}
   *
   * @param covariance the facets' covariance, singular or not
   * @param bounds the smallest and largest share of each facet
   */
  public AllocationOutcome minimumVariance(CovarianceMatrix covariance, FacetBounds bounds) {
    Objects.requireNonNull(covariance, "covariance");
    Objects.requireNonNull(bounds, "bounds");
    Optional<String> infeasibility = bounds.infeasibility();
    if (infeasibility.isPresent()) {
      return AllocationOutcome.failed(
          MINIMUM_VARIANCE, OptionalDouble.empty(), AllocationStatus.INFEASIBLE, infeasibility.get());
    }
    double[] best = null;
    double bestVariance = Double.POSITIVE_INFINITY;
    for (int pattern = 0; pattern < 81; pattern++) {
      double[] candidate = activeSetSolution(covariance, bounds, pattern);
      if (candidate != null) {
        double variance = Vectors.dot(candidate, covariance.times(candidate));
        if (variance < bestVariance) {
          best = candidate;
          bestVariance = variance;
        }
      }
    }
    // Feasible bounds always leave a vertex of the optimal set among the candidates.
    FacetMix allocation = FacetMix.of(bounds.repair(best));
    String note = covariance.isSingular()
        ? "the covariance is singular (" + covariance.describeConditioning()
            + "), so other allocations may have the same least variance; this is one of them"
        : "";
    return AllocationOutcome.optimal(MINIMUM_VARIANCE, OptionalDouble.empty(), allocation,
        RiskDecomposition.of(allocation, covariance).volatility(), note);
  }

  /**
   * The KKT solution of one active set, or null when its system is singular or the solution leaves
   * the bounds. Digit f of {@code pattern} in base 3: 0 free, 1 at the minimum, 2 at the maximum.
   */
  private static double[] activeSetSolution(CovarianceMatrix covariance, FacetBounds bounds, int pattern) {
    double[] min = bounds.minArray();
    double[] max = bounds.maxArray();
    double[] w = new double[Facet.COUNT];
    int[] free = new int[Facet.COUNT];
    int freeCount = 0;
    double fixedSum = 0;
    for (int f = 0, digits = pattern; f < Facet.COUNT; f++, digits /= 3) {
      int state = digits % 3;
      if (state == 0) {
        free[freeCount++] = f;
      } else {
        w[f] = state == 1 ? min[f] : max[f];
        fixedSum += w[f];
      }
    }
    if (freeCount == 0) {
      return Math.abs(fixedSum - 1) <= BOUND_TOLERANCE ? w : null;
    }
    double scale = Math.max(covariance.largestEigenvalue(), Double.MIN_NORMAL);
    // Unknowns: the free shares, then eta. Rows: (Sigma w)_i - eta = 0 for free i; sum of free shares.
    double[][] system = new double[freeCount + 1][freeCount + 1];
    double[] rhs = new double[freeCount + 1];
    for (int r = 0; r < freeCount; r++) {
      int i = free[r];
      double fixedPart = 0;
      for (int f = 0; f < Facet.COUNT; f++) {
        fixedPart += covariance.entry(i, f) * w[f]; // free shares are still 0 in w
      }
      for (int c = 0; c < freeCount; c++) {
        system[r][c] = covariance.entry(i, free[c]) / scale;
      }
      system[r][freeCount] = -1;
      rhs[r] = -fixedPart / scale;
    }
    for (int c = 0; c < freeCount; c++) {
      system[freeCount][c] = 1;
    }
    rhs[freeCount] = 1 - fixedSum;
    RealMatrix matrix = MatrixUtils.createRealMatrix(system);
    LUDecomposition lu = new LUDecomposition(matrix, 1e-13);
    if (!lu.getSolver().isNonSingular()) {
      return null;
    }
    double[] solution = lu.getSolver().solve(MatrixUtils.createRealVector(rhs)).toArray();
    double[] residual = matrix.operate(solution);
    for (int r = 0; r <= freeCount; r++) {
      if (Math.abs(residual[r] - rhs[r]) > KKT_RESIDUAL) {
        return null; // numerically singular after all
      }
    }
    for (int c = 0; c < freeCount; c++) {
      int f = free[c];
      if (solution[c] < min[f] - BOUND_TOLERANCE || solution[c] > max[f] + BOUND_TOLERANCE) {
        return null;
      }
      w[f] = solution[c];
    }
    return w;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiskAllocator && maxIterations == ((RiskAllocator) other).maxIterations;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(maxIterations);
  }

  /** For example {@code RiskAllocator{maxIterations=10000}}. */
  @Override
  public String toString() {
    return "RiskAllocator{maxIterations=" + maxIterations + "}";
  }
}
