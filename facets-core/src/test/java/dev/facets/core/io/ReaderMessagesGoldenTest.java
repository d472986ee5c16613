package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The exact error report of every bad file the readers' tests know, and of a few hundred files made
 * by breaking valid ones at random (a fixed seed), against a golden file taken before the readers
 * were made fast: every line of every report, with each problem's line, column and path, must stay
 * byte for byte the same. A portfolio is read both whole and streamed from a file, and the two
 * reports must agree.
 *
 * <p>To accept an intended change of a message, run the test with {@code -Dfacets.golden.update=true}
 * (it rewrites the golden file under {@code src/test/resources}) and review the diff.
 */
class ReaderMessagesGoldenTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/dev/facets/core/io/ReaderMessagesGoldenTest.txt");

  /** One file to read: its kind, its format ({@code json} or {@code csv}) and its bytes. */
  private record Input(String name, FileKind kind, String extension, byte[] content) {}

  @Test
  void everyReportIsExactlyTheGoldenOne(@TempDir Path folder) throws IOException {
    // Sorted, because some catalogue cases come from Map.of, whose order changes from run to run.
    List<String> blocks = new ArrayList<>();
    for (Input input : inputs()) {
      StringBuilder text = new StringBuilder();
      text.append("== ").append(input.kind()).append(' ').append(input.extension()).append(": ")
          .append(oneLine(input.name())).append('\n');
      String whole = report(() -> read(input));
      text.append(whole);
      if (input.kind() == FileKind.PORTFOLIO) {
        Path file = folder.resolve("bad." + input.extension());
        Files.write(file, input.content());
        String streamed = report(() -> PortfolioFiles.stream(file, initiative -> { }));
        assertEquals(whole, streamed.replace(file.toString(), "bad." + input.extension()),
            () -> "streamed and whole reports differ for " + input.name());
      }
      blocks.add(text.toString());
    }
    java.util.Collections.sort(blocks);
    String text = String.join("", blocks);
    if (Boolean.getBoolean("facets.golden.update")) {
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    List<String> want = expected.lines().collect(Collectors.toList());
    List<String> got = text.lines().collect(Collectors.toList());
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      int line = i;
      assertEquals(want.get(i), got.get(i), () -> "line " + (line + 1) + " of the golden file");
    }
    assertEquals(want.size(), got.size(), "lines in the golden file");
    assertTrue(want.size() > 2000, "a broad corpus");
  }

  private static Object read(Input input) {
    ByteArrayInputStream stream = new ByteArrayInputStream(input.content());
    return BadInputMatrixTest.read(input.kind(), input.extension(), stream, "bad." + input.extension());
  }

  /** Every line of the report, then each problem's line, column and path; or what was read. */
  private static String report(java.util.function.Supplier<Object> reading) {
    StringBuilder text = new StringBuilder();
    try {
      reading.get();
      text.append("  accepted\n");
    } catch (InputException e) {
      for (String line : e.lines()) {
        text.append("  ").append(line).append('\n');
      }
      for (InputException problem : e.problems()) {
        text.append("    at ").append(problem.line()).append(':').append(problem.column()).append(" '")
            .append(problem.path()).append("'\n");
      }
      text.append("    count ").append(e.problemCount()).append('\n');
    } catch (RuntimeException e) {
      text.append("  UNEXPECTED ").append(e).append('\n');
    }
    return text.toString();
  }

  private static String oneLine(String name) {
    String line = name.replace("\r", "\\r").replace("\n", "\\n");
    return line.length() > 120 ? line.substring(0, 100) + "...(" + line.length() + ")" : line;
  }

  // ---------------------------------------------------------------- the corpus

  private static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (BadInputs.Case bad : BadInputs.all()) {
      inputs.add(new Input("catalogue " + bad, bad.kind(), bad.extension(), bad.content()));
    }
    for (BadInputs.Case bad : BadInputs.truncations()) {
      inputs.add(new Input("truncation " + bad, bad.kind(), bad.extension(), bad.content()));
    }
    for (Arguments arguments : FacetsJsonTest.badPortfolios().collect(Collectors.toList())) {
      inputs.add(json("json test " + arguments.get()[0], FileKind.PORTFOLIO, (String) arguments.get()[1]));
    }
    for (Arguments arguments : FacetsJsonTest.badScenarios().collect(Collectors.toList())) {
      inputs.add(json("json test " + arguments.get()[0], FileKind.SCENARIOS, (String) arguments.get()[1]));
    }
    for (Arguments arguments : FacetsCsvTest.badFiles().collect(Collectors.toList())) {
      inputs.add(csv("csv test " + arguments.get()[0], (String) arguments.get()[1]));
    }
    inputs.addAll(spreadsheets());
    SplittableRandom random = new SplittableRandom(20261202L);
    String portfolioJson = FacetsJson.toJson(basePortfolio());
    String portfolioCsv = FacetsCsv.toCsv(basePortfolio());
    String semicolonCsv = CsvSpreadsheetProperties.semicolonExport(portfolioCsv);
    StringWriter scenarios = new StringWriter();
    FacetsJson.writeScenarios(baseScenarios(), scenarios);
    for (int i = 0; i < 250; i++) {
      inputs.add(json("broken portfolio " + i, FileKind.PORTFOLIO, breakJson(portfolioJson, random)));
    }
    for (int i = 0; i < 80; i++) {
      inputs.add(json("broken scenarios " + i, FileKind.SCENARIOS, breakJson(scenarios.toString(), random)));
    }
    for (int i = 0; i < 250; i++) {
      inputs.add(csv("broken csv " + i, breakCsv(portfolioCsv, ',', random)));
    }
    for (int i = 0; i < 100; i++) {
      inputs.add(csv("broken semicolon csv " + i, breakCsv(semicolonCsv, ';', random)));
    }
    return inputs;
  }

  private static Input json(String name, FileKind kind, String text) {
    return new Input(name, kind, "json", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Input csv(String name, String text) {
    return new Input(name, FileKind.PORTFOLIO, "csv", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The spreadsheet mistakes of contract v1.1, and files with several problems. */
  private static List<Input> spreadsheets() {
    List<Input> inputs = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("thousands split", "id,name,budget,facets.mission,stage\nm-1,Prize,850,000,1,develop\n");
    files.put("thousands quoted", "id,budget,facets.mission\nm-1,\"1,250,000.50\",1\n");
    files.put("grouping point", "id;budget;facets.mission\na;1.250;1\n");
    files.put("probability 45", "id,budget,facets.mission,successProbability\na,1,1,45\n");
    files.put("percent budget", "id,budget,facets.mission\na,85%,1\n");
    files.put("ambiguous date", "# asOf: 01/11/2026\nid,budget,facets.mission\na,1,1\n");
    files.put("value under no column", "id,budget,facets.mission,,\na,1,1,,x\n");
    files.put("four problems", "id,budget,facets.mission,successProbability,stage\na,1,1,0.5,develop\n"
        + "b,-5,1,0.5,develop\nc,1,1,45,develop\nd,1,1,0.5,launch\ne,1,1,0.5,develop\na,1,1,0.5,develop\n");
    StringBuilder many = new StringBuilder("id,budget,facets.mission\n");
    for (int i = 0; i < 25; i++) {
      many.append("m-").append(i).append(",-").append(i + 1).append(",1\n");
    }
    files.put("25 problems", many.toString());
    files.put("broken quote after a bad row", "id,budget,facets.mission\na,-1,1\n\"b,1,1\n");
    files.put("semicolon percentages", "id;budget;facets.mission;successProbability\na;1;1;85,5%\nb;1;1;150%\n");
    files.put("semicolon comma and point", "id;budget;facets.mission\na;1,5.0;1\nb;1,2,3;1\n");
    files.put("attribute near miss", "id,budget,facets.mission,Stage\na,1,1,x\n");
    files.put("bad attribute value", "id,budget,facets.mission,unit\na,1,1,\" \"\n");
    files.forEach((name, text) -> inputs.add(csv("spreadsheet " + name, text)));
    Map<String, String> jsons = new LinkedHashMap<>();
    String head = "{\"name\":\"p\",\"initiatives\":[";
    String ok = "{\"id\":\"a\",\"budget\":1,\"facets\":{\"enhancement\":1}}";
    jsons.put("three bad initiatives", head + "{\"id\":\"a\",\"budget\":-1,\"facets\":{\"mission\":1}},\n"
        + ok.replace("\"a\"", "\"b\"") + ",\n{\"id\":\"c\",\"budget\":1,\"stage\":\"launch\",\"facets\":{\"mission\":1}},\n"
        + "{\"id\":\"d\",\"budgte\":1}]}");
    jsons.put("semantic then syntax", head + "{\"id\":\"a\",\"budget\":-1,\"facets\":{\"mission\":1}},\n"
        + "{\"id\":\"b\",\"budget\":1,,}]}");
    jsons.put("bad value then missing name", "{\"initiatives\":[{\"id\":\"a\",\"budget\":-1,\"facets\":{\"mission\":1}}]}");
    jsons.forEach((name, text) -> inputs.add(json("json " + name, FileKind.PORTFOLIO, text)));
    return inputs;
  }

  /** A portfolio with every field in use, and names that need no quotes in CSV. */
  private static Portfolio basePortfolio() {
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Initiative.Builder builder = new Initiative.Builder().id("i-" + i).name("Initiative " + i).budget(1000.5 * i);
      switch (i % 3) {
        case 0 -> builder.position(AxisPosition.of(-0.5 + 0.1 * i, 0.25));
        case 1 -> builder.facets(FacetMix.of(0.1 * i, 0.2, 0, 0.7));
        default -> builder.purpose(Purpose.values()[i % Purpose.values().length])
            .driver(Driver.values()[i % Driver.values().length]);
      }
      if (i % 2 == 0) {
        builder.stage(Stage.values()[i % Stage.values().length]).impact(ImpactEstimate.of(0.5, 1, 2 + i));
      }
      builder.priority(Priority.values()[i % Priority.values().length]).successProbability(0.125 * (i + 1))
          .addTags("tag" + i);
      if (i == 4) {
        builder.putAttributes("unit", "Health");
      }
      initiatives.add(builder.build());
    }
    return new Portfolio.Builder().name("Golden").asOf(LocalDate.of(2026, 11, 1)).currency("EUR")
        .addAllInitiatives(initiatives).build();
  }

  private static ScenarioSet baseScenarios() {
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      scenarios.add(Scenario.of("future " + i, 0.25, FacetValues.of(1 + 0.1 * i, 0.5, 2, 0.25 * i)));
    }
    return ScenarioSet.of(scenarios);
  }

  private static final String[] BAD_JSON_VALUES = {"-1", "1.5", "\"x\"", "1e999", "NaN", "null", "true", "{}", "[]",
    "\"  \"", "\"launch\"", "\"i-0\"", "\"\"", "45", "-0.0", "0", "\"future 0\""};

  /** One to three mutations of a valid JSON file: bad values, misspelled keys, a removed or stray character. */
  private static String breakJson(String valid, SplittableRandom random) {
    String text = valid;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        text = replaceValue(text, random, BAD_JSON_VALUES[random.nextInt(BAD_JSON_VALUES.length)]);
      } else if (kind < 8) {
        List<Integer> keys = starts(text, "\" : ");
        int at = keys.get(random.nextInt(keys.size()));
        text = text.substring(0, at) + "x" + text.substring(at);
      } else if (kind < 9) {
        int at = random.nextInt(text.length());
        text = text.substring(0, at) + text.substring(at + 1);
      } else {
        int at = random.nextInt(text.length());
        text = text.substring(0, at) + ",]}\"".charAt(random.nextInt(4)) + text.substring(at);
      }
    }
    return text;
  }

  /** Replaces the value after one {@code " : "} of the pretty-printed text (a scalar, up to its comma or line end). */
  private static String replaceValue(String text, SplittableRandom random, String value) {
    List<Integer> keys = starts(text, "\" : ");
    int start = keys.get(random.nextInt(keys.size())) + 4;
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return text.substring(0, start) + value + text.substring(start);
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\n') {
      end++;
    }
    return text.substring(0, start) + value + text.substring(end);
  }

  private static List<Integer> starts(String text, String marker) {
    List<Integer> starts = new ArrayList<>();
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      starts.add(at);
    }
    return starts;
  }

  private static final String[] BAD_CELLS = {"-1", "abc", "1e999", "NaN", "1,000", "\"1,000\"", "150%", "45",
    "launch", "i-0", "", " ", "\"x", "a\"b", "1.250", "0,5", "1e5", "-0", "\"\"", "x;;y", "0x10"};

  /** One to three cells of the file's rows or header replaced by bad ones, or a line removed. */
  private static String breakCsv(String valid, char separator, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(valid.split("\r\n", -1)));
    int header = 0;
    while (lines.get(header).startsWith("#")) {
      header++;
    }
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int row = header + random.nextInt(lines.size() - 1 - header);
      if (random.nextInt(12) == 0) {
        lines.remove(row);
        continue;
      }
      String[] cells = lines.get(row).split(String.valueOf(separator), -1);
      int cell = random.nextInt(cells.length);
      cells[cell] = row == header ? cells[cell] + "x" : BAD_CELLS[random.nextInt(BAD_CELLS.length)];
      lines.set(row, String.join(String.valueOf(separator), cells));
    }
    return String.join("\r\n", lines);
  }
}
