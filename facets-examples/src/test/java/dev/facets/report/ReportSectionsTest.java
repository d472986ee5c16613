package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Note;
import dev.facets.report.Doc.Section;
import dev.facets.report.Doc.Table;
import dev.facets.report.Doc.Term;
import dev.facets.report.Doc.Terms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's register, stage shares, selection, units, glossary and provenance, checked on its
 * content model ({@link Doc}) against values worked out by hand or by enumeration.
 */
class ReportSectionsTest {
  @TempDir Path folder;

  private static Section section(PortfolioReport report, String id) {
    return ReportContent.of(report).sections().stream().filter(section -> section.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Table> tables(Section section) {
    return section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).collect(Collectors.toList());
  }

  private static List<String> terms(Section section) {
    List<String> names = new ArrayList<>();
    for (Block block : section.blocks()) {
      if (block instanceof Terms terms) {
        terms.terms().forEach(term -> names.add(term.term()));
      }
    }
    return names;
  }

  @Test
  void theInitiativesTableListsEachInitiativesInputsInFileOrder() throws Exception {
    Portfolio federal = ReportTest.bundledPortfolio("federal-portfolio");
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(federal).withTrials(200));
    Table table = tables(section(report, "initiatives")).get(0);
    assertEquals(List.of("Id", "Name", "Budget (CAD)", "Mix source", "Zone", "Stage", "Priority"), table.header());
    assertEquals(federal.initiatives().stream().map(Initiative::id).collect(Collectors.toList()),
        table.rows().stream().map(row -> row.get(0)).collect(Collectors.toList()));
    // From the bundled file: fed-01 gives facets, fed-02 a position, fed-03 purpose mission and driver
    // leaders, which the contract's zone table puts in the mission zone.
    assertEquals(List.of("fed-03", "Net-zero government operations mission", "12,500,000",
        "purpose and driver (mission, leaders)", "mission", "implement", "high"), table.rows().get(2));
    assertEquals("facets", table.rows().get(0).get(3));
    assertEquals("position", table.rows().get(1).get(3));
  }

