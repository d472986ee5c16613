package dev.facets.core.io;

/**
 * The rows of a portfolio table, whichever file they come from: a CSV file's records
 * ({@link CsvRecords}) or a spreadsheet's rows ({@link XlsxRows}). {@link PortfolioTableReader}
 * reads a portfolio from either by the same rules, so CSV and xlsx cannot drift apart. Not
 * thread-safe: one instance reads one file on one thread.
 */
interface RowSource extends AutoCloseable {
  /** The name of the input in messages. */
  String source();

  /**
   * Reads the next row, keeping its first {@code keep} cells at least (CSV keeps exactly those and
   * counts the rest; a sheet keeps every cell up to its last value, which its reader holds anyway);
   * returns null at the end.
   */
  TableRow next(int keep);

  /** The separator of cells, {@code ','} or {@code ';'} in CSV; {@code ','} (for messages) in a sheet. */
  char separator();

  /**
   * Whether the rows come from a spreadsheet: their cells carry types (numbers are numbers, texts
   * carry no CSV formula guard), a row may end before the header's last column (a sheet stores no
   * empty cells), and a metadata row may keep its value in its second cell.
   */
  boolean isSheet();

  /** How a message names cell {@code index} (from 0) of the row on {@code line}: {@code Register!C7}; empty in CSV. */
  String cellName(int line, int index);

  @Override
  void close();
}
