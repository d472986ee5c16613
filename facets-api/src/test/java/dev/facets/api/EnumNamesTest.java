package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The naming rules of {@link EnumNames} and its parse errors, on the api's own enums. */
class EnumNamesTest {
  private enum Sample { ONE, TWO_WORDS, HHI_SHARE }

  @Test
  void namesByRule() {
    // Written out by hand from the rules: lower case joined by hyphens, or lower camel case.
    EnumNames<Sample> hyphenated = EnumNames.hyphenated(Sample.class, "sample");
    assertEquals(List.of("one", "two-words", "hhi-share"),
        List.of(hyphenated.name(Sample.ONE), hyphenated.name(Sample.TWO_WORDS), hyphenated.name(Sample.HHI_SHARE)));
    EnumNames<Sample> camel = EnumNames.camelCase(Sample.class, "sample");
    assertEquals(List.of("one", "twoWords", "hhiShare"),
        List.of(camel.name(Sample.ONE), camel.name(Sample.TWO_WORDS), camel.name(Sample.HHI_SHARE)));
    assertEquals("bottom-up", Driver.BOTTOM_UP.jsonName());
    assertEquals("sustaining", Zone.SUSTAINING.jsonName());
  }

  @Test
  void anUnknownNameListsTheNamesAllowedInDeclarationOrder() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Driver.parse("Leaders"));
    assertEquals("driver must be one of leaders, efficiency, bottom-up, future, got 'Leaders'", e.getMessage());
    assertThrows(NullPointerException.class, () -> Stage.parse(null));
  }

  @Test
  void twoConstantsWithOneNameAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EnumNames.of(Sample.class, "sample", s -> "same"));
  }

  @Test
  void parseInvertsName() {
    List<EnumNames<Sample>> tables = List.of(EnumNames.hyphenated(Sample.class, "sample"),
        EnumNames.camelCase(Sample.class, "sample"));
    qt().withFixedSeed(15L).forAll(Generate.enumValues(Sample.class), Generate.pick(tables))
        .checkAssert((constant, names) -> assertSame(constant, names.parse(names.name(constant))));
    for (Facet facet : Facet.values()) {
      assertSame(facet, Facet.parse(facet.jsonName()));
    }
    for (Zone zone : Zone.values()) {
      assertSame(zone, Zone.parse(zone.jsonName()));
    }
    for (Purpose purpose : Purpose.values()) {
      assertSame(purpose, Purpose.parse(purpose.jsonName()));
    }
  }
}
