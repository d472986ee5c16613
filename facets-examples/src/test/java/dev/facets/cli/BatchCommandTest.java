package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facets batch}: a set of jobs run in one JVM gives, job by job and byte for byte, what each
 * command gives run alone, in the jobs' order with any number of threads; failed jobs and lines
 * that are not jobs are named by their line and id while the others go on.
 */
class BatchCommandTest {
  private static final Path EXAMPLES = Path.of("src", "main", "resources", "examples");

  @TempDir Path folder;

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  /** Jobs of every kind: JSON and text output, warnings, failures of each exit code, --out. */
  private List<List<String>> jobs() {
    String federal = example("federal-portfolio.json");
    return List.of(
        List.of("score", federal),
        List.of("score", example("federal-portfolio.csv"), "--weight", "count", "--target", example("balanced-target.json")),
        List.of("score", federal, "--format", "text"),
        List.of("validate", example("regional-labs.json")),
        List.of("demo", "--example", "regional-labs", "--format", "json"),
        List.of("classify", "--uncertainty", "-0.8", "--directedness", "0.2"),
        List.of("pet", example("pet-answers.json"), "--mode", "corrected"),
        List.of("hedge", federal, "--scenarios", example("futures.json")),
        List.of("optimize", "--scenarios", example("futures.json"), "--objective", "minimax-regret"),
        List.of("simulate", federal, "--scenarios", example("futures.json"), "--trials", "500", "--seed", "7"),
        List.of("score", folder.resolve("missing.json").toString()),
        List.of("score", federal, "--no-such-option"),
        List.of("map", federal, "--chart", folder.resolve("map.svg").toString()),
        List.of("score", federal, "--out", folder.resolve("score.json").toString()),
        List.of("--version"),
        List.of());
  }

