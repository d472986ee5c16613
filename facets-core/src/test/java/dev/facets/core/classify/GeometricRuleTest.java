package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Zone;
import org.junit.jupiter.api.Test;

class GeometricRuleTest {
  private static final GeometricRule RULE = GeometricRule.DEFAULT;

  @Test
  void contractExample() {
    // u = -0.8, d = 0.2: raw enhancement 0.8, mission 0.2, sum 1; 0.8 >= 2/3, so pure enhancement.
    AxisPosition position = AxisPosition.of(-0.8, 0.2);
    assertEquals(FacetMix.of(0.8, 0.2, 0, 0), RULE.mix(position));
    assertEquals(0.8, RULE.mix(position).weight(Facet.ENHANCEMENT));
    assertEquals(0.2, RULE.mix(position).weight(Facet.MISSION));
    assertEquals(Facet.ENHANCEMENT, RULE.dominant(position));
    assertEquals(Zone.ENHANCEMENT, RULE.zone(position));
  }

  @Test
  void theOriginIsUniformAndMixed() {
    assertEquals(FacetMix.uniform(), RULE.mix(AxisPosition.ORIGIN));
    assertEquals(Zone.MIXED, RULE.zone(AxisPosition.ORIGIN));
    // All four tie at 1/4: the first in facet order dominates.
    assertEquals(Facet.ENHANCEMENT, RULE.dominant(AxisPosition.ORIGIN));
    Classification classification = RULE.classify(AxisPosition.ORIGIN);
    assertEquals(Zone.MIXED, classification.zone());
    assertTrue(classification.explanation().get(1).contains("uniform"), classification.explanation().toString());
  }

  @Test
  void pointsOnAnAxisArePure() {
    assertEquals(Zone.ANTICIPATORY, RULE.zone(AxisPosition.of(1, 0)));
    assertEquals(Zone.ADAPTIVE, RULE.zone(AxisPosition.of(0, -1)));
    assertEquals(Zone.MISSION, RULE.zone(AxisPosition.of(0, 0.001)));
    assertEquals(Zone.ENHANCEMENT, RULE.zone(AxisPosition.of(-0.001, 0)));
    // Even with the strictest threshold, a point on an axis has all its weight on one facet.
    assertEquals(Zone.ADAPTIVE, GeometricRule.DEFAULT.withPurity(1).zone(AxisPosition.of(0, -0.2)));
  }

  @Test
  void belowThePurityThresholdTheQuadrantGivesTheChangeType() {
    // u = 0.4, d = -0.6: anticipatory 0.4, adaptive 0.6 < 2/3: disruptive.
    assertEquals(Zone.DISRUPTIVE, RULE.zone(AxisPosition.of(0.4, -0.6)));
    // u = -0.5, d = -0.3: enhancement 0.625, adaptive 0.375: optimising.
    assertEquals(Zone.OPTIMISING, RULE.zone(AxisPosition.of(-0.5, -0.3)));
    // u = 0.1, d = 0.9: mission 0.9: pure mission.
    assertEquals(Zone.MISSION, RULE.zone(AxisPosition.of(0.1, 0.9)));
    // u = 0.1, d = -0.9: adaptive 0.9: pure adaptive.
    assertEquals(Zone.ADAPTIVE, RULE.zone(AxisPosition.of(0.1, -0.9)));
  }

  @Test
  void tiesGoToTheFirstFacetInOrder() {
    // Enhancement and mission tie at 1/2: enhancement dominates, the zone is sustaining.
    assertEquals(Facet.ENHANCEMENT, RULE.dominant(AxisPosition.of(-0.5, 0.5)));
    assertEquals(Zone.SUSTAINING, RULE.zone(AxisPosition.of(-0.5, 0.5)));
    // Mission and anticipatory tie: mission comes before anticipatory.
    assertEquals(Facet.MISSION, RULE.dominant(AxisPosition.of(0.5, 0.5)));
    assertEquals(Zone.TRANSFORMATIVE, RULE.zone(AxisPosition.of(0.5, 0.5)));
    // Adaptive and anticipatory tie: adaptive comes first.
    assertEquals(Facet.ADAPTIVE, RULE.dominant(AxisPosition.of(0.3, -0.3)));
    // With purity 1/2 a tie is pure: the first facet in order takes the zone.
    assertEquals(Zone.ENHANCEMENT, GeometricRule.DEFAULT.withPurity(0.5).zone(AxisPosition.of(-0.5, 0.5)));
    assertEquals(Zone.MISSION, GeometricRule.DEFAULT.withPurity(0.5).zone(AxisPosition.of(0.5, 0.5)));
  }

