package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GeometricRuleProperties {
  /** The quarter turn of the diamond, (u, d) to (-d, u), moves each facet to the next in this map. */
  private static final Map<Facet, Facet> TURN = Map.of(
      Facet.ENHANCEMENT, Facet.ADAPTIVE, Facet.ADAPTIVE, Facet.ANTICIPATORY,
      Facet.ANTICIPATORY, Facet.MISSION, Facet.MISSION, Facet.ENHANCEMENT);

  static Gen<GeometricRule> rules() {
    return Generate.frequency(
        Pair.of(3, Generate.constant(GeometricRule.DEFAULT)),
        Pair.of(1, Generate.pick(List.of(0.5, 1.0, 0.26)).map(GeometricRule.DEFAULT::withPurity)),
        Pair.of(3, doubles().between(0.2500001, 1).map(GeometricRule.DEFAULT::withPurity)));
  }

  // ---- Validity -------------------------------------------------------------------------------

  @Test
  void everyPositionHasExactlyOneZoneByTheContractsDefinition() {
    qt().withFixedSeed(11).forAll(Generators.positions(), rules()).checkAssert((position, rule) -> {
      List<Zone> matching = new ArrayList<>();
      for (Zone zone : Zone.values()) {
        if (definitionHolds(zone, position, rule.purity())) {
          matching.add(zone);
        }
      }
      assertEquals(List.of(rule.zone(position)), matching, position + " " + rule);
    });
  }

  /** The contract's words for each zone, checked independently of the rule's code. */
  private static boolean definitionHolds(Zone zone, AxisPosition position, double purity) {
    double u = position.uncertainty();
    double d = position.directedness();
    boolean origin = u == 0 && d == 0;
    if (zone == Zone.MIXED) {
      return origin;
    }
    if (origin) {
      return false;
    }
    double total = Math.abs(u) + Math.abs(d);
    Facet horizontal = u < 0 ? Facet.ENHANCEMENT : Facet.ANTICIPATORY;
    Facet vertical = d > 0 ? Facet.MISSION : Facet.ADAPTIVE;
    double horizontalWeight = Math.abs(u) / total;
    double verticalWeight = Math.abs(d) / total;
    Facet dominant = horizontalWeight > verticalWeight
        || (horizontalWeight == verticalWeight && horizontal.ordinal() < vertical.ordinal()) ? horizontal : vertical;
    double top = Math.max(horizontalWeight, verticalWeight);
    if (zone.isFacet()) {
      return zone.facet().get() == dominant && top >= purity;
    }
    return top < purity && u != 0 && d != 0 && zone.facets().equals(EnumSet.of(horizontal, vertical));
  }

  @Test
  void explicitMixesMatchASortingModelOfTheGeneralisedRule() {
    qt().withFixedSeed(12).forAll(Generators.facetMixes(), rules()).checkAssert((mix, rule) -> {
      List<Facet> byWeight = new ArrayList<>(Facet.ordered());
      // A stable sort by descending weight keeps facet order among ties.
      byWeight.sort((a, b) -> Double.compare(mix.weight(b), mix.weight(a)));
      Facet first = byWeight.get(0);
      Facet second = byWeight.get(1);
      boolean opposedPair = mix.weight(Facet.ENHANCEMENT) >= 0.25 && mix.weight(Facet.ANTICIPATORY) >= 0.25
          || mix.weight(Facet.MISSION) >= 0.25 && mix.weight(Facet.ADAPTIVE) >= 0.25;
      Zone expected = mix.weight(first) >= rule.purity() ? Zone.of(first)
          : opposedPair ? Zone.MIXED
          : first.isNeighbour(second) ? Zone.between(first, second) : Zone.MIXED;
      assertEquals(expected, rule.zone(mix), mix + " " + rule);
      assertEquals(expected, rule.classify(mix).zone());
    });
  }

  @Test
  void theExplicitMixOfAPositionsMixGetsThePositionsZone() {
    qt().withFixedSeed(20).forAll(Generators.positions(), rules()).checkAssert((position, rule) -> {
      FacetMix mix = rule.mix(position);
      // Rebuilt through the public factory, as a file's explicit "facets" would be.
      FacetMix explicit = FacetMix.of(mix.toArray());
      assertEquals(rule.zone(position), rule.zone(explicit), position + " " + rule);
      assertEquals(rule.zone(position), rule.classify(explicit).zone(), position + " " + rule);
    });
  }

  @Test
  void theGeneratedMixesReachTheOppositePairStep() {
    List<Zone> byPair = new ArrayList<>();
    qt().withFixedSeed(12).forAll(Generators.facetMixes()).checkAssert(mix -> {
      Facet first = mix.dominant();
      boolean pairSays = mix.weight(first) < GeometricRule.DEFAULT_PURITY
          && (mix.weight(Facet.ENHANCEMENT) >= 0.25 && mix.weight(Facet.ANTICIPATORY) >= 0.25
              || mix.weight(Facet.MISSION) >= 0.25 && mix.weight(Facet.ADAPTIVE) >= 0.25);
      if (pairSays) {
        byPair.add(GeometricRule.DEFAULT.zone(mix));
      }
    });
    assertTrue(byPair.size() > 5, "mixes that only the opposite-pair step makes mixed: " + byPair.size());
  }

  // ---- Postconditions -------------------------------------------------------------------------

  @Test
  void mixesSumToOne() {
    qt().withFixedSeed(13).forAll(Generators.positions(), rules()).checkAssert((position, rule) -> {
      Classification classification = rule.classify(position);
      assertEquals(1.0, Arrays.stream(classification.mix().toArray()).sum(), 1e-12);
      assertEquals(rule.mix(position), classification.mix());
      assertEquals(rule.zone(position), classification.zone());
      assertEquals(rule.dominant(position), classification.dominant());
      assertFalse(classification.explanation().isEmpty());
    });
  }

  @Test
  void oppositeFacetsNeverBothWeigh() {
    qt().withFixedSeed(14).forAll(Generators.positions()).checkAssert(position -> {
      FacetMix mix = GeometricRule.DEFAULT.mix(position);
      if (!position.equals(AxisPosition.ORIGIN)) {
        for (Facet facet : Facet.ordered()) {
          assertTrue(mix.weight(facet) == 0 || mix.weight(facet.opposite()) == 0, position + " " + mix);
        }
      }
    });
  }

  @Test
  void awayFromTheOriginAPositionHasTheZoneOfItsMix() {
    qt().withFixedSeed(15).forAll(Generators.positions(), rules())
        .assuming((position, rule) -> !position.equals(AxisPosition.ORIGIN))
        .checkAssert((position, rule) -> assertEquals(rule.zone(rule.mix(position)), rule.zone(position)));
  }

  // ---- Metamorphic ----------------------------------------------------------------------------

  @Test
  void mirroringUncertaintySwapsEnhancementAndAnticipatory() {
    qt().withFixedSeed(16).forAll(Generators.positions(), rules()).checkAssert((position, rule) ->
        assertMirrored(rule, position, position.mirrorUncertainty(), Facet.ENHANCEMENT));
  }

  @Test
  void mirroringDirectednessSwapsMissionAndAdaptive() {
    qt().withFixedSeed(17).forAll(Generators.positions(), rules()).checkAssert((position, rule) ->
        assertMirrored(rule, position, position.mirrorDirectedness(), Facet.MISSION));
  }

  /** The mirror swaps the two facets of {@code axisFacet}'s axis, in the mix and in the zone. */
  private static void assertMirrored(GeometricRule rule, AxisPosition position, AxisPosition mirrored, Facet axisFacet) {
    FacetMix mix = rule.mix(position);
    FacetMix mirroredMix = rule.mix(mirrored);
    for (Facet facet : Facet.ordered()) {
      boolean swapped = facet == axisFacet || facet == axisFacet.opposite();
      assertEquals(mix.weight(facet), mirroredMix.weight(swapped ? facet.opposite() : facet), position + " " + facet);
    }
    if (uniqueTop(mix)) {
      assertEquals(mapZone(rule.zone(position), Facet::opposite, axisFacet), rule.zone(mirrored), position + " " + rule);
    }
  }

  @Test
  void aQuarterTurnPermutesTheFacetsCyclically() {
    qt().withFixedSeed(18).forAll(Generators.positions(), rules()).checkAssert((position, rule) -> {
      AxisPosition turned = AxisPosition.of(-position.directedness(), position.uncertainty());
      FacetMix mix = rule.mix(position);
      FacetMix turnedMix = rule.mix(turned);
      for (Facet facet : Facet.ordered()) {
        assertEquals(mix.weight(facet), turnedMix.weight(TURN.get(facet)), position + " " + facet);
      }
      if (uniqueTop(mix)) {
        Zone zone = rule.zone(position);
        Zone expected = zone.isFacet() ? Zone.of(TURN.get(zone.facet().get()))
            : zone == Zone.MIXED ? Zone.MIXED
            : Zone.between(TURN.get(first(zone)), TURN.get(last(zone)));
        assertEquals(expected, rule.zone(turned), position + " " + rule);
      }
      // Four quarter turns are the identity.
      AxisPosition back = position;
      for (int i = 0; i < 4; i++) {
        back = AxisPosition.of(-back.directedness(), back.uncertainty());
      }
      assertEquals(position, back);
    });
  }

  // ---- Monotonicity ---------------------------------------------------------------------------

  @Test
  void raisingUncertaintyNeverLowersAnticipatoryNorRaisesEnhancement() {
    // The step is a fraction of the room left up to 1, so every raised position is valid.
    Gen<Double> fractions = doubles().between(0, 1).mix(Generate.pick(List.of(0.0, 1.0)), 20);
    qt().withFixedSeed(19).forAll(Generators.positions(), fractions)
        .checkAssert((position, fraction) -> {
          double u = position.uncertainty();
          AxisPosition raised = AxisPosition.of(Math.min(1, u + fraction * (1 - u)), position.directedness());
          FacetMix before = GeometricRule.DEFAULT.mix(position);
          FacetMix after = GeometricRule.DEFAULT.mix(raised);
          assertTrue(after.weight(Facet.ANTICIPATORY) >= before.weight(Facet.ANTICIPATORY), position + " -> " + raised);
          assertTrue(after.weight(Facet.ENHANCEMENT) <= before.weight(Facet.ENHANCEMENT), position + " -> " + raised);
        });
  }

  @Test
  void theGeneratorsReachTheOriginTheAxesAndTies() {
    List<AxisPosition> seen = new ArrayList<>();
    qt().withFixedSeed(11).forAll(Generators.positions()).checkAssert(seen::add);
    assertTrue(seen.contains(AxisPosition.ORIGIN));
    assertTrue(seen.stream().anyMatch(p -> p.uncertainty() == 0 ^ p.directedness() == 0));
    assertTrue(seen.stream().anyMatch(p -> p.uncertainty() != 0
        && Math.abs(p.uncertainty()) == Math.abs(p.directedness())));
  }

  private static boolean uniqueTop(FacetMix mix) {
    double top = mix.weight(mix.dominant());
    return Facet.ordered().stream().filter(f -> mix.weight(f) == top).count() == 1;
  }

  /** A zone with the facets moved by {@code map} on the axis of {@code axisFacet}, the others kept. */
  private static Zone mapZone(Zone zone, java.util.function.UnaryOperator<Facet> map, Facet axisFacet) {
    if (zone == Zone.MIXED) {
      return zone;
    }
    Set<Facet> moved = EnumSet.noneOf(Facet.class);
    for (Facet facet : zone.facets()) {
      moved.add(facet == axisFacet || facet == axisFacet.opposite() ? map.apply(facet) : facet);
    }
    List<Facet> list = new ArrayList<>(moved);
    return list.size() == 1 ? Zone.of(list.get(0)) : Zone.between(list.get(0), list.get(1));
  }

  private static Facet first(Zone zone) {
    return zone.facets().iterator().next();
  }

  private static Facet last(Zone zone) {
    List<Facet> facets = new ArrayList<>(zone.facets());
    return facets.get(facets.size() - 1);
  }
}
