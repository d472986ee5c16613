package dev.facets.benchmarks;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Stage;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The synthetic inputs of every benchmark: registers of initiatives, positions, scenario sets and
 * the portfolio files written from them, all drawn from a fixed seed so that every run measures the
 * same data.
 *
 * <p>An initiative takes its mix from a position (half of them), explicit facet weights (three in
 * ten) or a purpose with a driver (the rest), as real registers mix all three; budgets are
 * log-normal, so a few large initiatives dominate as they do in ministries' registers. Files are
 * written by the library's own writers, a chunk at a time, so a file of a million initiatives never
 * needs them all in memory.
 */
final class Registers {
  /** The seed of every generated input. */
  static final long SEED = 0x5EED_FACE75L;

  /** Initiatives per chunk written to a file: small enough to hold, large enough to be fast. */
  private static final int CHUNK = 10_000;

  private static final String[] TAGS = {"digital", "health", "climate", "education", "justice", "co-design"};

  private Registers() {}

  /** A stream of random numbers from the fixed seed, split by {@code salt} so inputs are independent. */
  static SplittableRandom random(long salt) {
    return new SplittableRandom(SEED ^ (salt * 0x9E3779B97F4A7C15L));
  }

  /** A portfolio of {@code size} generated initiatives. */
  static Portfolio portfolio(int size) {
    return portfolio("Benchmark register", 0, size, random(size));
  }

  private static Portfolio portfolio(String name, int first, int size, SplittableRandom random) {
    List<Initiative> initiatives = new ArrayList<>(size);
    for (int i = first; i < first + size; i++) {
      initiatives.add(initiative(random, i));
    }
    return new Portfolio.Builder().name(name).currency("EUR").addAllInitiatives(initiatives).build();
  }

