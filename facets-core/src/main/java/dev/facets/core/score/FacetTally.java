package dev.facets.core.score;

import dev.facets.api.Facet;
import dev.facets.api.Stage;
import dev.facets.api.Zone;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sufficient statistics of a portfolio's score: the number of initiatives, the total weight, and
 * the weight held by each facet (soft membership: {@code sum_i w_i m_if}), zone and lifecycle stage
 * (with a bucket for initiatives whose stage is unspecified).
 *
 * <p>A tally is a monoid: {@link #merge} is commutative (exactly) and associative (to double-double
 * precision, far below a double's last digit), with {@link #EMPTY} as identity. So a large register
 * can be tallied in slices, on threads or on nodes, and the slices merged in any grouping: the merged
 * tally scores like the whole, every share within 1e-14 of the whole's. Every mass is a compensated
 * (double-double) sum of blocks of rows (each block a plain sum of at most 64 rows, aligned on row
 * numbers, so slices share the whole's blocks) whose error term survives merging: every share is
 * within 1e-14 of its exact value, whatever the order and grouping of the work. A tally does not
 * record the weighting that made its masses: merge only tallies of one weighting, and name it when
 * scoring ({@link PortfolioScorer#score(String, String, FacetTally)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FacetTally {
  static final int TOTAL = 0;
  static final int FACETS = 1;
  static final int ZONES = FACETS + Facet.COUNT;
  static final int STAGES = ZONES + Zone.values().length;
  /** The stage slot of initiatives without a stage, after the six stages. */
  static final int UNSPECIFIED = Stage.values().length;
  static final int SLOTS = STAGES + UNSPECIFIED + 1;

  /** The tally of nothing: the identity of {@link #merge}. */
  public static final FacetTally EMPTY = new FacetTally(0, new double[SLOTS], new double[SLOTS]);

  private final long count;
  private final double[] sum;
  private final double[] error;

  private FacetTally(long count, double[] sum, double[] error) {
    this.count = count;
    this.sum = sum;
    this.error = error;
  }

  /** Takes ownership of the arrays of an accumulator that is discarded afterwards. */
  static FacetTally ofOwned(long count, double[] sum, double[] error) {
    Compensated.normalise(sum, error);
    return new FacetTally(count, sum, error);
  }

  /** {@return the identity of {@link #merge}, the same as {@link #EMPTY}} */
  public static FacetTally empty() {
    return EMPTY;
  }

  /**
   * {@return the tally of both this and {@code other}, as if their initiatives had been tallied
   * together}
   *
   * @param other a tally made under the same weighting, not null
   */
  public FacetTally merge(FacetTally other) {
    Objects.requireNonNull(other, "other");
    double[] mergedSum = new double[SLOTS];
    double[] mergedError = new double[SLOTS];
    Compensated.merge(sum, error, other.sum, other.error, mergedSum, mergedError);
    return new FacetTally(count + other.count, mergedSum, mergedError);
  }

  /** {@return the number of initiatives tallied, {@code >= 0}} */
  public long count() {
    return count;
  }

  /** {@return the sum of the initiatives' weights, {@code >= 0}, in the weighting's unit} */
  public double totalWeight() {
    return Compensated.value(sum, error, TOTAL);
  }

  /**
   * {@return the weight held by a facet: {@code sum_i w_i m_if}}
   *
   * @param facet the facet, not null
   */
  public double facetMass(Facet facet) {
    return Compensated.value(sum, error, FACETS + facet.ordinal());
  }

  /**
   * {@return the weight of the initiatives in a zone}
   *
   * @param zone the zone, not null
   */
  public double zoneMass(Zone zone) {
    return Compensated.value(sum, error, ZONES + zone.ordinal());
  }

  /**
   * {@return the weight of the initiatives at a lifecycle stage}
   *
   * @param stage the stage, not null
   */
  public double stageMass(Stage stage) {
    return Compensated.value(sum, error, STAGES + stage.ordinal());
  }

  /** {@return the weight of the initiatives whose stage is not given} */
  public double unspecifiedStageMass() {
    return Compensated.value(sum, error, STAGES + UNSPECIFIED);
  }

  /** The value of a slot less {@code x}, computed before rounding so that no digit cancels. */
  double minus(int slot, double x) {
    return Compensated.minus(sum, error, slot, x);
  }

  /**
   * Equal when the counts and every compensated sum are the same to double-double precision (the
   * sums are kept normalised, so the same masses split and merged differently usually compare
   * equal; a merge may still differ from the whole in the last bits of an error term).
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FacetTally)) {
      return false;
    }
    FacetTally that = (FacetTally) other;
    return count == that.count && Arrays.equals(sum, that.sum) && Arrays.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(count) + Arrays.hashCode(sum)) + Arrays.hashCode(error);
  }

  /** For example {@code FacetTally[count=3, totalWeight=6.0, facets={enhancement=3.0, ...}]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("FacetTally[count=").append(count)
        .append(", totalWeight=").append(totalWeight()).append(", facets={");
    for (Facet facet : Facet.ordered()) {
      text.append(facet.ordinal() == 0 ? "" : ", ").append(facet.jsonName()).append('=').append(facetMass(facet));
    }
    return text.append("}]").toString();
  }
}
