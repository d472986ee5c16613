package dev.facets.report.charts;

import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.ScenarioResult;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.hedge.TradeOffPoint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The portfolio across scenarios: its value and its regret in each scenario as bars, and below them
 * the trade-off curve between expected value and worst case of the robust allocations, with the
 * portfolio's own point marked. Above {@link ScenarioSelection#LIMIT} scenarios the bars show only
 * the {@link ScenarioSelection} and the axis says so.
 */
final class ScenarioChart extends SizedChart {
  private static final int WIDTH = 720;
  private static final int BARS_HEIGHT = 380;
  private static final int CURVE_HEIGHT = 380;

  private final Robustness robustness;
  private final Optional<TradeOffCurve> curve;

  ScenarioChart(String title, Robustness robustness, Optional<TradeOffCurve> curve) {
    super(title, WIDTH, curve.isPresent() ? BARS_HEIGHT + CURVE_HEIGHT : BARS_HEIGHT);
    this.robustness = Objects.requireNonNull(robustness, "robustness");
    this.curve = Objects.requireNonNull(curve, "curve");
  }

  @Override
  public void draw(Graphics2D graphics) {
    bars().draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, BARS_HEIGHT));
    curve.ifPresent(points -> tradeOff(points).draw(graphics, new Rectangle2D.Double(0, BARS_HEIGHT, WIDTH, CURVE_HEIGHT)));
  }

  private JFreeChart bars() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // Bounded: JFreeChart's category dataset and the SVG grow with every bar (quadratically in time).
    List<ScenarioResult> shown = ScenarioSelection.of(robustness.scenarios());
    for (ScenarioResult scenario : shown) {
      String label = scenario.name();
      data.addValue(scenario.value(), "Value of the portfolio", label);
      data.addValue(scenario.regret(), "Regret (best single facet minus value)", label);
    }
    String axis = ScenarioSelection.showsAll(robustness.scenarios().size()) ? "Scenario"
        : "Scenario (" + shown.size() + " of " + robustness.scenarios().size() + ": the worst, the best and the largest regrets)";
    return Style.pairedBars(title(), axis, "Payoff units", data, Formats.decimal());
  }

  private JFreeChart tradeOff(TradeOffCurve points) {
    XYSeries series = new XYSeries("Robust allocations (lambda from 0 to 1)", false, true);
    for (TradeOffPoint point : points.points()) {
      if (point.worstCase().isPresent() && point.expectedValue().isPresent()) {
        series.add(point.worstCase().getAsDouble(), point.expectedValue().getAsDouble());
      }
    }
    XYSeries portfolio = new XYSeries("This portfolio", false, true);
    portfolio.add(robustness.worstCase(), robustness.expectedValue());
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series);
    data.addSeries(portfolio);
    JFreeChart chart = ChartFactory.createXYLineChart(null, "Worst-case value (payoff units)", "Expected value (payoff units)", data,
        PlotOrientation.VERTICAL, true, false, false);
    Style.themed(chart, "Trade-off: expected value against worst case");
    XYPlot plot = chart.getXYPlot();
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, Style.PRIMARY);
    renderer.setSeriesPaint(1, Style.SECONDARY);
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
    plot.setRenderer(renderer);
    XYPointerAnnotation here = new XYPointerAnnotation("this portfolio", robustness.worstCase(),
        robustness.expectedValue(), -Math.PI / 4);
    here.setFont(Style.SMALL);
    here.setPaint(Style.INK);
    here.setTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.addAnnotation(here);
    return chart;
  }
}
