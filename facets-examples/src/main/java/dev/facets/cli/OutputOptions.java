package dev.facets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.core.io.JsonLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The output options every subcommand shares: {@code --format json|text} and {@code --out FILE}.
 *
 * <p>{@code --out} writes atomically: a temporary file in the target's folder, then an atomic move,
 * so that on any error no output file is created or changed; it refuses to overwrite an input file.
 * A device or a pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written straight through
 * instead, never replaced.
 */
final class OutputOptions {
  /** The output formats. */
  enum Format {
    json,
    text
  }

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: json; text for validate and demo).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE (atomically) instead of standard output.")
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
    String rendered = (format == null ? byDefault : format) == Format.json ? toJson(json) : text.get();
    if (out == null) {
      stdout.print(rendered);
      stdout.flush();
    } else {
      writeAtomically(out, rendered, inputs);
    }
  }

  static String toJson(JsonNode json) {
    try {
      return JsonLimits.mapper().writeValueAsString(json) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code target} through a temporary file and an atomic move. */
  static void writeAtomically(Path target, String content, List<Path> inputs) {
    writeAtomically(target, content.getBytes(StandardCharsets.UTF_8), inputs);
  }

  /** Writes bytes (an image) to {@code target} through a temporary file and an atomic move. */
  static void writeAtomically(Path target, byte[] content, List<Path> inputs) {
    Path absolute = target.toAbsolutePath();
    for (Path input : inputs) {
      if (isSameFile(absolute, input)) {
        throw new IllegalArgumentException(
            target + ": --out must not overwrite the input file " + input + ", got the same file");
      }
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
      // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written straight through: a move
      // would replace the device node itself (as root, /dev/null with a regular file), and
      // atomicity means nothing for a stream.
      writeThrough(target, absolute, content);
      return;
    }
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new IllegalArgumentException(target + ": cannot be written: " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write already failed and is being reported; a leftover temporary file is named so.
        }
      }
    }
  }

  private static void writeThrough(Path target, Path absolute, byte[] content) {
    try {
      Files.write(absolute, content);
    } catch (IOException e) {
      throw new IllegalArgumentException(target + ": cannot be written: " + e.getMessage(), e);
    }
  }

  private static boolean isSameFile(Path target, Path input) {
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException e) {
      return target.equals(input.toAbsolutePath());
    }
  }
}
