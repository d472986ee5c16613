package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, Checks.editDistance("score", "score"));
    assertEquals(1, Checks.editDistance("scor", "score"));
    assertEquals(1, Checks.editDistance("scxre", "score"));
    assertEquals(2, Checks.editDistance("socre", "score")); // a swap is two substitutions
    assertEquals(3, Checks.editDistance("kitten", "sitting")); // the textbook example
    assertEquals(5, Checks.editDistance("", "score"));
  }
}