  private static Initiative initiative(String id, double budget, Optional<Stage> stage) {
    Initiative.Builder builder = new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(Facet.MISSION));
    stage.ifPresent(builder::stage);
    return builder.build();
  }

  @Test
  void stageSharesAreOfTheBudgetWithTheUnstagedApart() {
    // Budgets 3 (implement), 1 (identify) and 4 (no stage) of 8: 37.5%, 12.5%, 50.0%; the others 0.
    Portfolio portfolio = new Portfolio.Builder().name("Stages")
        .addInitiatives(initiative("a", 3, Optional.of(Stage.IMPLEMENT)), initiative("b", 1, Optional.of(Stage.IDENTIFY)),
            initiative("c", 4, Optional.empty()))
        .build();
    Table stages = tables(section(PortfolioReport.of(ReportRequest.of(portfolio).withTrials(100)), "initiatives")).get(1);
    assertEquals(List.of(List.of("identify", "12.5%"), List.of("generate", "0.0%"), List.of("develop", "0.0%"),
        List.of("implement", "37.5%"), List.of("evaluate", "0.0%"), List.of("diffuse", "0.0%"), List.of("not given", "50.0%")),
        stages.rows());
  }

  @Test
  void aLargeRegisterListsItsFiftyLargestBudgetsInFileOrderAndSaysSo() {
    // Budgets 60, 1, 59, 2, ...: the fifty largest are 11 to 60, wherever they stand in the file.
    Portfolio.Builder builder = new Portfolio.Builder().name("Large");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int budget = i % 2 == 0 ? 60 - i / 2 : 1 + i / 2;
      builder.addInitiatives(initiative("r" + i, budget, Optional.empty()));
      if (budget > 10) {
        expected.add("r" + i);
      }
    }
    Section section = section(PortfolioReport.of(ReportRequest.of(builder.build()).withTrials(100)), "initiatives");
    assertEquals(expected, tables(section).get(0).rows().stream().map(row -> row.get(0)).collect(Collectors.toList()));
    // 11 + ... + 60 = 1775 of 1 + ... + 60 = 1830: 97.0%.
    assertTrue(section.blocks().stream().anyMatch(block -> block instanceof Doc.Paragraph paragraph
        && paragraph.text().contains("There are 60 initiatives here, more than the 50 this report lists")
        && paragraph.text().contains("(1,775, 97.0% of the portfolio's budget)")), section.toString());
    Section attribution = section(PortfolioReport.of(ReportRequest.of(builder.build()).withTrials(100)), "attribution");
    assertEquals(expected, tables(attribution).get(0).rows().stream().map(row -> row.get(1)).collect(Collectors.toList()),
        "the attribution table lists the same fifty");
  }

  private static Initiative valued(String id, double budget, double probability, double impact) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(Facet.values()[id.charAt(0) % 4]))
        .successProbability(probability).impact(ImpactEstimate.of(impact, impact, impact)).build();
  }

  @Test
  void theSelectionIsTheBestSetUnderTheLimitFoundByEnumeration() {
    List<Initiative> initiatives = List.of(valued("a", 4, 0.5, 10), valued("b", 3, 0.9, 4), valued("c", 2, 0.8, 3),
        valued("d", 5, 0.6, 9), valued("e", 1, 0.3, 2));
    double limit = 8;
    // Every subset: the most sum of p * impact with a cost at most the limit.
    double best = -1;
    List<String> bestIds = List.of();
    for (int set = 0; set < 1 << initiatives.size(); set++) {
      double cost = 0;
      double value = 0;
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < initiatives.size(); i++) {
        if ((set & 1 << i) != 0) {
          cost += initiatives.get(i).budget();
          value += initiatives.get(i).successProbability() * initiatives.get(i).impact().mode();
          ids.add(initiatives.get(i).id());
        }
      }
      if (cost <= limit && value > best) {
        best = value;
        bestIds = ids;
      }
    }
    Portfolio portfolio = new Portfolio.Builder().name("Choice").currency("EUR").addAllInitiatives(initiatives).build();
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(portfolio).withTrials(100).withBudgetLimit(limit));
    Section section = section(report, "selection");
    assertEquals(bestIds, tables(section).get(0).rows().stream().map(row -> row.get(0)).collect(Collectors.toList()));
    assertTrue(terms(section).contains("Expected value " + Numbers.fixed(best, 3) + " impact units"), terms(section).toString());
    assertTrue(terms(section).contains("Status optimal"));
  }

  @Test
  void withoutABudgetOrAnObjectiveTheSelectionSaysWhy() {
    Portfolio portfolio = new Portfolio.Builder().name("No impact")
        .addInitiatives(new Initiative.Builder().id("x").budget(1).facets(FacetMix.pure(Facet.MISSION)).build()).build();
    Block none = section(PortfolioReport.of(ReportRequest.of(portfolio).withTrials(100)), "selection").blocks().get(0);
    assertTrue(none instanceof Note note && note.text().startsWith("No budget limit was given"), none.toString());
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(portfolio).withTrials(100).withBudgetLimit(5));
    assertTrue(report.selection().isEmpty());
    Block nothing = section(report, "selection").blocks().get(0);
    assertTrue(nothing instanceof Note note && note.text().contains("initiative x has no impact"), nothing.toString());
    assertThrows(InvalidValueException.class, () -> ReportRequest.of(portfolio).withBudgetLimit(-1));
  }

  @Test
  void everyValueSaysItsUnitAndTheTwoValuesAreNamedApart() throws Exception {
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(ReportTest.bundledPortfolio("federal-portfolio"))
        .withScenarios(ReportTest.futures()).withTarget(ReportTest.balanced()).withTrials(500).withBudgetLimit(5e6));
    Doc doc = ReportContent.of(report);
    for (Section section : doc.sections()) {
      for (Table table : tables(section)) {
        for (String header : table.header()) {
          assertFalse(header.matches("(?i).*(value|regret|contribution|impact).*") && !header.contains("units"),
              section.id() + ": " + header + " has no unit");
        }
      }
      for (String term : terms(section)) {
        if (term.matches("(Expected value|Worst case|Best case|Maximum regret|Expected regret|CVaR|Hurwicz|Laplace|Mean|"
            + "Standard deviation|VaR) .*") && section.id().matches("hedging|simulation|selection")) {
          assertTrue(term.endsWith(" units"), section.id() + ": " + term);
        }
      }
    }
    assertTrue(tables(section(report, "hedging")).get(0).header().contains("Scenario value (payoff units)"));
    assertTrue(tables(section(report, "simulation")).get(0).header().contains("Total impact (impact units)"));
  }

  @Test
  void theGlossaryExplainsTheTermsOfArtTheReportUses() throws Exception {
    PortfolioReport full = PortfolioReport.of(ReportRequest.of(ReportTest.bundledPortfolio("federal-portfolio"))
        .withScenarios(ReportTest.futures()).withTrials(300));
    List<String> glossary = terms(section(full, "glossary"));
    for (String term : List.of("Euler share", "CVaR (conditional value at risk)", "Regret", "Hurwicz value", "Zone",
        "Mix source", "HHI (Herfindahl-Hirschman index)", "Shannon entropy and evenness", "Effective facets", "Payoff units",
        "Impact units")) {
      assertTrue(glossary.contains(term), term + " in " + glossary);
    }
    List<String> plain = terms(section(PortfolioReport.of(ReportRequest.of(ReportTest.bundledPortfolio("regional-labs"))
        .withTrials(300)), "glossary"));
    assertFalse(plain.contains("Regret") || plain.contains("Hurwicz value") || plain.contains("Payoff units"), plain.toString());
    assertTrue(plain.contains("Euler share"));
  }

  @Test
  void theProvenanceChecksumIsTheFilesSha256() throws Exception {
    // SHA-256 of "abc", the test vector of FIPS 180-2 (appendix B.1).
    Path file = folder.resolve("p.json");
    Files.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    Provenance provenance = Provenance.of("9.9.9", LocalDate.of(2026, 12, 2)).withFile("portfolio", file)
        .withInput("target", "t.json", "abc".getBytes(StandardCharsets.US_ASCII));
    assertEquals(List.of(new Provenance.Input("portfolio", file.toString(), abc), new Provenance.Input("target", "t.json", abc)),
        provenance.inputs());
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(ReportTest.bundledPortfolio("regional-labs")).withTrials(300)
        .withSeed(7).withProvenance(provenance));
    assertEquals(List.of("Made by facets 9.9.9 on 2026-12-02.", "Input portfolio: " + file + ", SHA-256 " + abc + ".",
        "Input target: t.json, SHA-256 " + abc + ".", "Monte Carlo: seed 7, 300 trials."), ReportContent.of(report).footer());
    assertTrue(report.html().contains("<li>Input target: t.json, SHA-256 " + abc + ".</li>"));
    assertTrue(report.markdown().contains("- Input target: t.json, SHA-256 " + abc + "."));
    assertThrows(InvalidValueException.class, () -> new Provenance.Input("portfolio", "p", "ABC"));
    List<String> unrecorded = ReportContent.of(PortfolioReport.of(ReportRequest.of(ReportTest.bundledPortfolio("regional-labs"))
        .withTrials(300))).footer();
    assertTrue(unrecorded.get(0).startsWith("The facets version, the date and the input files were not recorded"), unrecorded.toString());
  }
}
