package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Registers as spreadsheets export them (contract v1.1): {@code ;} separators with decimal commas,
 * percentages, Excel's empty trailing columns, and the mistakes with a fix that the error names.
 * Every problem of a file is reported in one run.
 */
class CsvSpreadsheetTest {
  private static final String COMMA = "# name: Register\n"
      + "# asOf: 2026-11-01\n"
      + "id,name,budget,facets.enhancement,facets.mission,successProbability,unit\n"
      + "m-1,\"Tax, digital\",1250000.5,0.7,0.3,0.85,Health\n"
      + "m-2,Prize,400000,,1,0.4,\n";

  @Test
  void semicolonsWithDecimalCommasReadAsTheCommaFile() {
    String semicolon = "# name: Register;;;;;;\n"
        + "# asOf: 2026-11-01;;;;;;\n"
        + "id;name;budget;facets.enhancement;facets.mission;successProbability;unit\n"
        + "m-1;Tax, digital;1250000,5;0,7;0,3;0,85;Health\n"
        + "m-2;Prize;400000;;1;0.4;\n";
    Portfolio expected = FacetsCsv.readPortfolio(COMMA, "r.csv");
    assertEquals(expected, FacetsCsv.readPortfolio(semicolon, "r.csv"));
    assertEquals(1250000.5, expected.initiatives().get(0).budget());
    assertEquals(LocalDate.of(2026, 11, 1), expected.asOf().get());
  }

  @Test
  void percentagesForProbabilitiesAndFacetWeights() {
    Portfolio percent = FacetsCsv.readPortfolio("id,budget,facets.enhancement,facets.mission,successProbability\n"
        + "a,1,70%,30%,85%\n", "p.csv");
    Initiative a = percent.initiatives().get(0);
    assertEquals(0.85, a.successProbability(), 1e-15);
    assertEquals(0.7, a.facets().get().weight(Facet.ENHANCEMENT), 1e-15);
    // A decimal comma in a percentage of a semicolon file: 85,5% is 0.855.
    assertEquals(0.855, FacetsCsv.readPortfolio("id;budget;facets.mission;successProbability\na;1;1;85,5%\n", "p.csv")
        .initiatives().get(0).successProbability(), 1e-15);
    // A budget is no share: 85% there is refused.
    InputException budget = assertThrows(InputException.class,
        () -> FacetsCsv.readPortfolio("id,budget,facets.mission\na,85%,1\n", "p.csv"));
    assertEquals("budget", budget.path(), budget::getMessage);
  }

