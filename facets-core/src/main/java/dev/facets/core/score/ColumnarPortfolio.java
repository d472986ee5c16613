package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.InitiativeZones;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A portfolio as the scorer's fast path sees it: one primitive column per quantity (weights, the four
 * mix weights of each initiative row by row, zone and stage ordinals), classified and weighted once.
 *
 * <p>Large registers are scored from this form: {@link #tally()} is a single pass over the arrays
 * with no allocation per initiative (blocks of 64 rows in plain sums, the blocks in compensated
 * sums: every share within 1e-14 of its exact value, see {@code TallyAccumulator}), and
 * {@link #tallyParallel} splits the rows across a fork/join pool and merges the slices'
 * {@link FacetTally tallies}, which gives the same score within 1e-14. A register that never was a list of {@link Initiative}s can be loaded row by
 * row with a {@link Builder}. Every weight has been checked (finite, {@code >= 0}) when an instance
 * exists. This class is immutable and thread-safe; it is a container, so equality is identity.
 */
public final class ColumnarPortfolio {
  /** Rows per fork/join leaf: large enough that the split costs far less than the summing. */
  static final int PARALLEL_LEAF = 1 << 14;

  private final String name;
  private final String weighting;
  private final String[] ids;
  private final double[] weights;
  private final double[] mixes;
  /** Each row's (zone, stage) cell, one byte ({@link TallyAccumulator#cell}): one column for both. */
  private final byte[] cells;
  private final Map<String, Integer> rows;

  private ColumnarPortfolio(String name, String weighting, String[] ids, double[] weights, double[] mixes,
      byte[] cells, Map<String, Integer> rows) {
    this.name = name;
    this.weighting = weighting;
    this.ids = ids;
    this.weights = weights;
    this.mixes = mixes;
    this.cells = cells;
    this.rows = rows;
  }

  /**
   * The columns of a portfolio under a weighting: each initiative's mix and zone by the contract's
   * order of sources.
   *
   * @param portfolio the portfolio, not null
   * @param weighting what each initiative weighs, not null
   * @return the columns, one row per initiative in the portfolio's order
   * @throws dev.facets.api.InvalidValueException if the weighting gives an initiative a weight that
   *     is NaN, infinite or negative (naming the initiative's id)
   */
  public static ColumnarPortfolio of(Portfolio portfolio, Weighting weighting) {
    Objects.requireNonNull(weighting, "weighting");
    Builder builder = new Builder(portfolio.name(), weighting.name());
    for (int i = 0; i < portfolio.size(); i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      builder.addRow(initiative.id(), Weights.of(weighting, initiative, i), InitiativeMixes.of(initiative),
          InitiativeZones.of(initiative), initiative.stage().map(Stage::ordinal).orElse(FacetTally.UNSPECIFIED));
    }
    return builder.build();
  }

  /** {@return the portfolio's name, recorded in its score} */
  public String name() {
    return name;
  }

  /** {@return the name of the weighting the weights came from ({@code "budget"})} */
  public String weighting() {
    return weighting;
  }

  /** {@return the number of initiatives (rows), {@code >= 1}} */
  public int size() {
    return weights.length;
  }

  /**
   * {@return the id of row {@code row}}
   *
   * @param row the row, from 0 to {@link #size()} (exclusive)
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public String id(int row) {
    return ids[Objects.checkIndex(row, ids.length)];
  }

  /**
   * {@return the row of an initiative id, or empty if the portfolio has none with that id}
   *
   * @param id an initiative id, not null
   */
  public Optional<Integer> row(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  /**
   * {@return the weight of row {@code row}: finite and {@code >= 0}, in the weighting's unit}
   *
   * @param row the row, from 0 to {@link #size()} (exclusive)
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double weight(int row) {
    return weights[Objects.checkIndex(row, weights.length)];
  }

  /**
   * {@return the facet mix of row {@code row} (its stored weights, normalised again by
   * {@link FacetMix#of(double[])}, which keeps them as they are)}
   *
   * @param row the row, from 0 to {@link #size()} (exclusive)
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public FacetMix mix(int row) {
    Objects.checkIndex(row, weights.length);
    return FacetMix.of(Arrays.copyOfRange(mixes, row * Facet.COUNT, (row + 1) * Facet.COUNT));
  }

  /**
   * {@return the zone of row {@code row}}
   *
   * @param row the row, from 0 to {@link #size()} (exclusive)
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public Zone zone(int row) {
    return Zone.values()[TallyAccumulator.zoneOf(cells[Objects.checkIndex(row, cells.length)])];
  }

  /**
   * {@return the lifecycle stage of row {@code row}, or empty when its initiative gives none}
   *
   * @param row the row, from 0 to {@link #size()} (exclusive)
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public Optional<Stage> stage(int row) {
    int stage = TallyAccumulator.stageOf(cells[Objects.checkIndex(row, cells.length)]);
    return stage == FacetTally.UNSPECIFIED ? Optional.empty() : Optional.of(Stage.values()[stage]);
  }

  /** {@return the tally of every row, in one sequential pass} */
  public FacetTally tally() {
    return tally(0, size());
  }

  /**
   * {@return the tally of rows {@code from} (inclusive) to {@code to} (exclusive): a slice, to be
   * merged with the others' tallies; an empty range gives a tally of no initiatives}
   *
   * @param from the first row, {@code >= 0}
   * @param to the row after the last, from {@code from} to {@link #size()}
   * @throws IndexOutOfBoundsException if the range is not within the rows
   */
  public FacetTally tally(int from, int to) {
    Objects.checkFromToIndex(from, to, size());
    TallyAccumulator accumulator = new TallyAccumulator();
    accumulate(from, to, accumulator);
    return accumulator.toTally();
  }

  /**
   * {@return the tally of every row, computed on a fork/join pool: slices of 16,384 rows, merged;
   * it scores as {@link #tally()} does, every share within 1e-14}
   *
   * @param pool the pool, not null
   */
  public FacetTally tallyParallel(ForkJoinPool pool) {
    return tallyParallel(pool, PARALLEL_LEAF);
  }

  FacetTally tallyParallel(ForkJoinPool pool, int leaf) {
    Objects.requireNonNull(pool, "pool");
    Checks.atLeast(leaf, 1, "leaf");
    return pool.invoke(new Slice(0, size(), leaf));
  }

  /** The hot loop: adds rows {@code [from, to)} to the accumulator, allocating nothing. */
  void accumulate(int from, int to, TallyAccumulator accumulator) {
    accumulator.add(weights, mixes, cells, from, to);
  }

  /** Row {@code row}'s mix weight of a facet, read in place. */
  double mixWeight(int row, int facet) {
    return mixes[row * Facet.COUNT + facet];
  }

  /** The facet masses and total weight of every row but {@code skipped}, summed afresh. */
  double massesWithout(int skipped, double[] masses) {
    TallyAccumulator accumulator = new TallyAccumulator();
    accumulate(0, skipped, accumulator);
    accumulate(skipped + 1, size(), accumulator);
    return accumulator.masses(masses);
  }

  private final class Slice extends RecursiveTask<FacetTally> {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final int leaf;

    Slice(int from, int to, int leaf) {
      this.from = from;
      this.to = to;
      this.leaf = leaf;
    }

    @Override
    protected FacetTally compute() {
      if (to - from <= leaf) {
        return tally(from, to);
      }
      int middle = (from + to) >>> 1;
      Slice left = new Slice(from, middle, leaf);
      left.fork();
      FacetTally right = new Slice(middle, to, leaf).compute();
      return left.join().merge(right);
    }
  }

  /**
   * Loads a register row by row without building {@link Initiative}s. Not thread-safe; build once.
   */
  public static final class Builder {
    private final String name;
    private final String weighting;
    private String[] ids = new String[16];
    private double[] weights = new double[16];
    private double[] mixes = new double[16 * Facet.COUNT];
    private byte[] cells = new byte[16];
    private final Map<String, Integer> seen = new HashMap<>();
    private int size;

    /**
     * A builder for a portfolio's name and the name of the weighting its weights come from.
     *
     * @param name the portfolio's name, not blank
     * @param weighting the weighting's name ({@code "budget"}), not blank
     * @throws dev.facets.api.InvalidValueException if a name is blank
     */
    public Builder(String name, String weighting) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(weighting, "weighting");
      this.name = Checks.notBlank(name, "name");
      this.weighting = Checks.notBlank(weighting, "weighting");
    }

    /**
     * Adds a row without a stage.
     *
     * @param id the initiative's id, not blank and unique among the rows
     * @param weight the row's weight, finite and {@code >= 0}
     * @param mix the initiative's facet mix, not null
     * @param zone the initiative's zone, not null
     * @return this builder
     * @throws dev.facets.api.InvalidValueException if the id is blank or repeated, or the weight is
     *     NaN, infinite or negative
     */
    public Builder add(String id, double weight, FacetMix mix, Zone zone) {
      return addRow(id, weight, mix, zone, FacetTally.UNSPECIFIED);
    }

    /**
     * Adds a row at a stage.
     *
     * @param id the initiative's id, not blank and unique among the rows
     * @param weight the row's weight, finite and {@code >= 0}
     * @param mix the initiative's facet mix, not null
     * @param zone the initiative's zone, not null
     * @param stage the initiative's lifecycle stage, not null
     * @return this builder
     * @throws dev.facets.api.InvalidValueException if the id is blank or repeated, or the weight is
     *     NaN, infinite or negative
     */
    public Builder add(String id, double weight, FacetMix mix, Zone zone, Stage stage) {
      return addRow(id, weight, mix, zone, Objects.requireNonNull(stage, "stage").ordinal());
    }

    /** Adds a row; {@code stage} is a stage's ordinal or {@code FacetTally.UNSPECIFIED}. */
    private Builder addRow(String id, double weight, FacetMix mix, Zone zone, int stage) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(mix, "mix");
      Objects.requireNonNull(zone, "zone");
      Checks.notBlank(id, "initiatives[" + size + "].id");
      Weights.check(weight, weighting, id, size);
      Integer previous = seen.putIfAbsent(id, size);
      if (previous != null) {
        throw new InvalidValueException("initiatives[" + size + "].id", Checks.quote(id),
            "be unique, but initiatives[" + previous + "].id has it too");
      }
      if (size == weights.length) {
        int capacity = size * 2;
        ids = Arrays.copyOf(ids, capacity);
        weights = Arrays.copyOf(weights, capacity);
        mixes = Arrays.copyOf(mixes, capacity * Facet.COUNT);
        cells = Arrays.copyOf(cells, capacity);
      }
      ids[size] = id;
      weights[size] = weight + 0.0;
      for (Facet facet : Facet.ordered()) {
        mixes[size * Facet.COUNT + facet.ordinal()] = mix.weight(facet);
      }
      cells[size] = TallyAccumulator.cell(zone.ordinal(), stage);
      size++;
      return this;
    }

    /**
     * {@return the portfolio of the rows added, in their order}
     *
     * @throws dev.facets.api.InvalidValueException if no row was added
     */
    public ColumnarPortfolio build() {
      Checks.atLeast(size, 1, "initiatives.size");
      return new ColumnarPortfolio(name, weighting, Arrays.copyOf(ids, size), Arrays.copyOf(weights, size),
          Arrays.copyOf(mixes, size * Facet.COUNT), Arrays.copyOf(cells, size), Map.copyOf(seen));
    }
  }
}
