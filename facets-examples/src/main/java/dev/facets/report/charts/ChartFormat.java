package dev.facets.report.charts;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a {@link Chart} is exported to. */
public enum ChartFormat {
  /** Scalable vector graphics: text, sharp at any size, hover titles kept. */
  SVG,
  /** A raster image at twice the chart's size. */
  PNG;

  /**
   * The format a file name asks for, by its extension ({@code .svg} or {@code .png}, in any case).
   *
   * @throws IllegalArgumentException naming the file when the extension is neither
   */
  public static ChartFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return SVG;
    }
    if (name.endsWith(".png")) {
      return PNG;
    }
    throw new IllegalArgumentException(file + ": a chart file must end in .svg or .png, got '" + file.getFileName() + "'");
  }

  /** The file extension, with its dot. */
  public String extension() {
    return "." + name().toLowerCase(Locale.ROOT);
  }
}
