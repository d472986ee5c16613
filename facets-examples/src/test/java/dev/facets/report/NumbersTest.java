package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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
    assertEquals("1,250,000 EUR", Numbers.amount(1_250_000, Optional.of("EUR")));
    assertEquals("1,250,001", Numbers.amount(1_250_000.6, Optional.empty()));
    assertEquals("10,000", Numbers.count(10_000));
    assertEquals("0.923", Numbers.fixed(0.92349, 3));
    assertEquals("undefined", Numbers.fixed(OptionalDouble.empty(), 3));
  }
}
