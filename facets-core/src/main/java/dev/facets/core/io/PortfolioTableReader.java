package dev.facets.core.io;

import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a portfolio table, a CSV file or a spreadsheet ({@link RowSource}): metadata lines,
 * the header, then one initiative per row, handed to a sink as each row is read, so that memory
 * holds one row (and the ids seen, to reject duplicates), not the file. CSV and xlsx go through this
 * one reader, so their columns, rules and messages are the same; only where a sheet differs (typed
 * cells, rows that stop at their last value, cells named {@code Register!C7}) does it ask
 * {@link RowSource#isSheet()}.
 *
 * <p>Every rule is checked by the value types themselves ({@link Checks}, the builders' {@link
 * InvalidValueException}s); this class only maps their field names to columns and adds the file and
 * the line. Not thread-safe: one instance reads one file on one thread.
 */
final class PortfolioTableReader {
  /** Cells kept from a line before the header: far more than the columns there are. */
  private static final int MAX_HEADER_CELLS = 256;
  /** A number with a point and three digits after it, in a file where the point may group thousands. */
  private static final Pattern AMBIGUOUS_POINT = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+");
  /** A number with thousands separators (comma, point, space, apostrophe) and an optional fraction. */
  private static final Pattern THOUSANDS = Pattern.compile(
      "[+-]?(\\d{1,3}(?:([,. \u00A0'])\\d{3})(?:\\2\\d{3})*)([.,]\\d+)?");
  /** A metadata line: {@code # key: value}; one space after the colon belongs to the syntax. */
  private static final Pattern METADATA = Pattern.compile("#\\s*([A-Za-z]+)\\s*: ?(.*)", Pattern.DOTALL);
  private static final List<String> METADATA_KEYS = List.of("name", "asOf", "currency");

  private final RowSource records;
  private final String defaultName;
  private final IdSet ids;
  private final Map<String, Integer> metadataLines = new HashMap<>();
  /** The first problems of the rows (at most as many as a report lists), and how many there were. */
  private final List<InputException> problems = new ArrayList<>();
  private long problemCount;
  /** The header's cells up to its last named one: Excel pads a sheet's export with empty columns. */
  private int width;
  /** The cells kept of a row: the header's, padding included, and one more to show an extra one. */
  private int keep;
  /** The column of each header cell, null for an attribute's. */
  private PortfolioColumn[] header;
  /** The attribute key of each header cell, null for a contract column's. */
  private String[] attributeKeys;
  private int headerLine;
  private String name;
  private LocalDate asOf;
  private String currency;
  /** The one builder and row of this reader, reset for every row (see {@link #initiative(Row, int)}). */
  private final Initiative.Builder builder = new Initiative.Builder();
  private Row row;
  /** The facet weights of the row being read, in facet order. */
  private final double[] weights = new double[Facet.COUNT];

  private PortfolioTableReader(RowSource records, String defaultName, IdSet ids) {
    this.records = records;
    this.defaultName = defaultName;
    this.ids = ids;
  }

  /** Reads a whole portfolio; its name is {@code defaultName} unless a {@code # name:} line says. */
  static Portfolio portfolio(RowSource records, String defaultName) {
    List<Initiative> initiatives = new ArrayList<>();
    PortfolioTableReader reader = new PortfolioTableReader(records, defaultName, IdSet.exact());
    reader.read(initiative -> {
      HeldLimits.check(initiatives.size() + 1L, HeldLimits.BYTES_PER_INITIATIVE, "initiatives", records.source(),
          0, 0, "");
      initiatives.add(initiative);
    });
    Portfolio.Builder builder = new Portfolio.Builder().name(reader.name).addAllInitiatives(initiatives);
    if (reader.asOf != null) {
      builder.asOf(reader.asOf);
    }
    if (reader.currency != null) {
      builder.currency(reader.currency);
    }
    return builder.build();
  }

  /**
   * Hands every initiative to {@code sink} as it is read, validating the whole file with the ids in
   * {@code ids}; returns the name, date, currency and count.
   */
  static PortfolioHeader stream(RowSource records, String defaultName, Consumer<Initiative> sink, IdSet ids) {
    PortfolioTableReader reader = new PortfolioTableReader(records, defaultName, ids);
    long count = reader.read(sink);
    return new PortfolioHeader(reader.name, Optional.ofNullable(reader.asOf), Optional.ofNullable(reader.currency),
        count);
  }

