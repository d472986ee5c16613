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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a portfolio CSV file: metadata lines, the header, then one initiative per row,
 * handed to a sink as each row is read, so that memory holds one row (and the ids seen, to reject
 * duplicates), not the file.
 *
 * <p>Every rule is checked by the value types themselves ({@link Checks}, the builders' {@link
 * InvalidValueException}s); this class only maps their field names to columns and adds the file and
 * the line. Not thread-safe: one instance reads one file on one thread.
 */
final class CsvPortfolioReader {
  /** Cells kept from a line before the header: far more than the columns there are. */
  private static final int MAX_HEADER_CELLS = 256;
  /** A decimal number: digits with an optional point and exponent; no NaN, hex or suffixes. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  /** A metadata line: {@code # key: value}; one space after the colon belongs to the syntax. */
  private static final Pattern METADATA = Pattern.compile("#\\s*([A-Za-z]+)\\s*: ?(.*)", Pattern.DOTALL);
  private static final List<String> METADATA_KEYS = List.of("name", "asOf", "currency");

  private final CsvRecords records;
  private final String defaultName;
  private final IdSet ids;
  private final Map<String, Integer> metadataLines = new HashMap<>();
  /** The column of each header cell, null for an attribute's. */
  private PortfolioColumn[] header;
  /** The attribute key of each header cell, null for a contract column's. */
  private String[] attributeKeys;
  private int headerLine;
  private String name;
  private LocalDate asOf;
  private String currency;

  private CsvPortfolioReader(CsvRecords records, String defaultName, IdSet ids) {
    this.records = records;
    this.defaultName = defaultName;
    this.ids = ids;
  }

