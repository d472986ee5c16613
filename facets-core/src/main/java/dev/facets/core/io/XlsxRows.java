package dev.facets.core.io;

import dev.facets.api.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an xlsx workbook, as {@link PortfolioTableReader} reads them: each cell as
 * the text a CSV export would hold, and a numeric cell's exact value beside it.
 *
 * <ul>
 *   <li>A number is its value, whatever its format shows: a cell formatted as {@code 85%} holds
 *       0.85, one formatted with thousands separators 1250000. Its text (for a text column or an
 *       attribute) is the plain decimal, {@code 1250000} or {@code 0.85}.
 *   <li>A number in a date format is a date, its text ISO ({@code 2026-11-01}, or
 *       {@code 2026-11-01T12:30} with a time), so that {@code # asOf:} and attributes read it as
 *       written; a number column refuses it as it refuses the text.
 *   <li>A text is taken as it is (a sheet has no CSV formula guard to remove), with Excel's escapes of
 *       characters XML cannot hold ({@code _x000D_}) undone.
 *   <li>A boolean is {@code TRUE} or {@code FALSE}, as a CSV export writes it.
 *   <li>A formula is its cached value, the result the spreadsheet saved; a formula without one (a
 *       file written by a program that does not compute) and an error value ({@code #DIV/0!}) are
 *       problems of their row, naming the cell.
 * </ul>
 *
 * <p>Rows without a value are skipped: a sheet does not store empty rows, and spreadsheets keep
 * formatted ones that look empty. The workbook passes {@link XlsxGuard} before it is opened. Not
 * thread-safe: one instance reads one sheet on one thread.
 */
final class XlsxRows implements RowSource {
  /** Excel's error values, which a formula's cached text may be. */
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
      "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!",
      "#EXTERNAL!", "#PYTHON!");
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
  /** The serial numbers of Excel's dates, 1900-01-01 to 9999-12-31. */
  private static final double LAST_DATE = 2_958_466;

  private final String source;
  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private int lastLine;

  private XlsxRows(String source, ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.source = source;
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  /**
   * Opens the sheet named {@code sheet}, or the first when it is null.
   *
   * @throws InputException if the file is not an xlsx workbook facets can read, or has no such sheet
   */
  static XlsxRows open(Path file, String sheet) {
    XlsxGuard.check(file);
    String source = file.toString();
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
      List<String> names = workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
      if (names.isEmpty()) {
        throw new InputException(source, 0, 0, "", "the workbook has no sheet", null);
      }
      Optional<Sheet> chosen = sheet == null ? workbook.getSheet(0) : workbook.findSheet(sheet);
      if (chosen.isEmpty()) {
        Optional<String> meant = Checks.nearMiss(sheet, names);
        throw new InputException(source, 0, 0, "", "the workbook has no sheet " + Checks.quote(sheet)
            + meant.map(name -> ": did you mean " + Checks.quote(name) + "?").orElse("") + " (its sheets: "
            + names.stream().map(Checks::quote).collect(Collectors.joining(", ")) + ")", null);
      }
      XlsxRows rows = new XlsxRows(source, workbook, chosen.get());
      workbook = null;
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException) {
        throw (InputException) e;
      }
      throw broken(source, 0, e);
    } finally {
      if (workbook != null) {
        try {
          workbook.close();
        } catch (IOException ignored) {
          // The error being reported says more than a failure to release the file.
        }
      }
    }
  }

  /** A workbook whose XML the reader cannot follow: nothing after it can be read. */
  private static InputException broken(String source, int line, Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return new InputException(source, line, 0, "", "is not an xlsx workbook facets can read"
        + (line > 0 ? " after row " + line : "") + ": " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public TableRow next(int keep) {
    while (true) {
      Row row;
      try {
        if (!rows.hasNext()) {
          return null;
        }
        row = rows.next();
      } catch (RuntimeException e) {
        throw broken(source, lastLine, e);
      }
      int line = Math.max(row.getRowNum(), lastLine + 1);
      lastLine = line;
      TableRow converted = convert(row, line);
      if (converted != null) {
        return converted;
      }
    }
  }

  /**
   * The type a cell's value is read as: its own, or for a formula the type of its saved result, so
   * that a computed number, date or boolean reads exactly as a typed one.
   *
   * @throws InputException if the formula has no saved result, or its result is an error value
   */
  private CellType typeOf(Cell cell, Object value, int line, int column) {
    if (cell.getType() != CellType.FORMULA) {
      return cell.getType();
    }
    if (value == null && ERRORS.contains(String.valueOf(cell.getRawValue()))) {
      throw errorValue(line, column, cell.getRawValue());
    }
    if (value == null) {
      throw cellProblem(line, column, "the cell has the formula " + Checks.quote("=" + cell.getFormula())
          + " but no saved result (facets does not compute formulas): open the file in a spreadsheet"
          + " and save it, or paste the values");
    }
    if (value instanceof BigDecimal) {
      return CellType.NUMBER;
    }
    if (value instanceof Boolean) {
      return CellType.BOOLEAN;
    }
    if (ERRORS.contains(value.toString())) {
      throw errorValue(line, column, value.toString());
    }
    return CellType.STRING;
  }

  /**
   * The row as texts and numbers, or null when it holds no value. It keeps every cell up to the last
   * with a value: the workbook reader holds them all already (at most Excel's 16,384), and a value
   * far beyond the header is then named where it is.
   */
  private TableRow convert(Row row, int line) {
    int size = 0;
    List<String> cells = new ArrayList<>(Math.max(row.getCellCount(), 1));
    double[] numbers = new double[row.getCellCount()];
    Arrays.fill(numbers, Double.NaN);
    InputException problem = null;
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      String text = "";
      double number = Double.NaN;
      if (cell != null) {
        try {
          Object value = cell.getValue();
          switch (typeOf(cell, value, line, i)) {
            case NUMBER:
              number = number(cell, line, i);
              if (isDate(cell)) {
                // A date is no amount: a number column refuses it as it refuses the text.
                text = date(cell, number);
                number = Double.NaN;
              } else {
                text = plain(cell.getRawValue());
              }
              break;
            case STRING:
              text = value == null ? "" : unescape(value.toString());
              break;
            case BOOLEAN:
              text = value == null ? "" : ((Boolean) value ? "TRUE" : "FALSE");
              break;
            case ERROR:
              throw errorValue(line, i, cell.getRawValue());
            default:
              break;
          }
          if (text.length() > JsonLimits.MAX_STRING_LENGTH) {
            throw cellProblem(line, i, "the cell is longer than " + JsonLimits.MAX_STRING_LENGTH
                + " characters, got " + Checks.quote(text));
          }
        } catch (InputException e) {
          problem = problem == null ? e : problem;
          text = "";
          number = Double.NaN;
        }
      }
      if (!text.isEmpty()) {
        size = i + 1;
      }
      cells.add(text);
      numbers[i] = number;
    }
    if (size == 0 && problem == null) {
      return null;
    }
    size = Math.max(size, problem == null ? 0 : problem.column());
    List<String> kept = new ArrayList<>(cells.subList(0, Math.min(size, cells.size())));
    return new TableRow(line, kept, size, Arrays.copyOf(numbers, kept.size()), problem);
  }

  private double number(Cell cell, int line, int index) {
    if (cell.getRawValue().length() > JsonLimits.MAX_NUMBER_LENGTH) {
      throw cellProblem(line, index, "the cell holds a number longer than " + JsonLimits.MAX_NUMBER_LENGTH
          + " characters, got " + Checks.quote(cell.getRawValue()));
    }
    double value = Double.parseDouble(cell.getRawValue());
    if (!Double.isFinite(value)) {
      throw cellProblem(line, index, "the cell holds " + Checks.quote(cell.getRawValue()) + ", not a finite number");
    }
    return value;
  }

  private InputException errorValue(int line, int index, String error) {
    return cellProblem(line, index, "the cell holds the error " + (error == null ? "value" : error)
        + ": correct the formula or type the value");
  }

  private InputException cellProblem(int line, int index, String detail) {
    return new InputException(source, line, index + 1, "", detail + " (cell " + cellName(line, index) + ")", null);
  }

  /**
   * A text with the escapes of characters XML cannot hold undone: Excel writes a carriage return as
   * {@code _x000D_} and a literal {@code _x} as {@code _x005F_x} (ECMA-376, ST_Xstring).
   */
  static String unescape(String text) {
    if (!text.contains("_x")) {
      return text;
    }
    Matcher matcher = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(
          String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The shortest plain decimal of an exact cell value: {@code 1250000}, {@code 0.85}, never {@code 1.25E+6}. */
  static String plain(String raw) {
    if (isPlain(raw)) {
      // Most stored numbers are written so already: no need to build a BigDecimal for each.
      return raw;
    }
    BigDecimal value = new BigDecimal(raw).stripTrailingZeros();
    // 1E-999999999 is a finite double (0) whose plain digits would fill the heap: keep it as stored.
    if (Math.abs((long) value.scale()) + value.precision() > JsonLimits.MAX_NUMBER_LENGTH) {
      return raw;
    }
    return value.toPlainString();
  }

  /** Whether {@code raw} is a shortest plain decimal: {@code -12}, {@code 0.85}; not {@code 1.0}, {@code -0}, {@code 1E3}. */
  private static boolean isPlain(String raw) {
    int i = raw.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      i++;
    }
    int digits = i - start;
    if (digits == 0 || digits > 1 && raw.charAt(start) == '0') {
      return false;
    }
    if (i == raw.length()) {
      return !(start == 1 && raw.charAt(1) == '0');
    }
    if (raw.charAt(i) != '.' || raw.charAt(raw.length() - 1) == '0' || i == raw.length() - 1) {
      return false;
    }
    for (int j = i + 1; j < raw.length(); j++) {
      if (raw.charAt(j) < '0' || raw.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A date cell as ISO text; a number no date can be (before 1900, after 9999) stays a number. */
  private static String date(Cell cell, double serial) {
    if (serial < 0 || serial >= LAST_DATE) {
      return plain(cell.getRawValue());
    }
    LocalDateTime time = cell.asDate();
    return time.toLocalTime().toNanoOfDay() == 0 ? time.toLocalDate().toString() : time.toString();
  }

  /**
   * Whether a numeric cell's format shows a date or a time: Excel's built-in formats 14 to 22 and 45
   * to 47, or a custom format with a day, month, year, hour or second code outside its quoted texts,
   * escapes and bracketed parts ({@code [Red]}, {@code [$-409]}).
   */
  static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
      return true;
    }
    String format = cell.getDataFormatString();
    return format != null && isDateFormat(format);
  }

  /** Whether a number format's codes show a date or a time, as {@link #isDate(Cell)} describes. */
  static boolean isDateFormat(String format) {
    // The first section is the format of positive numbers, which is what a date shows.
    String section = format.split(";", -1)[0];
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '"') {
        int end = section.indexOf('"', i + 1);
        i = end < 0 ? section.length() : end;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int end = section.indexOf(']', i + 1);
        String inside = end < 0 ? "" : section.substring(i + 1, end).toLowerCase(Locale.ROOT);
        // Elapsed time, [h]:mm, is a time; colours, locales and conditions are not codes.
        if (inside.matches("h+|m+|s+")) {
          codes.append(inside);
        }
        i = end < 0 ? section.length() : end;
      } else {
        codes.append(Character.toLowerCase(c));
      }
    }
    String text = codes.toString();
    return !text.contains("general") && text.matches(".*[dmyhs].*");
  }

  @Override
  public char separator() {
    return ',';
  }

  @Override
  public boolean isSheet() {
    return true;
  }

  /** {@code Register!C7}, or {@code 'My register'!C7} when the name needs quotes. */
  @Override
  public String cellName(int line, int index) {
    String sheet = sheetName.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheetName
        : "'" + sheetName.replace("'", "''") + "'";
    return sheet + "!" + column(index) + line;
  }

  /** The letters of a column, from 0: A, ..., Z, AA, ... */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (UncheckedIOException ignored) {
      // Reading is over; a failure to release the file changes nothing that was read.
    } finally {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // As above: the workbook is released as far as it can be.
      }
    }
  }
}
