package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio written as CSV and as an xlsx workbook (texts as shared strings, numbers as number
 * cells, shares formatted as percentages) reads back equal from both, and equal to itself: one reader,
 * one meaning, whatever the texts hold.
 */
class FacetsXlsxProperties {
  private static final long SEED = 13L;

  @TempDir Path folder;

  @Test
  void csvAndXlsxOfTheSamePortfolioReadEqual() {
    Path workbook = folder.resolve("p.xlsx");
    qt().withFixedSeed(SEED).withExamples(150).forAll(FacetsCsvProperties.hostilePortfolios()).checkAssert(portfolio -> {
      Portfolio fromCsv = FacetsCsv.readPortfolio(FacetsCsv.toCsv(portfolio), "p.csv");
      Portfolio fromXlsx = FacetsXlsx.readPortfolio(Workbooks.written(workbook, portfolio));
      assertEquals(fromCsv, fromXlsx);
      assertEquals(portfolio, fromXlsx);
    });
  }

  @Test
  void streamingAWorkbookReadsTheSameInitiativesInOrder() {
    Path workbook = folder.resolve("s.xlsx");
    qt().withFixedSeed(SEED).withExamples(60).forAll(Generators.portfolios()).checkAssert(portfolio -> {
      List<Initiative> streamed = new ArrayList<>();
      PortfolioHeader header = PortfolioFiles.stream(Workbooks.written(workbook, portfolio), streamed::add);
      assertEquals(portfolio.size(), header.initiatives());
      assertEquals(portfolio.name(), header.name());
      assertEquals(portfolio.initiatives(), streamed);
    });
  }
}