  /**
   * A funding round of {@code size} candidates for go/no-go selection: budgets log-uniform from 1e4
   * to 1e7, sparse mixes (a third pure in one facet, the rest over a random subset of facets), a
   * success probability from 0.2 to 1 and a three-point impact each.
   */
  static Portfolio fundingRound(int size) {
    SplittableRandom random = random(31L * size + 7);
    List<Initiative> initiatives = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double[] weights = new double[4];
      boolean pure = random.nextInt(3) == 0;
      int only = random.nextInt(4);
      for (int f = 0; f < 4; f++) {
        weights[f] = pure ? (f == only ? 1 : 0) : random.nextBoolean() ? random.nextDouble() : 0;
      }
      weights[only] += pure ? 0 : 1e-3; // never all zero
      double low = 2 * random.nextDouble();
      double mode = low + 3 * random.nextDouble();
      initiatives.add(new Initiative.Builder().id("i-" + i).budget(Math.pow(10, 4 + 3 * random.nextDouble()))
          .facets(FacetMix.of(weights)).successProbability(0.2 + 0.8 * random.nextDouble())
          .impact(ImpactEstimate.of(low, mode, mode + 6 * random.nextDouble())).build());
    }
    return new Portfolio.Builder().name("Funding round").currency("EUR").addAllInitiatives(initiatives).build();
  }

  /** Initiative number {@code index}, with every optional field drawn at random. */
  static Initiative initiative(SplittableRandom random, int index) {
    Initiative.Builder builder = new Initiative.Builder();
    builder.id("i-" + index).name("Initiative " + index).budget(Math.rint(Math.exp(11 + 1.5 * random.nextGaussian())));
    double source = random.nextDouble();
    if (source < 0.5) {
      builder.position(position(random));
    } else if (source < 0.8) {
      builder.facets(FacetMix.of(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()));
    } else {
      builder.purpose(Purpose.values()[random.nextInt(Purpose.values().length)])
          .driver(Driver.values()[random.nextInt(Driver.values().length)]);
    }
    if (random.nextInt(10) > 0) {
      builder.stage(Stage.values()[random.nextInt(Stage.values().length)]);
    }
    double low = 0.5 + random.nextDouble();
    double mode = low + random.nextDouble();
    double high = mode + 2 * random.nextDouble();
    builder.priority(Priority.values()[random.nextInt(Priority.values().length)])
        .successProbability(0.2 + 0.8 * random.nextDouble())
        .impact(ImpactEstimate.of(low, mode, high));
    for (int t = random.nextInt(3); t > 0; t--) {
      builder.addTags(TAGS[random.nextInt(TAGS.length)] + "-" + t);
    }
    return builder.build();
  }

  /**
   * A position on the diamond: uniform over the square, with one in 64 on an axis and one in 1024
   * at the origin, where the rules take their other branches.
   */
  static AxisPosition position(SplittableRandom random) {
    int kind = random.nextInt(1024);
    if (kind == 0) {
      return AxisPosition.ORIGIN;
    }
    double u = 2 * random.nextDouble() - 1;
    double d = 2 * random.nextDouble() - 1;
    return kind < 16 ? AxisPosition.of(u, 0) : kind < 32 ? AxisPosition.of(0, d) : AxisPosition.of(u, d);
  }

  /** {@code count} positions. */
  static AxisPosition[] positions(int count) {
    SplittableRandom random = random(-count);
    AxisPosition[] positions = new AxisPosition[count];
    for (int i = 0; i < count; i++) {
      positions[i] = position(random);
    }
    return positions;
  }

  /** {@code count} equally likely scenarios with payoffs between 0.2 and 2 on each facet. */
  static ScenarioSet scenarios(int count) {
    SplittableRandom random = random(31L * count + 7);
    List<Scenario> scenarios = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      scenarios.add(Scenario.of("future " + s, FacetValues.of(payoff(random), payoff(random), payoff(random),
          payoff(random))));
    }
    return ScenarioSet.of(scenarios);
  }

  private static double payoff(SplittableRandom random) {
    return 0.2 + 1.8 * random.nextDouble();
  }

  /**
   * Writes a JSON portfolio file of {@code size} initiatives, spliced from the writer's output for
   * chunks of them: the initiatives array of every chunk after the first is appended to the first's.
   */
  static void writeJson(Path file, int size) {
    write(file, size, (chunk, first, out) -> {
      String text = FacetsJson.toJson(chunk);
      int open = text.indexOf('[', text.indexOf("\"initiatives\""));
      int close = text.lastIndexOf(']');
      if (open < 0 || close < open) {
        throw new IllegalStateException("unexpected JSON from the writer: " + text.substring(0, 200));
      }
      out.write(first ? text.substring(0, close) : "," + text.substring(open + 1, close));
    }, "]}\n");
  }

  /** Writes a CSV portfolio file of {@code size} initiatives: the first chunk whole, the rows of the others. */
  static void writeCsv(Path file, int size) {
    String header = String.join(",", FacetsCsv.columns());
    write(file, size, (chunk, first, out) -> {
      String text = FacetsCsv.toCsv(chunk);
      int rows = text.indexOf('\n', text.indexOf(header)) + 1;
      if (rows <= 0) {
        throw new IllegalStateException("unexpected CSV from the writer: " + text.substring(0, 200));
      }
      out.write(first ? text : text.substring(rows));
    }, "");
  }

  /**
   * Writes the register of {@link #writeCsv} as an xlsx workbook, cell for cell (numbers as number
   * cells, texts as shared strings), with fastexcel's writer.
   */
  static void writeXlsx(Path file, int size) {
    Path csv = file.resolveSibling(file.getFileName() + ".csv");
    writeCsv(csv, size);
    java.util.Set<String> numbers = java.util.Set.of("budget", "position.uncertainty", "position.directedness",
        "facets.enhancement", "facets.mission", "facets.adaptive", "facets.anticipatory", "successProbability",
        "impact.low", "impact.mode", "impact.high");
    try (java.io.BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        java.io.OutputStream out = Files.newOutputStream(file)) {
      org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "facets-benchmarks", "1.0");
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Register");
      String[] header = null;
      int r = 0;
      for (String line = in.readLine(); line != null; line = in.readLine(), r++) {
        if (line.indexOf('"') >= 0) {
          throw new IllegalStateException("a quoted cell, which this converter does not split: " + line);
        }
        String[] cells = line.split(",", -1);
        if (header == null && !line.startsWith("#")) {
          header = cells;
        }
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          if (header != null && cells != header && numbers.contains(header[c])) {
            sheet.value(r, c, Double.parseDouble(cells[c]));
          } else {
            sheet.value(r, c, cells[c]);
          }
        }
        if (r % CHUNK == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
      Files.delete(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How one chunk of a portfolio goes into a file. */
  private interface ChunkWriter {
    void write(Portfolio chunk, boolean first, Writer out) throws IOException;
  }

  private static void write(Path file, int size, ChunkWriter chunks, String end) {
    SplittableRandom random = random(size);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int first = 0; first < size; first += CHUNK) {
        Portfolio chunk = portfolio("Benchmark register", first, Math.min(CHUNK, size - first), random);
        chunks.write(chunk, first == 0, out);
      }
      out.write(end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a directory of generated files and everything in it. */
  static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toArray(Path[]::new)) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
