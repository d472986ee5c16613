package dev.facets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.report.PrintableText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
  /** A format a command writes, with the file extensions that name it (lower case, with the dot). */
  interface FileFormat {
    /** The format's name on the command line. */
    String name();

    /** The extensions of a file in this format. */
    List<String> extensions();
  }

  /** The output formats. */
  enum Format implements FileFormat {
    json(".json"),
    text(".txt", ".text");

    private final List<String> extensions;

    Format(String... extensions) {
      this.extensions = List.of(extensions);
    }

    @Override
    public List<String> extensions() {
      return extensions;
    }
  }

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

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
    Format chosen = format == null ? byDefault : format;
    if (out != null) {
      OutputFiles.check(out, inputs); // a target that cannot be written is the first thing to say
      chosen = format(spec, out, format, byDefault, Format.values());
    }
    // JSON escapes control characters itself; text gets them as visible escapes (PrintableText).
    String rendered = chosen == Format.json ? toJson(json) : PrintableText.of(text.get());
    if (out == null) {
      stdout.print(rendered);
      stdout.flush();
    } else {
      writeAtomically(out, rendered, inputs);
    }
  }

  /**
   * The format to write to {@code out}: the one asked for, else the one {@code out}'s extension
   * names, else the command's default; a usage error when the extension does not belong to that
   * format ({@code report --out report.pdf} would otherwise write HTML into a file every program
   * opens as a PDF). A name without an extension ({@code /dev/stdout}) takes any format. The
   * message names the option, the extension and every format of the command with its extensions.
   *
   * @param asked the format asked for with {@code --format}, or null
   * @param byDefault the command's default format
   * @param all every format of the command, in the order to list them
   */
  @SafeVarargs
  static <F extends FileFormat> F format(CommandSpec spec, Path out, F asked, F byDefault, F... all) {
    String name = String.valueOf(out.getFileName());
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return asked == null ? byDefault : asked;
    }
    String extension = name.substring(dot).toLowerCase(Locale.ROOT);
    if (asked != null && asked.extensions().contains(extension)) {
      return asked;
    }
    if (asked == null) {
      for (F each : all) {
        if (each.extensions().contains(extension)) {
          return each;
        }
      }
    }
    List<String> formats = new ArrayList<>();
    for (F each : all) {
      formats.add("--format " + each.name() + ": " + String.join(" or ", each.extensions()));
    }
    throw OptionValues.invalid(spec, "--out", "the extension " + name.substring(dot) + " of '" + out
        + "' " + (asked == null ? "is not one of a format this command writes" : "does not match --format " + asked.name())
        + "; the formats and their extensions: " + String.join("; ", formats));
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
