package dev.facets.core.io;

import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes portfolios as CSV (RFC 4180, UTF-8), the format of the registers public servants
 * keep in spreadsheets: one initiative per row, with the columns of the JSON portfolio file and
 * nested keys flattened (see {@code docs/formats.md}).
 *
 * <pre>
 * # name: Example ministry
 * # asOf: 2026-11-01
 * # currency: EUR
 * id,name,budget,position.uncertainty,position.directedness,facets.enhancement,...,tags
 * m-001,Digital tax return,1250000,-0.6,0.3,0.7,...,digital;co-design
 * </pre>
 *
 * <ul>
 *   <li>Optional metadata lines before the header, {@code # key: value}, give the portfolio's
 *       {@code name} (by default the file name without its extension), {@code asOf} and
 *       {@code currency}.
 *   <li>Columns come in any order; only {@code id} and {@code budget} are required. An empty cell is
 *       an absent value (the contract's defaults apply). A position needs both coordinates, an impact
 *       all three points; any non-empty facet cell gives the row explicit facets, the empty ones 0.
 *       Tags are separated by {@code ;}.
 *   <li>Reading is as strict as {@link FacetsJson}: unknown or repeated columns, rows of the wrong
 *       width, numbers that are not plain decimals or not finite, out-of-range values, unknown names,
 *       blank or repeated ids, no rows, bytes that are not UTF-8 are each one {@link InputException}
 *       naming the file, the line where the row starts, the column and the value.
 *   <li>Text cells a spreadsheet would run as formulas are written with an apostrophe in front, which
 *       the reader removes again (see {@link CsvTable}), so every portfolio round-trips bit for bit.
 * </ul>
 *
 * <p>The parser is a small hand-written one rather than Jackson's CSV module: it must name the
 * physical line where a (possibly multi-line) record starts, reject what RFC 4180 does not allow
 * instead of repairing it, and report bad UTF-8 at its line. This class is stateless and
 * thread-safe.
 */
public final class FacetsCsv {
  private FacetsCsv() {}

  /**
   * {@return the contract's column names, in the order the writer puts them; attribute columns
   * come after these} The list is unmodifiable.
   */
  public static List<String> columns() {
    return PortfolioColumn.NAMES;
  }

  /**
   * Reads a portfolio file; its name is the file name without extension unless a {@code # name:}
   * line gives one.
   *
   * @param file the file, not null
   * @return the portfolio, valid
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: every
   *     problem of its rows (the first {@value InputException#MAX_PROBLEMS} kept), each naming the
   *     file, line, column and value
   */
  public static Portfolio readPortfolio(Path file) {
    return readPortfolio(InputFiles.open(file), file.toString());
  }

  /**
   * Reads a portfolio from a stream of UTF-8 text, which is closed afterwards; {@code source} names
   * it in errors and, without its folder and extension, is the portfolio's name unless a
   * {@code # name:} line gives one.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors, not null
   * @return the portfolio, valid
   * @throws InputException if the stream cannot be read or the text breaks the file contract: every
   *     problem of its rows (the first {@value InputException#MAX_PROBLEMS} kept), each naming
   *     {@code source}, line, column and value
   */
  public static Portfolio readPortfolio(InputStream input, String source) {
    Objects.requireNonNull(source, "source");
    return CsvPortfolioReader.portfolio(CsvRecords.detecting(Objects.requireNonNull(input, "input"), source),
        InputFiles.baseName(source));
  }

  /**
   * Reads a portfolio from CSV text, as {@link #readPortfolio(InputStream, String)}.
   *
   * @param csv the text, not null
   * @param source what names the text in errors and the portfolio by default, not null
   * @return the portfolio, valid
   * @throws InputException if the text breaks the file contract: every problem of its rows (the
   *     first {@value InputException#MAX_PROBLEMS} kept), each naming {@code source}, line, column
   *     and value
   */
  public static Portfolio readPortfolio(String csv, String source) {
    return readPortfolio(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source);
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink} one row at a time, validating the
   * whole file as {@link #readPortfolio(Path)} does, without holding the initiatives.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null; on a bad file it may
   *     have received the initiatives before the problem
   * @return the number of initiatives
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: every
   *     problem of its rows (the first {@value InputException#MAX_PROBLEMS} kept), each naming the
   *     file, line, column and value
   */
  public static long readInitiatives(Path file, Consumer<Initiative> sink) {
    return streamPortfolio(file, sink).initiatives();
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink} one row at a time, as
   * {@link #readInitiatives}, and returns the portfolio's name, date, currency and count. Memory as
   * {@link FacetsJson#streamPortfolio}: one row, and 8 bytes per id beyond the first 65,536; a repeated
   * id beyond those is found by a second reading at the end.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: every
   *     problem of its rows (the first {@value InputException#MAX_PROBLEMS} kept), each naming the
   *     file, line, column and value
   */
  public static PortfolioHeader streamPortfolio(Path file, Consumer<Initiative> sink) {
    Objects.requireNonNull(sink, "sink");
    String base = InputFiles.baseName(file.toString());
    IdSet.Streaming ids = IdSet.streaming();
    java.util.function.Supplier<PortfolioHeader> secondPass = () -> CsvPortfolioReader.stream(
        CsvRecords.detecting(InputFiles.open(file), file.toString()), base, initiative -> { }, ids.restrictedTo(ids.suspects()));
    PortfolioHeader header;
    try {
      header = CsvPortfolioReader.stream(CsvRecords.detecting(InputFiles.open(file), file.toString()), base, sink, ids);
    } catch (InputException e) {
      ids.rethrowFirstRepeat(e, secondPass);
      throw e;
    }
    ids.checkUnique(secondPass);
    return header;
  }

  /**
   * Writes a portfolio as CSV: metadata lines, then every column in {@link #columns()} order and the
   * attributes' columns after them, numbers
   * as {@link Double#toString(double)} writes them; reading it back gives an equal portfolio. The
   * writer is neither buffered nor closed here.
   *
   * @param portfolio the portfolio, not null
   * @param out where the CSV goes, not null
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public static void writePortfolio(Portfolio portfolio, Writer out) {
    List<String> metadata = new ArrayList<>();
    metadata.add("name: " + portfolio.name());
    portfolio.asOf().ifPresent(date -> metadata.add("asOf: " + date));
    portfolio.currency().ifPresent(currency -> metadata.add("currency: " + currency));
    List<String> attributes = attributeKeys(portfolio);
    List<String> header = new ArrayList<>(PortfolioColumn.NAMES);
    header.addAll(attributes);
    CsvTable table = CsvTable.start(out, metadata, header);
    for (Initiative initiative : portfolio.initiatives()) {
      CsvTable.Row row = table.row()
          .text(initiative.id())
          .text(initiative.name().orElse(""))
          .number(initiative.budget());
      if (initiative.position().isPresent()) {
        row.number(initiative.position().get().uncertainty()).number(initiative.position().get().directedness());
      } else {
        row.empty().empty();
      }
      if (initiative.facets().isPresent()) {
        for (double weight : initiative.facets().get().toArray()) {
          row.number(weight);
        }
      } else {
        row.empty().empty().empty().empty();
      }
      row.text(initiative.purpose().map(purpose -> purpose.jsonName()).orElse(""))
          .text(initiative.driver().map(driver -> driver.jsonName()).orElse(""))
          .text(initiative.stage().map(stage -> stage.jsonName()).orElse(""))
          .text(initiative.priority().jsonName())
          .number(initiative.successProbability());
      // Only a given impact is written: a missing one must read back as missing, not as (1, 1, 1).
      if (initiative.givenImpact().isPresent()) {
        ImpactEstimate impact = initiative.givenImpact().get();
        row.number(impact.low()).number(impact.mode()).number(impact.high());
      } else {
        row.empty().empty().empty();
      }
      row.text(String.join(";", initiative.tags()));
      for (String key : attributes) {
        row.text(initiative.attributes().getOrDefault(key, ""));
      }
      row.end();
    }
  }

  /** The attribute keys of every initiative, in order of first appearance: the extra columns. */
  private static List<String> attributeKeys(Portfolio portfolio) {
    Set<String> keys = new LinkedHashSet<>();
    for (Initiative initiative : portfolio.initiatives()) {
      keys.addAll(initiative.attributes().keySet());
    }
    return new ArrayList<>(keys);
  }

  /**
   * {@return the portfolio as CSV text, as {@link #writePortfolio} writes it}
   *
   * @param portfolio the portfolio, not null
   */
  public static String toCsv(Portfolio portfolio) {
    StringWriter text = new StringWriter();
    writePortfolio(portfolio, text);
    return text.toString();
  }
}
