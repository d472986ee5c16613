package dev.facets.spark;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Purpose;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Where a scoring aggregate takes each initiative's facet mix from, with the SQL function that reads
 * it and that function's arguments (the budget first, then the mix's source columns).
 *
 * <p>The sources are the file contract's: an explicit mix (four facet weights, a null weight counting
 * as 0, normalised to sum 1), a position on the two axes (the geometric rule), or a purpose with a
 * driver (the Portfolio Exploration Tool's zone table). {@link #ANY} takes all nine columns and, per
 * row, the first source that is there in the contract's order: facets, else position, else purpose
 * and driver. The zone comes from the same source, as in the engine.
 */
public enum MixSource {
  /** {@code facets_score(budget, enhancement, mission, adaptive, anticipatory)}. */
  FACETS("facets_score", "enhancement", "mission", "adaptive", "anticipatory"),
  /** {@code facets_score_position(budget, uncertainty, directedness)}. */
  POSITION("facets_score_position", "uncertainty", "directedness"),
  /** {@code facets_score_purpose(budget, purpose, driver)}, purpose and driver by their file names. */
  PURPOSE("facets_score_purpose", "purpose", "driver"),
  /**
   * {@code facets_score_any(budget, enhancement, mission, adaptive, anticipatory, uncertainty,
   * directedness, purpose, driver)}: each row's first source in the contract's order.
   */
  ANY("facets_score_any", "enhancement", "mission", "adaptive", "anticipatory", "uncertainty", "directedness",
      "purpose", "driver");

  private final String functionName;
  private final StructType inputSchema;

  MixSource(String functionName, String... columns) {
    this.functionName = functionName;
    StructType schema = new StructType().add("budget", DataTypes.DoubleType);
    for (String column : columns) {
      boolean text = column.equals("purpose") || column.equals("driver");
      schema = schema.add(column, text ? DataTypes.StringType : DataTypes.DoubleType);
    }
    this.inputSchema = schema;
  }

  /** The name of the SQL function that {@link FacetsSpark#register} registers for this source. */
  public String functionName() {
    return functionName;
  }

  /** The function's arguments: {@code budget} (double) then the source's columns, all nullable. */
  public StructType inputSchema() {
    // A StructType holds its fields in an array: a copy keeps this constant's unchangeable.
    return new StructType(inputSchema.fields().clone());
  }

  /**
   * The initiative of one input row (an id is required by the model but never read by the score).
   *
   * @throws InvalidValueException naming the column and value when the budget is null, negative or
   *     not finite, when the row has no complete source, or a value is out of its range
   */
  Initiative initiative(Row row) {
    if (row.isNullAt(0)) {
      throw new InvalidValueException("budget", "null", "be given");
    }
    Initiative.Builder initiative = new Initiative.Builder();
    initiative.id("row").budget(row.getDouble(0));
    switch (this) {
      case FACETS:
        initiative.facets(facets(row, 1));
        break;
      case POSITION:
        initiative.position(position(row, 1));
        break;
      case PURPOSE:
        purposeAndDriver(row, 1, initiative);
        break;
      default:
        if (!(row.isNullAt(1) && row.isNullAt(2) && row.isNullAt(3) && row.isNullAt(4))) {
          initiative.facets(facets(row, 1));
        } else if (!row.isNullAt(5) || !row.isNullAt(6)) {
          initiative.position(position(row, 5));
        } else {
          purposeAndDriver(row, 7, initiative);
        }
    }
    return initiative.build();
  }

  /** Four facet weights from column {@code first} on; a null weight is 0, as a missing key in a file. */
  private static FacetMix facets(Row row, int first) {
    double[] weights = new double[4];
    for (int f = 0; f < weights.length; f++) {
      weights[f] = row.isNullAt(first + f) ? 0 : row.getDouble(first + f);
    }
    return FacetMix.of(weights);
  }

  private AxisPosition position(Row row, int first) {
    return AxisPosition.of(((Number) required(row, first)).doubleValue(), ((Number) required(row, first + 1)).doubleValue());
  }

  private void purposeAndDriver(Row row, int first, Initiative.Builder initiative) {
    String purpose = (String) required(row, first);
    String driver = (String) required(row, first + 1);
    initiative.purpose(Purpose.parse(purpose));
    initiative.driver(Driver.parse(driver));
  }

  private Object required(Row row, int column) {
    if (row.isNullAt(column)) {
      String name = inputSchema.fields()[column].name();
      throw new InvalidValueException(name, "null",
          this == ANY ? "be given when no facet weight is (the row has no other source of a mix)" : "be given");
    }
    return row.get(column);
  }

}
