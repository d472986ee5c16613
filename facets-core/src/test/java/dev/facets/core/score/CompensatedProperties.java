package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.Generators;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The exact-error addition behind every compensated sum, checked against exact decimal arithmetic,
 * and the tally's total, zone and stage masses (folded from per-(zone, stage) buckets) checked
 * against the exactly rounded sums of the weights.
 */
class CompensatedProperties {
  /** Doubles of both signs over 600 binary orders of magnitude, zero and ties included. */
  private static Gen<Double> wideDoubles() {
    Gen<Double> magnitudes = doubles().between(-300, 300).zip(integers().between(0, 1),
        (exponent, sign) -> (sign == 0 ? 1 : -1) * Math.pow(2, exponent));
    return magnitudes.mix(doubles().between(-1e6, 1e6), 50).mix(Generators.weights(), 20);
  }

  @Test
  void errorIsTheExactRoundingErrorOfTheSum() {
    theory(71).forAll(wideDoubles(), wideDoubles()).checkAssert((s, x) -> {
      double t = s + x;
      BigDecimal exact = new BigDecimal(s).add(new BigDecimal(x)).subtract(new BigDecimal(t));
      double error = Compensated.error(s, x, t);
      assertEquals(0, exact.compareTo(new BigDecimal(error)), () -> s + " + " + x + ": error " + error
          + ", exactly " + exact);
      assertEquals(error, Compensated.error(x, s, t), () -> "the error of " + s + " + " + x + " depends on the order");
    });
  }

  @Test
  void talliedMassesAreTheWeightsExactlySummedAndRoundedOnce() {
    theory(72).forAll(Generators.portfolios()).checkAssert(portfolio -> {
      ColumnarPortfolio columns = ColumnarPortfolio.of(portfolio, Weighting.budget());
      FacetTally tally = columns.tally();
      assertCorrectlyRounded(columns, row -> true, tally.totalWeight(), "total");
      for (Zone zone : Zone.values()) {
        assertCorrectlyRounded(columns, row -> columns.zone(row) == zone, tally.zoneMass(zone), "zone " + zone);
      }
      for (Stage stage : Stage.values()) {
        assertCorrectlyRounded(columns, row -> columns.stage(row).equals(Optional.of(stage)), tally.stageMass(stage),
            "stage " + stage);
      }
      assertCorrectlyRounded(columns, row -> columns.stage(row).isEmpty(), tally.unspecifiedStageMass(),
          "unspecified stage");
    });
  }

  /**
   * A compensated sum of non-negative terms is within an ulp of the exact sum (the exact sum
   * rounded once is the best a double can do; a double-double rounded once may land on either
   * neighbour of a tie).
   */
  private static void assertCorrectlyRounded(ColumnarPortfolio columns, IntPredicate rows, double mass, String what) {
    BigDecimal exact = BigDecimal.ZERO;
    for (int row = 0; row < columns.size(); row++) {
      exact = rows.test(row) ? exact.add(new BigDecimal(columns.weight(row))) : exact;
    }
    double rounded = exact.doubleValue();
    BigDecimal finalExact = exact;
    assertTrue(Math.abs(mass - rounded) <= Math.ulp(rounded),
        () -> what + ": tallied " + mass + ", exact sum " + finalExact + " rounds to " + rounded);
  }
}
