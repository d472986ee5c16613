package dev.facets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One in-process run of the {@code facets} command: its exit code, standard output and error. */
final class CommandRun {
  final int exitCode;
  final String out;
  final String err;

  private CommandRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code facets args...} in this JVM. */
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** A run that already happened, by its exit code and streams. */
  static CommandRun completed(int exitCode, String out, String err) {
    return new CommandRun(exitCode, out, err);
  }

  /** Standard output parsed as JSON. */
  JsonNode json() {
    try {
      return JsonTrees.mapper().readTree(out);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("not JSON: " + out, e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
  }
}
