package dev.facets.core.hedge;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the hedge engine's own inputs, built through the public factories:
 * bounds (often none, sometimes contradictory on purpose), constraints with and without a turnover
 * limit, CVaR levels, and positive definite covariance matrices.
 */
final class HedgeGenerators {
  private HedgeGenerators() {}

  /**
   * Facet mixes from {@link Generators#weights()} (zeros, ties at 1, tiny and huge weights), all
   * zero mapped to a pure facet. Unlike {@link Generators#facetMixes()} this needs no
   * {@code assuming}: in one {@code forAll} with {@link Generators#scenarioSets()}, any generator
   * whose {@code assuming} ever rejects makes QuickTheories 0.26 give up ("found only 0 examples");
   * even {@code doubles().between(0, 1).assuming(x -> x > 0.3)} does. Elsewhere the tests use
   * {@link Generators#facetMixes()}.
   */
  static Gen<FacetMix> mixes() {
    return lists().of(Generators.weights()).ofSize(Facet.COUNT).zip(Generators.facets(), (weights, facet) -> {
      double[] array = weights.stream().mapToDouble(Double::doubleValue).toArray();
      return java.util.Arrays.stream(array).sum() > 0 ? FacetMix.of(array) : FacetMix.pure(facet);
    });
  }

  /** A minimum share: usually 0, else up to 0.35, so that four of them sometimes add up past 1. */
  static Gen<Double> minimums() {
    return Generate.frequency(Pair.of(3, Generate.constant(0.0)), Pair.of(2, doubles().between(0, 0.35)));
  }

  /** A maximum share: usually 1, else from 0 to 1, so that four of them sometimes add up below 1. */
  static Gen<Double> maximums() {
    return Generate.frequency(Pair.of(3, Generate.constant(1.0)), Pair.of(1, Generate.constant(0.0)),
        Pair.of(3, doubles().between(0.1, 1)));
  }

  /** Per-facet bounds, feasible or not. */
  static Gen<FacetBounds> bounds() {
    return lists().of(minimums()).ofSize(Facet.COUNT).zip(lists().of(maximums()).ofSize(Facet.COUNT),
        (min, max) -> {
          FacetBounds bounds = FacetBounds.none();
          for (Facet facet : Facet.ordered()) {
            bounds = bounds.withMin(facet, min.get(facet.ordinal())).withMax(facet, max.get(facet.ordinal()));
          }
          return bounds;
        });
  }

  /** Constraints: none, bounds only, or bounds with a turnover limit from a generated mix. */
  static Gen<AllocationConstraints> constraints() {
    Gen<AllocationConstraints> bounded = bounds().map(AllocationConstraints::of);
    Gen<AllocationConstraints> withTurnover = bounded.zip(mixes(), doubles().between(0, 2),
        (constraints, current, limit) -> constraints.withTurnoverLimit(current, limit));
    return Generate.frequency(Pair.of(1, Generate.constant(AllocationConstraints.none())),
        Pair.of(2, bounded), Pair.of(2, withTurnover));
  }

  /**
   * CVaR levels in (0, 1], with the default 0.2, the expected-value end 1 and tiny levels (1e-6 and
   * the subnormal 1e-320, where the tail is the worst likely future alone) on purpose.
   */
  static Gen<Double> alphas() {
    return Generate.frequency(Pair.of(1, Generate.constant(0.2)), Pair.of(1, Generate.constant(1.0)),
        Pair.of(4, doubles().between(0.01, 1)), Pair.of(1, Generate.pick(List.of(1e-6, 1e-320))));
  }

  /** The grid of allocations with shares in steps of 1/10: 286 points of the simplex. */
  static List<FacetMix> simplexGrid() {
    List<FacetMix> grid = new java.util.ArrayList<>();
    int steps = 10;
    for (int e = 0; e <= steps; e++) {
      for (int m = 0; e + m <= steps; m++) {
        for (int a = 0; e + m + a <= steps; a++) {
          grid.add(FacetMix.of(e, m, a, steps - e - m - a));
        }
      }
    }
    return grid;
  }

  /**
   * Positive definite covariance matrices: {@code scale (A A^T + delta I)} with A's entries in
   * [-1, 1], delta from 0.01 to 1 and the scale log-uniform from 1e-4 to 1e4, so units vary widely
   * and correlations run from strongly negative to strongly positive.
   */
  static Gen<CovarianceMatrix> covariances() {
    return lists().of(doubles().between(-1, 1)).ofSize(16)
        .zip(doubles().between(0.01, 1), Generators.logUniform(-4, 4), (a, delta, scale) -> {
          double[][] matrix = new double[Facet.COUNT][Facet.COUNT];
          for (int i = 0; i < Facet.COUNT; i++) {
            for (int j = 0; j < Facet.COUNT; j++) {
              double sum = i == j ? delta : 0;
              for (int k = 0; k < Facet.COUNT; k++) {
                sum += a.get(4 * i + k) * a.get(4 * j + k);
              }
              matrix[i][j] = scale * sum;
            }
          }
          return CovarianceMatrix.of(matrix);
        });
  }
}
