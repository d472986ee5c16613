package dev.facets.core.classify;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that renders numbers for explanation lines, so every classifier words a share the
 * same way and no line depends on the default locale.
 */
final class Explain {
  private Explain() {}

  /** A share in [0, 1] as a percentage with at most one decimal: {@code 0.6667} is "66.7%". */
  static String percent(double share) {
    return decimal(share * 100, 1) + "%";
  }

  /** A number with at most {@code places} decimals and an explicit sign: "+0.15", "-0.8", "0". */
  static String signed(double value, int places) {
    String text = decimal(value, places);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }

  /** A number with at most {@code places} decimals, trailing zeros dropped, half away from zero. */
  static String decimal(double value, int places) {
    BigDecimal rounded = new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** The mix as "enhancement 80%, mission 20%, adaptive 0%, anticipatory 0%". */
  static String mix(FacetMix mix) {
    StringBuilder text = new StringBuilder();
    for (Facet facet : Facet.ordered()) {
      text.append(facet.ordinal() == 0 ? "" : ", ").append(facet.jsonName()).append(' ')
          .append(percent(mix.weight(facet)));
    }
    return text.toString();
  }
}
