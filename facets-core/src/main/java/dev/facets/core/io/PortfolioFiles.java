package dev.facets.core.io;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads a portfolio file in whichever format its extension names: {@code .json} ({@link FacetsJson})
 * or {@code .csv} ({@link FacetsCsv}), in any case ({@code .CSV}). The one place that maps
 * extensions to formats, so that every command accepts both. This class is stateless and
 * thread-safe.
 */
public final class PortfolioFiles {
  /** The extensions of portfolio files, without the dot. */
  static final List<String> EXTENSIONS = List.of("json", "csv");

  private PortfolioFiles() {}

  /**
   * Reads a portfolio file by its extension.
   *
   * @param file the file, not null
   * @return the portfolio, valid
   * @throws InputException if the extension is neither {@code .json} nor {@code .csv}, or the file
   *     breaks a rule of its format
   */
  public static Portfolio read(Path file) {
    return isCsv(file) ? FacetsCsv.readPortfolio(file) : FacetsJson.readPortfolio(file);
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink}, by its extension, without holding
   * them.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null; on a bad file it may
   *     have received the initiatives before the problem
   * @return the number of initiatives, at least 1
   * @throws InputException as {@link #read(Path)}
   */
  public static long readInitiatives(Path file, Consumer<Initiative> sink) {
    return stream(file, sink).initiatives();
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink}, by its extension, without holding
   * them; returns the portfolio's name, date, currency and count. Memory: one initiative, and 8 bytes
   * an id beyond the first 65,536 (see {@link FacetsJson#streamPortfolio}).
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException as {@link #read(Path)}
   */
  public static PortfolioHeader stream(Path file, Consumer<Initiative> sink) {
    return isCsv(file) ? FacetsCsv.streamPortfolio(file, sink) : FacetsJson.streamPortfolio(file, sink);
  }

  /**
   * The reader of a portfolio from a stream in the format a file's extension names, for a caller that
   * reads the file through a stream of its own ({@link #open}); the reader takes the stream, which it
   * closes, and the name errors give the file ({@code file.toString()}, as the readers of paths do).
   *
   * @param file the file, not null
   * @return {@link FacetsCsv#readPortfolio(InputStream, String)} or
   *     {@link FacetsJson#readPortfolio(InputStream, String)}
   * @throws InputException if the extension is neither {@code .json} nor {@code .csv}
   */
  public static BiFunction<InputStream, String, Portfolio> streamReader(Path file) {
    return isCsv(file) ? FacetsCsv::readPortfolio : FacetsJson::readPortfolio;
  }

  /**
   * Opens an input file as every reader of a path does, for a caller that reads it through a stream
   * of its own (to checksum the bytes as they are parsed, say) and then hands it to a reader of streams.
   *
   * @param file the file, not null
   * @return the file's bytes, to be closed by the caller
   * @throws InputException naming the file if it does not exist ("no such file") or cannot be opened
   */
  public static InputStream open(Path file) {
    return InputFiles.open(file);
  }

  /**
   * Whether a portfolio file is CSV (else JSON), by its extension.
   *
   * @throws InputException if the extension is neither {@code .json} nor {@code .csv}
   */
  static boolean isCsv(Path file) {
    String extension = InputFiles.extension(file);
    if (!EXTENSIONS.contains(extension)) {
      throw new InputException(file.toString(), 0, 0, "",
          "a portfolio file must end in .json or .csv (any case), got "
              + (extension.isEmpty() ? "no extension" : "." + extension), null);
    }
    return extension.equals("csv");
  }
}
