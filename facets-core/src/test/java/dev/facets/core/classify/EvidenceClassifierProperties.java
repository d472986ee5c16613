package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EvidenceClassifierProperties {
  private static final List<EvidenceRule> RULES = EvidenceRules.DEFAULT.rules();

  /** One to twenty distinct default signals, at full strength often and at any strength in (0, 1]. */
  static Gen<List<Signal>> signalLists() {
    Gen<Double> strengths = Generate.frequency(
        Pair.of(3, Generate.constant(1.0)), Pair.of(1, Generate.constant(0.5)),
        Pair.of(2, doubles().between(1e-6, 1)));
    Gen<Pair<Integer, Double>> picks = integers().between(0, RULES.size() - 1).zip(strengths, Pair::of);
    return lists().of(picks).ofSizeBetween(1, 20).map(chosen -> {
      Map<Integer, Signal> distinct = new LinkedHashMap<>();
      for (Pair<Integer, Double> pick : chosen) {
        EvidenceRule rule = RULES.get(pick._1);
        distinct.putIfAbsent(pick._1, Signal.of(rule.dimension(), rule.option(), pick._2));
      }
      return List.copyOf(distinct.values());
    });
  }

  static Gen<EvidenceClassifier> classifiers() {
    return Generate.frequency(
        Pair.of(2, Generate.constant(EvidenceClassifier.DEFAULT)),
        Pair.of(2, doubles().between(0.26, 1).zip(doubles().between(0.01, 0.5),
            (purity, share) -> EvidenceClassifier.DEFAULT.withPurity(purity).withConflictShare(share))));
  }

  @Test
  void theMixSumsToOneAndThePositionIsItsLean() {
    qt().withFixedSeed(41).forAll(signalLists(), classifiers()).checkAssert((signals, classifier) -> {
      EvidenceClassification result = classifier.classify(signals);
      FacetMix mix = result.mix();
      assertEquals(1, Arrays.stream(mix.toArray()).sum(), 1e-12);
      assertEquals(mix.weight(Facet.ANTICIPATORY) - mix.weight(Facet.ENHANCEMENT), result.position().uncertainty());
      assertEquals(mix.weight(Facet.MISSION) - mix.weight(Facet.ADAPTIVE), result.position().directedness());
      assertEquals(FacetMix.of(result.evidence().toArray()), mix);
    });
  }

  @Test
  void contributionsAddUpToTheMix() {
    qt().withFixedSeed(42).forAll(signalLists()).checkAssert(signals -> {
      EvidenceClassification result = EvidenceClassifier.DEFAULT.classify(signals);
      assertEquals(signals.size(), result.contributions().size());
      for (Facet facet : Facet.ordered()) {
        double sum = 0;
        for (SignalContribution contribution : result.contributions()) {
          sum += contribution.shares().get(facet);
        }
        assertEquals(result.mix().weight(facet), sum, 1e-12);
      }
    });
  }

  @Test
  void theZoneIsMixedExactlyWhenOppositeFacetsBothAreStrongElseTheGeometricRules() {
    qt().withFixedSeed(43).forAll(signalLists(), classifiers()).checkAssert((signals, classifier) -> {
      EvidenceClassification result = classifier.classify(signals);
      FacetMix mix = result.mix();
      double share = classifier.conflictShare();
      boolean conflict = (mix.weight(Facet.ENHANCEMENT) >= share && mix.weight(Facet.ANTICIPATORY) >= share)
          || (mix.weight(Facet.MISSION) >= share && mix.weight(Facet.ADAPTIVE) >= share);
      assertEquals(conflict, result.conflict());
      Zone expected = conflict ? Zone.MIXED : GeometricRule.DEFAULT.withPurity(classifier.purity()).zone(mix);
      assertEquals(expected, result.zone(), mix + " " + classifier);
      assertEquals(expected, result.toClassification().zone());
    });
  }

  @Test
  void theOrderOfTheSignalsDoesNotMatter() {
    qt().withFixedSeed(44).forAll(signalLists(), integers().all()).checkAssert((signals, seed) -> {
      List<Signal> shuffled = new ArrayList<>(signals);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(EvidenceClassifier.DEFAULT.classify(signals), EvidenceClassifier.DEFAULT.classify(shuffled));
    });
  }

  @Test
  void moreEvidenceForAFacetNeverLowersItsShareNorRaisesAnother() {
    qt().withFixedSeed(45).forAll(signalLists(), integers().between(0, RULES.size() - 1)).checkAssert((signals, index) -> {
      EvidenceRule added = RULES.get(index);
      if (signals.stream().anyMatch(s -> s.dimension() == added.dimension() && s.option().equals(added.option()))) {
        return;
      }
      List<Signal> more = new ArrayList<>(signals);
      more.add(Signal.of(added.dimension(), added.option()));
      FacetMix before = EvidenceClassifier.DEFAULT.classify(signals).mix();
      FacetMix after = EvidenceClassifier.DEFAULT.classify(more).mix();
      for (Facet facet : Facet.ordered()) {
        if (added.weights().get(facet) > 0) {
          assertTrue(after.weight(facet) >= before.weight(facet) - 1e-15, added + " " + facet);
        } else {
          assertTrue(after.weight(facet) <= before.weight(facet) + 1e-15, added + " " + facet);
        }
      }
    });
  }

  @Test
  void signalsAreRankedBySupportForTheZone() {
    qt().withFixedSeed(46).forAll(signalLists()).checkAssert(signals -> {
      EvidenceClassification result = EvidenceClassifier.DEFAULT.classify(signals);
      List<SignalContribution> ranked = result.contributions();
      for (int i = 1; i < ranked.size(); i++) {
        assertTrue(ranked.get(i - 1).support() >= ranked.get(i).support());
      }
      for (SignalContribution contribution : ranked) {
        double onDeciding = 0;
        for (Facet facet : result.decidingFacets()) {
          onDeciding += contribution.shares().get(facet);
        }
        assertEquals(onDeciding, contribution.support(), 1e-15);
      }
      assertEquals(4 + signals.size(), result.explanation().size());
    });
  }

  @Test
  void theGeneratorReachesConflictsAndEveryKindOfZone() {
    List<EvidenceClassification> results = new ArrayList<>();
    qt().withFixedSeed(43).forAll(signalLists()).checkAssert(s -> results.add(EvidenceClassifier.DEFAULT.classify(s)));
    assertTrue(results.stream().anyMatch(EvidenceClassification::conflict));
    assertTrue(results.stream().anyMatch(r -> r.zone().isFacet()));
    assertTrue(results.stream().anyMatch(r -> r.zone().isChangeType()));
  }
}
