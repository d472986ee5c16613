package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code facet=number,...} command-line form shared by targets and share bounds. */
class FacetValuesParseTest {
  @Test
  void keepsTheNumbersAsWrittenInFacetOrder() {
    Map<Facet, Double> parsed = FacetValues.parsePairs(" mission = 0.2 ,enhancement=1.5", "shares", "share");
    assertEquals(List.of(Facet.ENHANCEMENT, Facet.MISSION), List.copyOf(parsed.keySet()));
    assertEquals(1.5, parsed.get(Facet.ENHANCEMENT));
    assertEquals(0.2, parsed.get(Facet.MISSION));
  }

  @Test
  void namesWhatCannotBeRead() {
    InvalidValueException pair = assertThrows(InvalidValueException.class,
        () -> FacetValues.parsePairs("mission", "target", "weight"));
    assertEquals("target must be facet=weight, got 'mission'", pair.getMessage());
    InvalidValueException number = assertThrows(InvalidValueException.class,
        () -> FacetValues.parsePairs("mission=lots", "target", "weight"));
    assertEquals("mission must be a number, got 'lots'", number.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> FacetValues.parsePairs("mission=1,mission=2", "target", "weight"));
    assertEquals("mission must be given once, got 'mission=2'", twice.getMessage());
    assertThrows(InvalidValueException.class, () -> FacetValues.parsePairs("vision=1", "target", "weight"));
    assertThrows(InvalidValueException.class, () -> FacetValues.parsePairs("", "target", "weight"));
  }
}
