package dev.facets.report.charts;

import dev.facets.api.Facet;
import dev.facets.api.Zone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.text.NumberFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The one look of every chart: fonts, colours, the facet shade and the zone colours, and the theme
 * applied to JFreeChart charts. Stateless; the theme is built per call because JFreeChart themes are
 * mutable.
 */
final class Style {
  static final String FONT = "SansSerif";
  static final Font TITLE = new Font(FONT, Font.BOLD, 16);
  static final Font LABEL = new Font(FONT, Font.PLAIN, 12);
  static final Font LABEL_BOLD = new Font(FONT, Font.BOLD, 13);
  static final Font SMALL = new Font(FONT, Font.PLAIN, 11);
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);
  static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  static final Color BACKGROUND = Color.WHITE;
  /** Behind labels drawn over data: white, slightly see-through. */
  static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
  /** The portfolio's own values (shares, value in a scenario). */
  static final Color PRIMARY = new Color(0x6a, 0x1b, 0x9a);
  /** A reference the portfolio is compared with (target, regret). */
  static final Color SECONDARY = new Color(0xf2, 0x9e, 0x4c);
  static final BasicStroke THIN = new BasicStroke(1f);
  static final BasicStroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

  private static final Map<Zone, Color> ZONES = new EnumMap<>(Zone.class);

  static {
    ZONES.put(Zone.ENHANCEMENT, new Color(0x1f, 0x77, 0xb4));
    ZONES.put(Zone.MISSION, new Color(0xd6, 0x27, 0x28));
    ZONES.put(Zone.ADAPTIVE, new Color(0x2c, 0xa0, 0x2c));
    ZONES.put(Zone.ANTICIPATORY, new Color(0xff, 0x7f, 0x0e));
    ZONES.put(Zone.SUSTAINING, new Color(0x94, 0x67, 0xbd));
    ZONES.put(Zone.OPTIMISING, new Color(0x17, 0xbe, 0xcf));
    ZONES.put(Zone.TRANSFORMATIVE, new Color(0xe3, 0x77, 0xc2));
    ZONES.put(Zone.DISRUPTIVE, new Color(0xbc, 0xbd, 0x22));
    ZONES.put(Zone.MIXED, new Color(0x7f, 0x7f, 0x7f));
  }

  private Style() {}

  /** The colour of a zone on the initiative map. */
  static Color zone(Zone zone) {
    return ZONES.get(zone);
  }

  /**
   * The OPSI Portfolio Exploration Tool's facet shade: HSL(288°, 75 %, lightness 100 - pct), where
   * pct is the share in whole percent, so darker means stronger.
   */
  static Color facetShade(double share) {
    return hsl(288, 0.75, (100 - percent(share)) / 100.0);
  }

  /** Text that stays readable on a facet shade: white on the dark ones. */
  static Color textOn(double share) {
    return percent(share) >= 45 ? Color.WHITE : INK;
  }

  /** A share in whole percent, as the tool rounds it. */
  static long percent(double share) {
    return Math.round(100 * share);
  }

  /** A share as a label: {@code 42%}. */
  static String percentLabel(double share) {
    return percent(share) + "%";
  }

  /** The text, cut with an ellipsis to fit {@code width} pixels in the graphics' current font. */
  static String fit(Graphics2D graphics, String text, double width) {
    java.awt.FontMetrics metrics = graphics.getFontMetrics();
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "\u2026";
  }

  /** A facet's name for a person: {@code Enhancement}. */
  static String name(Facet facet) {
    String name = facet.jsonName();
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** The colour of hue {@code h} degrees, saturation {@code s} and lightness {@code l} in [0, 1]. */
  static Color hsl(double h, double s, double l) {
    double lightness = Math.max(0, Math.min(1, l));
    double chroma = (1 - Math.abs(2 * lightness - 1)) * s;
    double sector = (h % 360) / 60;
    double x = chroma * (1 - Math.abs(sector % 2 - 1));
    double r = 0;
    double g = 0;
    double b = 0;
    if (sector < 1) {
      r = chroma;
      g = x;
    } else if (sector < 2) {
      r = x;
      g = chroma;
    } else if (sector < 3) {
      g = chroma;
      b = x;
    } else if (sector < 4) {
      g = x;
      b = chroma;
    } else if (sector < 5) {
      r = x;
      b = chroma;
    } else {
      r = chroma;
      b = x;
    }
    double m = lightness - chroma / 2;
    return new Color(channel(r + m), channel(g + m), channel(b + m));
  }

  private static int channel(double value) {
    return (int) Math.round(255 * Math.max(0, Math.min(1, value)));
  }

  /** Applies the house look to a JFreeChart chart and gives it the title. */
  static JFreeChart themed(JFreeChart chart, String title) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(TITLE);
    theme.setLargeFont(LABEL_BOLD);
    theme.setRegularFont(LABEL);
    theme.setSmallFont(SMALL);
    theme.setTitlePaint(INK);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setLegendItemPaint(INK);
    theme.setChartBackgroundPaint(BACKGROUND);
    theme.setPlotBackgroundPaint(BACKGROUND);
    theme.setLegendBackgroundPaint(BACKGROUND);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setPlotOutlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setTitle(new TextTitle(title, TITLE));
    chart.getTitle().setPaint(INK);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /**
   * Bars in pairs per category (the portfolio's value beside a reference), themed, each bar labelled
   * in the given format: the one look of every bar chart.
   */
  static JFreeChart pairedBars(String title, String categoryAxis, String valueAxis, DefaultCategoryDataset data,
      NumberFormat format) {
    JFreeChart chart = ChartFactory.createBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
        true, false, false);
    themed(chart, title);
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(format);
    axis.setUpperMargin(0.12);
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, PRIMARY);
    renderer.setSeriesPaint(1, SECONDARY);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(SMALL);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    return chart;
  }

  /** Draws a JFreeChart chart filling the given chart's whole area. */
  static void draw(JFreeChart chart, Graphics2D graphics, int width, int height) {
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
  }
}
