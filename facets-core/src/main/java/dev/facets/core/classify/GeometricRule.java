package dev.facets.core.classify;

import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Classification;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Zone;
import dev.facets.core.text.Numbers;
import java.util.List;

/**
 * The geometric rule of the file contract: a position on the diamond to a facet mix and a zone, and
 * the zone of an explicit mix by the same rule generalised.
 *
 * <p>With u = uncertainty and d = directedness the raw weights are enhancement = max(0, -u),
 * anticipatory = max(0, u), mission = max(0, d), adaptive = max(0, -d), divided by their sum; at the
 * origin the mix is uniform and the zone mixed. Each facet owns a pole, so a position pulls towards
 * at most two facets, one per axis, and those are always neighbours: opposite facets never both weigh
 * in a geometric mix. The zone of a mix is, in this order: the dominant facet when its weight reaches
 * the purity threshold; else mixed when both facets of an opposite pair (enhancement and
 * anticipatory, or mission and adaptive) weigh at least {@value #OPPOSED_SHARE} each, a project
 * pulling two opposite ways (OPSI's zone of confusion); else the change type of the two largest
 * weights when those are neighbours; else mixed. Ties go to the first facet in the order enhancement,
 * mission, adaptive, anticipatory. Only explicit mixes can therefore reach "mixed" away from the
 * origin.
 *
 * <p>The opposite-pair step (file contract v1.1) makes an explicit mix agree with the position it
 * comes from: the uniform mix is mixed, like the origin whose mix it is, where the rule without that
 * step would have called it sustaining (the two largest weights tie, and enhancement and mission come
 * first). So the zone of a position's mix is always the zone of the position. This class is
 * immutable and thread-safe.
 */
public final class GeometricRule {
  /** The contract's default purity threshold: a facet owning two thirds of the mix is pure. */
  public static final double DEFAULT_PURITY = 2.0 / 3.0;

  /** The weight each facet of an opposite pair needs for a mix that is not pure to be mixed. */
  public static final double OPPOSED_SHARE = 0.25;

  /** The rule with the default purity threshold. */
  public static final GeometricRule DEFAULT = new GeometricRule(DEFAULT_PURITY);

  /** The name recorded in the classifications this rule makes. */
  static final String METHOD = "geometric";

  private final double purity;

  private GeometricRule(double purity) {
    this.purity = purity;
  }

  /**
   * {@return this rule with another purity threshold, in (0.25, 1]: at or below a quarter every mix would be
   * pure}
   *
   * @param purity the least weight of the dominant facet for a pure zone, in (0.25, 1]
   * @throws InvalidValueException if the threshold is outside (0.25, 1] or NaN
   */
  public GeometricRule withPurity(double purity) {
    return new GeometricRule(Checks.inHalfOpenRange(purity, 0.25, 1, "purity"));
  }

  /** {@return the purity threshold, in (0.25, 1] ({@link #DEFAULT_PURITY 2/3} unless set)} */
  public double purity() {
    return purity;
  }

  /**
   * {@return the facet mix of a position: uniform at the origin}
   *
   * @param position a point of the diamond
   */
  public FacetMix mix(AxisPosition position) {
    double u = position.uncertainty();
    double d = position.directedness();
    if (isOrigin(position)) {
      return FacetMix.uniform();
    }
    return FacetMix.of(Math.max(0, -u), Math.max(0, d), Math.max(0, -d), Math.max(0, u));
  }

  /**
   * {@return the dominant facet of a position: the facet of its larger semi-axis, ties going to the first in
   * facet order (at the origin, enhancement)}
   *
   * @param position a point of the diamond
   */
  public Facet dominant(AxisPosition position) {
    return mix(position).dominant();
  }

  /**
   * {@return the zone of a position: mixed at the origin, else the zone of its mix}
   *
   * @param position a point of the diamond
   */
  public Zone zone(AxisPosition position) {
    return isOrigin(position) ? Zone.MIXED : zone(mix(position));
  }

  /**
   * {@return the zone of a mix: the dominant facet at or above the purity threshold, else mixed when both
   * facets of an opposite pair weigh at least {@value #OPPOSED_SHARE}, else the change type of the two
   * largest weights if they are neighbours, else mixed}
   *
   * @param mix a facet mix, explicit or from a position
   */
  public Zone zone(FacetMix mix) {
    Facet first = mix.dominant();
    if (mix.weight(first) >= purity) {
      return Zone.of(first);
    }
    return opposedPair(mix, first) != null ? Zone.MIXED : Zone.between(first, runnerUp(mix, first));
  }

  /**
   * {@return the classification of a position, with the lines that explain it}
   *
   * @param position a point of the diamond
   */
  public Classification classify(AxisPosition position) {
    FacetMix mix = mix(position);
    String where = "Position: uncertainty " + Numbers.signed(position.uncertainty(), 4)
        + ", directedness " + Numbers.signed(position.directedness(), 4) + ".";
    if (isOrigin(position)) {
      return classification(mix, Zone.MIXED, List.of(where,
          "At the centre of the diamond no facet dominates: the mix is uniform and the zone is mixed."));
    }
    Decision decision = decide(mix);
    return classification(mix, decision.zone(), List.of(where, pulls(position), "Mix: " + Explain.mix(mix) + ".",
        decision.reason()));
  }

