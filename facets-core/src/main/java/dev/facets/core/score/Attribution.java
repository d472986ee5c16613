package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.TargetMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a portfolio's balance and target gap what they are: for every metric, each initiative's
 * and each facet's {@link Contribution} (leave-one-out and Euler).
 *
 * <p>Removing a facet means stopping the weight it holds (every initiative's share of that facet)
 * and taking shares of what remains. Removing an initiative takes its whole weight away. The Euler
 * share of initiative i is {@code s_i sum_f m_if e_f} with {@code s_i = w_i / W}; that of facet f is
 * {@code p_f e_f}, where e are the metric's Euler weights: for entropy {@code e_f = -ln p_f}, for HHI
 * {@code p_f}, for Rao-Stirling {@code (D p)_f}, and so on (see {@link Metric}). Where a facet's share
 * equals its target exactly, total variation (and the transfer) take the subgradient with sign 0 there.
 * An attribution holds two doubles per initiative and metric. This class is immutable and
 * thread-safe.
 */
public final class Attribution {
  private final PortfolioScore score;
  private final List<String> ids;
  private final Map<String, Integer> rows;
  private final double[][] initiativeWithout;
  private final double[][] initiativeEuler;
  private final double[][] facetWithout;
  private final double[][] facetEuler;

  private Attribution(PortfolioScore score, List<String> ids, Map<String, Integer> rows,
      double[][] initiativeWithout, double[][] initiativeEuler, double[][] facetWithout, double[][] facetEuler) {
    this.score = score;
    this.ids = ids;
    this.rows = rows;
    this.initiativeWithout = initiativeWithout;
    this.initiativeEuler = initiativeEuler;
    this.facetWithout = facetWithout;
    this.facetEuler = facetEuler;
  }

  /** Attributes a score over its rows; both paths come through here and differ only in their rows. */
  static Attribution of(PortfolioScore score, Rows rows, Optional<TargetMix> target) {
    int n = rows.size();
    double[] p = score.facetShares().toArray();
    double[] t = target.map(mix -> mix.mix().toArray()).orElse(null);
    double[][] euler = eulerWeights(score, p, t);
    double[][] initiativeWithout = filled(Metrics.COUNT, n);
    double[][] initiativeEuler = filled(Metrics.COUNT, n);
    attributeInitiatives(score, rows, t, euler, initiativeWithout, initiativeEuler);
    double[][] facetWithout = filled(Metrics.COUNT, Metrics.F);
    double[][] facetEuler = filled(Metrics.COUNT, Metrics.F);
    attributeFacets(score, p, t, euler, facetWithout, facetEuler);

    List<String> ids = new ArrayList<>(n);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ids.add(rows.id(i));
      index.put(rows.id(i), i);
    }
    return new Attribution(score, List.copyOf(ids), Map.copyOf(index),
        initiativeWithout, initiativeEuler, facetWithout, facetEuler);
  }

  /** Each metric's Euler weights at the shares, by ordinal; null where the metric has none. */
  private static double[][] eulerWeights(PortfolioScore score, double[] p, double[] t) {
    double[] disparity = score.conventions().disparity().flat();
    double[] values = score.values();
    double[][] euler = new double[Metrics.COUNT][];
    for (Metric metric : Metric.values()) {
      double[] e = new double[Metrics.F];
      if ((t != null || !metric.isTargetGap())
          && Metrics.eulerWeights(metric, p, t, values, disparity, score.totalWeight(), e)) {
        euler[metric.ordinal()] = e;
      }
    }
    return euler;
  }

  /** Each initiative's leave-one-out values and Euler shares, one row at a time without allocating. */
  private static void attributeInitiatives(PortfolioScore score, Rows rows, double[] t, double[][] euler,
      double[][] initiativeWithout, double[][] initiativeEuler) {
    double total = score.totalWeight();
    double[] disparity = score.conventions().disparity().flat();
    double[] masses = new double[Metrics.F];
    double[] shares = new double[Metrics.F];
    double[] without = new double[Metrics.COUNT];
    for (int i = 0; i < rows.size(); i++) {
      double left = rows.massesWithout(i, masses);
      if (left > 0 && FacetMix.normalise(masses, shares) > 0) {
        Metrics.evaluate(shares, left, t, disparity, without);
        for (int m = 0; m < Metrics.COUNT; m++) {
          initiativeWithout[m][i] = without[m];
        }
      }
      double s = rows.weight(i) / total;
      for (int m = 0; m < Metrics.COUNT; m++) {
        if (euler[m] != null) {
          initiativeEuler[m][i] = s == 0 ? 0 : s * along(rows, i, euler[m]);
        }
      }
    }
  }

  /** Each facet's leave-one-out values (its weight stopped) and Euler shares {@code p_f e_f}. */
  private static void attributeFacets(PortfolioScore score, double[] p, double[] t, double[][] euler,
      double[][] facetWithout, double[][] facetEuler) {
    double total = score.totalWeight();
    double[] disparity = score.conventions().disparity().flat();
    double[] shares = new double[Metrics.F];
    double[] without = new double[Metrics.COUNT];
    for (int f = 0; f < Metrics.F; f++) {
      double[] rest = p.clone();
      rest[f] = 0;
      double left = FacetMix.normalise(rest, shares);
      if (left > 0) {
        Metrics.evaluate(shares, total * left, t, disparity, without);
        for (int m = 0; m < Metrics.COUNT; m++) {
          facetWithout[m][f] = without[m];
        }
      }
      for (int m = 0; m < Metrics.COUNT; m++) {
        if (euler[m] != null) {
          facetEuler[m][f] = p[f] * euler[m][f];
        }
      }
    }
  }

  /** {@code sum_f m_if e_f} over the facets the initiative holds (a facet it does not hold adds nothing). */
  private static double along(Rows rows, int row, double[] e) {
    double sum = 0;
    for (int f = 0; f < Metrics.F; f++) {
      double m = rows.mixWeight(row, f);
      sum += m > 0 ? m * e[f] : 0;
    }
    return sum;
  }

  private static double[][] filled(int metrics, int size) {
    double[][] table = new double[metrics][size];
    for (double[] row : table) {
      Arrays.fill(row, Double.NaN);
    }
    return table;
  }

  /** {@return the score being attributed} */
  public PortfolioScore score() {
    return score;
  }

  /** {@return the initiatives' ids, in the portfolio's order} */
  public List<String> initiativeIds() {
    return ids;
  }

  /**
   * {@return the metrics attributed, in {@link Metric}'s order: the nine balance indices, and the
   * target-gap metrics when a target was given}
   */
  public List<Metric> metrics() {
    List<Metric> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (!metric.isTargetGap() || score.targetGap().isPresent()) {
        metrics.add(metric);
      }
    }
    return List.copyOf(metrics);
  }

  /**
   * {@return what an initiative contributes to a metric}
   *
   * @param id the initiative's id, one of {@link #initiativeIds()}
   * @param metric one of {@link #metrics()}, not null
   * @throws InvalidValueException if no initiative has that id, or the metric is a target-gap metric
   *     and no target was given
   */
  public Contribution initiative(String id, Metric metric) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metric, "metric");
    Integer row = rows.get(id);
    if (row == null) {
      throw new InvalidValueException("id", Checks.quote(id), "be the id of an initiative of " + Checks.quote(score.portfolioName()));
    }
    return contribution(checked(metric), initiativeWithout, initiativeEuler, row,
        "without " + Checks.quote(id) + " no weight is left, so the metric is undefined");
  }

  /**
   * {@return what a facet contributes to a metric: leave-one-out removes the facet's weight from
   * every initiative's mix}
   *
   * @param facet the facet, not null
   * @param metric one of {@link #metrics()}, not null
   * @throws InvalidValueException if the metric is a target-gap metric and no target was given
   */
  public Contribution facet(Facet facet, Metric metric) {
    return contribution(checked(metric), facetWithout, facetEuler, facet.ordinal(),
        "without " + facet.jsonName() + " no weight is left, so the metric is undefined");
  }

  private Metric checked(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    if (metric.isTargetGap() && score.targetGap().isEmpty()) {
      throw new InvalidValueException("metric", metric.jsonName(), "be a balance index: no target was given");
    }
    return metric;
  }

  private Contribution contribution(
      Metric metric, double[][] without, double[][] euler, int index, String nothingLeft) {
    double value = score.values()[metric.ordinal()];
    double valueWithout = without[metric.ordinal()][index];
    // HHI is defined whenever any weight is left, so its absence means that none is.
    boolean noneLeft = Double.isNaN(without[Metric.HHI.ordinal()][index]);
    double share = euler[metric.ordinal()][index];
    List<String> notes = new ArrayList<>();
    if (metric == Metric.KL_DIVERGENCE && (Double.isNaN(value) || (!noneLeft && Double.isNaN(valueWithout)))) {
      notes.add("KL divergence is undefined where the target is 0 on a facet with a share");
    }
    if (noneLeft) {
      notes.add(nothingLeft);
    }
    if (Double.isNaN(share)) {
      if (metric.eulerDegree().isEmpty()) {
        notes.add(metric.jsonName() + " has no homogeneous form, so no Euler share");
      } else if (metric == Metric.HELLINGER || metric == Metric.EUCLIDEAN) {
        notes.add(metric.jsonName() + " is not differentiable where the shares meet the target");
      }
    }
    return Contribution.of(metric, value, valueWithout, share,
        notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Attribution)) {
      return false;
    }
    Attribution that = (Attribution) other;
    return score.equals(that.score) && ids.equals(that.ids)
        && Arrays.deepEquals(initiativeWithout, that.initiativeWithout)
        && Arrays.deepEquals(initiativeEuler, that.initiativeEuler)
        && Arrays.deepEquals(facetWithout, that.facetWithout) && Arrays.deepEquals(facetEuler, that.facetEuler);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, ids, Arrays.deepHashCode(initiativeWithout), Arrays.deepHashCode(initiativeEuler),
        Arrays.deepHashCode(facetWithout), Arrays.deepHashCode(facetEuler));
  }

  /** For example {@code Attribution[portfolio=Example, initiatives=12, metrics=14]}. */
  @Override
  public String toString() {
    return "Attribution[portfolio=" + score.portfolioName() + ", initiatives=" + ids.size() + ", metrics="
        + metrics().size() + "]";
  }
}
