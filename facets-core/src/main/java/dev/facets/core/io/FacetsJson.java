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
 * JSON path ({@code initiatives[3].budgte}) and the value. Reading streams, so a register of a
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
      JsonLocation at = json.location();
      HeldLimits.check(initiatives.size() + 1L, HeldLimits.BYTES_PER_INITIATIVE, "initiatives", json.source(),
          at.getLineNr(), at.getColumnNr(), "initiatives");
      initiatives.add(initiative);
    }, IdSet.exact()).read();
    return json.build(reading.start, () -> new Portfolio.Builder()
        .name(reading.name)
        .asOf(Optional.ofNullable(reading.asOf))
        .currency(Optional.ofNullable(reading.currency))
        .addAllInitiatives(initiatives)
        .build());
  }

  /** One pass over a portfolio document, handing initiatives to a sink as they complete. */
  private static final class PortfolioReading {
    private final JsonInput json;
    private final Consumer<Initiative> sink;
    private final IdSet ids;
    private JsonLocation start;
    private String name;
    private LocalDate asOf;
    private String currency;
    private boolean sawInitiatives;
    private long count;

    PortfolioReading(JsonInput json, Consumer<Initiative> sink, IdSet ids) {
      this.json = json;
      this.sink = sink;
      this.ids = ids;
    }

    PortfolioReading read() {
      start = json.location();
      json.readObject(key -> {
        switch (key) {
          case "name":
            name = json.readParsed(text -> Checks.notBlank(text, "name"));
            break;
          case "asOf":
            asOf = json.readParsed(FacetsJson::date);
            break;
          case "currency":
            currency = json.readParsed(text -> Checks.notBlank(text, "currency"));
            break;
          case "initiatives":
            sawInitiatives = true;
            json.readArray(index -> {
              sink.accept(initiative(json, ids, index));
              count++;
            });
            break;
          default:
            throw json.unknownKey(key, PORTFOLIO_KEYS);
        }
      });
      requirePresent(json, start, name != null, "name", "a non-blank string");
      requirePresent(json, start, sawInitiatives, "initiatives", "an array with at least one initiative");
      if (count == 0) {
        throw new InputException(json.source(), start.getLineNr(), start.getColumnNr(), "initiatives",
            "initiatives must have at least one initiative, got []", null);
      }
      return this;
    }
  }

  private static Initiative initiative(JsonInput json, IdSet ids, int index) {
    JsonLocation start = json.location();
    Initiative.Builder builder = new Initiative.Builder();
    boolean[] required = new boolean[2];
    json.readObject(key -> {
      switch (key) {
        case "id" -> {
          builder.id(uniqueId(json, ids, index));
          required[0] = true;
        }
        case "budget" -> {
          builder.budget(json.readDouble(value -> Checks.finiteNonNegative(value, "budget")));
          required[1] = true;
        }
        default -> optionalField(json, builder, key);
      }
    });
    requirePresent(json, start, required[0], "id", "a non-blank string");
    requirePresent(json, start, required[1], "budget", "a finite number >= 0");
    return json.build(start, builder::build);
  }

  /** An initiative's id, registered: the first initiative with it is named when it comes again. */
  private static String uniqueId(JsonInput json, IdSet ids, int index) {
    JsonLocation at = json.location();
    String id = json.readParsed(text -> Checks.notBlank(text, "id"));
    long first = register(json, at, ids, id, index);
    if (first >= 0) {
      throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), json.pathText(),
          json.pathText() + " must be unique, but initiatives[" + first + "].id has it too, got "
              + Checks.quote(id), null);
    }
    return id;
  }

  /** Reads a key of an initiative other than the required id and budget, or rejects an unknown one. */
  private static void optionalField(JsonInput json, Initiative.Builder builder, String key) {
    switch (key) {
      case "name" -> {
        String name = json.readParsed(text -> Checks.notBlank(text, "name"));
        builder.name(name);
      }
      case "position" -> builder.position(position(json));
      case "facets" -> builder.facets(facetMix(json));
      case "purpose" -> builder.purpose(json.readParsed(Purpose::parse));
      case "driver" -> builder.driver(json.readParsed(Driver::parse));
      case "stage" -> builder.stage(json.readParsed(Stage::parse));
      case "priority" -> builder.priority(json.readParsed(Priority::parse));
      case "successProbability" ->
          builder.successProbability(json.readDouble(value -> Checks.probability(value, "successProbability")));
      case "impact" -> builder.impact(impact(json));
      case "tags" -> json.readArray(tag -> builder.addTags(json.readString()));
      case "attributes" -> json.readObject(attribute -> builder.putAttributes(attribute, json.readString()));
      default -> throw json.unknownKey(key, INITIATIVE_KEYS);
    }
  }

  private static long register(JsonInput json, JsonLocation at, IdSet ids, String id, int index) {
    try {
      return ids.register(id, index);
    } catch (InvalidValueException e) {
      throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), "initiatives", e.getMessage(), e);
    }
  }

  private static void requirePresent(JsonInput json, JsonLocation at, boolean present, String key, String what) {
    if (!present) {
      String where = json.pathText().isEmpty() ? key : json.pathText() + "." + key;
      throw new InputException(json.source(), at.getLineNr(), at.getColumnNr(), where,
          where + " is required (" + what + "), got nothing", null);
    }
  }

  private static AxisPosition position(JsonInput json) {
    JsonLocation start = json.location();
    double[] coordinates = {Double.NaN, Double.NaN};
    json.readObject(key -> {
      switch (key) {
        case "uncertainty":
          coordinates[0] = json.readDouble(value -> Checks.inClosedRange(value, -1, 1, "uncertainty"));
          break;
        case "directedness":
          coordinates[1] = json.readDouble(value -> Checks.inClosedRange(value, -1, 1, "directedness"));
          break;
        default:
          throw json.unknownKey(key, "uncertainty, directedness");
      }
    });
    requirePresent(json, start, !Double.isNaN(coordinates[0]), "uncertainty", "a number in [-1, 1]");
    requirePresent(json, start, !Double.isNaN(coordinates[1]), "directedness", "a number in [-1, 1]");
    return AxisPosition.of(coordinates[0], coordinates[1]);
  }

  private static ImpactEstimate impact(JsonInput json) {
    JsonLocation start = json.location();
    Map<String, Double> points = new HashMap<>();
    json.readObject(key -> {
      if (!key.equals("low") && !key.equals("mode") && !key.equals("high")) {
        throw json.unknownKey(key, "low, mode, high");
      }
      points.put(key, json.readDouble());
    });
    for (String key : List.of("low", "mode", "high")) {
      requirePresent(json, start, points.containsKey(key), key, "a finite number");
    }
    return json.build(start, () -> ImpactEstimate.of(points.get("low"), points.get("mode"), points.get("high")));
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

  private static FacetMix facetMix(JsonInput json) {
    JsonLocation start = json.location();
    Map<Facet, Double> weights = facetNumbers(json, true);
    return json.build(start, () -> FacetMix.of(weights));
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