  /**
   * {@return the classification of an explicit mix by the generalised rule, with the lines that explain
   * it}
   *
   * @param mix a facet mix, explicit or from a position
   */
  public Classification classify(FacetMix mix) {
    Decision decision = decide(mix);
    return classification(mix, decision.zone(), List.of("Mix: " + Explain.mix(mix) + ".", decision.reason()));
  }

  private Classification classification(FacetMix mix, Zone zone, List<String> lines) {
    return new Classification.Builder().method(METHOD).mix(mix).zone(zone).purity(purity)
        .addAllExplanation(lines).build();
  }

  private static boolean isOrigin(AxisPosition position) {
    return position.uncertainty() == 0 && position.directedness() == 0;
  }

  /** Which poles a position pulls towards, in words. */
  private static String pulls(AxisPosition position) {
    double u = position.uncertainty();
    double d = position.directedness();
    StringBuilder text = new StringBuilder("It pulls towards ");
    if (u != 0) {
      text.append(u < 0 ? "certainty (enhancement) by " : "uncertainty (anticipatory) by ")
          .append(Numbers.decimal(Math.abs(u), 4));
    }
    if (u != 0 && d != 0) {
      text.append(" and ");
    }
    if (d != 0) {
      text.append(d > 0 ? "directed work (mission) by " : "undirected work (adaptive) by ")
          .append(Numbers.decimal(Math.abs(d), 4));
    }
    return text.append("; each weight is its pull divided by the sum of the pulls.").toString();
  }

  /**
   * The zone of a mix and the facets that decided it, for the classifications that explain
   * themselves. The sentence that says why is rendered only when asked for
   * ({@link Decision#reason()}): rendering shares exactly costs far more than deciding.
   * {@link #zone(FacetMix)}, on the scorer's hot path, decides without building a decision.
   */
  Decision decide(FacetMix mix) {
    Facet first = mix.dominant();
    if (mix.weight(first) >= purity) {
      return new Decision(Zone.of(first), List.of(first), false, mix, purity);
    }
    Facet opposed = opposedPair(mix, first);
    if (opposed != null) {
      return new Decision(Zone.MIXED, List.of(opposed, opposed.opposite()), true, mix, purity);
    }
    Facet second = runnerUp(mix, first);
    return new Decision(Zone.between(first, second), List.of(first, second), false, mix, purity);
  }

  /**
   * The first facet of an opposite pair whose two facets both weigh at least {@value #OPPOSED_SHARE}:
   * the dominant facet's pair when it qualifies, else the other pair, first in facet order; null when
   * neither does. The comparison is exact: a quarter is a quarter, and the uniform mix holds exactly
   * 0.25 on each facet.
   */
  private static Facet opposedPair(FacetMix mix, Facet first) {
    if (opposed(mix, first)) {
      return first;
    }
    for (Facet facet : Facet.ordered()) {
      if (facet != first && facet != first.opposite() && opposed(mix, facet)) {
        return facet;
      }
    }
    return null;
  }

  private static boolean opposed(FacetMix mix, Facet facet) {
    return mix.weight(facet) >= OPPOSED_SHARE && mix.weight(facet.opposite()) >= OPPOSED_SHARE;
  }

  /** The largest weight other than {@code first}'s, ties going to the first in facet order. */
  private static Facet runnerUp(FacetMix mix, Facet first) {
    Facet second = null;
    for (Facet facet : Facet.ordered()) {
      if (facet != first && (second == null || mix.weight(facet) > mix.weight(second))) {
        second = facet;
      }
    }
    return second;
  }

  static String capitalised(Facet facet) {
    String name = facet.jsonName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * A zone, the facets that decided it (the dominant one, an opposite pair that both weigh at least a
   * quarter, or the two largest), and why.
   */
  record Decision(Zone zone, List<Facet> deciding, boolean opposedPair, FacetMix mix, double purity) {
    /** The sentence that says why the mix has its zone. */
    String reason() {
      Facet first = deciding.get(0);
      String threshold = " the purity threshold of " + Numbers.percent(purity);
      if (opposedPair) {
        Facet second = deciding.get(1);
        return "No facet reaches" + threshold + ", and the opposite facets " + first.jsonName() + " ("
            + Numbers.percent(mix.weight(first)) + ") and " + second.jsonName() + " ("
            + Numbers.percent(mix.weight(second)) + ") each hold at least a quarter: it pulls two opposite ways,"
            + " so the zone is mixed (the zone of confusion).";
      }
      if (deciding.size() == 1) {
        return capitalised(first) + " holds " + Numbers.percent(mix.weight(first)) + ", at least" + threshold
            + ": the zone is " + first.jsonName() + ".";
      }
      Facet second = deciding.get(1);
      String lead = capitalised(first) + " leads with " + Numbers.percent(mix.weight(first)) + ", below" + threshold
          + ", and " + second.jsonName() + " follows with " + Numbers.percent(mix.weight(second));
      return zone == Zone.MIXED
          ? lead + "; they are opposite facets, so the zone is mixed (the zone of confusion)."
          : lead + "; they are neighbours, so the zone is their type of change, " + zone.jsonName() + ".";
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeometricRule && Double.compare(purity, ((GeometricRule) other).purity) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(purity);
  }

  /** For example {@code GeometricRule[purity=0.6666666666666666]}. */
  @Override
  public String toString() {
    return "GeometricRule[purity=" + purity + "]";
  }
}
