package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A register exported as a spreadsheet in a comma-decimal locale ({@code ;} separators, decimal
 * commas, empty trailing columns) reads as the same portfolio as its comma file.
 */
class CsvSpreadsheetProperties {
  private static final long SEED = 17L;

  /**
   * The comma file re-written as Excel writes it where the decimal separator is a comma: cells
   * separated by {@code ;}, every number with a decimal comma, cells quoted when they hold a
   * {@code ;}, a quote or a line break, and every line padded with two empty cells.
   */
  static String semicolonExport(String commaCsv) {
    CsvRecords records = new CsvRecords(new ByteArrayInputStream(commaCsv.getBytes(StandardCharsets.UTF_8)), "c");
    StringBuilder out = new StringBuilder();
    List<String> header = null;
    for (TableRow record = records.next(1000); record != null; record = records.next(1000)) {
      boolean metadata = record.cells.get(0).startsWith("#");
      for (int i = 0; i < record.cells.size(); i++) {
        String cell = record.cells.get(i);
        boolean number = header != null && !metadata && PortfolioColumn.named(header.get(i))
            .map(PortfolioColumn::isNumber).orElse(false);
        if (number) {
          cell = cell.replace('.', ',');
        }
        out.append(i == 0 ? "" : ";");
        if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
          out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
          out.append(cell);
        }
      }
      out.append(";;\r\n");
      if (!metadata && header == null) {
        header = record.cells;
      }
    }
    return out.toString();
  }

  @Test
  void aSemicolonExportWithDecimalCommasReadsAsTheCommaFile() {
    AtomicInteger withAttributes = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(300).forAll(FacetsCsvProperties.hostilePortfolios()).checkAssert(portfolio -> {
      String comma = FacetsCsv.toCsv(portfolio);
      String semicolon = semicolonExport(comma);
      Portfolio read = FacetsCsv.readPortfolio(semicolon, "p.csv");
      assertEquals(FacetsCsv.readPortfolio(comma, "p.csv"), read);
      assertEquals(portfolio, read);
      if (portfolio.initiatives().stream().anyMatch(initiative -> !initiative.attributes().isEmpty())) {
        withAttributes.incrementAndGet();
      }
    });
    assertTrue(withAttributes.get() > 50, () -> "portfolios with attributes: " + withAttributes);
  }
}
