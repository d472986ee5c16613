package dev.facets.cli;

import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.core.io.PortfolioFiles;
import dev.facets.core.io.PortfolioHeader;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --sheet NAME}, the sheet of an {@code .xlsx} portfolio, declared once with one help text:
 * part of {@link PortfolioFile}, and a mixin of its own for the commands that place their portfolio
 * otherwise ({@code chart}, {@code compare}, {@code optimize}, {@code validate}). Every portfolio read
 * goes through it, so a sheet named for a file that has none is one usage error everywhere.
 */
final class SheetOption {
  /** The help text of every {@code --sheet}. */
  static final String DESCRIPTION = "The sheet of an .xlsx portfolio to read, by its name (default: the first sheet).";

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--sheet", paramLabel = "NAME", description = DESCRIPTION)
  String name;

  /** Whether {@code --sheet} was given. */
  boolean given() {
    return name != null;
  }

  /** Reads a portfolio file: the named sheet of a workbook, else the file by its extension. */
  Portfolio read(Path file) {
    return Inputs.portfolio(file, checked(file));
  }

  /** Reads a portfolio file as {@link #read(Path)} does, checksumming its bytes into {@code reads}. */
  Portfolio read(Path file, ChecksummedReads reads) {
    return Inputs.portfolio(file, checked(file), reads);
  }

  /** Streams a portfolio file's initiatives, as {@link #read(Path)} reads them. */
  PortfolioHeader stream(Path file, Consumer<Initiative> sink) {
    return Inputs.streamPortfolio(file, checked(file), sink);
  }

  /** The sheet's name, or null; a usage error when one is named for a file that is not a workbook. */
  private String checked(Path file) {
    if (name != null && !PortfolioFiles.isWorkbook(file)) {
      throw OptionValues.invalid(spec, "--sheet", "only an .xlsx workbook has sheets, and " + file + " is not one");
    }
    return name;
  }
}
