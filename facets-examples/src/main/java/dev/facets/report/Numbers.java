package dev.facets.report;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the report prints numbers: always in the root locale, so a report reads the same wherever it
 * is made, and an undefined value always as the same word.
 */
final class Numbers {
  /** How an undefined value (an empty optional) is printed. */
  static final String UNDEFINED = "undefined";

  private Numbers() {}

  /**
   * A share in percent with one decimal: {@code 42.3%}; a positive share too small to show is
   * {@code less than 0.1%}, never a misleading {@code 0.0%}.
   */
  static String share(double share) {
    if (share > 0 && share < 0.0005) {
      return "less than 0.1%";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** An amount with thousands separators and the currency when known: {@code 1,250,000 EUR}. */
  static String amount(double amount, Optional<String> currency) {
    return String.format(Locale.ROOT, "%,.0f", amount) + currency.map(code -> " " + code).orElse("");
  }

  /** A value with {@code digits} decimals: {@code 0.923}. */
  static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /**
   * A value with {@code digits} decimals and its sign: {@code +0.12}, {@code -0.30}; a value that
   * rounds to zero is {@code 0.00}, never {@code -0.00}.
   */
  static String signed(double value, int digits) {
    String plain = fixed(Math.abs(value), digits);
    if (plain.equals(fixed(0, digits))) {
      return plain;
    }
    return (value < 0 ? "-" : "+") + plain;
  }

  /** An optional value with {@code digits} decimals, or {@link #UNDEFINED}. */
  static String fixed(OptionalDouble value, int digits) {
    return value.isPresent() ? fixed(value.getAsDouble(), digits) : UNDEFINED;
  }

  /** An optional value with its sign, or {@link #UNDEFINED}. */
  static String signed(OptionalDouble value, int digits) {
    return value.isPresent() ? signed(value.getAsDouble(), digits) : UNDEFINED;
  }

  /** A whole count with thousands separators: {@code 10,000}. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