  /** Reads a whole portfolio; its name is {@code defaultName} unless a {@code # name:} line says. */
  static Portfolio portfolio(CsvRecords records, String defaultName) {
    List<Initiative> initiatives = new ArrayList<>();
    CsvPortfolioReader reader = new CsvPortfolioReader(records, defaultName, IdSet.exact());
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
  static PortfolioHeader stream(CsvRecords records, String defaultName, Consumer<Initiative> sink, IdSet ids) {
    CsvPortfolioReader reader = new CsvPortfolioReader(records, defaultName, ids);
    long count = reader.read(sink);
    return new PortfolioHeader(reader.name, Optional.ofNullable(reader.asOf), Optional.ofNullable(reader.currency),
        count);
  }

  private long read(Consumer<Initiative> sink) {
    try (records) {
      readHead();
      long count = 0;
      for (CsvRecords.Record row = records.next(header.length + 1); row != null;
          row = records.next(header.length + 1)) {
        sink.accept(initiative(row));
        count++;
      }
      if (count == 0) {
        throw new InputException(records.source(), headerLine, 0, "",
            "the file has a header but no initiatives: at least one row is required after it", null);
      }
      if (name == null) {
        name = Checks.notBlank(defaultName, "name");
      }
      return count;
    }
  }

  // ---------------------------------------------------------------- before the rows

  private void readHead() {
    boolean sawMetadata = false;
    for (CsvRecords.Record record = records.next(MAX_HEADER_CELLS); record != null;
        record = records.next(MAX_HEADER_CELLS)) {
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

  private void metadata(CsvRecords.Record record) {
    for (int i = 1; i < record.cells.size(); i++) {
      if (!record.cells.get(i).isEmpty()) {
        throw new InputException(records.source(), record.line, 0, "",
            "a metadata line is one cell: put it in quotes when its value has a comma"
                + " (\"# name: Ministry of Things, Inc\"), got the second cell " + Checks.quote(record.cells.get(i)),
            null);
      }
    }
    String text = record.cells.get(0);
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

  private void header(CsvRecords.Record record) {
    if (record.size > record.cells.size()) {
      throw new InputException(records.source(), record.line, 0, "",
          "the header has " + record.size + " cells, more than the " + MAX_HEADER_CELLS
              + " a portfolio may have (" + PortfolioColumn.NAMES.size() + " columns and its attributes)", null);
    }
    header = new PortfolioColumn[record.size];
    attributeKeys = new String[record.size];
    Map<String, Integer> seen = new HashMap<>();
    Map<PortfolioColumn, Integer> columns = new EnumMap<>(PortfolioColumn.class);
    for (int i = 0; i < record.size; i++) {
      String text = record.cells.get(i);
      int cell = i + 1;
      Integer first = seen.putIfAbsent(text, i);
      if (first != null) {
        throw new InputException(records.source(), record.line, 0, text, (text.isEmpty() ? "an empty name" : text)
            + " appears twice in the header, as cells " + (first + 1) + " and " + cell + ", got "
            + Checks.quote(text), null);
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
      throw new InputException(records.source(), line, 0, "", "cell " + cell + " of the header has no name:"
          + " name the column (any name not a portfolio column is an attribute), got " + Checks.quote(text), null);
    }
    Optional<String> meant = Checks.nearMiss(text, PortfolioColumn.NAMES);
    if (meant.isPresent()) {
      throw new InputException(records.source(), line, 0, text, Checks.quote(text) + " is not a portfolio column,"
          + " and too close to one to be taken as an attribute: did you mean " + meant.get()
          + "? (names are exact, case included; rename the column to keep it as an attribute)", null);
    }
    return CsvText.restore(text);
  }

  // ---------------------------------------------------------------- rows

  private Initiative initiative(CsvRecords.Record row) {
    checkShape(row);
    String[] cells = new String[PortfolioColumn.values().length];
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      String cell = row.cells.get(i);
      // An empty cell is an absent value, exactly as a missing column is.
      if (cell.isEmpty()) {
        continue;
      }
      if (header[i] != null) {
        cells[header[i].ordinal()] = cell;
      } else {
        attributes.put(attributeKeys[i], CsvText.restore(cell));
      }
    }
    try {
      return initiative(new Row(cells), row.line, attributes);
    } catch (InvalidValueException e) {
      throw invalid(e, row.line);
    }
  }

  private void checkShape(CsvRecords.Record row) {
    if (row.isBlankLine()) {
      throw new InputException(records.source(), row.line, 0, "",
          "a blank line: every line after the header is an initiative, so remove it", null);
    }
    if (row.size < header.length) {
      String missing = columnName(row.size);
      throw new InputException(records.source(), row.line, 0, missing, "the row has " + row.size
          + " cells, but the header has " + header.length + " columns: no cell for " + missing
          + " and after, got " + Checks.quote(String.join(",", row.cells)), null);
    }
    if (row.size > header.length) {
      throw new InputException(records.source(), row.line, 0, "", "the row has " + row.size
          + " cells, but the header has " + header.length + " columns: the first extra cell is "
          + Checks.quote(row.cells.get(header.length)), null);
    }
  }

  /** The name of the header's cell {@code index}, a contract column's or an attribute's. */
  private String columnName(int index) {
    return header[index] != null ? header[index].header() : attributeKeys[index];
  }

  /** The cells of one row, by column, null where empty. */
  private static final class Row {
    private final String[] cells;

    Row(String[] cells) {
      this.cells = cells;
    }

    boolean has(PortfolioColumn column) {
      return cells[column.ordinal()] != null;
    }

    /** The text of a text cell, its formula guard removed; null when empty. */
    String text(PortfolioColumn column) {
      String cell = cells[column.ordinal()];
      return cell == null ? null : CsvText.restore(cell);
    }

    /** A text cell parsed by {@code parse}, or null when empty. */
    <T> T parsed(PortfolioColumn column, Function<String, T> parse) {
      String text = text(column);
      return text == null ? null : parse.apply(text);
    }

    /** The finite number of a cell; the cell must not be empty. */
    double number(PortfolioColumn column) {
      String cell = cells[column.ordinal()];
      if (cell == null) {
        throw new InvalidValueException(column.header(), "an empty cell", "be given");
      }
      if (cell.length() > JsonLimits.MAX_NUMBER_LENGTH || !NUMBER.matcher(cell).matches()) {
        throw new InvalidValueException(column.header(), Checks.quote(cell), "be a number (like 1250000 or 0.25)");
      }
      double value = Double.parseDouble(cell);
      if (!Double.isFinite(value)) {
        throw new InvalidValueException(column.header(), cell, "be a finite number");
      }
      return value;
    }

    /** Whether any of the columns has a value; if so, every one of them must (a position, an impact). */
    boolean all(List<PortfolioColumn> columns) {
      PortfolioColumn given = null;
      for (PortfolioColumn column : columns) {
        if (has(column)) {
          given = column;
        }
      }
      if (given == null) {
        return false;
      }
      for (PortfolioColumn column : columns) {
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

  private Initiative initiative(Row row, int line, Map<String, String> attributes) {
    Initiative.Builder builder = new Initiative.Builder().putAllAttributes(attributes);
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
      builder.position(within("position", () -> AxisPosition.of(uncertainty, directedness)));
    }
    if (PortfolioColumn.FACETS.stream().anyMatch(row::has)) {
      Map<Facet, Double> weights = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.ordered()) {
        PortfolioColumn column = PortfolioColumn.of(facet);
        weights.put(facet, row.has(column) ? row.number(column) : 0.0);
      }
      builder.facets(within("facets", () -> FacetMix.of(weights)));
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
      builder.impact(within("impact", () -> ImpactEstimate.of(low, mode, high)));
    }
    if (row.has(PortfolioColumn.TAGS)) {
      // -1 keeps empty tags ("a;;b", "a;"), so that the builder rejects them instead of losing them.
      for (String tag : row.text(PortfolioColumn.TAGS).split(";", -1)) {
        builder.addTags(tag);
      }
    }
    return builder.build();
  }

  /**
   * Builds a value of a column group, placing its errors under the group ({@code uncertainty} becomes
   * {@code position.uncertainty}, the column's name), except an error about the group as a whole.
   */
  private static <T> T within(String group, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw e.field().equals(group) ? e : e.under(group);
    }
  }

  private InputException invalid(InvalidValueException e, int line) {
    return new InputException(records.source(), line, 0, e.field(), e.getMessage(), e);
  }
}
