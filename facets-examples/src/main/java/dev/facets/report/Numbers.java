package dev.facets.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The one number formatter of {@code facets-examples}: how the report and the command's
 * {@code --format text} print numbers for people. Always in the root locale, so a text reads the
 * same wherever it is made; never with float noise ({@code 84999.99999999953}) or an exponent for
 * an ordinary amount; an undefined value always as the same word. JSON output does not come here: it
 * keeps full double precision. This class is stateless and thread-safe.
 */
public final class Numbers {
  /** How an undefined value (an empty optional) is printed. */
  public static final String UNDEFINED = "undefined";

  private static final int ESTIMATE_DIGITS = 4;

  private Numbers() {}

  /**
   * A number with six significant digits, plain for ordinary amounts ({@code 120000},
   * {@code 0.333333}) and with an exponent only beyond them ({@code 1E-7}): the rule of the engines'
   * own sentences, so a number reads alike in a diagnosis and around it.
   */
  public static String number(double value) {
    return dev.facets.core.text.Numbers.number(value);
  }

  /**
   * A Monte Carlo estimate with four significant digits, trailing zeros kept because they are digits
   * of the estimate ({@code 7.580}, {@code 0.000}); plain for ordinary amounts ({@code 19850000},
   * where {@code %.4g} would write {@code 1.985e+07}) and with an exponent only beyond them.
   */
  public static String estimate(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return fixed(0, ESTIMATE_DIGITS - 1);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(ESTIMATE_DIGITS, RoundingMode.HALF_UP));
    // 0.905 has three digits of its own: pad it to the four of an estimate, 0.9050.
    rounded = rounded.setScale(rounded.scale() + ESTIMATE_DIGITS - rounded.precision());
    double magnitude = Math.abs(value);
    return magnitude >= 1e-4 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString();
  }

  /**
   * A share in percent with one decimal: {@code 42.3%}; a positive share too small to show is
   * {@code less than 0.1%}, never a misleading {@code 0.0%}.
   */
  public static String share(double share) {
    if (share > 0 && share < 0.0005) {
      return "less than 0.1%";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** An amount as {@link #amount(double)} writes it, then its currency: {@code 1,250,000 EUR}. */
  public static String amount(double amount, String currency) {
    return amount(amount) + " " + currency;
  }

  /**
   * An amount of money (or of any weight a budget stands for) rounded to cents, with thousands
   * separators and never an exponent: {@code 19,850,000}, {@code 85,000} for
   * {@code 84999.99999999953}, and the cents only when there are some, {@code 1,234.50}; the one
   * way every text output writes an amount.
   */
  public static String amount(double amount) {
    if (!Double.isFinite(amount)) {
      return Double.toString(amount);
    }
    BigDecimal cents = new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
    if (cents.signum() == 0) {
      return "0";
    }
    boolean whole = cents.stripTrailingZeros().scale() <= 0;
    return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", cents);
  }

  /** A value with {@code digits} decimals: {@code 0.923}. */
  public static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /**
   * A value with {@code digits} decimals and its sign: {@code +0.12}, {@code -0.30}; a value that
   * rounds to zero is {@code 0.00}, never {@code -0.00}.
   */
  public static String signed(double value, int digits) {
    String plain = fixed(Math.abs(value), digits);
    if (plain.equals(fixed(0, digits))) {
      return plain;
    }
    return (value < 0 ? "-" : "+") + plain;
  }

  /** An optional value with {@code digits} decimals, or {@link #UNDEFINED}. */
  public static String fixed(OptionalDouble value, int digits) {
    return value.isPresent() ? fixed(value.getAsDouble(), digits) : UNDEFINED;
  }

  /** An optional value with its sign, or {@link #UNDEFINED}. */
  public static String signed(OptionalDouble value, int digits) {
    return value.isPresent() ? signed(value.getAsDouble(), digits) : UNDEFINED;
  }

  /** A whole count with thousands separators: {@code 10,000}. */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
