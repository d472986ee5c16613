package dev.facets.report.charts;

import dev.facets.core.simulate.Histogram;
import dev.facets.core.simulate.OutcomeDistribution;
import java.awt.Graphics2D;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * The Monte Carlo histogram of a portfolio's total value per trial, with the 5 %, 25 %, 50 %, 75 % and
 * 95 % quantiles marked as the simulation engine computed them.
 */
final class HistogramChart extends SizedChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 420;
  private static final double[] MARKED = {0.05, 0.25, 0.50, 0.75, 0.95};

  private final OutcomeDistribution distribution;

  HistogramChart(String title, OutcomeDistribution distribution) {
    super(title, WIDTH, HEIGHT);
    this.distribution = Objects.requireNonNull(distribution, "distribution");
  }

  @Override
  public void draw(Graphics2D graphics) {
    Histogram histogram = distribution.histogram();
    double[] edges = histogram.edges();
    long[] counts = histogram.counts();
    int bins = counts.length;
    double[][] series = new double[6][bins];
    for (int j = 0; j < bins; j++) {
      series[0][j] = (edges[j] + edges[j + 1]) / 2;
      series[1][j] = edges[j];
      series[2][j] = edges[j + 1];
      series[3][j] = counts[j];
      series[4][j] = counts[j];
      series[5][j] = counts[j];
    }
    DefaultIntervalXYDataset data = new DefaultIntervalXYDataset();
    data.addSeries(String.format(Locale.ROOT, "Trials (%,d, seed %d)", distribution.trials(), distribution.seed()), series);
    JFreeChart chart = ChartFactory.createXYBarChart(null, "Total impact of a trial (impact units)", false, "Trials", data,
        PlotOrientation.VERTICAL, true, false, false);
    Style.themed(chart, title());
    XYPlot plot = chart.getXYPlot();
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Formats.amount());
    ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.15);
    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, Style.PRIMARY);
    renderer.setDrawBarOutline(false);
    renderer.setMargin(0.05);
    for (double level : MARKED) {
      ValueMarker marker = new ValueMarker(distribution.quantile(level));
      marker.setPaint(level == 0.50 ? Style.INK : Style.SECONDARY);
      marker.setStroke(level == 0.50 ? new java.awt.BasicStroke(2f) : Style.DASHED);
      marker.setLabel(String.format(Locale.ROOT, "p%02d %s", Math.round(100 * level),
          Formats.decimal().format(distribution.quantile(level))));
      marker.setLabelFont(Style.SMALL);
      marker.setLabelPaint(Style.INK);
      marker.setLabelBackgroundColor(Style.LABEL_BACKGROUND);
      marker.setLabelAnchor(level <= 0.5 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(level <= 0.5 ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(
          4 + 14 * java.util.Arrays.binarySearch(MARKED, level), 4, 4, 4));
      plot.addDomainMarker(marker);
    }
    Style.draw(chart, graphics, WIDTH, HEIGHT);
  }
}
