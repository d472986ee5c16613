package dev.facets.core.io;

import static dev.facets.core.io.Workbooks.handMade;
import static dev.facets.core.io.Workbooks.number;
import static dev.facets.core.io.Workbooks.row;
import static dev.facets.core.io.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading portfolios from xlsx workbooks: cell types, sheets, every problem at its cell, and refused files. */
class FacetsXlsxTest {
  @TempDir Path folder;

  private Path file(String name) {
    return folder.resolve(name);
  }

  private static final String HEADER = row(3, text("A3", "id"), text("B3", "budget"), text("C3", "successProbability"),
      text("D3", "facets.mission"), text("E3", "facets.adaptive"), text("F3", "unit"), text("G3", "started on"));

  @Test
  void readsTypedCellsAsTheyAreStoredNotAsTheyAreShown() {
    Path workbook = handMade(file("r.xlsx"),
        row(1, text("A1", "# name: Ministry of Things, Inc")),
        // "# asOf:" with the date in a date cell beside it: 46327 is 2026-11-01 in Excel's 1900 system.
        row(2, text("A2", "# asOf:"), number("B2", "46327", 3)),
        HEADER,
        // 0.85 formatted as 85%, 1250000 formatted with thousands separators, a date attribute.
        row(4, text("A4", "m-1"), number("B4", "1250000", 4), number("C4", "0.85", 1), number("D4", "0.7", 1),
            number("E4", "0.3"), text("F4", "Health"), number("G4", "46023", 2)),
        // Texts parsed as CSV's: a percentage, a plain number; a number id and attribute as plain text.
        row(5, number("A5", "17"), text("B5", "400000"), text("C5", "45%"), text("D5", "1"),
            number("F5", "2.5E1")),
        // Formulas by their cached values: a number, a text; a boolean attribute.
        row(6, text("A6", "m-3"), "<c r=\"B6\"><f>B4*2</f><v>2500000</v></c>",
            "<c r=\"C6\" s=\"1\"><f>C4/2</f><v>0.425</v></c>", number("E6", "1"),
            "<c r=\"F6\" t=\"str\"><f>F4&amp;\"!\"</f><v>Health!</v></c>", "<c r=\"G6\" t=\"b\"><v>1</v></c>"));
    Portfolio portfolio = FacetsXlsx.readPortfolio(workbook);
    assertEquals("Ministry of Things, Inc", portfolio.name());
    assertEquals(LocalDate.of(2026, 11, 1), portfolio.asOf().orElseThrow());
    List<Initiative> initiatives = portfolio.initiatives();
    assertEquals(3, initiatives.size());
    Initiative first = initiatives.get(0);
    assertEquals(1_250_000.0, first.budget());
    assertEquals(0.85, first.successProbability());
    assertEquals(0.7, first.facets().orElseThrow().weight(Facet.MISSION), 1e-15);
    // 46023 is 2026-01-01.
    assertEquals(Map.of("unit", "Health", "started on", "2026-01-01"), first.attributes());
    Initiative second = initiatives.get(1);
    assertEquals("17", second.id());
    assertEquals(400_000.0, second.budget());
    assertEquals(0.45, second.successProbability(), 1e-15);
    assertEquals(Map.of("unit", "25"), second.attributes());
    Initiative third = initiatives.get(2);
    assertEquals(2_500_000.0, third.budget());
    assertEquals(0.425, third.successProbability());
    assertEquals(Map.of("unit", "Health!", "started on", "TRUE"), third.attributes());
  }

