package dev.facets.core.score;

/**
 * The initiatives of a scored portfolio as attribution reads them. The two scoring paths implement
 * it differently (the columnar path by subtracting one row from the compensated tally, the reference
 * path by summing the others afresh), which is what lets the property tests compare them.
 */
interface Rows {
  /** The number of initiatives. */
  int size();

  /** The id of initiative {@code row}. */
  String id(int row);

  /** The (checked) weight of initiative {@code row}. */
  double weight(int row);

  /** Initiative {@code row}'s mix weight of facet {@code facet}. */
  double mixWeight(int row, int facet);

  /**
   * Writes the facet masses of every initiative but {@code row} into {@code masses} (each
   * {@code >= 0}) and returns their total weight ({@code 0} when nothing is left).
   */
  double massesWithout(int row, double[] masses);
}
