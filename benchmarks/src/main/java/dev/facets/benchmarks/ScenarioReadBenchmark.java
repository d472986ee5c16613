package dev.facets.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.facets.api.Facet;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.io.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a scenario file ({@link FacetsJson#readScenarios(Path)}: parsing, validating every
 * scenario with its path, and building the {@link ScenarioSet} with its unique names and probability
 * sum) at 10^3 to 10^5 scenarios, against walking the same file's JSON tokens as the baseline.
 *
 * <p>The baseline is the least any strict reader of the file must do: Jackson's tokens through the
 * library's own parser settings ({@link JsonLimits#factory()}: the same limits and the same
 * duplicate-key detection), every number parsed as a double and every string and key taken as text,
 * nothing kept. So the ratio is the price of validation, error paths and the objects built. The setup
 * checks that both read the same numbers.
 *
 * <p>The file is written in {@code @Setup} by the library's writer into a temporary directory
 * (pretty-printed, with a probability of 1/n on each scenario, so every field of the format is read)
 * and deleted afterwards. Run: {@code java -jar benchmarks/target/benchmarks.jar ScenarioReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScenarioReadBenchmark {
  /** How the file is read. */
  public enum Implementation {
    /** The library's reader: a validated {@link ScenarioSet}. */
    READ_SCENARIOS,
    /** Baseline: every JSON token of the file with the library's parser settings, nothing kept. */
    WALK_TOKENS
  }

  @Param({"1000", "10000", "100000"})
  public int scenarios;

  @Param
  public Implementation implementation;

  private Path directory;
  private Path file;

  /** Writes the file once per trial and checks that the reader and the baseline see the same numbers. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("facets-scenario-benchmark");
    file = directory.resolve("scenarios.json");
    ScenarioSet set = withProbabilities(Registers.scenarios(scenarios));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      FacetsJson.writeScenarios(set, out);
    }
    ScenarioSet read = FacetsJson.readScenarios(file);
    if (read.size() != scenarios || numberSum(read) != walkTokens()) {
      throw new IllegalStateException("the reader and the token walk disagree on " + file);
    }
  }

  /** Deletes the file and its directory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    Registers.delete(directory);
  }

  /** Reads the whole file once: the scenario set, or the sum of its numbers for the baseline. */
  @Benchmark
  public Object readFile() throws IOException {
    return implementation == Implementation.READ_SCENARIOS ? FacetsJson.readScenarios(file) : walkTokens();
  }

  private static ScenarioSet withProbabilities(ScenarioSet set) {
    List<Scenario> scenarios = new ArrayList<>(set.size());
    for (Scenario scenario : set.scenarios()) {
      scenarios.add(Scenario.of(scenario.name(), 1.0 / set.size(), scenario.payoff()));
    }
    return ScenarioSet.of(scenarios);
  }

  /** The numbers of a set in the file's order (probability, then the payoffs in facet order), summed. */
  private static double numberSum(ScenarioSet set) {
    double sum = 0;
    for (Scenario scenario : set.scenarios()) {
      sum += scenario.probability().getAsDouble();
      for (Facet facet : Facet.ordered()) {
        sum += scenario.payoff().get(facet);
      }
    }
    return sum;
  }

  /** The baseline: the sum of the file's numbers, with every string and key read too. */
  private double walkTokens() throws IOException {
    double sum = 0;
    long textLength = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonLimits.factory().createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isNumeric()) {
          sum += parser.getDoubleValue();
        } else if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          textLength += parser.getText().length();
        }
      }
    }
    // The text's length cannot be NaN, so this is the sum; reading it keeps the strings' work live.
    return textLength < 0 ? Double.NaN : sum;
  }
}
