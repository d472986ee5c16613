package dev.facets.report.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number formats for chart axes and labels, always in the root locale so a chart reads the same on
 * every machine. JFreeChart wants {@link NumberFormat} instances, which are mutable: one per call.
 */
final class Formats {
  private Formats() {}

  /** Shares as whole percent: {@code 42%}. */
  static NumberFormat percent() {
    return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Plain numbers with up to two decimals: {@code 1.25}. */
  static NumberFormat decimal() {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Large amounts with thousands separators: {@code 1,250,000}. */
  static NumberFormat amount() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /**
   * Amounts of any size with thousands separators and the decimals they need (up to eight), so a
   * small budget is not shown as 0: {@code 1,250,000}, {@code 0.43}.
   */
  static NumberFormat exactAmount() {
    return new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