  private Path jobsFile(List<List<String>> jobs) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      ArrayNode args = JsonNodeFactory.instance.arrayNode();
      jobs.get(i).forEach(args::add);
      if (i % 3 == 1) {
        ObjectNode job = JsonNodeFactory.instance.objectNode();
        job.put("id", "job-" + i);
        job.set("args", args);
        lines.add(job.toString());
      } else {
        lines.add(args.toString());
      }
    }
    Path file = folder.resolve("jobs.jsonl");
    Files.write(file, lines);
    return file;
  }

  private static List<JsonNode> results(CommandRun batch) {
    List<JsonNode> results = new ArrayList<>();
    for (String line : batch.out.split("\\R")) {
      results.add(CommandRun.completed(0, line, "").json());
    }
    return results;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.textValue()));
    return strings;
  }

  @Test
  void everyJobGivesWhatItsCommandGivesAloneByteForByteWithAnyNumberOfThreads() throws Exception {
    List<List<String>> jobs = jobs();
    Path file = jobsFile(jobs);
    List<CommandRun> alone = new ArrayList<>();
    for (List<String> job : jobs) {
      alone.add(CommandRun.of(job.toArray(new String[0])));
    }
    String single = null;
    for (String threads : List.of("1", "2", "5")) {
      Files.deleteIfExists(folder.resolve("score.json"));
      CommandRun batch = CommandRun.of("batch", file.toString(), "--threads", threads);
      assertEquals(FacetsCommand.BAD_INPUT, batch.exitCode, batch::toString);
      assertEquals("", batch.err);
      if (single == null) {
        single = batch.out;
      } else {
        assertEquals(single, batch.out, "--threads " + threads + " changes the results");
      }
      List<JsonNode> results = results(batch);
      assertEquals(jobs.size(), results.size());
      for (int i = 0; i < jobs.size(); i++) {
        JsonNode result = results.get(i);
        CommandRun expected = alone.get(i);
        String what = "job " + jobs.get(i) + " -> " + result;
        assertEquals(i + 1, result.get("line").intValue(), what);
        assertEquals(i % 3 == 1 ? "job-" + i : null, result.get("id").textValue(), what);
        assertEquals(expected.exitCode, result.get("exitCode").intValue(), what);
        if (expected.exitCode == FacetsCommand.OK) {
          JsonNode output = result.get("output");
          String printed = output.isNull() ? "" : output.isTextual() ? output.textValue() : OutputOptions.toJson(output);
          assertEquals(expected.out, printed, what);
          assertEquals(lines(expected.err), strings(result.get("messages")), what);
          assertFalse(result.has("error"), what);
        } else {
          assertEquals(lines(expected.err), strings(result.get("error")), what);
          assertFalse(result.has("output"), what);
        }
      }
    }
    // The JSON outputs are embedded as JSON, not as strings; text output as a string.
    List<JsonNode> results = results(CommandRun.completed(0, single, ""));
    assertTrue(results.get(0).get("output").isObject());
    assertTrue(results.get(2).get("output").isTextual());
    // --out in a job writes the file as the command alone does, and the job prints nothing.
    assertTrue(results.get(13).get("output").isNull());
    assertEquals(alone.get(0).out, Files.readString(folder.resolve("score.json")));
  }

  @Test
  void allJobsSucceedingExitZeroAndResultsStayInOrderAcrossManyJobs() throws Exception {
    List<List<String>> jobs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      jobs.add(List.of("classify", "--uncertainty", String.valueOf(-1 + i / 30.0), "--directedness", "0.25"));
    }
    Path file = jobsFile(jobs);
    CommandRun batch = CommandRun.of("batch", file.toString(), "--threads", "3");
    assertEquals(FacetsCommand.OK, batch.exitCode, batch::toString);
    List<JsonNode> results = results(batch);
    assertEquals(60, results.size());
    for (int i = 0; i < 60; i++) {
      assertEquals(i + 1, results.get(i).get("line").intValue());
      String expected = CommandRun.of(jobs.get(i).toArray(new String[0])).out;
      assertEquals(expected, OutputOptions.toJson(results.get(i).get("output")));
    }
  }

  @Test
  void aLineThatIsNotAJobIsAFailedJobNamingItsLineAndPathAndTheOthersGoOn() throws Exception {
    Path file = folder.resolve("jobs.jsonl");
    Files.write(file, List.of(
        "[\"classify\", \"--purpose\", \"mission\", \"--driver\", \"future\"]",
        "not json",
        "",
        "[\"score\", 5]",
        "{\"id\": \"x\", \"arg\": []}",
        "{\"id\": \"y\"}",
        "{\"id\": 3, \"args\": []}",
        "\"score\"",
        "[\"batch\", \"jobs.jsonl\"]",
        "[\"demo\"] [\"demo\"]",
        "{\"id\": \"last\", \"args\": [\"classify\", \"--uncertainty\", \"0.5\", \"--directedness\", \"0.5\"]}"));
    CommandRun batch = CommandRun.of("batch", file.toString());
    assertEquals(FacetsCommand.BAD_INPUT, batch.exitCode, batch::toString);
    List<JsonNode> results = results(batch);
    assertEquals(10, results.size(), batch::toString);
    assertEquals(0, results.get(0).get("exitCode").intValue());
    int[] lines = {2, 4, 5, 6, 7, 8, 9, 10};
    String[] reasons = {
      ":2: not JSON", ":4: [1]: expected a string, found 5", ":5: arg: unknown key", ":6: args: missing",
      ":7: id: expected a string, found 3", ":8: a job is an array of strings", ":9: a job cannot be a batch",
      ":10: text after the job's JSON, at column 10: one job a line"};
    for (int i = 0; i < lines.length; i++) {
      JsonNode result = results.get(i + 1);
      assertEquals(lines[i], result.get("line").intValue(), result::toString);
      assertEquals(FacetsCommand.USAGE, result.get("exitCode").intValue(), result::toString);
      List<String> error = strings(result.get("error"));
      assertEquals(1, error.size(), result::toString);
      assertTrue(error.get(0).startsWith("facets batch: usage error: " + file + reasons[i]), result::toString);
    }
    assertEquals("x", results.get(3).get("id").textValue());
    JsonNode last = results.get(9);
    assertEquals(11, last.get("line").intValue());
    assertEquals("last", last.get("id").textValue());
    assertEquals(0, last.get("exitCode").intValue());
  }

  @Test
  void aJobsFileThatCannotBeReadOrABadThreadCountFailsTheBatchItself() {
    CommandRun missing = CommandRun.of("batch", folder.resolve("none.jsonl").toString());
    assertEquals(FacetsCommand.BAD_INPUT, missing.exitCode, missing::toString);
    assertTrue(missing.err.startsWith("facets batch: error: " + folder.resolve("none.jsonl") + ": cannot be read"),
        missing::toString);
    assertEquals("", missing.out);
    for (String threads : List.of("0", "-1", "257", "two")) {
      CommandRun run = CommandRun.of("batch", folder.resolve("none.jsonl").toString(), "--threads", threads);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
      assertTrue(run.err.contains("--threads") && run.err.contains(threads), run::toString);
    }
  }

  @Test
  void anEmptyJobsFileIsASuccessWithNoResults() throws Exception {
    Path file = folder.resolve("empty.jsonl");
    Files.write(file, List.of("", "  "));
    CommandRun batch = CommandRun.of("batch", file.toString(), "--threads", "2");
    assertEquals(FacetsCommand.OK, batch.exitCode, batch::toString);
    assertEquals("", batch.out);
  }
}
