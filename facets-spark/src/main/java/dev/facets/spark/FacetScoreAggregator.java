package dev.facets.spark;

import dev.facets.api.Facet;
import dev.facets.api.Zone;
import dev.facets.core.score.Balance;
import dev.facets.core.score.FacetTally;
import dev.facets.core.score.PortfolioScore;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A group's facet score as a typed Spark aggregate: rows of a budget and a mix source in, the facet
 * tally as the buffer, the score as a struct out.
 *
 * <p>The struct ({@link #SCHEMA}) holds what {@code facets score} reports without a target, with the
 * contract's names: {@code initiatives}, {@code totalWeight}, {@code facetShares} and
 * {@code zoneShares} (structs by facet and zone name), {@code balance} (the nine indices) and
 * {@code lean}. It is the engine's score of the group's tally (budget weighting, the contract's
 * disparity), so it equals {@code PortfolioScorer.DEFAULT} on the same rows within 1e-12, whatever
 * the partitioning. A group whose total budget is 0 has no shares: its struct has the count, a
 * {@code totalWeight} of 0, and null shares, balance and lean (the contract's null for an undefined
 * value). A row that is bad input (a null or negative budget, no complete mix
 * source, a value out of range) fails the query with an error naming the column and the value.
 *
 * <p>Registered as SQL functions by {@link FacetsSpark#register}; {@link FacetsSpark#score} gives
 * the same aggregate as a {@link org.apache.spark.sql.Column}. Immutable and serialisable, as Spark
 * requires.
 */
public final class FacetScoreAggregator extends Aggregator<Row, TallyBuffer, Row> {
  private static final long serialVersionUID = 1L;

  /** The weighting named in the scores: the budget column. */
  static final String WEIGHTING = "budget";

  /** The result's struct type. */
  public static final StructType SCHEMA = schema();

  private final MixSource source;

  /** The aggregate over rows whose mixes come from {@code source}. */
  public FacetScoreAggregator(MixSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The source of the rows' mixes. */
  public MixSource source() {
    return source;
  }

  /** A struct of one double per facet, named as in files. */
  static StructType facetStruct() {
    StructType facets = new StructType();
    for (Facet facet : Facet.ordered()) {
      facets = facets.add(facet.jsonName(), DataTypes.DoubleType, false);
    }
    return facets;
  }

  private static StructType schema() {
    StructType facets = facetStruct();
    StructType zones = new StructType();
    for (Zone zone : Zone.values()) {
      zones = zones.add(zone.jsonName(), DataTypes.DoubleType, false);
    }
    StructType balance = new StructType().add("variety", DataTypes.IntegerType, false);
    for (String index : new String[] {"shannonEntropy", "evenness", "hhi", "normalizedHhi", "giniSimpson",
        "effectiveFacets", "shannonEffectiveFacets", "raoStirling"}) {
      balance = balance.add(index, DataTypes.DoubleType, false);
    }
    StructType lean = new StructType().add("uncertainty", DataTypes.DoubleType, false)
        .add("directedness", DataTypes.DoubleType, false);
    return new StructType()
        .add("initiatives", DataTypes.LongType, false)
        .add("totalWeight", DataTypes.DoubleType, false)
        .add("facetShares", facets, true)
        .add("zoneShares", zones, true)
        .add("balance", balance, true)
        .add("lean", lean, true);
  }

  @Override
  public TallyBuffer zero() {
    return new TallyBuffer();
  }

  @Override
  public TallyBuffer reduce(TallyBuffer buffer, Row row) {
    buffer.add(source.initiative(row));
    return buffer;
  }

  @Override
  public TallyBuffer merge(TallyBuffer buffer, TallyBuffer other) {
    return buffer.merge(other);
  }

  @Override
  public Row finish(TallyBuffer buffer) {
    FacetTally tally = buffer.tally();
    if (!(tally.totalWeight() > 0)) {
      // No share exists: the count and the zero total, and null for everything undefined.
      return RowFactory.create(tally.count(), tally.totalWeight() + 0.0, null, null, null, null);
    }
    return row(CoreEngines.score("group", WEIGHTING, tally, Optional.empty()));
  }

  /** A score as a row of {@link #SCHEMA}. */
  static Row row(PortfolioScore score) {
    Object[] facets = new Object[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      facets[facet.ordinal()] = score.facetShares().weight(facet);
    }
    Object[] zones = new Object[Zone.values().length];
    for (Zone zone : Zone.values()) {
      zones[zone.ordinal()] = score.zoneShares().get(zone);
    }
    Balance balance = score.balance();
    Row balanceRow = RowFactory.create(balance.variety(), balance.shannonEntropy(), balance.evenness(),
        balance.hhi(), balance.normalizedHhi(), balance.giniSimpson(), balance.effectiveFacets(),
        balance.shannonEffectiveFacets(), balance.raoStirling());
    return RowFactory.create(score.initiatives(), score.totalWeight(), RowFactory.create(facets),
        RowFactory.create(zones), balanceRow,
        RowFactory.create(score.lean().uncertainty(), score.lean().directedness()));
  }

  @Override
  public Encoder<TallyBuffer> bufferEncoder() {
    return Encoders.kryo(TallyBuffer.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(SCHEMA);
  }
}
