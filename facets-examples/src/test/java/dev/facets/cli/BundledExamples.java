package dev.facets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example files, copied out of the class path to a folder, where commands read them. */
final class BundledExamples {
  private BundledExamples() {}

  /** Copies {@code examples/NAME} to {@code folder/NAME} and returns the copy. */
  static Path copy(Path folder, String name) {
    Path file = folder.resolve(name);
    try (InputStream in = BundledExamples.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
