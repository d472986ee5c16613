package dev.facets.core.classify;

import static dev.facets.core.classify.Dimension.DATA;
import static dev.facets.core.classify.Dimension.FOCUS;
import static dev.facets.core.classify.Dimension.FUNDING;
import static dev.facets.core.classify.Dimension.PROCUREMENT;
import static dev.facets.core.classify.Dimension.RISKS;
import static dev.facets.core.classify.Dimension.STRATEGY;
import static dev.facets.core.classify.Dimension.TIME_HORIZON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Classifier;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Zone;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceClassifierTest {
  private static final EvidenceClassifier CLASSIFIER = EvidenceClassifier.DEFAULT;

  @Test
  void aProcessImprovementProject() {
    // Evidence: enhancement 1 (focus) + 1 (procurement) + 1 (time horizon) + 0.5 (data) = 3.5;
    // mission 1 (strategy). Total 4.5: enhancement 7/9, mission 2/9.
    // Position: uncertainty 0 - 7/9 = -0.778, directedness 2/9 - 0 = 0.222.
    // 7/9 >= 2/3: the zone is enhancement, decided by enhancement alone.
    EvidenceClassification result = CLASSIFIER.classify(List.of(
        Signal.of(STRATEGY, "shared-goals"),
        Signal.of(PROCUREMENT, "waterfall"),
        Signal.of(DATA, "administrative"),
        Signal.of(TIME_HORIZON, "budget-cycle"),
        Signal.of(FOCUS, "efficiency")));
    assertEquals(FacetValues.of(3.5, 1, 0, 0), result.evidence());
    assertEquals(FacetMix.of(7, 2, 0, 0), result.mix());
    assertEquals(AxisPosition.of(-7.0 / 9, 2.0 / 9).uncertainty(), result.position().uncertainty(), 1e-15);
    assertEquals(2.0 / 9, result.position().directedness(), 1e-15);
    assertEquals(Zone.ENHANCEMENT, result.zone());
    assertEquals(Facet.ENHANCEMENT, result.dominant());
    assertEquals(Set.of(Facet.ENHANCEMENT), result.decidingFacets());
    assertFalse(result.conflict());
    // Support for enhancement: 1/4.5 for focus, procurement and time horizon (kept in dimension order),
    // 0.5/4.5 for data, none for strategy.
    List<String> ranked = new ArrayList<>();
    result.contributions().forEach(c -> ranked.add(c.signal().toString()));
    assertEquals(List.of("focus:efficiency", "procurement:waterfall", "time-horizon:budget-cycle",
        "data:administrative", "strategy:shared-goals"), ranked);
    assertEquals(1 / 4.5, result.contributions().get(0).support(), 1e-15);
    assertEquals(0, result.contributions().get(4).support());
    assertEquals(List.of(
        "Zone: enhancement. Enhancement holds 77.8%, at least the purity threshold of 66.7%: the zone is enhancement.",
        "Mix from 5 signals: enhancement 77.8%, mission 22.2%, adaptive 0%, anticipatory 0%.",
        "Implied position: uncertainty -0.78 (leans to certainty), directedness +0.22 (leans to directed work).",
        "Signals, most support for the zone first:",
        "1. Focus: efficiency and process improvement (efficiency) points to enhancement 22.2% of the evidence;"
            + " it supports the zone.",
        "2. Procurement: full requirements fixed up front (waterfall) points to enhancement 22.2% of the evidence;"
            + " it supports the zone.",
        "3. Time horizon: the fiscal year or budget cycle (budget-cycle) points to enhancement 22.2% of the evidence;"
            + " it supports the zone.",
        "4. Data used: administrative, transaction and performance data (administrative) points to enhancement 11.1%"
            + " of the evidence; it supports the zone.",
        "5. Strategy: everyone knows and delivers the overall goals (shared-goals) points to mission 22.2% of the"
            + " evidence; it points away from the zone."), result.explanation());
  }

  @Test
  void strongEvidenceForOppositeFacetsIsMixed() {
    // Enhancement 2, anticipatory 1, mission 1 of 4: enhancement 1/2, anticipatory 1/4, mission 1/4.
    // Enhancement and anticipatory both reach the conflict share of 1/4 (the geometric rule's own
    // opposite-pair step, at the same quarter, says mixed too).
    List<Signal> signals = List.of(
        Signal.of(FOCUS, "efficiency"), Signal.of(FUNDING, "optimisation"),
        Signal.of(PROCUREMENT, "sandbox"), Signal.of(STRATEGY, "shared-goals"));
    EvidenceClassification result = CLASSIFIER.classify(signals);
    assertEquals(FacetMix.of(2, 1, 0, 1), result.mix());
    assertEquals(Zone.MIXED, GeometricRule.DEFAULT.zone(result.mix()));
    assertEquals(Zone.MIXED, result.zone());
    assertTrue(result.conflict());
    assertEquals(Set.of(Facet.ENHANCEMENT, Facet.ANTICIPATORY), result.decidingFacets());
    assertEquals("Zone: mixed. Strong evidence points to opposite facets at once (enhancement 50% with anticipatory"
        + " 25%, each at least 25%): the initiative pulls two ways, OPSI's zone of confusion.", result.explanation().get(0));
    // Opposite facets cancel in the position: uncertainty 1/4 - 1/2.
    assertEquals(-0.25, result.position().uncertainty());
    assertEquals(0.25, result.position().directedness());
    // With a higher conflict share the rule decides, and its opposite-pair step (a quarter on each
    // facet of the pair) still makes the mix mixed, with the pair as the deciding facets.
    EvidenceClassification lenient = EvidenceClassifier.DEFAULT.withPurity(2.0 / 3).withConflictShare(0.3).classify(signals);
    assertEquals(Zone.MIXED, lenient.zone());
    assertFalse(lenient.conflict());
    assertEquals(Set.of(Facet.ENHANCEMENT, Facet.ANTICIPATORY), lenient.decidingFacets());
  }

  @Test
  void strengthScalesASignal() {
    // Adaptive 1 (procurement agile) against anticipatory 0.5 x 1 (time horizon decade, half strength):
    // adaptive 2/3, anticipatory 1/3 -> adaptive is pure at exactly 2/3.
    EvidenceClassification result = CLASSIFIER.classify(List.of(
        Signal.of(PROCUREMENT, "agile"), Signal.of(TIME_HORIZON, "decade", 0.5)));
    assertEquals(FacetValues.of(0, 0, 1, 0.5), result.evidence());
    assertEquals(Zone.ADAPTIVE, result.zone());
    assertTrue(result.explanation().get(5).contains("(decade, strength 0.5)"), result.explanation().get(5));
  }

  @Test
  void theDefaultRulesFollowTheSignalTable() {
    EvidenceRules rules = EvidenceRules.DEFAULT;
    for (Dimension dimension : Dimension.values()) {
      Map<Facet, Double> perFacet = new EnumMap<>(Facet.class);
      for (String option : rules.options(dimension)) {
        EvidenceRule rule = rules.rule(dimension, option, "option");
        assertEquals(1, FacetMix.of(rule.weights().toArray()).support(), rule.toString());
        for (Facet facet : Facet.ordered()) {
          perFacet.merge(facet, rule.weights().get(facet), Double::sum);
        }
      }
      // No dimension says more than 1 about any facet; risks say nothing about anticipatory.
      for (Facet facet : Facet.ordered()) {
        double expected = dimension == RISKS && facet == Facet.ANTICIPATORY ? 0 : 1;
        assertEquals(expected, perFacet.get(facet), dimension + " " + facet);
      }
    }
    assertEquals(9 * 4 + 6 + 3 * 8, rules.rules().size());
    assertEquals("EvidenceRules[66 rules, 13 dimensions]", rules.toString());
  }

  @Test
  void rulesCanBeAdjusted() {
    EvidenceRule both = EvidenceRule.of(PROCUREMENT, "innovation-partnership", "an innovation partnership",
        FacetValues.of(0, 0.5, 0, 0.5));
    EvidenceRules rules = EvidenceRules.DEFAULT.toBuilder().put(both).remove(PROCUREMENT, "waterfall").build();
    assertEquals(List.of("challenge-based", "agile", "sandbox", "innovation-partnership"), rules.options(PROCUREMENT));
    assertEquals(EvidenceRules.DEFAULT.options(FOCUS), rules.options(FOCUS));
    EvidenceClassification result = EvidenceClassifier.DEFAULT.withRules(rules).withPurity(0.6).withConflictShare(0.25)
        .classify(List.of(Signal.of(PROCUREMENT, "innovation-partnership")));
    assertEquals(Zone.TRANSFORMATIVE, result.zone());
    assertEquals(0.6, result.purity());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> EvidenceClassifier.DEFAULT.withRules(rules).withPurity(0.6).withConflictShare(0.25)
            .classify(List.of(Signal.of(PROCUREMENT, "waterfall"))));
    assertEquals("signals[0].option", e.field());
    assertEquals("be an option of procurement: one of challenge-based, agile, sandbox, innovation-partnership",
        e.rule());
  }

  @Test
  void badInputIsNamed() {
    assertField("signals", () -> CLASSIFIER.classify(List.of()));
    assertField("signals[1].option", () -> CLASSIFIER.classify(
        List.of(Signal.of(FOCUS, "efficiency"), Signal.of(FOCUS, "efficency"))));
    assertField("signals[2].option", () -> CLASSIFIER.classify(
        List.of(Signal.of(FOCUS, "efficiency"), Signal.of(DATA, "behavioural"), Signal.of(FOCUS, "efficiency", 0.5))));
    for (double strength : new double[] {0, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertField("strength", () -> Signal.of(FOCUS, "efficiency", strength));
    }
    assertField("option", () -> Signal.of(FOCUS, " "));
    for (double share : new double[] {0, 0.51, Double.NaN}) {
      assertField("conflictShare", () -> EvidenceClassifier.DEFAULT.withPurity(0.5).withConflictShare(share));
    }
    assertField("purity", () -> EvidenceClassifier.DEFAULT.withPurity(0.2).withConflictShare(0.25));
    assertField("weights", () -> EvidenceRule.of(FOCUS, "x", "x", FacetValues.of(0, 0, 0, 0)));
    assertField("weights.mission", () -> EvidenceRule.of(FOCUS, "x", "x", FacetValues.of(1, -1, 0, 0)));
    assertField("description", () -> EvidenceRule.of(FOCUS, "x", "", Facet.MISSION, 1));
    assertField("rules", () -> EvidenceRules.builder().build());
  }

  @Test
  void asAClassifierOfInitiatives() {
    Map<String, List<Signal>> register = Map.of(
        "lab", List.of(Signal.of(FUNDING, "exploration"), Signal.of(TIME_HORIZON, "decade")),
        "typo", List.of(Signal.of(FUNDING, "explorations")));
    Classifier classifier = CLASSIFIER.asClassifier(initiative -> register.get(initiative.id()));
    Classification classification = classifier.classify(initiative("lab"));
    assertEquals("evidence", classification.method());
    assertEquals(Zone.ANTICIPATORY, classification.zone());
    assertEquals(FacetMix.pure(Facet.ANTICIPATORY), classification.mix());
    assertEquals(CLASSIFIER.classify(register.get("lab")).explanation(), classification.explanation());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> classifier.classify(initiative("typo")));
    assertEquals("initiative 'typo'.signals[0].option", e.field());
  }

  @Test
  void valuesAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Signal.of(FOCUS, "efficiency"), Signal.of(FOCUS, "efficiency", 1))
        .addEqualityGroup(Signal.of(FOCUS, "efficiency", 0.5))
        .addEqualityGroup(Signal.of(DATA, "efficiency"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EvidenceRules.DEFAULT, EvidenceRules.DEFAULT.toBuilder().build())
        .addEqualityGroup(EvidenceRules.DEFAULT.toBuilder().remove(FOCUS, "efficiency").build())
        .testEquals();
    List<Signal> signals = List.of(Signal.of(FOCUS, "efficiency"), Signal.of(DATA, "weak-signals"));
    new EqualsTester()
        .addEqualityGroup(CLASSIFIER.classify(signals), CLASSIFIER.classify(List.of(signals.get(1), signals.get(0))))
        .addEqualityGroup(CLASSIFIER.classify(signals.subList(0, 1)))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester().setDefault(Dimension.class, FOCUS);
    nulls.testAllPublicStaticMethods(Signal.class);
    nulls.testAllPublicInstanceMethods(CLASSIFIER);
    nulls.testAllPublicInstanceMethods(EvidenceRules.DEFAULT);
  }

  private static Initiative initiative(String id) {
    return new Initiative.Builder().id(id).budget(1).facets(FacetMix.uniform()).build();
  }

  private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(field, e.field(), e.getMessage());
  }
}
