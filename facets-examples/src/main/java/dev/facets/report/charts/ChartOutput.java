package dev.facets.report.charts;

import dev.facets.api.InvalidValueException;
import dev.facets.report.PrintableText;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Exports a {@link Chart} as SVG (through JFreeSVG) or PNG (through Java2D): one place for both. */
final class ChartOutput {
  /** PNG images are drawn at twice the chart's size. */
  static final double PNG_SCALE = 2;

  /** Ids are used unescaped inside the SVG (and its clip-path references), so they are restricted. */
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private ChartOutput() {}

  static String svgElement(Chart chart, String id) {
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException("id", "'" + id + "'", "be a letter followed by letters, digits, '-' or '_'");
    }
    SVGGraphics2D graphics = new SVGGraphics2D(chart.width(), chart.height());
    graphics.setDefsKeyPrefix(id + "-");
    // The first element's title is a child of <svg>: the chart's accessible name and its hover text.
    graphics.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, chart.title());
    chart.draw(graphics);
    // JFreeSVG escapes markup but passes control characters through, which no XML parser accepts.
    return PrintableText.of(
        graphics.getSVGElement(id, true, new ViewBox(0, 0, chart.width(), chart.height()), null, null));
  }

  static String svgDocument(Chart chart) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, "chart") + "\n";
  }

  static byte[] png(Chart chart, double scale) {
    BufferedImage image = new BufferedImage((int) Math.ceil(chart.width() * scale),
        (int) Math.ceil(chart.height() * scale), BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      graphics.scale(scale, scale);
      chart.draw(graphics);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
