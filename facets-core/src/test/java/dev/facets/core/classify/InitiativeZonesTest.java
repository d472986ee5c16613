package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Purpose;
import dev.facets.api.Zone;
import org.junit.jupiter.api.Test;

class InitiativeZonesTest {
  private static Initiative.Builder initiative() {
    return new Initiative.Builder().id("a").budget(1);
  }

  @Test
  void explicitFacetsFollowTheGeneralisedRule() {
    // 0.7 >= 2/3: pure; 0.6/0.4 on neighbours: the change type; on opposites: mixed.
    assertEquals(Zone.ENHANCEMENT, InitiativeZones.of(initiative().facets(FacetMix.of(7, 3, 0, 0))
        .position(AxisPosition.of(0.9, 0)).build()));
    assertEquals(Zone.SUSTAINING, InitiativeZones.of(initiative().facets(FacetMix.of(6, 4, 0, 0)).build()));
    assertEquals(Zone.MIXED, InitiativeZones.of(initiative().facets(FacetMix.of(6, 0, 0, 4)).build()));
  }

  @Test
  void theOriginAndPurposeAllAreMixedThoughTheirMixIsUniform() {
    Initiative origin = initiative().position(AxisPosition.ORIGIN).build();
    assertEquals(FacetMix.uniform(), InitiativeMixes.of(origin));
    assertEquals(Zone.MIXED, InitiativeZones.of(origin));
    Initiative all = initiative().purpose(Purpose.ALL).driver(Driver.LEADERS).build();
    assertEquals(FacetMix.uniform(), InitiativeMixes.of(all));
    assertEquals(Zone.MIXED, InitiativeZones.of(all));
    // The same uniform mix given explicitly is mixed too: both opposite pairs hold a quarter each.
    assertEquals(Zone.MIXED, InitiativeZones.of(initiative().facets(FacetMix.uniform()).build()));
  }

  @Test
  void positionComesBeforeProjectMapping() {
    // (0.5, -0.5): anticipatory 0.5, adaptive 0.5: disruptive, although the mapping says mission.
    Initiative both = initiative().position(AxisPosition.of(0.5, -0.5))
        .purpose(Purpose.MISSION).driver(Driver.LEADERS).build();
    assertEquals(Zone.DISRUPTIVE, InitiativeZones.of(both));
    assertEquals(Zone.TRANSFORMATIVE, InitiativeZones.of(
        initiative().purpose(Purpose.MISSION).driver(Driver.FUTURE).build()));
  }

  @Test
  void theZoneIsTheOneTheContractClassifierGives() {
    qt().withFixedSeed(4).withGenerateAttempts(10_000).forAll(Generators.initiatives()).checkAssert(initiative ->
        assertEquals(ContractClassifier.DEFAULT.classify(initiative).zone(), InitiativeZones.of(initiative),
            initiative::toString));
  }

  @Test
  void theZoneOfAGeneratedInitiativeHoldsItsDominantFacetOrIsMixed() {
    qt().withFixedSeed(3).withGenerateAttempts(10_000).forAll(Generators.initiatives()).checkAssert(initiative -> {
      Zone zone = InitiativeZones.of(initiative);
      Facet dominant = InitiativeMixes.of(initiative).dominant();
      if (zone != Zone.MIXED) {
        assertEquals(true, zone.facets().contains(dominant) || initiative.facets().isEmpty(),
            initiative + " " + zone);
      }
    });
  }
}
