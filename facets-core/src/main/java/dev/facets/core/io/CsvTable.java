package dev.facets.core.io;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a table as CSV (RFC 4180), row by row: the one CSV writer of facets, for portfolios and for
 * anything else worth opening in a spreadsheet (scores, attributions).
 *
 * <pre>{@code
 * CsvTable table = CsvTable.start(out, List.of("id", "zone", "share"));
 * table.row().text("m-001").text("sustaining").number(0.25).end();
 * }</pre>
 *
 * <p>What it writes, so that every reader (a spreadsheet, pandas, {@link FacetsCsv}) reads it back:
 * <ul>
 *   <li>a cell is quoted only when it must be, when it holds a comma, a quote or a line break, with
 *       its quotes doubled; records end with CRLF, as RFC 4180 has it;
 *   <li>a text cell that a spreadsheet would run as a formula (it begins with {@code =}, {@code +},
 *       {@code -}, {@code @}, a tab or a carriage return, after any apostrophes) gets an apostrophe in
 *       front ({@code '=SUM(A1)}): the OWASP defence against CSV injection; {@link FacetsCsv} removes
 *       it again on reading;
 *   <li>numbers are written with {@link Double#toString(double)}, so they read back bit for bit, and
 *       are never prefixed, negative ones included; a number must be finite: write an undefined
 *       value as {@link Row#empty() an empty cell};
 *   <li>optional comment lines before the header, one cell each beginning with {@code #}
 *       ({@code # name: Ministry}), hold what belongs to the whole table;
 *   <li>no byte order mark: write one yourself first ({@code '\uFEFF'}) if the file is for Excel,
 *       which otherwise guesses the encoding.
 * </ul>
 *
 * <p>Each row is written when it {@link Row#end() ends}, so memory holds one row, and a row broken
 * off by an exception is not written at all (the table then takes no more rows: the output is
 * incomplete, and should be discarded). Not thread-safe, like the {@link Writer} it writes to
 * (which it neither buffers nor closes): one table, one thread.
 */
public final class CsvTable {
  /** The end of every record: CRLF, as RFC 4180 has it. */
  public static final String LINE_BREAK = "\r\n";

  private final Writer out;
  private final List<String> header;
  private Row open;

  private CsvTable(Writer out, List<String> header) {
    this.out = out;
    this.header = header;
  }

  /**
   * Starts a table by writing its header: column names, not blank and unique.
   *
   * @param out where the CSV goes, not null; neither buffered nor closed by the table
   * @param header the column names, in order
   * @return the table, ready for its first row
   * @throws InvalidValueException if the header is empty or a name is blank or repeated
   * @throws UncheckedIOException if the writer fails
   */
  public static CsvTable start(Writer out, List<String> header) {
    return start(out, List.of(), header);
  }

  /**
   * Starts a table by writing comment lines ({@code "name: Ministry"} is written as
   * {@code # name: Ministry}), then its header.
   *
   * @param out where the CSV goes, not null; neither buffered nor closed by the table
   * @param comments the comment lines' text, without the {@code # }, in order; may be empty
   * @param header the column names, in order
   * @return the table, ready for its first row
   * @throws InvalidValueException if the header is empty or a name is blank or repeated
   * @throws UncheckedIOException if the writer fails
   */
  public static CsvTable start(Writer out, List<String> comments, List<String> header) {
    Objects.requireNonNull(out, "out");
    List<String> names = List.copyOf(Checks.notEmpty(List.copyOf(header), "header"));
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Checks.notBlank(names.get(i), "header[" + i + "]");
      Integer first = seen.putIfAbsent(names.get(i), i);
      if (first != null) {
        throw new InvalidValueException("header[" + i + "]", Checks.quote(names.get(i)),
            "be unique, but header[" + first + "] has it too");
      }
    }
    CsvTable table = new CsvTable(out, names);
    for (String comment : comments) {
      StringBuilder line = new StringBuilder();
      CsvText.appendCell(line, "# " + comment);
      table.write(line);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      table.appendText(line, i, names.get(i));
    }
    table.write(line);
    return table;
  }

  /** {@return the column names, in order; unmodifiable} */
  public List<String> header() {
    return header;
  }

  /**
   * Begins the next row; fill it with exactly one cell per column and {@link Row#end() end} it.
   *
   * @return the new, empty row
   * @throws IllegalStateException if the previous row was not ended
   */
  public Row row() {
    if (open != null) {
      throw new IllegalStateException("the previous row has " + open.cells + " of " + header.size()
          + " cells and was not ended");
    }
    open = new Row();
    return open;
  }

  /**
   * Flushes the underlying writer.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void appendText(StringBuilder line, int index, String text) {
    if (index > 0) {
      line.append(',');
    }
    CsvText.appendCell(line, CsvText.neutralise(text));
  }

  private void write(StringBuilder line) {
    try {
      out.append(line).append(LINE_BREAK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row being filled, cell by cell in column order; written when it ends. */
  public final class Row {
    private final StringBuilder line = new StringBuilder();
    private int cells;

    private Row() {}

    /**
     * Adds a text cell, neutralised against formulas and quoted as needed; {@code ""} is empty.
     *
     * @param text the cell's text, not null; any characters, line breaks included
     * @return this row
     * @throws IllegalStateException if the row is full or has ended
     */
    public Row text(String text) {
      Objects.requireNonNull(text, "text");
      appendText(line, next(), text);
      return this;
    }

    /**
     * Adds a number as {@link Double#toString(double)} writes it ({@code 1250000.0}, {@code 1.0E-6}).
     *
     * @param value a finite number
     * @return this row
     * @throws InvalidValueException if it is NaN or infinite, naming the column
     * @throws IllegalStateException if the row is full or has ended
     */
    public Row number(double value) {
      String column = header.get(Math.min(cells, header.size() - 1));
      Checks.finite(value, column);
      separate(next()).append(Double.toString(value));
      return this;
    }

    /**
     * Adds a whole number, in decimal digits.
     *
     * @param value any long
     * @return this row
     * @throws IllegalStateException if the row is full or has ended
     */
    public Row number(long value) {
      separate(next()).append(value);
      return this;
    }

    /**
     * Adds an empty cell: an absent or undefined value.
     *
     * @return this row
     * @throws IllegalStateException if the row is full or has ended
     */
    public Row empty() {
      separate(next());
      return this;
    }

    /**
     * Writes the row and returns the table, for the next row.
     *
     * @return the table
     * @throws IllegalStateException if the row has ended already, or has fewer cells than the
     *     header has columns
     * @throws UncheckedIOException if the writer fails
     */
    public CsvTable end() {
      if (open != this) {
        throw new IllegalStateException("this row has ended already");
      }
      if (cells != header.size()) {
        throw new IllegalStateException("the row has " + cells + " cells, but the header has "
            + header.size() + " columns");
      }
      open = null;
      if (line.length() == 0) {
        // A one-column row with an empty cell: quoted, or it would read as a blank line.
        line.append("\"\"");
      }
      write(line);
      return CsvTable.this;
    }

    private int next() {
      if (open != this) {
        throw new IllegalStateException("this row has ended already");
      }
      if (cells == header.size()) {
        throw new IllegalStateException("the row already has a cell for each of the " + header.size()
            + " columns");
      }
      return cells++;
    }

    private StringBuilder separate(int index) {
      return index > 0 ? line.append(',') : line;
    }
  }
}