  /**
   * Streams a table opened by {@code open} (called again for a second pass when the first finds ids
   * whose hashes repeat), with the memory of {@link IdSet#streaming()}.
   */
  static PortfolioHeader stream(Supplier<RowSource> open, String defaultName, Consumer<Initiative> sink) {
    IdSet.Streaming ids = IdSet.streaming();
    Supplier<PortfolioHeader> secondPass = () -> stream(open.get(), defaultName, initiative -> { },
        ids.restrictedTo(ids.suspects()));
    PortfolioHeader header;
    try {
      header = stream(open.get(), defaultName, sink, ids);
    } catch (InputException e) {
      ids.rethrowFirstRepeat(e, secondPass);
      throw e;
    }
    ids.checkUnique(secondPass);
    return header;
  }

  private long read(Consumer<Initiative> sink) {
    try (records) {
      readHead();
      long count = 0;
      while (true) {
        TableRow row;
        try {
          row = records.next(keep);
        } catch (InputException e) {
          // The text itself is broken (a quote never closed): nothing after it can be read.
          throw report(e);
        }
        if (row == null) {
          break;
        }
        count++;
        Initiative initiative;
        try {
          initiative = initiative(row);
        } catch (InputException e) {
          // A bad row spoils nothing else: go on, to report every problem of the file at once.
          if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(e);
          }
          problemCount++;
          continue;
        }
        if (problems.isEmpty()) {
          sink.accept(initiative);
        }
      }
      if (count == 0) {
        throw report(new InputException(records.source(), headerLine, 0, "",
            "the file has a header but no initiatives: at least one row is required after it", null));
      }
      if (!problems.isEmpty()) {
        throw InputException.of(problems, problemCount);
      }
      if (name == null) {
        name = Checks.notBlank(defaultName, "name");
      }
      return count;
    }
  }

  /** The problems found so far and {@code last}, as one exception. */
  private InputException report(InputException last) {
    if (problems.isEmpty()) {
      return last;
    }
    if (problems.size() < InputException.MAX_PROBLEMS) {
      problems.add(last);
    }
    return InputException.of(problems, problemCount + 1);
  }

  // ---------------------------------------------------------------- before the rows

  private void readHead() {
    boolean sawMetadata = false;
    for (TableRow record = records.next(MAX_HEADER_CELLS); record != null;
        record = records.next(MAX_HEADER_CELLS)) {
      if (record.problem != null) {
        throw record.problem;
      }
      if (record.isBlankLine()) {
        throw new InputException(records.source(), record.line, 0, "",
            "a blank line before the header: remove it", null);
      }
      if (record.cells.get(0).startsWith("#")) {
        metadata(record);
        sawMetadata = true;
      } else {
        header(record);
        return;
      }
    }
    throw new InputException(records.source(), 0, 0, "",
        (sawMetadata ? "the file ends before its header line" : "the file is empty")
            + ": expected a header line with the columns " + String.join(",", PortfolioColumn.NAMES)
            + " (id and budget required, any order), got nothing", null);
  }

  private void metadata(TableRow record) {
    // In a sheet, "# asOf:" may keep its value in the next cell, where a date cell can hold it.
    int valueCell = records.isSheet() && record.size > 1 && record.cells.get(0).trim().endsWith(":")
        && !record.cells.get(1).isEmpty() ? 1 : 0;
    for (int i = valueCell + 1; i < record.cells.size(); i++) {
      if (!record.cells.get(i).isEmpty()) {
        throw at(record.line, i, "", records.isSheet()
            ? "a metadata row is one cell ('# name: Ministry'), or '# key:' and its value in the next cell,"
                + " got the cell " + Checks.quote(record.cells.get(i))
            : "a metadata line is one cell: put it in quotes when its value has a comma"
                + " (\"# name: Ministry of Things, Inc\"), got the second cell " + Checks.quote(record.cells.get(i)));
      }
    }
    String text = valueCell == 0 ? record.cells.get(0) : record.cells.get(0).trim() + " " + record.cells.get(1);
    Matcher matcher = METADATA.matcher(text);
    if (!matcher.matches()) {
      throw new InputException(records.source(), record.line, 0, "",
          "a line before the header must be '# key: value' with a key of " + String.join(", ", METADATA_KEYS)
              + ", got "
              + Checks.quote(text), null);
    }
    String key = matcher.group(1);
    String value = matcher.group(2);
    if (!METADATA_KEYS.contains(key)) {
      throw new InputException(records.source(), record.line, 0, key,
          Checks.quote(key) + " is not a known metadata key (allowed: " + String.join(", ", METADATA_KEYS) + ")", null);
    }
    Integer first = metadataLines.putIfAbsent(key, record.line);
    if (first != null) {
      throw new InputException(records.source(), record.line, 0, key,
          key + " is given twice, on lines " + first + " and " + record.line + ", got " + Checks.quote(value), null);
    }
    try {
      switch (key) {
        case "name":
          name = Checks.notBlank(value, "name");
          break;
        case "asOf":
          asOf = FacetsJson.date(value);
          break;
        default:
          currency = Checks.notBlank(value, "currency");
          break;
      }
    } catch (InvalidValueException e) {
      throw invalid(e, record.line);
    }
  }

  private void header(TableRow record) {
    if (record.size > MAX_HEADER_CELLS) {
      throw new InputException(records.source(), record.line, 0, "",
          "the header has " + record.size + " cells, more than the " + MAX_HEADER_CELLS
              + " a portfolio may have (" + PortfolioColumn.NAMES.size() + " columns and its attributes)", null);
    }
    width = record.size;
    while (width > 1 && record.cells.get(width - 1).isEmpty()) {
      width--;
    }
    keep = record.size + 1;
    header = new PortfolioColumn[width];
    attributeKeys = new String[width];
    Map<String, Integer> seen = new HashMap<>();
    Map<PortfolioColumn, Integer> columns = new EnumMap<>(PortfolioColumn.class);
    for (int i = 0; i < width; i++) {
      String text = record.cells.get(i);
      int cell = i + 1;
      Integer first = seen.putIfAbsent(text, i);
      if (first != null) {
        throw at(record.line, i, text, (text.isEmpty() ? "an empty name" : text)
            + " appears twice in the header, as cells " + (first + 1) + " and " + cell + ", got "
            + Checks.quote(text));
      }
      Optional<PortfolioColumn> column = PortfolioColumn.named(text);
      if (column.isPresent()) {
        header[i] = column.get();
        columns.put(column.get(), i);
      } else {
        attributeKeys[i] = attributeKey(text, cell, record.line);
      }
    }
    for (PortfolioColumn required : List.of(PortfolioColumn.ID, PortfolioColumn.BUDGET)) {
      if (!columns.containsKey(required)) {
        throw new InputException(records.source(), record.line, 0, required.header(),
            required.header() + " is a required column, but the header has none, got "
                + Checks.quote(String.join(",", record.cells)), null);
      }
    }
    headerLine = record.line;
  }

  /** The attribute key of a header cell that is not a contract column, unless it is a typo of one. */
  private String attributeKey(String text, int cell, int line) {
    if (text.isBlank()) {
      throw at(line, cell - 1, "", "cell " + cell + " of the header has no name:"
          + " name the column (any name not a portfolio column is an attribute), got " + Checks.quote(text));
    }
    Optional<String> meant = Checks.nearMiss(text, PortfolioColumn.NAMES);
    if (meant.isPresent()) {
      throw at(line, cell - 1, text, Checks.quote(text) + " is not a portfolio column,"
          + " and too close to one to be taken as an attribute: did you mean " + meant.get()
          + "? (names are exact, case included; rename the column to keep it as an attribute)");
    }
    return text(text);
  }

  // ---------------------------------------------------------------- rows

  /** A text as the file means it: in CSV without the formula guard the writer adds; in a sheet as it is. */
  private String text(String cell) {
    return records.isSheet() ? cell : CsvText.restore(cell);
  }

  private Initiative initiative(TableRow record) {
    if (record.problem != null) {
      throw record.problem;
    }
    checkShape(record);
    Row row = this.row;
    if (row == null) {
      row = new Row(!records.isSheet() && records.separator() == ';');
      this.row = row;
    }
    row.clear();
    try {
      // Collections' empty map, whose iterator is shared: Map.of() would allocate one per row.
      builder.attributes(Collections.emptyMap());
      for (int i = 0; i < header.length; i++) {
        String cell = record.cell(i);
        // An empty cell is an absent value, exactly as a missing column is.
        if (cell.isEmpty()) {
          continue;
        }
        if (header[i] != null) {
          // A number cell keeps the guard's apostrophe: "'-5" is no number, in CSV as before.
          row.cells[header[i].ordinal()] = header[i].isNumber() ? cell : text(cell);
          row.numbers[header[i].ordinal()] = record.number(i);
        } else {
          builder.putAttributes(attributeKeys[i], text(cell));
        }
      }
      return initiative(row, record.line);
    } catch (InvalidValueException e) {
      throw invalid(e, record.line);
    }
  }

  private void checkShape(TableRow row) {
    if (row.isBlankLine()) {
      throw new InputException(records.source(), row.line, 0, "",
          "a blank line: every line after the header is an initiative, so remove it", null);
    }
    if (row.size < width && !records.isSheet()) {
      String missing = columnName(row.size);
      throw new InputException(records.source(), row.line, 0, missing, "the row has " + row.size
          + " cells, but the header has " + width + " columns: no cell for " + missing
          + " and after, got " + Checks.quote(String.join(String.valueOf(records.separator()), row.cells)), null);
    }
    int extra = firstFilledAfterHeader(row);
    if (extra >= 0 && records.isSheet()) {
      throw at(row.line, extra, "", "a value in a column the header does not name (the header has " + width
          + " columns): name the column or clear the cell, got " + Checks.quote(row.cell(extra)));
    }
    if (extra >= 0) {
      String split = thousandsSplit(row);
      throw new InputException(records.source(), row.line, 0, split == null ? "" : split, "the row has " + row.size
          + " cells, but the header has " + width + " columns: the first extra cell is "
          + Checks.quote(row.cells.get(Math.min(extra, row.cells.size() - 1)))
          + (split == null ? "" : "; " + split + " looks like a number written with a thousands separator,"
              + " which the comma splits: write it without (" + thousandsJoined(row, split) + ") or put it in"
              + " quotes"), null);
    }
  }

  /**
   * The first non-empty cell beyond the header's named columns, or -1 (Excel pads with empty ones).
   * In CSV a row may not be longer than the header, padding included, even with empty cells: a cell
   * more than the header has is a separator too many. A sheet stores no empty cells, so there only a
   * value counts.
   */
  private int firstFilledAfterHeader(TableRow row) {
    if (row.size > keep - 1 && (!records.isSheet() || row.cells.size() < row.size)) {
      return keep - 1;
    }
    for (int i = width; i < row.size; i++) {
      if (!row.cell(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * In a row with too many cells, the number column whose cell and the next one read like one number
   * split at a thousands separator ({@code 850} and {@code 000}), or null.
   */
  private String thousandsSplit(TableRow row) {
    if (records.separator() != ',' || records.isSheet()) {
      return null;
    }
    for (int i = 0; i + 1 < Math.min(width, row.cells.size()); i++) {
      if (header[i] != null && header[i].isNumber() && row.cells.get(i).matches("[+-]?\\d{1,3}")
          && row.cells.get(i + 1).matches("\\d{3}(\\.\\d*)?")) {
        return header[i].header();
      }
    }
    return null;
  }

  private String thousandsJoined(TableRow row, String column) {
    for (int i = 0; i < width; i++) {
      if (header[i] != null && header[i].header().equals(column)) {
        int j = i + 1;
        StringBuilder joined = new StringBuilder(row.cells.get(i));
        while (j < row.cells.size() && row.cells.get(j).matches("\\d{3}(\\.\\d*)?")) {
          joined.append(row.cells.get(j));
          j++;
          if (joined.toString().contains(".")) {
            break;
          }
        }
        return joined.toString();
      }
    }
    return "";
  }

  /** The name of the header's cell {@code index}, a contract column's or an attribute's. */
  private String columnName(int index) {
    return header[index] != null ? header[index].header() : attributeKeys[index];
  }

  /**
   * The cells of one row, by column: their texts (null where empty, the CSV formula guard removed)
   * and, for a sheet's numeric cells, their values (else NaN). One instance serves every row of a
   * file, cleared before each.
   */
  private static final class Row {
    private final String[] cells = new String[PortfolioColumn.values().length];
    private final double[] numbers = new double[cells.length];
    private final boolean decimalComma;

    Row(boolean decimalComma) {
      this.decimalComma = decimalComma;
    }

    /** Empties every cell, for the next row. */
    void clear() {
      Arrays.fill(cells, null);
      Arrays.fill(numbers, Double.NaN);
    }

    boolean has(PortfolioColumn column) {
      return cells[column.ordinal()] != null;
    }

    /** Whether any of the columns has a value. */
    boolean hasAny(List<PortfolioColumn> columns) {
      for (int i = 0; i < columns.size(); i++) {
        if (has(columns.get(i))) {
          return true;
        }
      }
      return false;
    }

    /** The text of a cell; null when empty. */
    String text(PortfolioColumn column) {
      return cells[column.ordinal()];
    }

    /** A text cell parsed by {@code parse}, or null when empty. */
    <T> T parsed(PortfolioColumn column, Function<String, T> parse) {
      String text = text(column);
      return text == null ? null : parse.apply(text);
    }

    /**
     * The finite number of a cell; the cell must not be empty. A probability or facet weight may be
     * a percentage ({@code 85%}); in a file separated by {@code ;} the decimal separator may be a
     * comma ({@code 0,85}). Thousands separators are refused with the number to write instead: a
     * guess between {@code 1.250} as 1250 and as 1.25 could be wrong.
     */
    double number(PortfolioColumn column) {
      String cell = cells[column.ordinal()];
      if (cell == null) {
        throw new InvalidValueException(column.header(), "an empty cell", "be given");
      }
      // A sheet's number is exact as it is: a cell formatted as 85% holds 0.85.
      if (!Double.isNaN(numbers[column.ordinal()])) {
        return numbers[column.ordinal()];
      }
      String text = cell;
      boolean percent = column.allowsPercent() && text.endsWith("%");
      if (percent) {
        text = text.substring(0, text.length() - 1);
      }
      if (decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0 && text.indexOf(',') == text.lastIndexOf(',')) {
        text = text.replace(',', '.');
      }
      if (text.length() > JsonLimits.MAX_NUMBER_LENGTH || !Decimals.isPlain(text)
          || (decimalComma && AMBIGUOUS_POINT.matcher(text).matches())) {
        throw new InvalidValueException(column.header(), Checks.quote(cell), "be a number (" + numberForms(column) + ")"
            + (decimalComma && AMBIGUOUS_POINT.matcher(text).matches()
                ? ": a point in a file separated by ';' could group thousands or mark decimals, so write "
                    + text.replace(".", "") + " for the whole number or " + text.replace('.', ',') + " for the decimal"
                : thousandsHint(cell)));
      }
      double value = Decimals.parse(text);
      if (!Double.isFinite(value)) {
        throw new InvalidValueException(column.header(), cell, "be a finite number");
      }
      return percent ? value / 100 : value;
    }

    private String numberForms(PortfolioColumn column) {
      String decimal = decimalComma ? "like 1250000 or 0,25" : "like 1250000 or 0.25";
      return column.allowsPercent() ? decimal + " or 25%" : decimal;
    }

    /** How to write a number given with thousands separators, or nothing. */
    private static String thousandsHint(String cell) {
      Matcher matcher = THOUSANDS.matcher(cell);
      if (!matcher.matches()) {
        return "";
      }
      String digits = matcher.group(1).replaceAll("[,. \u00A0']", "");
      String fraction = matcher.group(3) == null ? "" : "." + matcher.group(3).substring(1);
      return ": write it without thousands separators, as " + digits + fraction;
    }

    /** Whether any of the columns has a value; if so, every one of them must (a position, an impact). */
    boolean all(List<PortfolioColumn> columns) {
      PortfolioColumn given = null;
      for (int i = 0; i < columns.size(); i++) {
        if (has(columns.get(i))) {
          given = columns.get(i);
        }
      }
      if (given == null) {
        return false;
      }
      for (int i = 0; i < columns.size(); i++) {
        PortfolioColumn column = columns.get(i);
        if (!has(column)) {
          throw new InvalidValueException(column.header(), "an empty cell",
              "be given too when " + given.header() + " is (all of " + names(columns) + " or none)");
        }
      }
      return true;
    }

    private static String names(List<PortfolioColumn> columns) {
      List<String> names = new ArrayList<>();
      columns.forEach(column -> names.add(column.header()));
      return String.join(", ", names);
    }
  }

  /**
   * The initiative of a row, from the one builder of this reader: every optional field is set or
   * reset for each row (the required id and budget are always set before it builds, the attributes
   * by {@link #initiative(TableRow)}), so that no builder, list or map is allocated per row. A built
   * initiative copies what it keeps.
   */
  private Initiative initiative(Row row, int line) {
    Initiative.Builder builder = this.builder;
    builder.name(Optional.empty()).position(Optional.empty()).facets(Optional.empty()).purpose(Optional.empty())
        .driver(Optional.empty()).stage(Optional.empty()).givenImpact(Optional.empty()).priority(Priority.MEDIUM)
        .successProbability(1).tags(Collections.emptyList());
    String id = row.text(PortfolioColumn.ID);
    if (id == null) {
      throw new InvalidValueException("id", "an empty cell", "be given (a non-blank text, unique in the file)");
    }
    builder.id(Checks.notBlank(id, "id"));
    long first = ids.register(id, line);
    if (first >= 0) {
      throw new InvalidValueException("id", Checks.quote(id), "be unique, but the row on line " + first + " has it too");
    }
    builder.budget(Checks.finiteNonNegative(row.number(PortfolioColumn.BUDGET), "budget"));
    if (row.has(PortfolioColumn.NAME)) {
      builder.name(row.text(PortfolioColumn.NAME));
    }
    if (row.all(PortfolioColumn.POSITION)) {
      double uncertainty = row.number(PortfolioColumn.UNCERTAINTY);
      double directedness = row.number(PortfolioColumn.DIRECTEDNESS);
      try {
        builder.position(AxisPosition.of(uncertainty, directedness));
      } catch (InvalidValueException e) {
        throw within("position", e);
      }
    }
    if (row.hasAny(PortfolioColumn.FACETS)) {
      // Absent facets weigh 0, as FacetMix.of(Map) has it: the same mix and the same message.
      double[] weights = this.weights;
      for (int f = 0; f < Facet.COUNT; f++) {
        Facet facet = Facet.ordered().get(f);
        PortfolioColumn column = PortfolioColumn.of(facet);
        weights[facet.ordinal()] = row.has(column) ? row.number(column) : 0.0;
      }
      try {
        builder.facets(FacetMix.of(weights[0], weights[1], weights[2], weights[3]));
      } catch (InvalidValueException e) {
        throw within("facets", e);
      }
    }
    if (row.has(PortfolioColumn.PURPOSE)) {
      builder.purpose(row.parsed(PortfolioColumn.PURPOSE, Purpose::parse));
    }
    if (row.has(PortfolioColumn.DRIVER)) {
      builder.driver(row.parsed(PortfolioColumn.DRIVER, Driver::parse));
    }
    if (row.has(PortfolioColumn.STAGE)) {
      builder.stage(row.parsed(PortfolioColumn.STAGE, Stage::parse));
    }
    if (row.has(PortfolioColumn.PRIORITY)) {
      builder.priority(row.parsed(PortfolioColumn.PRIORITY, Priority::parse));
    }
    if (row.has(PortfolioColumn.SUCCESS_PROBABILITY)) {
      builder.successProbability(
          Checks.probability(row.number(PortfolioColumn.SUCCESS_PROBABILITY), "successProbability"));
    }
    if (row.all(PortfolioColumn.IMPACT)) {
      double low = row.number(PortfolioColumn.IMPACT_LOW);
      double mode = row.number(PortfolioColumn.IMPACT_MODE);
      double high = row.number(PortfolioColumn.IMPACT_HIGH);
      try {
        builder.impact(ImpactEstimate.of(low, mode, high));
      } catch (InvalidValueException e) {
        throw within("impact", e);
      }
    }
    if (row.has(PortfolioColumn.TAGS)) {
      // Every piece between ';', empty ones too ("a;;b", "a;"), so that the builder rejects them
      // instead of losing them: String.split(";", -1) without its list and array.
      String tags = row.text(PortfolioColumn.TAGS);
      int start = 0;
      for (int end = tags.indexOf(';'); end >= 0; end = tags.indexOf(';', start)) {
        builder.addTags(tags.substring(start, end));
        start = end + 1;
      }
      builder.addTags(tags.substring(start));
    }
    return builder.build();
  }

  /**
   * A value of a column group's error, placed under the group ({@code uncertainty} becomes
   * {@code position.uncertainty}, the column's name), except an error about the group as a whole.
   */
  private static InvalidValueException within(String group, InvalidValueException e) {
    return e.field().equals(group) ? e : e.under(group);
  }

  private InputException invalid(InvalidValueException e, int line) {
    int index = -1;
    for (int i = 0; header != null && i < header.length; i++) {
      if (header[i] != null && header[i].header().equals(e.field())) {
        index = i;
      }
    }
    return at(line, index, e.field(), e.getMessage(), e);
  }

  private InputException at(int line, int index, String path, String detail) {
    return at(line, index, path, detail, null);
  }

  /**
   * A problem of cell {@code index} (from 0; -1 for the row as a whole) on {@code line}: in a sheet,
   * with the cell's column number and its name ({@code (cell Register!C7)}), as people find it.
   */
  private InputException at(int line, int index, String path, String detail, Throwable cause) {
    if (!records.isSheet() || index < 0) {
      return new InputException(records.source(), line, 0, path, detail, cause);
    }
    return new InputException(records.source(), line, index + 1, path,
        detail + " (cell " + records.cellName(line, index) + ")", cause);
  }
}
