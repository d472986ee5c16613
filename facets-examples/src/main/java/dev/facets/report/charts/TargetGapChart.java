package dev.facets.report.charts;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.TargetMix;
import java.awt.Graphics2D;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bars per facet: the portfolio's share beside the target's, labelled in whole percent. */
final class TargetGapChart extends SizedChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;

  private final FacetMix shares;
  private final TargetMix target;

  TargetGapChart(String title, FacetMix shares, TargetMix target) {
    super(title, WIDTH, HEIGHT);
    this.shares = Objects.requireNonNull(shares, "shares");
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public void draw(Graphics2D graphics) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Facet facet : Facet.ordered()) {
      data.addValue(shares.weight(facet), "Portfolio share", Style.name(facet));
      data.addValue(target.share(facet), "Target", Style.name(facet));
    }
    JFreeChart chart = ChartFactory.createBarChart(null, "Facet", "Share of the portfolio", data,
        PlotOrientation.VERTICAL, true, false, false);
    Style.themed(chart, title());
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(Formats.percent());
    axis.setUpperMargin(0.12);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, Style.PRIMARY);
    renderer.setSeriesPaint(1, Style.SECONDARY);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Formats.percent()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(Style.SMALL);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    Style.draw(chart, graphics, WIDTH, HEIGHT);
  }
}
