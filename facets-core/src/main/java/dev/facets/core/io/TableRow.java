package dev.facets.core.io;

import java.util.List;

/**
 * One row of a table: a CSV record or a spreadsheet row. The line it starts on (a sheet's row
 * number), its first cells as text, how many cells it has in all, and for a spreadsheet the exact
 * value of each numeric cell and the first cell that holds no usable value.
 */
final class TableRow {
  final int line;
  final List<String> cells;
  final int size;
  /** The value of each kept cell that is a number in the sheet, NaN for any other; null in CSV. */
  final double[] numbers;
  /** The first cell of the row that cannot be read (an error value, a formula never computed), or null. */
  final InputException problem;

  TableRow(int line, List<String> cells, int size) {
    this(line, cells, size, null, null);
  }

  TableRow(int line, List<String> cells, int size, double[] numbers, InputException problem) {
    this.line = line;
    this.cells = cells;
    this.size = size;
    this.numbers = numbers;
    this.problem = problem;
  }

  /** Whether the record is an empty line: one empty cell. */
  boolean isBlankLine() {
    return size == 1 && cells.get(0).isEmpty();
  }

  /** The text of cell {@code index}: empty beyond the row's last cell (a sheet stores no empty cells). */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** The number of cell {@code index} when the sheet holds one there, else NaN. */
  double number(int index) {
    return numbers != null && index < numbers.length ? numbers[index] : Double.NaN;
  }
}