  @Test
  void excelsEmptyTrailingColumnsAreIgnored() {
    Portfolio padded = FacetsCsv.readPortfolio("# name: Register,,,,,,,\n# asOf: 2026-11-01,,,,,,,\n"
        + "id,name,budget,facets.enhancement,facets.mission,successProbability,unit,\n"
        + "m-1,\"Tax, digital\",1250000.5,0.7,0.3,0.85,Health,\n"
        + "m-2,Prize,400000,,1,0.4,,\n", "r.csv");
    assertEquals(FacetsCsv.readPortfolio(COMMA, "r.csv"), padded);
    // But a value under no column is not padding.
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
        "id,budget,facets.mission,,\na,1,1,,x\n", "p.csv"));
    assertTrue(e.getMessage().contains("the first extra cell is 'x'"), e.getMessage());
    // Nor is an empty cell more than the header has: a separator too many, whose row would be shifted.
    for (String row : List.of("a,1,1,\n", "a,1,,1\n", "a,1,1,,\n")) {
      InputException longer = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
          "id,budget,facets.mission\n" + row, "p.csv"), row);
      assertTrue(longer.getMessage().startsWith("p.csv:2: the row has " + row.split(",", -1).length
          + " cells, but the header has 3 columns: the first extra cell is"), longer.getMessage());
    }
  }

  @Test
  void aBudgetWithAThousandsCommaIsBlamedAsSuch() {
    // Unquoted, the comma splits 850,000 into two cells: the row is one too long.
    InputException split = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
        "id,name,budget,facets.mission,stage\nm-1,Prize,850,000,1,develop\n", "r.csv"));
    assertEquals("r.csv:2: budget: the row has 6 cells, but the header has 5 columns: the first extra cell is"
        + " 'develop'; budget looks like a number written with a thousands separator, which the comma splits:"
        + " write it without (850000) or put it in quotes", split.getMessage());
    // Quoted, the cell is one but still no plain number: the error says how to write it.
    InputException quoted = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
        "id,budget,facets.mission\nm-1,\"1,250,000.50\",1\n", "r.csv"));
    assertTrue(quoted.getMessage().endsWith("write it without thousands separators, as 1250000.50, got '1,250,000.50'"),
        quoted.getMessage());
  }

  @Test
  void aPointThatCouldGroupThousandsInASemicolonFileIsRefused() {
    InputException e = assertThrows(InputException.class,
        () -> FacetsCsv.readPortfolio("id;budget;facets.mission\na;1.250;1\n", "r.csv"));
    assertTrue(e.getMessage().contains("write 1250 for the whole number or 1,250 for the decimal"), e.getMessage());
    // 0.125 cannot be a grouped number: read as it is.
    assertEquals(0.125, FacetsCsv.readPortfolio("id;budget;facets.mission\na;0.125;1\n", "r.csv")
        .initiatives().get(0).budget());
  }

  @Test
  void aProbabilityOf45NamesTheShare() {
    InputException e = assertThrows(InputException.class,
        () -> FacetsCsv.readPortfolio("id,budget,facets.mission,successProbability\na,1,1,45\n", "r.csv"));
    assertTrue(e.getMessage().contains("write 0.45, or 45.0% in a spreadsheet cell"), e.getMessage());
  }

  @Test
  void anAmbiguousDateIsRefusedNamingTheForm() {
    InputException e = assertThrows(InputException.class,
        () -> FacetsCsv.readPortfolio("# asOf: 01/11/2026\nid,budget,facets.mission\na,1,1\n", "r.csv"));
    assertEquals("r.csv:1: asOf must be a date as yyyy-MM-dd (ISO 8601, like 2026-11-01); a day-month or"
        + " month-day date is ambiguous, so it is not guessed, got '01/11/2026'", e.getMessage());
  }

  @Test
  void aRegisterWithFourProblemsListsAllFour() {
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
        "id,budget,facets.mission,successProbability,stage\n"
            + "a,1,1,0.5,develop\n"
            + "b,-5,1,0.5,develop\n"
            + "c,1,1,45,develop\n"
            + "d,1,1,0.5,launch\n"
            + "e,1,1,0.5,develop\n"
            + "a,1,1,0.5,develop\n", "r.csv"));
    assertEquals(4, e.problemCount());
    List<String> lines = e.lines();
    assertEquals(4, lines.size(), lines::toString);
    assertTrue(lines.get(0).startsWith("r.csv:3: budget"), lines::toString);
    assertTrue(lines.get(1).startsWith("r.csv:4: successProbability"), lines::toString);
    assertTrue(lines.get(2).startsWith("r.csv:5: stage"), lines::toString);
    assertTrue(lines.get(3).startsWith("r.csv:7: id"), lines::toString);
    // The exception is the first problem.
    assertEquals(lines.get(0), e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void aRegisterWithMoreThanTwentyProblemsListsTwentyAndACount() {
    StringBuilder csv = new StringBuilder("id,budget,facets.mission\n");
    for (int i = 0; i < 25; i++) {
      csv.append("m-").append(i).append(",-").append(i + 1).append(",1\n");
    }
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(csv.toString(), "r.csv"));
    assertEquals(25, e.problemCount());
    assertEquals(20, e.problems().size());
    List<String> lines = e.lines();
    assertEquals(21, lines.size());
    assertTrue(lines.get(19).startsWith("r.csv:21: budget"), lines::toString);
    assertEquals("r.csv: and 5 more problems (the first 20 are listed)", lines.get(20));
  }

  @Test
  void aBrokenQuoteAfterBadRowsEndsTheReportWithIt() {
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(
        "id,budget,facets.mission\na,-1,1\n\"b,1,1\n", "r.csv"));
    assertEquals(2, e.problemCount());
    assertTrue(e.lines().get(1).contains("never closed"), e.lines()::toString);
  }

  @Test
  void theSeparatorIsTheHeaderLines() {
    assertEquals(';', CsvRecords.headerSeparator("# name: a, b, c\nid;budget;name\n"));
    assertEquals(',', CsvRecords.headerSeparator("# name: a; b; c\nid,budget,name\n"));
    assertEquals(',', CsvRecords.headerSeparator("\"id;x\",budget\n"));
    assertEquals(',', CsvRecords.headerSeparator(""));
    assertEquals(';', CsvRecords.headerSeparator("# name: a\r\nid;budget\r\n"));
    assertEquals(';', CsvRecords.headerSeparator("\"# name: a,\r\nb\"\r\nid;budget;x,y\r\n"));
  }
}
