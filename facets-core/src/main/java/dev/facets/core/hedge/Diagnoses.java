package dev.facets.core.hedge;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a person reads them in a diagnosis: 12 significant digits, no float noise. */
final class Diagnoses {
  private Diagnoses() {}

  /** {@code 1.2000000000000002} becomes {@code 1.2}; non-finite values print as Java does. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
  }
}
