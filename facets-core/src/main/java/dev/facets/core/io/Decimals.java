package dev.facets.core.io;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Plain decimal numbers in text, as the CSV reader accepts them: the grammar, and their exact value.
 *
 * <p>A plain decimal is an optional sign, digits with an optional point (or a point and digits), and
 * an optional exponent: {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} with ASCII digits. No
 * {@code NaN}, no {@code Infinity}, no hexadecimal, no type suffix, no spaces: a spreadsheet cell
 * holding any of those is a mistake to report, not a number. Checking the grammar by hand rather
 * than with that regular expression costs no {@code Matcher} per cell.
 *
 * <p>The value is {@link Double#parseDouble}'s, bit for bit, computed by the fast double parser that
 * Jackson ships (Eisel-Lemire, with an exact fallback for the rare decimals it cannot decide), which
 * is several times faster on the 17-digit numbers written doubles have; {@code DecimalsProperties}
 * checks the two agree on generated decimals and their hard cases. This class is stateless and
 * thread-safe.
 */
final class Decimals {
  private Decimals() {}

  /** Whether {@code text} is a plain decimal (the grammar above). */
  static boolean isPlain(CharSequence text) {
    int length = text.length();
    int i = 0;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int integerStart = i;
    i = digits(text, i);
    boolean integer = i > integerStart;
    boolean fraction = false;
    if (i < length && text.charAt(i) == '.') {
      int fractionStart = ++i;
      i = digits(text, i);
      fraction = i > fractionStart;
    }
    if (!integer && !fraction) {
      return false;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentStart = i;
      i = digits(text, i);
      if (i == exponentStart) {
        return false;
      }
    }
    return i == length;
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digits(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * The value of a plain decimal ({@link #isPlain} must hold): exactly {@code Double.parseDouble(text)},
   * infinite when it overflows.
   */
  static double parse(String text) {
    return NumberInput.parseDouble(text, true);
  }
}
