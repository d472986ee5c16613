package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The report's number formats: the same on every machine (tests run in the hi-IN locale). */
class NumbersTest {
  @Test
  void sharesInPercent() {
    assertEquals("42.3%", Numbers.share(0.4234));
    assertEquals("0.0%", Numbers.share(0));
    assertEquals("less than 0.1%", Numbers.share(0.0004));
    assertEquals("0.1%", Numbers.share(0.0005));
    assertEquals("100.0%", Numbers.share(1));
  }

  @Test
  void signedValuesNeverShowMinusZero() {
    assertEquals("+0.12", Numbers.signed(0.1234, 2));
    assertEquals("-0.30", Numbers.signed(-0.3, 2));
    assertEquals("0.00", Numbers.signed(-0.004, 2));
    assertEquals("0.00", Numbers.signed(0.0, 2));
    assertEquals("undefined", Numbers.signed(OptionalDouble.empty(), 2));
  }

  @Test
  void amountsAndCountsUseTheRootLocale() {
    assertEquals("1,250,000 EUR", Numbers.amount(1_250_000, "EUR"));
    assertEquals("1,250,000.60", Numbers.amount(1_250_000.6));
    // Cents only when there are some; float noise and a minus zero never show.
    assertEquals("85,000", Numbers.amount(84999.99999999953));
    assertEquals("19,850,000", Numbers.amount(1.985e7));
    assertEquals("0.83", Numbers.amount(5.0 / 6));
    assertEquals("-1,234.57", Numbers.amount(-1234.567));
    assertEquals("0", Numbers.amount(-0.001));
    assertEquals("1,000,000,000,000,000,000", Numbers.amount(1e18));
    assertEquals("Infinity", Numbers.amount(Double.POSITIVE_INFINITY));
    assertEquals("10,000", Numbers.count(10_000));
    assertEquals("0.923", Numbers.fixed(0.92349, 3));
    assertEquals("undefined", Numbers.fixed(OptionalDouble.empty(), 3));
  }

  @Test
  void numbersForPeople() {
    assertEquals("85000", Numbers.number(84999.99999999953));
    assertEquals("6757220", Numbers.number(6757222.222222222));
    assertEquals("0.333333", Numbers.number(1.0 / 3));
    assertEquals("1E-7", Numbers.number(1e-7));
  }

  @Test
  void estimatesKeepFourDigitsAndNoExponentForOrdinaryAmounts() {
    // The same as String.format("%.4g") below 10^4, and plain above it.
    assertEquals("7.580", Numbers.estimate(7.58013));
    assertEquals("0.1695", Numbers.estimate(0.169497));
    assertEquals("14.00", Numbers.estimate(13.9953));
    assertEquals("0.000", Numbers.estimate(0));
    assertEquals("0.9050", Numbers.estimate(0.905));
    assertEquals("1.500", Numbers.estimate(1.50043));
    assertEquals("19850000", Numbers.estimate(19_849_875.3));
    assertEquals("-2.500", Numbers.estimate(-2.5));
    assertEquals("1.000E-7", Numbers.estimate(1e-7));
  }
}
