package dev.facets.api;

import java.util.Map;
import java.util.Objects;

/**
 * The facet mix a portfolio aims for. OPSI publishes no numeric target, so a target is always the
 * caller's: weights {@code >= 0}, not all zero, normalised like an initiative's {@code facets} by
 * {@link #of(FacetMix)}, while a target written by a person ({@link #parse}, {@link #ofShares}) must
 * sum to 1 or 100.
 *
 * <p>{@link #parse(String)} reads the command-line form {@code enhancement=0.4,mission=0.2,...}, and
 * {@link #toString()} writes it. This class is immutable and thread-safe.
 */
public final class TargetMix {
  private final FacetMix mix;

  private TargetMix(FacetMix mix) {
    this.mix = mix;
  }

  /**
   * {@return the target of a mix}
   *
   * @param mix the target shares, not null
   */
  public static TargetMix of(FacetMix mix) {
    return new TargetMix(Objects.requireNonNull(mix, "mix"));
  }

  /**
   * {@return the target of four weights in facet order, normalised}
   *
   * @param enhancement the enhancement facet's target weight, finite and {@code >= 0}
   * @param mission the mission facet's target weight, finite and {@code >= 0}
   * @param adaptive the adaptive facet's target weight, finite and {@code >= 0}
   * @param anticipatory the anticipatory facet's target weight, finite and {@code >= 0}
   */
  public static TargetMix of(double enhancement, double mission, double adaptive, double anticipatory) {
    return of(FacetMix.of(enhancement, mission, adaptive, anticipatory));
  }

  /**
   * The target a person wrote: shares that sum to 1, or percentages that sum to 100, within
   * {@code 1e-6} relative; facets left out weigh 0. Any other sum is refused, naming it, rather than
   * rescaled: {@code enhancement=0.4,mission=0.3} most likely forgot two facets, and rescaling it to
   * 57 % and 43 % would move money on a guess.
   *
   * @param weights the weight of each facet given, not null
   * @return the target, normalised to sum 1
   * @throws InvalidValueException if a weight is negative or not finite, or the sum is neither 1 nor 100
   */
  public static TargetMix ofShares(Map<Facet, Double> weights) {
    double sum = 0;
    for (Map.Entry<Facet, Double> weight : weights.entrySet()) {
      sum += Checks.finiteNonNegative(weight.getValue(), weight.getKey().jsonName());
    }
    // All zero is no mix at all: FacetMix says so in its own words.
    if (sum != 0 && Math.abs(sum - 1) > 1e-6 && Math.abs(sum - 100) > 1e-6 * 100) {
      throw new InvalidValueException("target", "weights summing to " + Checks.render(sum),
          "sum to 1 (shares) or to 100 (percentages); a facet left out counts as 0, so give every facet"
              + " its share");
    }
    return of(FacetMix.of(weights));
  }

  /**
   * Parses {@code facet=weight} pairs separated by commas ({@code "enhancement=0.4,mission=0.6"}):
   * shares that sum to 1 or percentages that sum to 100, as {@link #ofShares}; facets left out weigh
   * 0, and each facet may appear once. A weight may carry a percent sign
   * ({@code "enhancement=40%,mission=60%"}): then every weight must, and they must sum to 100. A list
   * with some weights in percent and others not is refused, since {@code mission=0.3} beside
   * {@code enhancement=40%} could mean 0.3 % or 30 %.
   *
   * @param text the pairs, not null
   * @return the target, normalised to sum 1
   * @throws InvalidValueException naming the part that cannot be read, the mixture, or the sum
   */
  public static TargetMix parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.split(",", -1);
    int percents = 0;
    for (int i = 0; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      String weight = parts[i].substring(equals + 1).strip();
      if (equals >= 0 && weight.endsWith("%")) {
        parts[i] = parts[i].substring(0, equals + 1) + weight.substring(0, weight.length() - 1);
        percents++;
      }
    }
    Map<Facet, Double> weights = FacetValues.parsePairs(String.join(",", parts), "target", "weight");
    if (percents == 0) {
      return ofShares(weights);
    }
    if (percents < parts.length) {
      throw new InvalidValueException("target", Checks.quote(text.strip()),
          "give every weight in percent (enhancement=40%) or none (enhancement=0.4, or 40 out of 100), not some of"
              + " each");
    }
    double sum = 0;
    for (Map.Entry<Facet, Double> percentage : weights.entrySet()) {
      sum += Checks.finiteNonNegative(percentage.getValue(), percentage.getKey().jsonName());
    }
    if (sum != 0 && Math.abs(sum - 100) > 1e-6 * 100) {
      throw new InvalidValueException("target", "percentages summing to " + Checks.render(sum) + "%",
          "sum to 100%; a facet left out counts as 0%, so give every facet its percentage");
    }
    return of(FacetMix.of(weights));
  }

  /** {@return the target mix} */
  public FacetMix mix() {
    return mix;
  }

  /**
   * {@return the target share of one facet}
   *
   * @param facet the facet, not null
   */
  public double share(Facet facet) {
    return mix.weight(facet);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TargetMix && mix.equals(((TargetMix) other).mix);
  }

  @Override
  public int hashCode() {
    return mix.hashCode();
  }

  /** The command-line form, {@code enhancement=0.4,mission=0.3,adaptive=0.2,anticipatory=0.1}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Facet facet : Facet.ordered()) {
      text.append(facet.ordinal() == 0 ? "" : ",").append(facet.jsonName()).append('=').append(mix.weight(facet));
    }
    return text.toString();
  }
}
