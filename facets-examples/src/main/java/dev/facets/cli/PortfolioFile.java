package dev.facets.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The PORTFOLIO parameter of the analysis commands, declared once so that every command takes and
 * describes it alike: a picocli mixin for the commands whose first parameter it is, and its help
 * text for the two that place it otherwise ({@code chart KIND PORTFOLIO}, {@code optimize
 * [PORTFOLIO]}).
 */
final class PortfolioFile {
  /** The help text of every PORTFOLIO parameter. */
  static final String DESCRIPTION = "The portfolio file, JSON or CSV by its extension (.json, .csv).";

  @Parameters(index = "0", paramLabel = "PORTFOLIO", description = DESCRIPTION)
  Path file;
}
