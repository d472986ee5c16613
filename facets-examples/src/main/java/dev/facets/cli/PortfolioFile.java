package dev.facets.cli;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.core.io.PortfolioHeader;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The PORTFOLIO parameter of the analysis commands, with its {@code --sheet}, declared once so that
 * every command takes and describes them alike: a picocli mixin for the commands whose first
 * parameter it is, and its help text for those that place it otherwise ({@code chart KIND
 * PORTFOLIO}, {@code optimize [PORTFOLIO]}, {@code compare OLD NEW}), which take {@link SheetOption}
 * beside it.
 */
final class PortfolioFile {
  /** The help text of every PORTFOLIO parameter. */
  static final String DESCRIPTION =
      "The portfolio file, JSON, CSV or an Excel workbook by its extension (.json, .csv, .xlsx).";

  @Parameters(index = "0", paramLabel = "PORTFOLIO", description = DESCRIPTION)
  Path file;

  @Mixin SheetOption sheet;

  /** Reads the portfolio (the sheet named, in a workbook). */
  Portfolio read() {
    return sheet.read(file);
  }

  /** Streams the portfolio's initiatives without holding them; returns its name, date, currency and count. */
  PortfolioHeader stream(Consumer<Initiative> sink) {
    return sheet.stream(file, sink);
  }
}
