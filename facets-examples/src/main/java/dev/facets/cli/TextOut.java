package dev.facets.cli;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Pieces of the {@code --format text} output the analysis commands share. */
final class TextOut {
  private TextOut() {}

  /** A number for a person: six significant digits, no exponent, no float noise. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** One line per facet with its share in percent. */
  static void allocation(StringBuilder text, FacetMix mix) {
    for (Facet facet : Facet.ordered()) {
      text.append(String.format(Locale.ROOT, "  %-13s %6.2f %%%n", facet.jsonName(), 100 * mix.weight(facet)));
    }
  }

  /** A {@code label   value} line. */
  static void line(StringBuilder text, String label, double value) {
    text.append(String.format(Locale.ROOT, "%-24s %s%n", label, number(value)));
  }
}
