package dev.facets.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The one number formatter of the engines' sentences: a number as a person reads it, never as the
 * float noise of its computation ({@code 119999.99999999953} is written {@code 120000}).
 *
 * <p>Two kinds of number: amounts and thresholds with a given count of significant digits
 * ({@link #number}, {@link #precise}), written plainly in the range of ordinary amounts and with an
 * exponent beyond it ({@code 1E-7}, {@code 1E+17}), where a row of zeros would hide the magnitude;
 * and shares and coordinates with a given count of decimals ({@link #decimal}, {@link #percent},
 * {@link #signed}). Every method rounds half away from zero, prints {@code 0} for a value that rounds
 * to zero, and uses no locale. Public so that every engine package words numbers alike; not meant as
 * general-purpose API. This class is stateless and thread-safe.
 */
public final class Numbers {
  /** Ordinary amounts, written without an exponent: from 1e-4 (inclusive) to 1e15 (exclusive). */
  private static final double PLAIN_FROM = 1e-4;

  private static final double PLAIN_BELOW = 1e15;

  private Numbers() {}

  /**
   * {@return a number with six significant digits: {@code 120000}, {@code 0.333333},
   * {@code 1.5E-7}; NaN and the infinities as Java writes them}
   *
   * @param value any double; {@code -0.0} and anything that rounds to zero is written {@code 0}
   */
  public static String number(double value) {
    return significant(value, 6);
  }

  /**
   * {@return a number with twelve significant digits, for a sentence that puts two numbers side by
   * side which may agree in their first six (a bracket around an optimum, a sum just off its
   * bound)} Otherwise written as {@link #number}.
   *
   * @param value any double
   */
  public static String precise(double value) {
    return significant(value, 12);
  }

  /**
   * {@return a number with at most {@code places} decimals, trailing zeros dropped: "0.15", "-0.8",
   * "0", never with an exponent}
   *
   * @param value a finite double (NaN and the infinities have no decimal expansion and throw
   *     {@link NumberFormatException})
   * @param places the most decimals to keep, {@code >= 0}
   */
  public static String decimal(double value, int places) {
    BigDecimal rounded = new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * {@return a number with at most {@code places} decimals and an explicit sign: "+0.15", "-0.8",
   * "0"; a value that rounds to zero has no sign}
   *
   * @param value a finite double, as for {@link #decimal}
   * @param places the most decimals to keep, {@code >= 0}
   */
  public static String signed(double value, int places) {
    String text = decimal(value, places);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }

  /**
   * {@return a share as a percentage with at most one decimal: {@code 0.6667} is "66.7%"}
   *
   * @param share a finite fraction, usually in [0, 1]; values outside are written as they are
   *     ({@code 1.5} is "150%")
   */
  public static String percent(double share) {
    return decimal(share * 100, 1) + "%";
  }

  /**
   * {@return a duration in words, in the largest unit that writes it whole: "5 seconds",
   * "2 minutes", "1 hour", "500 milliseconds", and "1.5 seconds" where no unit does; never ISO's
   * {@code PT5S}}
   *
   * @param duration a non-negative duration, not null; zero is "0 seconds"
   */
  public static String duration(Duration duration) {
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    if (nanos == 0 && seconds != 0 && seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (nanos == 0 && seconds != 0 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    if (nanos == 0) {
      return plural(seconds, "second");
    }
    if (seconds == 0 && nanos % 1_000_000 == 0) {
      return plural(nanos / 1_000_000, "millisecond");
    }
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros().toPlainString()
        + " seconds";
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String significant(double value, int digits) {
    if (!Double.isFinite(value) || value == 0) {
      return value == 0 ? "0" : Double.toString(value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW ? rounded.toPlainString() : rounded.toString();
  }
}
