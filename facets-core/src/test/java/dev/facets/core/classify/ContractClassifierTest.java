package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Classifier;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Purpose;
import dev.facets.api.Zone;
import org.junit.jupiter.api.Test;

class ContractClassifierTest {
  @Test
  void explicitFacetsComeFirstAndGetTheGeneralisedZone() {
    Initiative initiative = base().facets(FacetMix.of(0.5, 0, 0, 0.5)).position(AxisPosition.of(-1, 0))
        .purpose(Purpose.ENHANCEMENT).driver(Driver.EFFICIENCY).build();
    Classification classification = ContractClassifier.DEFAULT.classify(initiative);
    assertEquals(FacetMix.of(0.5, 0, 0, 0.5), classification.mix());
    assertEquals(Zone.MIXED, classification.zone());
    assertEquals("geometric", classification.method());
    assertTrue(classification.explanation().get(0).startsWith("Initiative 'x': its explicit facet weights"));
  }

  @Test
  void thePositionComesNext() {
    Initiative initiative = base().position(AxisPosition.of(-0.8, 0.2))
        .purpose(Purpose.ADAPTIVE).driver(Driver.FUTURE).build();
    Classification classification = ContractClassifier.DEFAULT.classify(initiative);
    assertEquals(FacetMix.of(0.8, 0.2, 0, 0), classification.mix());
    assertEquals(Zone.ENHANCEMENT, classification.zone());
    // A stricter threshold changes the zone, never the mix.
    Classification strict = ContractClassifier.DEFAULT.withPurity(0.9).classify(initiative);
    assertEquals(Zone.SUSTAINING, strict.zone());
    assertEquals(classification.mix(), strict.mix());
    assertEquals(0.9, strict.purity().getAsDouble());
  }

  @Test
  void purposeAndDriverComeLastWithTheToolsTable() {
    // "All" has a uniform mix; the table says mixed, and so does the generalised rule of the mix.
    Classification classification = ContractClassifier.DEFAULT.classify(base().purpose(Purpose.ALL).driver(Driver.LEADERS).build());
    assertEquals(FacetMix.uniform(), classification.mix());
    assertEquals(Zone.MIXED, classification.zone());
    assertEquals("project-mapping", classification.method());
  }

  @Test
  void theMixAlwaysAgreesWithInitiativeMixes() {
    Classifier classifier = ContractClassifier.DEFAULT;
    qt().withFixedSeed(21).forAll(Generators.initiatives()).checkAssert(initiative -> {
      Classification classification = classifier.classify(initiative);
      assertEquals(InitiativeMixes.of(initiative), classification.mix());
      assertEquals(classification.mix().dominant(), classification.dominant());
      assertTrue(classification.explanation().size() >= 2);
    });
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(ProjectMapping.class);
    new NullPointerTester().testAllPublicInstanceMethods(ContractClassifier.DEFAULT);
    new NullPointerTester().testAllPublicInstanceMethods(GeometricRule.DEFAULT);
  }

  private static Initiative.Builder base() {
    return new Initiative.Builder().id("x").budget(1);
  }
}
