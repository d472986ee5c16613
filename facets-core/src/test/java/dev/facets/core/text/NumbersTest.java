package dev.facets.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** The engines' number formatter, on values worked out by hand (tests run in the hi-IN locale). */
class NumbersTest {
  @Test
  void amountsWithoutFloatNoiseOrAnExponent() {
    assertEquals("120000", Numbers.number(119999.99999999953));
    assertEquals("85000", Numbers.number(84999.99999999953));
    assertEquals("0.333333", Numbers.number(1.0 / 3));
    assertEquals("1.2", Numbers.precise(1.2000000000000002));
    assertEquals("0.333333333333", Numbers.precise(1.0 / 3));
    assertEquals("0", Numbers.number(-0.0));
    assertEquals("-0.0001", Numbers.number(-1e-4));
  }

  @Test
  void extremesWithAnExponent() {
    assertEquals("1E-7", Numbers.number(1e-7));
    assertEquals("-1.5E-14", Numbers.precise(-1.5e-14));
    assertEquals("1E+17", Numbers.precise(1e17));
    assertEquals("999999000000000", Numbers.number(999_999e9));
    assertEquals("Infinity", Numbers.precise(Double.POSITIVE_INFINITY));
    assertEquals("NaN", Numbers.number(Double.NaN));
  }

  @Test
  void decimalsPercentsAndSigns() {
    assertEquals("66.7%", Numbers.percent(2.0 / 3));
    assertEquals("0%", Numbers.percent(0));
    assertEquals("0.15", Numbers.decimal(0.15, 4));
    assertEquals("0.13", Numbers.decimal(0.125, 2)); // half away from zero
    assertEquals("+0.15", Numbers.signed(0.15, 2));
    assertEquals("-0.8", Numbers.signed(-0.8, 2));
    assertEquals("0", Numbers.signed(0.001, 2));
  }

  @Test
  void aNumberReadsBackWithinItsDigits() {
    qt().withFixedSeed(15L).forAll(doubles().between(-1e300, 1e300)).checkAssert(value -> {
      double six = Double.parseDouble(Numbers.number(value));
      double twelve = Double.parseDouble(Numbers.precise(value));
      assertTrue(Math.abs(six - value) <= 5e-6 * Math.abs(value), value + " as " + six);
      assertTrue(Math.abs(twelve - value) <= 5e-12 * Math.abs(value), value + " as " + twelve);
    });
  }

  @Test
  void durationsInWords() {
    assertEquals("5 seconds", Numbers.duration(java.time.Duration.ofSeconds(5)));
    assertEquals("1 second", Numbers.duration(java.time.Duration.ofSeconds(1)));
    assertEquals("0 seconds", Numbers.duration(java.time.Duration.ZERO));
    assertEquals("2 minutes", Numbers.duration(java.time.Duration.ofSeconds(120)));
    assertEquals("90 seconds", Numbers.duration(java.time.Duration.ofSeconds(90)));
    assertEquals("1 hour", Numbers.duration(java.time.Duration.ofMinutes(60)));
    assertEquals("500 milliseconds", Numbers.duration(java.time.Duration.ofMillis(500)));
    assertEquals("1.5 seconds", Numbers.duration(java.time.Duration.ofMillis(1500)));
    assertEquals("0.000000001 seconds", Numbers.duration(java.time.Duration.ofNanos(1)));
  }
}
