package dev.facets.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Checks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One job of {@code facets batch}: a line of the jobs file, read into a command line, and its run
 * as one result line.
 *
 * <p>A result line is one JSON object: {@code line} (the job's line number in the jobs file, from
 * 1), {@code id} (the job's id, or {@code null}), {@code exitCode}, and then either, for a job that
 * succeeded (exit code 0), {@code output} (what the command printed: its JSON as JSON, other output
 * such as {@code --format text} as one string, {@code null} when it printed nothing, as with
 * {@code --out FILE}) and {@code messages} (the lines it wrote to standard error, usually none), or,
 * for a job that failed, {@code error} (the lines it wrote to standard error). A line that is not a
 * job is a failed job with exit code 2 (a usage error), as a bad command line is.
 *
 * <p>Printing {@code output} back with the command's own JSON printer gives the command's output
 * byte for byte: where it would not (never for the commands as they are), {@code output} is the
 * printed text as a string instead, so a job's output is never changed by running it in a batch.
 */
final class BatchJob {
  /** Result lines: the command's JSON, on one line. */
  private static final ObjectWriter ONE_LINE = JsonTrees.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  private final int line;
  private final Optional<String> id;
  private final List<String> args;
  private final Optional<String> problem;

  private BatchJob(int line, Optional<String> id, List<String> args, Optional<String> problem) {
    this.line = line;
    this.id = id;
    this.args = args;
    this.problem = problem;
  }

  /**
   * Reads line {@code lineNumber} of {@code file}: a JSON array of strings, or an object with
   * {@code args} (that array) and optionally {@code id} (a string). A line that is neither is still
   * a job, one that fails with the reason, naming the line and the JSON path.
   */
  static BatchJob parse(Path file, int lineNumber, String text) {
    JsonNode node;
    try (JsonParser parser = JsonTrees.mapper().createParser(text)) {
      node = JsonTrees.mapper().readTree(parser);
      if (node != null && parser.nextToken() != null) {
        // One job a line: a second value (or stray text) would otherwise be dropped unseen.
        return invalid(file, lineNumber, Optional.empty(), "text after the job's JSON, at column "
            + parser.currentTokenLocation().getColumnNr() + ": one job a line");
      }
    } catch (JsonProcessingException e) {
      return invalid(file, lineNumber, Optional.empty(), "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null) {
      return invalid(file, lineNumber, Optional.empty(), "not JSON: no value");
    }
    if (node.isArray()) {
      return arguments(file, lineNumber, Optional.empty(), node, "");
    }
    if (!node.isObject()) {
      return invalid(file, lineNumber, Optional.empty(),
          "a job is an array of strings or an object {\"id\": ..., \"args\": [...]}, not " + describe(node));
    }
    Optional<String> id = Optional.empty();
    JsonNode idNode = node.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isTextual()) {
        return invalid(file, lineNumber, Optional.empty(), "id: expected a string, found " + describe(idNode));
      }
      id = Optional.of(idNode.textValue());
    }
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
      String key = keys.next();
      if (!key.equals("id") && !key.equals("args")) {
        return invalid(file, lineNumber, id, Checks.oneLine(key) + ": unknown key (a job has \"id\" and \"args\")");
      }
    }
    JsonNode args = node.get("args");
    if (args == null) {
      return invalid(file, lineNumber, id, "args: missing (the command and its arguments, an array of strings)");
    }
    return arguments(file, lineNumber, id, args, "args");
  }

  private static BatchJob arguments(Path file, int lineNumber, Optional<String> id, JsonNode array, String path) {
    if (!array.isArray()) {
      return invalid(file, lineNumber, id, path + ": expected an array of strings, found " + describe(array));
    }
    List<String> args = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode arg = array.get(i);
      if (!arg.isTextual()) {
        return invalid(file, lineNumber, id, path + "[" + i + "]: expected a string, found " + describe(arg));
      }
      args.add(arg.textValue());
    }
    if (!args.isEmpty() && args.get(0).equals("batch")) {
      return invalid(file, lineNumber, id, "a job cannot be a batch itself");
    }
    return new BatchJob(lineNumber, id, List.copyOf(args), Optional.empty());
  }

  private static BatchJob invalid(Path file, int lineNumber, Optional<String> id, String reason) {
    return new BatchJob(lineNumber, id, List.of(), Optional.of(file + ":" + lineNumber + ": " + reason));
  }

  private static String describe(JsonNode node) {
    String text = node.toString();
    return Checks.oneLine(text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }

  /** Runs the job as {@code facets ARGS...} would, and makes its result line. */
  Result run() {
    if (problem.isPresent()) {
      return failed(FacetsCommand.USAGE, List.of("facets batch: usage error: " + problem.get()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    List<String> messages = err.getBuffer().length() == 0 ? List.of() : List.of(err.toString().split("\\R"));
    if (code != FacetsCommand.OK) {
      return failed(code, messages);
    }
    ObjectNode result = head(code);
    result.set("output", output(out.toString()));
    lines(result.putArray("messages"), messages);
    return new Result(render(result), true);
  }

  private Result failed(int code, List<String> error) {
    ObjectNode result = head(code);
    lines(result.putArray("error"), error);
    return new Result(render(result), false);
  }

  private ObjectNode head(int code) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("line", line);
    if (id.isPresent()) {
      result.put("id", id.get());
    } else {
      result.putNull("id");
    }
    result.put("exitCode", code);
    return result;
  }

  private static void lines(ArrayNode array, List<String> lines) {
    lines.forEach(array::add);
  }

  /** The command's output as JSON when it prints back byte for byte, else as a string. */
  static JsonNode output(String printed) {
    if (printed.isEmpty()) {
      return JsonNodeFactory.instance.nullNode();
    }
    try {
      JsonNode json = JsonTrees.mapper().readTree(printed);
      if (json != null && !json.isMissingNode() && OutputOptions.toJson(json).equals(printed)) {
        return json;
      }
    } catch (JsonProcessingException e) {
      // Not JSON (text output): it goes in as a string.
    }
    return JsonNodeFactory.instance.textNode(printed);
  }

  private static String render(ObjectNode result) {
    try {
      return ONE_LINE.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The job's result line (without its line break) and whether the job succeeded. */
  record Result(String line, boolean succeeded) {}

  @Override
  public String toString() {
    return "job on line " + line + id.map(value -> " (" + value + ")").orElse("") + ": " + args;
  }
}
