package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kinds of facets file, and how to tell them apart without reading the whole file: a CSV file
 * is always a portfolio; in JSON, a portfolio has {@code initiatives}, a scenario file
 * {@code scenarios}, and a target only facet names.
 */
public enum FileKind {
  /** A portfolio file ({@code initiatives}). */
  PORTFOLIO,
  /** A scenario file ({@code scenarios}). */
  SCENARIOS,
  /** A target-mix file (facet names only). */
  TARGET;

  /**
   * The kind of a file: a portfolio if it ends in {@code .csv} (any case), else from its top-level
   * JSON keys; a file that is none of the three is reported as a portfolio, whose reader then names
   * what is wrong with it.
   *
   * @param file the file, not null; only its first top-level keys are read, and an unreadable file
   *     is a portfolio too (never an exception)
   * @return the file's kind
   */
  public static FileKind of(Path file) {
    if (InputFiles.extension(file).equals("csv")) {
      return PORTFOLIO;
    }
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonLimits.factory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return PORTFOLIO;
      }
      boolean onlyFacets = true;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        if (key.equals("initiatives") || key.equals("name") || key.equals("asOf") || key.equals("currency")) {
          // Only a portfolio has these keys: decide now rather than skip a value that may be huge.
          return PORTFOLIO;
        }
        if (key.equals("scenarios")) {
          return SCENARIOS;
        }
        onlyFacets &= key.equals("enhancement") || key.equals("mission") || key.equals("adaptive")
            || key.equals("anticipatory");
        parser.nextToken();
        parser.skipChildren();
      }
      return onlyFacets ? TARGET : PORTFOLIO;
    } catch (IOException e) {
      // Unreadable or broken text: the strict portfolio reader reports it with its location.
      return PORTFOLIO;
    }
  }
}
