package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An initiative's attributes: their order, their immutability, and the keys and values refused. */
class InitiativeAttributesTest {
  private static Initiative.Builder builder() {
    return new Initiative.Builder().id("a").budget(1).facets(FacetMix.pure(Facet.MISSION));
  }

  @Test
  void keepTheOrderGivenAndAreImmutable() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("unit", "Health");
    given.put("owner", "J. Doe");
    given.put("area", "North");
    Initiative initiative = builder().attributes(given).build();
    assertEquals(List.of("unit", "owner", "area"), List.copyOf(initiative.attributes().keySet()));
    given.put("later", "x");
    assertEquals(3, initiative.attributes().size());
    assertThrows(UnsupportedOperationException.class, () -> initiative.attributes().put("x", "y"));
    assertTrue(builder().build().attributes().isEmpty());
  }

  @Test
  void equalityIgnoresTheirOrder() {
    new EqualsTester()
        .addEqualityGroup(builder().putAttributes("unit", "Health").putAttributes("owner", "Doe").build(),
            builder().putAttributes("owner", "Doe").putAttributes("unit", "Health").build())
        .addEqualityGroup(builder().putAttributes("unit", "Tax").putAttributes("owner", "Doe").build())
        .addEqualityGroup(builder().build())
        .testEquals();
  }

  @Test
  void blankKeysAndValuesAreRefusedNamingTheField() {
    InvalidValueException key = assertThrows(InvalidValueException.class,
        () -> builder().putAttributes(" ", "x").build());
    assertEquals("attributes", key.field());
    assertEquals("' '", key.value());
    InvalidValueException value = assertThrows(InvalidValueException.class,
        () -> builder().putAttributes("owner", "").build());
    assertEquals("attributes.owner", value.field());
  }

  @Test
  void keysMayNotBeColumnsOfThePortfolioFileNorNearMissesOfThem() {
    for (String column : List.of("id", "budget", "position.uncertainty", "impact.high", "tags")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> builder().putAttributes(column, "x").build());
      assertTrue(e.getMessage().contains("not fields of the portfolio file"), e.getMessage());
    }
    for (String nearMiss : List.of("Budget", "budgte", "ID", "tag", "successprobability")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> builder().putAttributes(nearMiss, "x").build());
      assertTrue(e.getMessage().contains("typo of"), e.getMessage());
    }
    // Far enough from every column: kept.
    assertEquals("Health", builder().putAttributes("unit", "Health").build().attributes().get("unit"));
  }

  @Test
  void nearMissCountsEditsAndCase() {
    List<String> names = List.of("id", "name", "budget", "successProbability");
    // By hand: budgte is two substitutions from budget, bugdet two, budge one deletion, budgets one insertion.
    assertEquals(Optional.of("budget"), Checks.nearMiss("budgte", names));
    assertEquals(Optional.of("budget"), Checks.nearMiss("bugdet", names));
    assertEquals(Optional.of("budget"), Checks.nearMiss("budge", names));
    assertEquals(Optional.of("budget"), Checks.nearMiss("budgets", names));
    // The same letters in another case, however long the name.
    assertEquals(Optional.of("successProbability"), Checks.nearMiss("SUCCESSPROBABILITY", names));
    // Three edits: b-u-d-g-e-t to b-d-g-t-x-y needs more than two.
    assertEquals(Optional.empty(), Checks.nearMiss("bdgtxy", names));
    // unit to id: delete u, delete n, t to d: three edits.
    assertEquals(Optional.empty(), Checks.nearMiss("unit", names));
    // An exact name is no near miss.
    assertEquals(Optional.empty(), Checks.nearMiss("name", names));
    // The closest wins: nam is one from name, three from id.
    assertEquals(Optional.of("name"), Checks.nearMiss("nam", names));
    // ida is one insertion from id and three from name.
    assertEquals(Optional.of("id"), Checks.nearMiss("ida", names));
  }
}