  @Test
  void readsTheFirstSheetOrTheOneNamed() {
    String register = row(1, text("A1", "id"), text("B1", "budget"), text("C1", "purpose"), text("D1", "driver"))
        + row(2, text("A2", "a"), number("B2", "5"), text("C2", "mission"), text("D2", "future"));
    String notes = row(1, text("A1", "anything"));
    Path workbook = handMade(file("two.xlsx"),
        List.of(new String[] {"Register 2026", register}, new String[] {"Notes", notes}));
    assertEquals(5.0, FacetsXlsx.readPortfolio(workbook).totalBudget());
    assertEquals(5.0, FacetsXlsx.readPortfolio(workbook, "Register 2026").totalBudget());
    assertEquals(FacetsXlsx.readPortfolio(workbook), PortfolioFiles.read(workbook));
    assertEquals(FacetsXlsx.readPortfolio(workbook), PortfolioFiles.read(workbook, "Register 2026"));
    List<Initiative> streamed = new ArrayList<>();
    assertEquals(1, PortfolioFiles.stream(workbook, "Register 2026", streamed::add).initiatives());
    assertEquals(FacetsXlsx.readPortfolio(workbook).initiatives(), streamed);
    InputException unknown = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(workbook, "Register"));
    assertEquals(workbook + ": the workbook has no sheet 'Register' (its sheets: 'Register 2026', 'Notes')",
        unknown.getMessage());
    InputException near = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(workbook, "notes"));
    assertTrue(near.getMessage().contains("did you mean 'Notes'?"), near.getMessage());
    // The second sheet breaks the rules: its problem names its cell with the quoted sheet name.
    InputException notesRead = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(workbook, "Notes"));
    assertTrue(notesRead.getMessage().contains("id is a required column"), notesRead.getMessage());
    assertEquals(FileKind.PORTFOLIO, FileKind.of(workbook));
    InputException csvSheet = assertThrows(InputException.class,
        () -> PortfolioFiles.read(file("p.csv"), "Register"));
    assertTrue(csvSheet.getMessage().endsWith("a sheet ('Register') is named, but only an .xlsx workbook has sheets"));
  }

  @Test
  void reportsEveryProblemOfTheSheetAtItsCell() {
    Path workbook = handMade(file("bad.xlsx"),
        row(1, text("A1", "id"), text("B1", "budget"), text("C1", "successProbability"), text("D1", "unit")),
        row(2, text("A2", "a"), number("B2", "-5"), number("C2", "0.5")),
        row(3, text("A3", "b"), text("B3", "1,250,000"), number("C3", "0.5")),
        row(4, text("A4", "c"), number("B4", "1"), number("C4", "45")),
        row(5, text("A5", "d"), "<c r=\"B5\"><f>SUM(B2:B4)</f></c>", number("C5", "0.5")),
        row(6, text("A6", "e"), "<c r=\"B6\" t=\"e\"><v>#DIV/0!</v></c>"),
        row(7, text("A7", "f"), "<c r=\"B7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"),
        row(8, text("A8", "g"), number("B8", "1"), text("E8", "stray")),
        row(9, text("A9", "a"), number("B9", "1"), number("C9", "1"), text("D9", "Health")),
        row(10, text("A10", "h"), number("B10", "46327", 2), number("C10", "1")));
    InputException e = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(workbook));
    List<String> lines = e.lines();
    String at = workbook + ":";
    assertEquals(List.of(
        at + "2:2: budget must be finite and >= 0, got -5.0 (cell Register!B2)",
        at + "3:2: budget must be a number (like 1250000 or 0.25): write it without thousands separators,"
            + " as 1250000, got '1,250,000' (cell Register!B3)",
        lines.get(2),
        at + "5:2: the cell has the formula '=SUM(B2:B4)' but no saved result (facets does not compute formulas):"
            + " open the file in a spreadsheet and save it, or paste the values (cell Register!B5)",
        at + "6:2: the cell holds the error #DIV/0!: correct the formula or type the value (cell Register!B6)",
        at + "7:2: the cell holds the error #DIV/0!: correct the formula or type the value (cell Register!B7)",
        lines.get(6),
        lines.get(7),
        at + "10:2: budget must be a number (like 1250000 or 0.25), got '2026-11-01' (cell Register!B10)"), lines);
    assertTrue(lines.get(2).startsWith(at + "4:3: successProbability") && lines.get(2).contains("0.45")
        && lines.get(2).endsWith("(cell Register!C4)"), lines.get(2));
    assertTrue(lines.get(6).startsWith(at + "8:5: a value in a column the header does not name") && lines.get(6).contains("'stray'")
        && lines.get(6).contains("Register!E8"), lines.get(6));
    assertTrue(lines.get(7).startsWith(at + "9:1: id") && lines.get(7).contains("line 2")
        && lines.get(7).endsWith("(cell Register!A9)"), lines.get(7));
    assertEquals(9, e.problemCount());
    assertEquals(2, e.problems().get(0).line());
    assertEquals(2, e.problems().get(0).column());
  }

  @Test
  void headerProblemsNameTheirCell() {
    Path typo = handMade(file("typo.xlsx"), row(4, text("A4", "id"), text("B4", "budget"), text("C4", "Budget")));
    InputException e = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(typo));
    assertTrue(e.getMessage().startsWith(typo + ":4:3: Budget: 'Budget' is not a portfolio column")
        && e.getMessage().contains("did you mean budget?") && e.getMessage().endsWith("(cell Register!C4)"),
        e.getMessage());
    Path metadata = handMade(file("meta.xlsx"), row(1, text("A1", "# name: a"), text("B1", "b")),
        row(2, text("A2", "id"), text("B2", "budget")));
    InputException m = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(metadata));
    assertTrue(m.getMessage().contains("a metadata row is one cell"), m.getMessage());
    Path dateTime = handMade(file("time.xlsx"), row(1, text("A1", "# asOf:"), number("B1", "46327.5", 3)),
        row(2, text("A2", "id"), text("B2", "budget")), row(3, text("A3", "a"), number("B3", "1")));
    InputException t = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(dateTime));
    assertTrue(t.getMessage().contains("'2026-11-01T12:00'") && t.getMessage().contains("yyyy-MM-dd"),
        t.getMessage());
  }

  @Test
  void skipsRowsWithoutValuesAndKeepsExcelsEscapes() {
    Path workbook = handMade(file("gaps.xlsx"),
        row(1, text("A1", "id"), text("B1", "budget"), text("C1", "name"), text("D1", "facets.mission")),
        // A formatted row with no value, as spreadsheets keep them.
        "<row r=\"2\"><c r=\"A2\" s=\"1\"/><c r=\"B2\" s=\"4\"/></row>",
        row(5, text("A5", "a"), number("B5", "2"), text("C5", "line_x000D_break _x005F_x0041_"), number("D5", "1")),
        "<row r=\"9\"></row>");
    Portfolio portfolio = FacetsXlsx.readPortfolio(workbook);
    assertEquals(1, portfolio.size());
    assertEquals("line\rbreak _x0041_", portfolio.initiatives().get(0).name().orElseThrow());
  }

  @Test
  void decidesDateFormatsByTheirCodes() {
    for (String date : List.of("yyyy-mm-dd", "d/m/yy", "[$-409]mmmm d, yyyy;@", "dd.mm.yyyy hh:mm", "[h]:mm:ss",
        "mm:ss", "\"Day \"d")) {
      assertTrue(XlsxRows.isDateFormat(date), date);
    }
    for (String number : List.of("0%", "0.00%", "#,##0.00", "General", "0.00E+00", "[Red]#,##0;[Blue]-#,##0",
        "#,##0 \"days\"", "0.0\\m", "_(* #,##0_);_(* (#,##0);_(* \"-\"??_);_(@_)", "@")) {
      assertFalse(XlsxRows.isDateFormat(number), number);
    }
    // Plain decimals of stored numbers, the same by the fast path and by BigDecimal.
    for (String[] raw : new String[][] {{"17", "17"}, {"-12", "-12"}, {"0.85", "0.85"}, {"-0.5", "-0.5"},
        {"0", "0"}, {"-0", "0"}, {"1.0", "1"}, {"2.5E1", "25"}, {"1.25E-7", "0.000000125"}, {"007", "7"},
        {"1.", "1"}, {"12.50", "12.5"}, {"1E+3", "1000"}, {"1E-999999999", "1E-999999999"}}) {
      assertEquals(raw[1], XlsxRows.plain(raw[0]), raw[0]);
    }
    assertEquals("A", XlsxRows.column(0));
    assertEquals("Z", XlsxRows.column(25));
    assertEquals("AA", XlsxRows.column(26));
    assertEquals("XFD", XlsxRows.column(16_383));
  }

  @Test
  void refusesFilesThatAreNotWorkbooksSayingWhatTheyAre() throws IOException {
    Path csv = Files.writeString(file("renamed.xlsx"), "id,budget\na,1\n");
    InputException renamed = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(csv));
    assertEquals(csv + ": is not an xlsx workbook facets can read: it does not start like one (a ZIP archive)"
        + " but with 'id,budge', which looks like text: a CSV file must end in .csv", renamed.getMessage());
    Path xls = Files.write(file("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(xls)).getMessage()
        .contains("Excel 97-2003 workbook (.xls)"));
    Path empty = Files.write(file("empty.xlsx"), new byte[0]);
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(empty)).getMessage()
        .endsWith("the file is empty"));
    Path zip = zip(file("other.xlsx"), "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
    InputException other = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(zip));
    assertTrue(other.getMessage().startsWith(zip + ": is not an xlsx workbook facets can read"), other.getMessage());
    Path truncated = Files.write(file("cut.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(
        handMade(file("whole.xlsx"), row(1, text("A1", "id")))), 200));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(truncated)).getMessage()
        .contains("is not an xlsx workbook facets can read"));
    assertTrue(assertThrows(InputException.class, () -> PortfolioFiles.read(file("old.xls"))).getMessage()
        .endsWith("got .xls: save the workbook as an Excel Workbook (.xlsx) or as CSV UTF-8"));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(file("missing.xlsx")))
        .getMessage().endsWith("no such file"));
  }

  @Test
  void refusesAZipBombWithoutInflatingItInMemory() throws IOException {
    // 200 MB of one empty cell repeated compresses about a thousandfold: far beyond any spreadsheet.
    Path bomb = file("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] cells = "<c r=\"A1\"/>".repeat(1 << 17).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 130; i++) {
        zip.write(cells);
      }
      zip.closeEntry();
    }
    InputException e = assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(bomb));
    assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml inflates to more than 100 times its compressed"
        + " size"), e.getMessage());
  }

  @Test
  void refusesWhatWouldMakeTheReaderHoldTooMuch() {
    String header = row(1, text("A1", "id"), text("B1", "budget"));
    // One cell of 2 MiB (its text varies, so it compresses little): more than a value may hold.
    StringBuilder big = new StringBuilder();
    java.util.Random random = new java.util.Random(1);
    while (big.length() < 2 << 20) {
      big.append((char) ('a' + random.nextInt(26)));
    }
    Path longCell = handMade(file("long.xlsx"), header, row(2, text("A2", big.toString()), number("B2", "1")));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(longCell)).getMessage()
        .contains("longer than 1048576 bytes"));
    // Rich-text runs of a cell add up, whatever the tags between them.
    StringBuilder runs = new StringBuilder("<c r=\"A2\" t=\"inlineStr\"><is>");
    for (int i = 0; i < 40; i++) {
      runs.append("<r><t>").append(big, 0, 40_000).append("</t></r>");
    }
    Path manyRuns = handMade(file("runs.xlsx"), header, row(2, runs + "</is></c>", number("B2", "1")));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(manyRuns)).getMessage()
        .contains("a value longer than 1048576 bytes"));
    // 200,000 characters: within a value's bytes, beyond a cell's characters.
    Path longText = handMade(file("text.xlsx"), header, row(2, text("A2", big.substring(0, 200_000)),
        number("B2", "1")));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(longText)).getMessage()
        .contains("the cell is longer than 100000 characters"));
    Path farRight = handMade(file("far.xlsx"), header, row(2, text("A2", "a"), number("ZZZZ2", "1")));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(farRight)).getMessage()
        .contains("the cell address 'ZZZZ2', beyond Excel's last column XFD"));
    Path doctype = handMade(file("dtd.xlsx"), header,
        row(2, "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + text("A2", "a"), number("B2", "1")));
    assertTrue(assertThrows(InputException.class, () -> FacetsXlsx.readPortfolio(doctype)).getMessage()
        .contains("a '<!' construct"));
  }

  @Test
  void refusesASharedStringsTableBeyondAnEighthOfTheHeap() throws IOException {
    Path workbook = folder.resolve("strings.xlsx");
    Workbooks.written(workbook, FacetsCsv.readPortfolio("id,name,budget,facets.mission\na,Alpha,1,1\nb,Beta,2,1\n",
        "strings.csv"));
    long sharedStrings;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
      sharedStrings = zip.getEntry("xl/sharedStrings.xml").getSize();
    }
    XlsxGuard.check(workbook, sharedStrings);
    InputException e = assertThrows(InputException.class, () -> XlsxGuard.check(workbook, sharedStrings - 1));
    assertTrue(e.getMessage().contains("the part xl/sharedStrings.xml is larger than " + (sharedStrings - 1)
        + " bytes, an eighth of the maximum heap"), e.getMessage());
  }

  private static Path zip(Path file, String name, byte[] content) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return file;
  }
}
