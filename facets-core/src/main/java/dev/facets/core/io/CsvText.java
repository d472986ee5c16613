package dev.facets.core.io;

/**
 * How one text cell is written to CSV and read back: RFC 4180 quoting, and the neutralising of
 * spreadsheet formulas.
 *
 * <p>A spreadsheet that opens a CSV file runs a cell that begins with {@code =}, {@code +}, {@code -}
 * or {@code @} (and, OWASP warns, a tab or a carriage return) as a formula, so a hostile initiative
 * name could run code on a civil servant's machine. The writer therefore prefixes such a text cell
 * with an apostrophe, which spreadsheets show as text. The reader must undo exactly that, and texts
 * that really begin with apostrophes before such a character must survive too, so the rule is: the
 * writer adds one {@code '} to a text that matches {@code '*[=+\-@\t\r].*} (any number of
 * apostrophes, then a trigger), and the reader removes one {@code '} from a text that matches
 * {@code '+[=+\-@\t\r].*}. The written text never begins with a trigger, and reading inverts writing
 * for every string. Numbers are never text cells, so {@code -5.0} is written as it is. This class is
 * stateless and thread-safe.
 */
final class CsvText {
  /** The apostrophe that marks a neutralised formula. */
  static final char NEUTRALISER = '\'';

  private CsvText() {}

  /** The characters that make a spreadsheet read a cell as a formula. */
  static boolean isFormulaTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Whether {@code text} is some apostrophes (at least {@code minimumApostrophes}) then a trigger. */
  private static boolean apostrophesThenTrigger(String text, int minimumApostrophes) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == NEUTRALISER) {
      i++;
    }
    return i >= minimumApostrophes && i < text.length() && isFormulaTrigger(text.charAt(i));
  }

  /** The text as it is written, with an apostrophe in front when a spreadsheet could run it. */
  static String neutralise(String text) {
    return apostrophesThenTrigger(text, 0) ? NEUTRALISER + text : text;
  }

  /** The inverse of {@link #neutralise}: the text as it was before writing. */
  static String restore(String cell) {
    return apostrophesThenTrigger(cell, 1) ? cell.substring(1) : cell;
  }

  /** Whether a cell must be quoted: it holds a separator, a quote or a line break. */
  static boolean needsQuotes(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Appends a cell as RFC 4180 has it: as it is, or in quotes with its quotes doubled. */
  static void appendCell(StringBuilder line, String cell) {
    if (!needsQuotes(cell)) {
      line.append(cell);
      return;
    }
    line.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }
}
