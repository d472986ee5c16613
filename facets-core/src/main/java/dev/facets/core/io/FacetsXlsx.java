package dev.facets.core.io;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads portfolios from Excel workbooks ({@code .xlsx}), where registers are kept: one sheet, read
 * with the columns and rules of {@link FacetsCsv}, by the same reader, so a register means the same
 * saved as a workbook or exported as CSV (see {@code docs/formats.md}).
 *
 * <p>The sheet read is the first, or the one named. Its first rows may be metadata ({@code # name:
 * Ministry} in one cell, or {@code # asOf:} with a date cell beside it), then the header row, then
 * one initiative per row. A cell's value is what the workbook stores, not what it shows: a cell
 * formatted as 85&nbsp;% is 0.85; a formula is the result the spreadsheet saved with it. An error
 * names the file, the row, the column and the cell as a spreadsheet names it:
 * {@code register.xlsx:7:3: budget must be finite and >= 0, got -5.0 (cell Register!C7)}. Every problem
 * of the rows is reported in one {@link InputException}, as for CSV.
 *
 * <p>Workbooks come from anywhere, so each is checked before it is read (a ZIP bomb, a shared-strings
 * table beyond an eighth of the heap, a cell of more than a MiB are refused), and a file that is not
 * an xlsx workbook (a renamed CSV file, an {@code .xls}) is one error saying what it looks like. The
 * shared strings are held while the sheet is read; the rows are streamed. This class is stateless and
 * thread-safe.
 */
public final class FacetsXlsx {
  private FacetsXlsx() {}

  /**
   * Reads the portfolio on the first sheet; its name is the file name without extension unless a
   * {@code # name:} row gives one.
   *
   * @param file the workbook, not null
   * @return the portfolio, valid
   * @throws InputException if the file is not an xlsx workbook facets can read, or its sheet breaks a
   *     rule of the format (every row problem is reported, up to {@link InputException#MAX_PROBLEMS})
   */
  public static Portfolio readPortfolio(Path file) {
    return PortfolioTableReader.portfolio(XlsxRows.open(file, null), InputFiles.baseName(file.toString()));
  }

  /**
   * Reads the portfolio on the sheet named {@code sheet} (exactly, case included).
   *
   * @param file the workbook, not null
   * @param sheet the sheet's name, not null
   * @return the portfolio, valid
   * @throws InputException if the workbook has no such sheet (the error lists its sheets), or as
   *     {@link #readPortfolio(Path)}
   */
  public static Portfolio readPortfolio(Path file, String sheet) {
    Objects.requireNonNull(sheet, "sheet");
    return PortfolioTableReader.portfolio(XlsxRows.open(file, sheet), InputFiles.baseName(file.toString()));
  }

  /**
   * Streams the initiatives of the first sheet to {@code sink} one row at a time, validating the
   * whole sheet as {@link #readPortfolio(Path)} does, without holding the initiatives (the workbook's
   * shared strings are held); returns the name, date, currency and count.
   *
   * @param file the workbook, not null
   * @param sink what receives each initiative, in the sheet's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException as {@link #readPortfolio(Path)}
   */
  public static PortfolioHeader streamPortfolio(Path file, Consumer<Initiative> sink) {
    return stream(file, null, sink);
  }

  /**
   * Streams the initiatives of the sheet named {@code sheet}, as {@link #streamPortfolio(Path, Consumer)}.
   *
   * @param file the workbook, not null
   * @param sheet the sheet's name, not null
   * @param sink what receives each initiative, in the sheet's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException as {@link #readPortfolio(Path, String)}
   */
  public static PortfolioHeader streamPortfolio(Path file, String sheet, Consumer<Initiative> sink) {
    return stream(file, Objects.requireNonNull(sheet, "sheet"), sink);
  }

  private static PortfolioHeader stream(Path file, String sheet, Consumer<Initiative> sink) {
    Objects.requireNonNull(sink, "sink");
    return PortfolioTableReader.stream(() -> XlsxRows.open(file, sheet), InputFiles.baseName(file.toString()),
        sink);
  }
}
