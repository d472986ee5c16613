package dev.facets.cli;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.report.Numbers;
import java.util.Locale;

/**
 * Pieces of the {@code --format text} output the analysis commands share; numbers through
 * {@link Numbers}, the module's one number formatter.
 */
final class TextOut {
  private TextOut() {}

  /** One line per facet with its share in percent. */
  static void allocation(StringBuilder text, FacetMix mix) {
    for (Facet facet : Facet.ordered()) {
      text.append(String.format(Locale.ROOT, "  %-13s %6.2f %%%n", facet.jsonName(), 100 * mix.weight(facet)));
    }
  }

  /** A {@code label   amount} line: an amount of budget, as {@link Numbers#amount(double)} writes it. */
  static void amountLine(StringBuilder text, String label, double amount) {
    text.append(String.format(Locale.ROOT, "%-24s %s%n", label, Numbers.amount(amount)));
  }

  /** A {@code label   value} line. */
  static void line(StringBuilder text, String label, double value) {
    text.append(String.format(Locale.ROOT, "%-24s %s%n", label, Numbers.number(value)));
  }

  /**
   * A contract name (a status, camelCase in JSON) in words for a person: {@code timeLimitReached}
   * is "time limit reached"; a one-word name stays as it is.
   */
  static String words(String jsonName) {
    return jsonName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
