package dev.facets.core.classify;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.core.text.Numbers;

/**
 * How an explanation line words a facet mix, so every classifier states a mix the same way; its
 * numbers come from {@link Numbers}, the engines' one number formatter.
 */
final class Explain {
  private Explain() {}

  /** The mix as "enhancement 80%, mission 20%, adaptive 0%, anticipatory 0%". */
  static String mix(FacetMix mix) {
    StringBuilder text = new StringBuilder();
    for (Facet facet : Facet.ordered()) {
      text.append(facet.ordinal() == 0 ? "" : ", ").append(facet.jsonName()).append(' ')
          .append(Numbers.percent(mix.weight(facet)));
    }
    return text.toString();
  }
}
