package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes the facets JSON files of the file contract (v1): portfolios, scenario sets and
 * target mixes.
 *
 * <p>Reading is strict, because a typo that passes silently is worse than an error: unknown keys,
 * wrong types, non-finite or out-of-range numbers, duplicate keys or ids, missing required fields
 * and truncated text are each one {@link InputException} naming the file, the line and column, the
 * JSON path ({@code initiatives[3].budgte}) and the value. A portfolio file reports every problem
 * of its values in one exception ({@link InputException#problems()}, one per initiative), and
 * broken text at its first place, after the problems before it. Reading streams, so a register of a
 * million initiatives needs memory for the initiatives, not for the text; {@link
 * #readInitiatives(Path, Consumer)} does not even keep those. Writing produces the same format, so
 * every value round-trips. This class is stateless and thread-safe.
 */
public final class FacetsJson {
  private static final String PORTFOLIO_KEYS = "name, asOf, currency, initiatives";
  private static final String INITIATIVE_KEYS = "id, name, budget, position, facets, purpose, driver, stage,"
      + " priority, successProbability, impact, tags, attributes";
  private static final String SCENARIO_KEYS = "name, probability, payoff";
  private static final String FACET_KEYS = "enhancement, mission, adaptive, anticipatory";

  private FacetsJson() {}

  // ---------------------------------------------------------------- portfolios

  /**
   * Reads a portfolio file (UTF-8 JSON).
   *
   * @param file the file, not null
   * @return the portfolio, valid (every rule of {@link Portfolio} holds)
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: the
   *     first problem, naming the file, line, column, JSON path and value
   */
  public static Portfolio readPortfolio(Path file) {
    return read(file, FacetsJson::portfolio);
  }

  /**
   * Reads a portfolio from a stream of UTF-8 JSON, closed afterwards.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors (a file name, {@code "<stdin>"})
   * @return the portfolio, valid (every rule of {@link Portfolio} holds)
   * @throws InputException if the stream cannot be read or the text breaks the file contract: the
   *     first problem, naming {@code source}, line, column, JSON path and value
   */
  public static Portfolio readPortfolio(InputStream input, String source) {
    return JsonInput.read(input, source, FacetsJson::portfolio);
  }

  /**
   * Reads a portfolio from JSON text.
   *
   * @param json the text, not null
   * @param source what names the text in errors
   * @return the portfolio, valid (every rule of {@link Portfolio} holds)
   * @throws InputException if the text breaks the file contract: the first problem, naming
   *     {@code source}, line, column, JSON path and value
   */
  public static Portfolio readPortfolio(String json, String source) {
    return readPortfolio(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink} one at a time, validating the whole
   * file as {@link #readPortfolio(Path)} does, without holding the initiatives.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null; on a bad file it may
   *     have received the initiatives before the problem
   * @return the number of initiatives
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: the
   *     first problem, naming the file, line, column, JSON path and value
   */
  public static long readInitiatives(Path file, Consumer<Initiative> sink) {
    return streamPortfolio(file, sink).initiatives();
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink} one at a time, as
   * {@link #readInitiatives}, and returns the portfolio's name, date, currency and count. Memory
   * holds one initiative and 8 bytes per id (to find a repeated one) beyond the first 65,536; a
   * register longer than half the heap allows at that rate is refused before the memory is taken.
   * A repeated id beyond the first 65,536 is found at the end, by reading the file a second time
   * (the sink then has had every initiative), and reported at its place.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: the
   *     first problem, naming the file, line, column, JSON path and value
   */
  public static PortfolioHeader streamPortfolio(Path file, Consumer<Initiative> sink) {
    Objects.requireNonNull(sink, "sink");
    IdSet.Streaming ids = IdSet.streaming();
    Supplier<PortfolioReading> secondPass =
        () -> read(file, json -> new PortfolioReading(json, initiative -> { }, ids.restrictedTo(ids.suspects())).read());
    PortfolioReading reading;
    try {
      reading = read(file, json -> new PortfolioReading(json, sink, ids).read());
    } catch (InputException e) {
      ids.rethrowFirstRepeat(e, secondPass);
      throw e;
    }
    ids.checkUnique(secondPass);
    return new PortfolioHeader(reading.name, Optional.ofNullable(reading.asOf), Optional.ofNullable(reading.currency),
        reading.count);
  }

  private static Portfolio portfolio(JsonInput json) {
    List<Initiative> initiatives = new ArrayList<>();
    PortfolioReading reading = new PortfolioReading(json, initiative -> {
      if (initiatives.size() + 1L > HeldLimits.limit(Runtime.getRuntime().maxMemory(), HeldLimits.BYTES_PER_INITIATIVE)) {
        long at = json.mark();
        HeldLimits.check(initiatives.size() + 1L, HeldLimits.BYTES_PER_INITIATIVE, "initiatives", json.source(),
            JsonInput.line(at), JsonInput.column(at), "initiatives");
      }
      initiatives.add(initiative);
    }, IdSet.exact()).read();
    if (json.hasProblems()) {
      // The report is thrown once the whole text is read; nothing valid to build.
      return null;
    }
    try {
      return new Portfolio.Builder()
          .name(reading.name)
          .asOf(Optional.ofNullable(reading.asOf))
          .currency(Optional.ofNullable(reading.currency))
          .addAllInitiatives(initiatives)
          .build();
    } catch (InvalidValueException e) {
      throw json.invalid(e, reading.start);
    }
  }

  /**
   * One pass over a portfolio document, handing initiatives to a sink as they complete.
   *
   * <p>A bad value, a missing or unknown key or a repeated id leaves the text intact: the problem is
   * noted ({@link JsonInput#problem}) with its path, the rest of its initiative (or root value) is
   * passed over, and reading goes on, so that one run names every problem of the file, up to
   * {@link InputException#MAX_PROBLEMS}, as the CSV reader does. Broken text (a syntax error, a
   * limit) ends the reading: nothing after it can be trusted. After the first problem the sink gets
   * nothing more.
   *
   * <p>The walk is written out rather than through {@link JsonInput#readObject} handlers, with one
   * builder reset for every initiative and each object's start kept as a {@link JsonInput#mark}: per
   * initiative it allocates what the initiative keeps, and no lambda, map, boxed number, location or
   * path text.
   */
  private static final class PortfolioReading {
    private final JsonInput json;
    private final Consumer<Initiative> sink;
    private final IdSet ids;
    private final Initiative.Builder builder = new Initiative.Builder();
    private long start;
    private String name;
    private boolean sawName;
    private LocalDate asOf;
    private String currency;
    private boolean sawInitiatives;
    private boolean initiativesArray;
    private long elements;
    private long count;

    PortfolioReading(JsonInput json, Consumer<Initiative> sink, IdSet ids) {
      this.json = json;
      this.sink = sink;
      this.ids = ids;
    }

    PortfolioReading read() {
      start = json.mark();
      int depth = json.beginObject();
      int nesting = json.nesting();
      for (String key = json.nextKey(depth); key != null; key = json.nextKey(depth)) {
        try {
          switch (key) {
            case "name" -> {
              sawName = true;
              name = json.readParsed(text -> Checks.notBlank(text, "name"));
            }
            case "asOf" -> asOf = json.readParsed(FacetsJson::date);
            case "currency" -> currency = json.readParsed(text -> Checks.notBlank(text, "currency"));
            case "initiatives" -> {
              sawInitiatives = true;
              initiatives();
            }
            default -> throw json.unknownKey(key, PORTFOLIO_KEYS);
          }
        } catch (InputException e) {
          json.problem(e);
          json.skipRest(nesting);
        }
      }
      requirePresent(json, start, sawName, "name", "a non-blank string");
      requirePresent(json, start, sawInitiatives, "initiatives", "an array with at least one initiative");
      if (initiativesArray && elements == 0) {
        throw new InputException(json.source(), JsonInput.line(start), JsonInput.column(start), "initiatives",
            "initiatives must have at least one initiative, got []", null);
      }
      return this;
    }

    private void initiatives() {
      int depth = json.beginArray();
      initiativesArray = true;
      int nesting = json.nesting();
      for (int index = 0; json.nextElement(depth, index); index++) {
        elements++;
        Initiative initiative;
        try {
          initiative = initiative(index);
        } catch (InputException e) {
          json.problem(e);
          json.skipRest(nesting);
          continue;
        }
        if (!json.hasProblems()) {
          try {
            sink.accept(initiative);
          } catch (InputException e) {
            throw new JsonInput.Stop(e);
          }
          count++;
        }
      }
    }

    private Initiative initiative(int index) {
      long begin = json.mark();
      int depth = json.beginObject();
      // Every optional field is set or reset: the builder serves every initiative of the file. The
      // empty collections are Collections', whose iterators are shared (List.of()'s are not).
      builder.name(Optional.empty()).position(Optional.empty()).facets(Optional.empty()).purpose(Optional.empty())
          .driver(Optional.empty()).stage(Optional.empty()).givenImpact(Optional.empty()).priority(Priority.MEDIUM)
          .successProbability(1).tags(Collections.emptyList()).attributes(Collections.emptyMap());
      boolean sawId = false;
      boolean sawBudget = false;
      for (String key = json.nextKey(depth); key != null; key = json.nextKey(depth)) {
        switch (key) {
          case "id" -> {
            builder.id(uniqueId(index));
            sawId = true;
          }
          case "budget" -> {
            builder.budget(json.readDouble(value -> Checks.finiteNonNegative(value, "budget")));
            sawBudget = true;
          }
          case "name" -> {
            String name = json.readParsed(text -> Checks.notBlank(text, "name"));
            builder.name(name);
          }
          case "position" -> builder.position(position());
          case "facets" -> builder.facets(facetMix());
          case "purpose" -> builder.purpose(json.readParsed(Purpose::parse));
          case "driver" -> builder.driver(json.readParsed(Driver::parse));
          case "stage" -> builder.stage(json.readParsed(Stage::parse));
          case "priority" -> builder.priority(json.readParsed(Priority::parse));
          case "successProbability" ->
              builder.successProbability(json.readDouble(value -> Checks.probability(value, "successProbability")));
          case "impact" -> builder.impact(impact());
          case "tags" -> {
            int tags = json.beginArray();
            for (int tag = 0; json.nextElement(tags, tag); tag++) {
              builder.addTags(json.readString());
            }
          }
          case "attributes" -> {
            int attributes = json.beginObject();
            for (String attribute = json.nextKey(attributes); attribute != null; attribute = json.nextKey(attributes)) {
              builder.putAttributes(attribute, json.readString());
            }
          }
          default -> throw json.unknownKey(key, INITIATIVE_KEYS);
        }
      }
      requirePresent(json, begin, sawId, "id", "a non-blank string");
      requirePresent(json, begin, sawBudget, "budget", "a finite number >= 0");
      try {
        return builder.build();
      } catch (InvalidValueException e) {
        throw json.invalid(e, begin);
      }
    }

    /** An initiative's id, registered: the first initiative with it is named when it comes again. */
    private String uniqueId(int index) {
      String id = json.readParsed(text -> Checks.notBlank(text, "id"));
      // The parser stays on the id until the next key, so its location is taken only for an error.
      long first;
      try {
        first = ids.register(id, index);
      } catch (InvalidValueException e) {
        JsonLocation at = json.location();
        throw new JsonInput.Stop(new InputException(json.source(), at.getLineNr(), at.getColumnNr(), "initiatives",
            e.getMessage(), e));
      }
      if (first >= 0) {
        JsonLocation at = json.location();
        throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), json.pathText(),
            json.pathText() + " must be unique, but initiatives[" + first + "].id has it too, got "
                + Checks.quote(id), null);
      }
      return id;
    }

    private AxisPosition position() {
      long begin = json.mark();
      int depth = json.beginObject();
      double uncertainty = Double.NaN;
      double directedness = Double.NaN;
      for (String key = json.nextKey(depth); key != null; key = json.nextKey(depth)) {
        switch (key) {
          case "uncertainty" -> uncertainty = json.readDouble(value -> Checks.inClosedRange(value, -1, 1, "uncertainty"));
          case "directedness" ->
              directedness = json.readDouble(value -> Checks.inClosedRange(value, -1, 1, "directedness"));
          default -> throw json.unknownKey(key, "uncertainty, directedness");
        }
      }
      requirePresent(json, begin, !Double.isNaN(uncertainty), "uncertainty", "a number in [-1, 1]");
      requirePresent(json, begin, !Double.isNaN(directedness), "directedness", "a number in [-1, 1]");
      return AxisPosition.of(uncertainty, directedness);
    }

    private ImpactEstimate impact() {
      long begin = json.mark();
      int depth = json.beginObject();
      double low = Double.NaN;
      double mode = Double.NaN;
      double high = Double.NaN;
      for (String key = json.nextKey(depth); key != null; key = json.nextKey(depth)) {
        switch (key) {
          case "low" -> low = json.readDouble();
          case "mode" -> mode = json.readDouble();
          case "high" -> high = json.readDouble();
          default -> throw json.unknownKey(key, "low, mode, high");
        }
      }
      requirePresent(json, begin, !Double.isNaN(low), "low", "a finite number");
      requirePresent(json, begin, !Double.isNaN(mode), "mode", "a finite number");
      requirePresent(json, begin, !Double.isNaN(high), "high", "a finite number");
      try {
        return ImpactEstimate.of(low, mode, high);
      } catch (InvalidValueException e) {
        throw json.invalid(e, begin);
      }
    }

    /** Facet weights; a facet not given weighs 0, as {@link FacetMix#of(Map)} has it: the same mix and message. */
    private FacetMix facetMix() {
      long begin = json.mark();
      double[] weights = facetArray(json, true);
      try {
        return FacetMix.of(zeroIfAbsent(weights[0]), zeroIfAbsent(weights[1]), zeroIfAbsent(weights[2]),
            zeroIfAbsent(weights[3]));
      } catch (InvalidValueException e) {
        throw json.invalid(e, begin);
      }
    }
  }

  private static double zeroIfAbsent(double weight) {
    return Double.isNaN(weight) ? 0 : weight;
  }

  private static void requirePresent(JsonInput json, long at, boolean present, String key, String what) {
    if (!present) {
      String where = json.pathText().isEmpty() ? key : json.pathText() + "." + key;
      throw new InputException(json.source(), JsonInput.line(at), JsonInput.column(at), where,
          where + " is required (" + what + "), got nothing", null);
    }
  }

  private static void requirePresent(JsonInput json, JsonLocation at, boolean present, String key, String what) {
    if (!present) {
      String where = json.pathText().isEmpty() ? key : json.pathText() + "." + key;
      throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), where,
          where + " is required (" + what + "), got nothing", null);
    }
  }

  /** Reads an object of facet keys to finite numbers, non-negative ones when asked, with only the facets given. */
  private static Map<Facet, Double> facetNumbers(JsonInput json, boolean nonNegative) {
    double[] array = facetArray(json, nonNegative);
    Map<Facet, Double> values = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.ordered()) {
      if (!Double.isNaN(array[facet.ordinal()])) {
        values.put(facet, array[facet.ordinal()]);
      }
    }
    return values;
  }

  /**
   * Reads an object of facet keys to finite numbers, non-negative ones when asked, in facet order,
   * with NaN (never a finite number) for a facet not given. A payoff is read straight into this array:
   * a scenario file holds four of them per scenario, up to millions.
   */
  private static double[] facetArray(JsonInput json, boolean nonNegative) {
    double[] values = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    json.readObject(key -> {
      Facet facet = parseFacetKey(key, json);
      values[facet.ordinal()] = nonNegative
          ? json.readDouble(value -> Checks.finiteNonNegative(value, facet.jsonName())) : json.readDouble();
    });
    return values;
  }

  private static Facet parseFacetKey(String key, JsonInput json) {
    for (Facet facet : Facet.ordered()) {
      if (facet.jsonName().equals(key)) {
        return facet;
      }
    }
    throw json.unknownKey(key, FACET_KEYS);
  }

  /** Parses the {@code asOf} date of a portfolio, as every portfolio format writes it. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // Only ISO: 01/11/2026 is the 1st of November in Paris and January 11th in Washington.
      throw new dev.facets.api.InvalidValueException("asOf", Checks.quote(text), "be a date as yyyy-MM-dd"
          + " (ISO 8601, like 2026-11-01)" + (text.matches("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}")
              ? "; a day-month or month-day date is ambiguous, so it is not guessed" : ""));
    }
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Reads a scenario file (UTF-8 JSON).
   *
   * @param file the file, not null
   * @return the scenario set, valid
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: the
   *     first problem, naming the file, line, column, JSON path and value
   */
  public static ScenarioSet readScenarios(Path file) {
    return read(file, FacetsJson::scenarioSet);
  }

  /**
   * Reads a scenario set from a stream of UTF-8 JSON, closed afterwards.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors (a file name, {@code "<stdin>"})
   * @return the scenario set, valid
   * @throws InputException if the stream cannot be read or the text breaks the file contract: the
   *     first problem, naming {@code source}, line, column, JSON path and value
   */
  public static ScenarioSet readScenarios(InputStream input, String source) {
    return JsonInput.read(input, source, FacetsJson::scenarioSet);
  }

  /**
   * Reads a scenario set from JSON text.
   *
   * @param json the text, not null
   * @param source what names the text in errors
   * @return the scenario set, valid
   * @throws InputException if the text breaks the file contract: the first problem, naming
   *     {@code source}, line, column, JSON path and value
   */
  public static ScenarioSet readScenarios(String json, String source) {
    return readScenarios(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }

  private static ScenarioSet scenarioSet(JsonInput json) {
    JsonLocation start = json.location();
    List<Scenario> scenarios = new ArrayList<>();
    boolean[] seen = new boolean[1];
    json.readObject(key -> {
      if (!key.equals("scenarios")) {
        throw json.unknownKey(key, "scenarios");
      }
      seen[0] = true;
      json.readArray(index -> {
        JsonLocation at = json.location();
        HeldLimits.check(index + 1L, HeldLimits.BYTES_PER_SCENARIO, "scenarios", json.source(), at.getLineNr(),
            at.getColumnNr(), "scenarios");
        scenarios.add(scenario(json));
      });
    });
    requirePresent(json, start, seen[0], "scenarios", "an array with at least one scenario");
    return json.build(start, () -> new ScenarioSet.Builder().addAllScenarios(scenarios).build());
  }

  private static Scenario scenario(JsonInput json) {
    JsonLocation start = json.location();
    Scenario.Builder builder = new Scenario.Builder();
    boolean[] required = new boolean[2];
    json.readObject(key -> {
      switch (key) {
        case "name":
          String name = json.readParsed(text -> Checks.notBlank(text, "name"));
          builder.name(name);
          required[0] = true;
          break;
        case "probability":
          builder.probability(json.readDouble(Scenario::checkProbability));
          break;
        case "payoff":
          JsonLocation at = json.location();
          double[] payoff = facetArray(json, false);
          for (Facet facet : Facet.ordered()) {
            if (Double.isNaN(payoff[facet.ordinal()])) {
              throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), json.pathText(),
                  json.pathText() + "." + facet.jsonName() + " is required (every facet needs a payoff), got nothing",
                  null);
            }
          }
          builder.payoff(FacetValues.of(payoff));
          required[1] = true;
          break;
        default:
          throw json.unknownKey(key, SCENARIO_KEYS);
      }
    });
    requirePresent(json, start, required[0], "name", "a non-blank string");
    requirePresent(json, start, required[1], "payoff", "an object with a number for each facet");
    return json.build(start, builder::build);
  }

  // ---------------------------------------------------------------- targets

  /**
   * Reads a target file: an object of facet weights summing to 1 (shares) or 100 (percentages), as
   * {@link TargetMix#ofShares}; facets left out weigh 0.
   *
   * @param file the file, not null
   * @return the target mix
   * @throws InputException if the file cannot be opened or read, or breaks the file contract: the
   *     first problem, naming the file, line, column, JSON path and value
   */
  public static TargetMix readTarget(Path file) {
    return read(file, FacetsJson::target);
  }

  /**
   * Reads a target mix from a stream of UTF-8 JSON, closed afterwards, as
   * {@link #readTarget(Path)}.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors
   * @return the target mix
   * @throws InputException if the stream cannot be read or the text breaks the file contract: the
   *     first problem, naming {@code source}, line, column, JSON path and value
   */
  public static TargetMix readTarget(InputStream input, String source) {
    return JsonInput.read(input, source, FacetsJson::target);
  }

  /**
   * Reads a target mix from JSON text, as {@link #readTarget(Path)}.
   *
   * @param json the text, not null
   * @param source what names the text in errors
   * @return the target mix
   * @throws InputException if the text breaks the file contract: the first problem, naming
   *     {@code source}, line, column, JSON path and value
   */
  public static TargetMix readTarget(String json, String source) {
    return readTarget(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }

  private static TargetMix target(JsonInput json) {
    JsonLocation start = json.location();
    Map<Facet, Double> weights = facetNumbers(json, true);
    return json.build(start, () -> TargetMix.ofShares(weights));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a portfolio in the file format, pretty-printed; reading it back gives an equal
   * portfolio. Numbers are written in full double precision; the writer is not closed.
   *
   * @param portfolio the portfolio, not null
   * @param out where the JSON goes, not null
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public static void writePortfolio(Portfolio portfolio, Writer out) {
    write(out, generator -> {
      generator.writeStartObject();
      generator.writeStringField("name", portfolio.name());
      if (portfolio.asOf().isPresent()) {
        generator.writeStringField("asOf", portfolio.asOf().get().toString());
      }
      if (portfolio.currency().isPresent()) {
        generator.writeStringField("currency", portfolio.currency().get());
      }
      generator.writeArrayFieldStart("initiatives");
      for (Initiative initiative : portfolio.initiatives()) {
        writeInitiative(initiative, generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /**
   * {@return the portfolio as JSON text, as {@link #writePortfolio} writes it}
   *
   * @param portfolio the portfolio, not null
   */
  public static String toJson(Portfolio portfolio) {
    StringWriter text = new StringWriter();
    writePortfolio(portfolio, text);
    return text.toString();
  }

  private static void writeInitiative(Initiative initiative, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("id", initiative.id());
    if (initiative.name().isPresent()) {
      generator.writeStringField("name", initiative.name().get());
    }
    generator.writeNumberField("budget", initiative.budget());
    if (initiative.position().isPresent()) {
      generator.writeObjectFieldStart("position");
      generator.writeNumberField("uncertainty", initiative.position().get().uncertainty());
      generator.writeNumberField("directedness", initiative.position().get().directedness());
      generator.writeEndObject();
    }
    if (initiative.facets().isPresent()) {
      writeFacetNumbers("facets", initiative.facets().get().toArray(), generator);
    }
    if (initiative.purpose().isPresent()) {
      generator.writeStringField("purpose", initiative.purpose().get().jsonName());
    }
    if (initiative.driver().isPresent()) {
      generator.writeStringField("driver", initiative.driver().get().jsonName());
    }
    if (initiative.stage().isPresent()) {
      generator.writeStringField("stage", initiative.stage().get().jsonName());
    }
    generator.writeStringField("priority", initiative.priority().jsonName());
    generator.writeNumberField("successProbability", initiative.successProbability());
    // Only a given impact is written: a missing one must read back as missing, not as (1, 1, 1).
    if (initiative.givenImpact().isPresent()) {
      ImpactEstimate impact = initiative.givenImpact().get();
      generator.writeObjectFieldStart("impact");
      generator.writeNumberField("low", impact.low());
      generator.writeNumberField("mode", impact.mode());
      generator.writeNumberField("high", impact.high());
      generator.writeEndObject();
    }
    generator.writeArrayFieldStart("tags");
    for (String tag : initiative.tags()) {
      generator.writeString(tag);
    }
    generator.writeEndArray();
    if (!initiative.attributes().isEmpty()) {
      generator.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> attribute : initiative.attributes().entrySet()) {
        generator.writeStringField(attribute.getKey(), attribute.getValue());
      }
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }

  private static void writeFacetNumbers(String field, double[] values, JsonGenerator generator) throws IOException {
    generator.writeObjectFieldStart(field);
    for (Facet facet : Facet.ordered()) {
      generator.writeNumberField(facet.jsonName(), values[facet.ordinal()]);
    }
    generator.writeEndObject();
  }

  /**
   * Writes a scenario set in the file format, pretty-printed; reading it back gives an equal set.
   * The writer is not closed.
   *
   * @param scenarios the scenario set, not null
   * @param out where the JSON goes, not null
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public static void writeScenarios(ScenarioSet scenarios, Writer out) {
    write(out, generator -> {
      generator.writeStartObject();
      generator.writeArrayFieldStart("scenarios");
      for (Scenario scenario : scenarios.scenarios()) {
        generator.writeStartObject();
        generator.writeStringField("name", scenario.name());
        if (scenario.probability().isPresent()) {
          generator.writeNumberField("probability", scenario.probability().getAsDouble());
        }
        writeFacetNumbers("payoff", scenario.payoff().toArray(), generator);
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /**
   * Writes a target mix in the file format: its four shares, every facet present, summing to 1. The
   * writer is not closed.
   *
   * @param target the target mix, not null
   * @param out where the JSON goes, not null
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public static void writeTarget(TargetMix target, Writer out) {
    write(out, generator -> {
      generator.writeStartObject();
      for (Facet facet : Facet.ordered()) {
        generator.writeNumberField(facet.jsonName(), target.share(facet));
      }
      generator.writeEndObject();
    });
  }

  @FunctionalInterface
  private interface GeneratorBody {
    void write(JsonGenerator generator) throws IOException;
  }

  private static void write(Writer out, GeneratorBody body) {
    try (JsonGenerator generator = JsonLimits.factory().createGenerator(out)) {
      generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      generator.useDefaultPrettyPrinter();
      body.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- files

  private static <T> T read(Path file, Function<JsonInput, T> body) {
    return JsonInput.read(InputFiles.open(file), file.toString(), body);
  }
}
