package dev.facets.core.score;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Stage;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.InitiativeZones;
import java.util.Objects;

/**
 * A {@link FacetTally} built from initiatives handed over one at a time, for a register too long to
 * hold: memory is a fixed batch of rows, whatever the count. It tallies exactly as
 * {@link ColumnarPortfolio#of} followed by {@link ColumnarPortfolio#tally()} does (the same columns,
 * the same compensated sums in the same order), so the score is the same to the last bit.
 *
 * <p>Use: {@code StreamingTally tally = new StreamingTally(weighting); PortfolioFiles.stream(file,
 * tally::add); PortfolioScorer.DEFAULT.score(name, weighting.name(), tally.tally())}. A
 * mutable builder: confined to one thread, and {@link #tally()} ends its use.
 */
public final class StreamingTally {
  /**
   * Rows per batch handed to the accumulator's loop: a multiple of {@link TallyAccumulator#BLOCK}, so
   * that every batch starts on a block boundary and the blocks are those of the whole register.
   */
  private static final int BATCH = 1 << 12;

  private final dev.facets.api.Weighting weighting;
  private final TallyAccumulator accumulator = new TallyAccumulator();
  private final double[] weights = new double[BATCH];
  private final double[] mixes = new double[BATCH * Facet.COUNT];
  private final byte[] cells = new byte[BATCH];
  private int filled;
  private long count;
  private boolean done;

  /**
   * An empty tally under {@code weighting}.
   *
   * @param weighting what each initiative added weighs, not null
   */
  public StreamingTally(dev.facets.api.Weighting weighting) {
    this.weighting = Objects.requireNonNull(weighting, "weighting");
  }

  /**
   * Adds an initiative, the next row.
   *
   * @param initiative the initiative, not null
   * @throws dev.facets.api.InvalidValueException if the weighting gives it a weight that is NaN,
   *     infinite or negative (naming its id and row)
   * @throws IllegalStateException after {@link #tally()}
   */
  public void add(Initiative initiative) {
    if (done) {
      throw new IllegalStateException("the tally was already taken");
    }
    int row = (int) Math.min(count, Integer.MAX_VALUE);
    double weight = Weights.of(weighting, initiative, row);
    FacetMix mix = InitiativeMixes.of(initiative);
    for (Facet facet : Facet.ordered()) {
      mixes[filled * Facet.COUNT + facet.ordinal()] = mix.weight(facet);
    }
    weights[filled] = weight + 0.0;
    cells[filled] = TallyAccumulator.cell(InitiativeZones.of(initiative).ordinal(),
        initiative.stage().map(Stage::ordinal).orElse(FacetTally.UNSPECIFIED));
    filled++;
    count++;
    if (filled == BATCH) {
      flush();
    }
  }

  /** {@return the number of initiatives added so far} */
  public long count() {
    return count;
  }

  /**
   * {@return the tally of every initiative added; the builder must not be used afterwards}
   *
   * @throws IllegalStateException if the tally was already taken
   */
  public FacetTally tally() {
    if (done) {
      throw new IllegalStateException("the tally was already taken");
    }
    flush();
    done = true;
    return accumulator.toTally();
  }

  private void flush() {
    accumulator.add(weights, mixes, cells, 0, filled);
    filled = 0;
  }
}
