package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests, chart kinds, and reports on the smallest and most degenerate portfolios. */
class ReportRequestTest {
  private static Portfolio single(double successProbability) {
    return new Portfolio.Builder().name("One")
        .addInitiatives(new Initiative.Builder().id("only").budget(10).successProbability(successProbability)
            .facets(FacetMix.pure(Facet.ADAPTIVE)).build())
        .build();
  }

  @Test
  void defaultsAndCopies() {
    ReportRequest request = ReportRequest.of(single(1));
    assertEquals(ReportRequest.DEFAULT_TRIALS, request.trials());
    assertEquals(ReportRequest.DEFAULT_SEED, request.seed());
    assertEquals("budget", request.weighting().name());
    assertEquals(Optional.empty(), request.scenarios());
    assertEquals(Optional.empty(), request.target());
    ReportRequest changed = request.withTrials(50).withSeed(7).withWeighting(Weighting.count())
        .withTarget(TargetMix.of(1, 0, 0, 0));
    assertEquals(50, changed.trials());
    assertEquals(7, changed.seed());
    assertEquals(10_000, request.trials(), "the original is unchanged");
    assertEquals(request, ReportRequest.of(single(1)));
    assertEquals(request.hashCode(), ReportRequest.of(single(1)).hashCode());
    assertNotEquals(request, changed);
    assertNotEquals(request, request.withSeed(43));
    assertTrue(changed.toString().contains("trials=50, seed=7"), changed.toString());
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> request.withTrials(1));
    assertEquals("trials must be >= 2, got 1", error.getMessage());
  }

  @Test
  void aBudgetLimitAndAProvenanceAreKeptAndCompared() {
    ReportRequest request = ReportRequest.of(single(1));
    assertTrue(request.budgetLimit().isEmpty() && request.provenance().isEmpty());
    Provenance provenance = Provenance.of("1.0", java.time.LocalDate.of(2026, 12, 2));
    ReportRequest limited = request.withBudgetLimit(5).withProvenance(provenance).withSeed(3);
    assertEquals(java.util.OptionalDouble.of(5), limited.budgetLimit());
    assertEquals(Optional.of(provenance), limited.provenance(), "kept through later copies");
    assertEquals(limited, request.withSeed(3).withProvenance(provenance).withBudgetLimit(5));
    assertNotEquals(limited, limited.withBudgetLimit(6));
    assertNotEquals(limited, limited.withProvenance(Provenance.of("1.1", java.time.LocalDate.of(2026, 12, 2))));
    assertTrue(limited.toString().endsWith("budgetLimit=5.0}"), limited.toString());
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> request.withBudgetLimit(Double.NaN));
    assertTrue(error.getMessage().startsWith("budgetLimit"), error.getMessage());
  }

  @Test
  void chartKindsParseAndNameWhatTheyNeed() {
    assertEquals(ChartKind.HISTOGRAM, ChartKind.parse("histogram"));
    assertThrows(IllegalArgumentException.class, () -> ChartKind.parse("pie"));
    ReportRequest bare = ReportRequest.of(single(1));
    assertEquals(Optional.of("a target mix"), ChartKind.GAP.missingInput(bare));
    assertEquals(Optional.of("a scenario set"), ChartKind.SCENARIOS.missingInput(bare));
    assertEquals(Optional.empty(), ChartKind.DIAMOND.missingInput(bare));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ChartKind.GAP.chart(bare));
    assertEquals("the gap chart needs a target mix, and none was given", error.getMessage());
    assertEquals(ChartKind.DIAMOND.title(), ChartKind.DIAMOND.chart(bare).title());
  }

  @Test
  void aOneInitiativePortfolioThatNeverSucceedsStillReports() {
    // One initiative: removing it leaves no weight, so attribution has no lever; success probability 0
    // makes every trial's total 0, so the histogram has a single bin.
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(single(0)).withTrials(50)
        .withTarget(TargetMix.of(0.25, 0.25, 0.25, 0.25)));
    String html = report.html();
    assertTrue(html.contains("It puts nothing at all on enhancement and mission and anticipatory."), html);
    assertTrue(html.contains("chance that no initiative succeeds is 100.0%"), html);
    assertFalse(html.contains("NaN"));
    assertTrue(report.charts().get(ChartKind.HISTOGRAM).toSvgElement("h").contains("<svg"));
    assertEquals(report, PortfolioReport.of(ReportRequest.of(single(0)).withTrials(50)
        .withTarget(TargetMix.of(0.25, 0.25, 0.25, 0.25))));
  }
}
