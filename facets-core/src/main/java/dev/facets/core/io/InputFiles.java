package dev.facets.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Opening input files and naming them, the same way for every format. */
final class InputFiles {
  private InputFiles() {}

  /** Opens a file for reading, or fails with an {@link InputException} naming it. */
  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "", "no such file", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot be opened: " + e.getMessage(), e);
    }
  }

  /** The extension of a file name, lower-case, without the dot; empty when there is none. */
  static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The last segment of a file name or source without its extension ({@code data/ministry.csv} gives
   * {@code ministry}), or the whole source when that would leave nothing.
   */
  static String baseName(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    return base.isBlank() ? source : base;
  }
}
