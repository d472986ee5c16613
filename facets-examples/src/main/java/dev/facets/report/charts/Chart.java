package dev.facets.report.charts;

import java.awt.Graphics2D;

/**
 * A chart drawn once through {@link Graphics2D} and exported as SVG or PNG from that one drawing, so
 * the vector and raster versions can never disagree.
 *
 * <p>Charts only present numbers an engine computed; they compute no metric. Make them with the
 * factories of {@link Charts}. Implementations are immutable and thread-safe: drawing the same chart
 * from several threads at once is safe. Raster export needs no display, but a server should run with
 * {@code -Djava.awt.headless=true} so that AWT never looks for one.
 */
public interface Chart {
  /** What the chart shows, in a few words: its caption and the SVG's accessible title. */
  String title();

  /** The chart's width in pixels (SVG user units). */
  int width();

  /** The chart's height in pixels (SVG user units). */
  int height();

  /**
   * Draws the chart in the rectangle from (0, 0) to ({@link #width()}, {@link #height()}) of the
   * given graphics, which it may change (transform, paint, hints) but never disposes.
   */
  void draw(Graphics2D graphics);

  /**
   * This chart as an {@code <svg>} element with the given id, with width, height and viewBox, ready
   * to inline in HTML: every id inside it (clip paths, gradients) starts with {@code id + "-"}, so
   * several charts can share one page.
   *
   * @param id the element id: letters, digits, {@code -} and {@code _}, starting with a letter
   */
  default String toSvgElement(String id) {
    return ChartOutput.svgElement(this, id);
  }

  /** This chart as a standalone SVG document (an XML declaration and the {@code <svg>} element). */
  default String toSvg() {
    return ChartOutput.svgDocument(this);
  }

  /** This chart as a PNG image at twice its size, crisp on high-density screens. */
  default byte[] toPng() {
    return ChartOutput.png(this, ChartOutput.PNG_SCALE);
  }

  /** This chart encoded in the given format: UTF-8 SVG text or PNG bytes. */
  default byte[] encode(ChartFormat format) {
    return format == ChartFormat.SVG ? toSvg().getBytes(java.nio.charset.StandardCharsets.UTF_8) : toPng();
  }
}
