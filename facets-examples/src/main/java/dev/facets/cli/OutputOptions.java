package dev.facets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.report.PrintableText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The output options every subcommand shares: {@code --format json|text} and {@code --out FILE}.
 *
 * <p>{@code --out} writes atomically through {@link OutputFiles}: a temporary file in the target's
 * folder, then an atomic move, so that on any error no output file is created or changed; it refuses
 * to overwrite an input file, a folder or a file the user may not write. A device or a pipe
 * ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written straight through instead, never
 * replaced. Standard output is checked by {@link FacetsCommand} once the command is done.
 */
final class OutputOptions {
  /** The output formats. */
  enum Format {
    json,
    text
  }

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: json; text for validate and demo).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", converter = TargetConverter.class, description = "Write the output to FILE (atomically) instead of standard output.")
  Path out;

  /**
   * Prints the result as JSON or as text, to standard output or to {@code --out}.
   *
   * @param stdout the command's standard output
   * @param json the result as the contract's JSON
   * @param text the result for a person, made only when asked for
   * @param inputs the files the command read, which {@code --out} must never overwrite
   */
  void emit(PrintWriter stdout, JsonNode json, Supplier<String> text, List<Path> inputs) {
    emit(stdout, json, text, inputs, Format.json);
  }

  /** As {@link #emit(PrintWriter, JsonNode, Supplier, List)}, with the command's own default format. */
  void emit(PrintWriter stdout, JsonNode json, Supplier<String> text, List<Path> inputs, Format byDefault) {
    // JSON escapes control characters itself; text gets them as visible escapes (PrintableText).
    String rendered = (format == null ? byDefault : format) == Format.json ? toJson(json) : PrintableText.of(text.get());
    if (out == null) {
      stdout.print(rendered);
      stdout.flush();
    } else {
      writeAtomically(out, rendered, inputs);
    }
  }

  static String toJson(JsonNode json) {
    return JsonTrees.print(json) + System.lineSeparator();
  }

  /** Writes {@code content} to {@code target} through a temporary file and an atomic move. */
  static void writeAtomically(Path target, String content, List<Path> inputs) {
    new OutputFiles(inputs).add(target, content).commit();
  }

  /** Writes bytes (an image) to {@code target} through a temporary file and an atomic move. */
  static void writeAtomically(Path target, byte[] content, List<Path> inputs) {
    new OutputFiles(inputs).add(target, content).commit();
  }

  /**
   * Reads {@code --out}: a name ending in a separator names a folder, never a file, so it is a usage
   * error here, before {@link Path} drops the separator ({@code Path.of("new/")} is {@code new}).
   */
  static final class TargetConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isEmpty()) {
        throw new CommandLine.TypeConversionException("'' is not a file name");
      }
      if (value.endsWith("/") || value.endsWith(java.io.File.separator)) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' names a folder (it ends in " + value.charAt(value.length() - 1) + "); give a file name");
      }
      try {
        return Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a file name: " + e.getReason());
      }
    }
  }
}
