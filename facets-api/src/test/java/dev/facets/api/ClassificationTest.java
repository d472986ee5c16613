package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classification value: what it guarantees, and that its dominant facet follows its mix. */
class ClassificationTest {
  private static Classification.Builder builder() {
    return new Classification.Builder().method("geometric").mix(FacetMix.of(0.5, 0.5, 0, 0)).zone(Zone.SUSTAINING);
  }

  @Test
  void theDominantFacetFollowsTheMixAndItsTieOrder() {
    assertEquals(Facet.ENHANCEMENT, builder().build().dominant());
    assertEquals(Facet.ADAPTIVE, builder().mix(FacetMix.of(0.1, 0.2, 0.4, 0.3)).build().dominant());
  }

  @Test
  void invalidValuesAreNamed() {
    assertEquals("method", assertThrows(InvalidValueException.class, () -> builder().method(" ").build()).field());
    assertEquals("purity", assertThrows(InvalidValueException.class, () -> builder().purity(1.5).build()).field());
    assertEquals("explanation[1]", assertThrows(InvalidValueException.class,
        () -> builder().addExplanation("fine", "").build()).field());
    assertThrows(IllegalArgumentException.class, () -> new Classification.Builder().method("x").build());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(builder().build(), builder().build())
        .addEqualityGroup(builder().purity(2.0 / 3).build())
        .addEqualityGroup(builder().addAllExplanation(List.of("why")).build())
        .addEqualityGroup(builder().zone(Zone.MIXED).build())
        .testEquals();
  }

  @Test
  void aClassifierIsAFunctionOfAnInitiative() {
    Classifier fixed = initiative -> builder().build();
    Initiative initiative = new Initiative.Builder().id("a").budget(1).facets(FacetMix.uniform()).build();
    assertEquals(Zone.SUSTAINING, fixed.classify(initiative).zone());
  }
}