  @Test
  void theThresholdItselfIsPure() {
    // 2/(2+1) is computed exactly as DEFAULT_PURITY = 2.0/3.0: "at least" includes it.
    FacetMix twoThirds = FacetMix.of(2, 1, 0, 0);
    assertEquals(GeometricRule.DEFAULT_PURITY, twoThirds.weight(Facet.ENHANCEMENT));
    assertEquals(Zone.ENHANCEMENT, RULE.zone(twoThirds));
    // Just below it, the pair decides.
    assertEquals(Zone.SUSTAINING, RULE.zone(FacetMix.of(0.66, 0.34, 0, 0)));
  }

  @Test
  void explicitMixesFollowTheGeneralisedRule() {
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0.5, 0, 0, 0.5)));
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0, 0.5, 0.5, 0)));
    // Enhancement leads, mission second (neighbours), but anticipatory, opposite enhancement, holds
    // a quarter: both facets of an opposite pair weigh at least 1/4, so mixed (contract v1.1).
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0.4, 0.35, 0, 0.25)));
    // Just under a quarter the two largest decide: sustaining.
    assertEquals(Zone.SUSTAINING, RULE.zone(FacetMix.of(0.4, 0.36, 0, 0.24)));
    // Enhancement leads, anticipatory second (opposite): mixed.
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0.4, 0.25, 0, 0.35)));
    // Anticipatory 0.4 leads, adaptive 0.3 second: disruptive.
    assertEquals(Zone.DISRUPTIVE, RULE.zone(FacetMix.of(0.1, 0.2, 0.3, 0.4)));
    // A three-way tie for first: mission and adaptive, opposite, both hold 0.3: mixed.
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0.3, 0.3, 0.3, 0.1)));
    // No opposite pair at a quarter: enhancement leads, mission is the first of the tied runners-up.
    assertEquals(Zone.SUSTAINING, RULE.zone(FacetMix.of(0.4, 0.2, 0.2, 0.2)));
    // Runner-up tie between adaptive and anticipatory behind mission: adaptive is first in order.
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.of(0.1, 0.5, 0.2, 0.2)));
    // The uniform mix is mixed, like the origin whose mix it is (both opposite pairs at 1/4 exactly).
    assertEquals(Zone.MIXED, RULE.zone(FacetMix.uniform()));
    // Purity comes first: a pure facet stays pure even with its opposite at a quarter or more.
    assertEquals(Zone.ENHANCEMENT, RULE.zone(FacetMix.of(0.7, 0, 0, 0.3)));
    assertEquals(Zone.MIXED, GeometricRule.DEFAULT.withPurity(0.8).zone(FacetMix.of(0.7, 0, 0, 0.3)));
  }

  @Test
  void classificationsRecordTheirRule() {
    Classification classification = RULE.classify(AxisPosition.of(-0.8, 0.2));
    assertEquals("geometric", classification.method());
    assertEquals(GeometricRule.DEFAULT_PURITY, classification.purity().getAsDouble());
    assertEquals(Facet.ENHANCEMENT, classification.dominant());
    assertEquals(Zone.ENHANCEMENT, classification.zone());
    assertEquals(
        "Enhancement holds 80%, at least the purity threshold of 66.7%: the zone is enhancement.",
        classification.explanation().get(classification.explanation().size() - 1));
    Classification mixed = RULE.classify(FacetMix.of(0.5, 0, 0, 0.5));
    assertEquals(Zone.MIXED, mixed.zone());
    assertTrue(mixed.explanation().get(1).contains("opposite facets"), mixed.explanation().toString());
    Classification uniform = RULE.classify(FacetMix.uniform());
    assertEquals(Zone.MIXED, uniform.zone());
    assertEquals("No facet reaches the purity threshold of 66.7%, and the opposite facets enhancement (25%) and"
        + " anticipatory (25%) each hold at least a quarter: it pulls two opposite ways, so the zone is mixed"
        + " (the zone of confusion).", uniform.explanation().get(1));
    // The pair named is the one that qualifies, not the dominant facet's when that one does not.
    Classification other = RULE.classify(FacetMix.of(0.35, 0.3, 0.3, 0.05));
    assertEquals(Zone.MIXED, other.zone());
    assertTrue(other.explanation().get(1).contains("mission (30%) and adaptive (30%)"), other.explanation().toString());
  }

  @Test
  void purityMustLieAboveAQuarterAndAtMostOne() {
    for (double purity : new double[] {0.25, 0, -1, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> GeometricRule.DEFAULT.withPurity(purity));
      assertEquals("purity", e.field());
      assertEquals(Double.toString(purity), e.value());
    }
    assertEquals(1, GeometricRule.DEFAULT.withPurity(1).purity());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(GeometricRule.DEFAULT, GeometricRule.DEFAULT.withPurity(2.0 / 3.0))
        .addEqualityGroup(GeometricRule.DEFAULT.withPurity(0.5), GeometricRule.DEFAULT.withPurity(0.5))
        .testEquals();
  }
}
