package dev.facets.core.io;

import dev.facets.api.Checks;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads a portfolio file in whichever format its extension names: {@code .json} ({@link FacetsJson}),
 * {@code .csv} ({@link FacetsCsv}) or {@code .xlsx} ({@link FacetsXlsx}), in any case ({@code .CSV}).
 * The one place that maps extensions to formats, so that every command accepts all three. A sheet is
 * named only for a workbook. This class is stateless and thread-safe.
 */
public final class PortfolioFiles {
  /** The extensions of portfolio files, without the dot. */
  static final List<String> EXTENSIONS = List.of("json", "csv", "xlsx");

  private PortfolioFiles() {}

  /**
   * Reads a portfolio file by its extension (a workbook's first sheet).
   *
   * @param file the file, not null
   * @return the portfolio, valid
   * @throws InputException if the extension is not {@code .json}, {@code .csv} or {@code .xlsx}, or
   *     the file breaks a rule of its format
   */
  public static Portfolio read(Path file) {
    switch (extension(file)) {
      case "csv":
        return FacetsCsv.readPortfolio(file);
      case "xlsx":
        return FacetsXlsx.readPortfolio(file);
      default:
        return FacetsJson.readPortfolio(file);
    }
  }

  /**
   * Reads the sheet named {@code sheet} of a workbook.
   *
   * @param file the workbook, an {@code .xlsx} file, not null
   * @param sheet the sheet's name, exactly, not null
   * @return the portfolio, valid
   * @throws InputException if the file is not an {@code .xlsx} workbook, has no such sheet, or breaks a
   *     rule of its format
   */
  public static Portfolio read(Path file, String sheet) {
    return FacetsXlsx.readPortfolio(workbook(file, sheet), sheet);
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink}, by its extension, without holding
   * them; returns their count.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null
   * @return the number of initiatives, at least 1
   * @throws InputException as {@link #read(Path)}
   */
  public static long readInitiatives(Path file, Consumer<Initiative> sink) {
    return stream(file, sink).initiatives();
  }

  /**
   * Streams the initiatives of a portfolio file to {@code sink}, by its extension, without holding
   * them; returns the portfolio's name, date, currency and count. Memory: one initiative, and 8 bytes
   * an id beyond the first 65,536 (see {@link FacetsJson#streamPortfolio}); for a workbook, its shared
   * strings too.
   *
   * @param file the file, not null
   * @param sink what receives each initiative, in the file's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException as {@link #read(Path)}
   */
  public static PortfolioHeader stream(Path file, Consumer<Initiative> sink) {
    switch (extension(file)) {
      case "csv":
        return FacetsCsv.streamPortfolio(file, sink);
      case "xlsx":
        return FacetsXlsx.streamPortfolio(file, sink);
      default:
        return FacetsJson.streamPortfolio(file, sink);
    }
  }

  /**
   * Streams the initiatives of the sheet named {@code sheet} of a workbook, as
   * {@link #stream(Path, Consumer)}.
   *
   * @param file the workbook, an {@code .xlsx} file, not null
   * @param sheet the sheet's name, exactly, not null
   * @param sink what receives each initiative, in the sheet's order, not null
   * @return the portfolio's name, date, currency and count of initiatives
   * @throws InputException as {@link #read(Path, String)}
   */
  public static PortfolioHeader stream(Path file, String sheet, Consumer<Initiative> sink) {
    Objects.requireNonNull(sink, "sink");
    return FacetsXlsx.streamPortfolio(workbook(file, sheet), sheet, sink);
  }

  /**
   * The reader of a portfolio from a stream in the format a file's extension names, for a caller that
   * reads the file through a stream of its own ({@link #open}); the reader takes the stream, which it
   * closes, and the name errors give the file ({@code file.toString()}, as the readers of paths do).
   * A workbook has none: its reader needs the whole file at once (a ZIP's directory sits at its end),
   * so it is read from its path ({@link #read(Path)}).
   *
   * @param file the file, not null
   * @return {@link FacetsCsv#readPortfolio(InputStream, String)} or
   *     {@link FacetsJson#readPortfolio(InputStream, String)}
   * @throws InputException if the extension is neither {@code .json} nor {@code .csv}
   */
  public static BiFunction<InputStream, String, Portfolio> streamReader(Path file) {
    return switch (extension(file)) {
      case "csv" -> FacetsCsv::readPortfolio;
      case "json" -> FacetsJson::readPortfolio;
      default -> throw new InputException(file.toString(), 0, 0, "",
          "a workbook is read from its file, not from a stream: its directory sits at its end", null);
    };
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
   * Whether a portfolio file is an xlsx workbook, by its extension: the only kind that has sheets.
   *
   * @param file the file, not null
   * @return true for {@code .xlsx} (any case), false for {@code .json} and {@code .csv}
   * @throws InputException if the extension is not {@code .json}, {@code .csv} or {@code .xlsx}
   */
  public static boolean isWorkbook(Path file) {
    return extension(file).equals("xlsx");
  }

  /** The file, when it is a workbook, which alone has sheets to name. */
  private static Path workbook(Path file, String sheet) {
    Objects.requireNonNull(sheet, "sheet");
    if (!isWorkbook(file)) {
      throw new InputException(file.toString(), 0, 0, "", "a sheet (" + Checks.quote(sheet)
          + ") is named, but only an .xlsx workbook has sheets", null);
    }
    return file;
  }

  private static String extension(Path file) {
    String extension = InputFiles.extension(file);
    if (!EXTENSIONS.contains(extension)) {
      throw new InputException(file.toString(), 0, 0, "",
          "a portfolio file must end in .json, .csv or .xlsx (any case), got "
              + (extension.isEmpty() ? "no extension" : "." + extension)
              + (extension.equals("xls") || extension.equals("xlsm") || extension.equals("ods")
                  ? ": save the workbook as an Excel Workbook (.xlsx) or as CSV UTF-8" : ""), null);
    }
    return extension;
  }
}
