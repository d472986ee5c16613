package dev.facets.report.charts;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.TargetMix;
import java.awt.Graphics2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
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
    JFreeChart chart = Style.pairedBars(title(), "Facet", "Share of the portfolio", data, Formats.percent());
    Style.draw(chart, graphics, WIDTH, HEIGHT);
  }
}
