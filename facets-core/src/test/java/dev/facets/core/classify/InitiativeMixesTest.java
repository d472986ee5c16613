package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Purpose;
import org.junit.jupiter.api.Test;

class InitiativeMixesTest {
  @Test
  void explicitFacetsComeFirst() {
    Initiative initiative = new Initiative.Builder().id("a").budget(1)
        .facets(FacetMix.of(7, 3, 0, 0)).position(AxisPosition.of(0.5, 0.5))
        .purpose(Purpose.ADAPTIVE).driver(Driver.FUTURE).build();
    assertEquals(FacetMix.of(0.7, 0.3, 0, 0), InitiativeMixes.of(initiative));
  }

  @Test
  void positionComesBeforeProjectMapping() {
    // u = -0.8, d = 0.2: enhancement 0.8, mission 0.2 (the contract's classify example).
    Initiative initiative = new Initiative.Builder().id("a").budget(1)
        .position(AxisPosition.of(-0.8, 0.2)).purpose(Purpose.ADAPTIVE).driver(Driver.FUTURE).build();
    FacetMix mix = InitiativeMixes.of(initiative);
    assertEquals(0.8, mix.weight(dev.facets.api.Facet.ENHANCEMENT), 1e-15);
    assertEquals(0.2, mix.weight(dev.facets.api.Facet.MISSION), 1e-15);
  }

  @Test
  void projectMappingIsTheLastSource() {
    Initiative initiative = new Initiative.Builder().id("a").budget(1)
        .purpose(Purpose.ADAPTIVE).driver(Driver.FUTURE).build();
    assertEquals(FacetMix.of(0, 0, 1, 1), InitiativeMixes.of(initiative));
  }

  @Test
  void everyGeneratedInitiativeHasAMix() {
    qt().withFixedSeed(1).forAll(Generators.initiatives()).checkAssert(initiative ->
        assertEquals(1.0, java.util.Arrays.stream(InitiativeMixes.of(initiative).toArray()).sum(), 1e-12));
  }
}
