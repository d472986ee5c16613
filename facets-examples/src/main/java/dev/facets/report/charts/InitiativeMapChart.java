package dev.facets.report.charts;

import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Classifier;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Zone;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The initiative map: one bubble per initiative on the uncertainty (across) and directedness (up)
 * plane, its area proportional to the budget, its colour its zone, and in SVG a hover title with its
 * name, id, budget and zone.
 *
 * <p>Where a bubble goes: an initiative's own {@code position} when it has one; otherwise the
 * centroid of its facet mix, sum over facets of m_f times the facet's pole (enhancement (-1, 0),
 * mission (0, 1), anticipatory (1, 0), adaptive (0, -1)), i.e. (m_anticipatory - m_enhancement,
 * m_mission - m_adaptive). A pure facet sits on its pole, a half-and-half change type midway along
 * the edge between its two poles, and a mix of opposite facets near the centre, where the diamond is
 * "mixed". This places initiatives for the eye; it is not an engine's metric.
 */
final class InitiativeMapChart extends SizedChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 680;
  /** The largest bubble's diameter, in axis units (the axes span 2.5 units). */
  private static final double MAX_DIAMETER = 0.32;
  /** The smallest diameter, so an initiative with no budget still shows. */
  private static final double MIN_DIAMETER = 0.035;

  private final List<Bubble> bubbles;

  InitiativeMapChart(String title, Portfolio portfolio, Classifier classifier) {
    super(title, WIDTH, HEIGHT);
    Objects.requireNonNull(classifier, "classifier");
    double largest = 0;
    for (Initiative initiative : portfolio.initiatives()) {
      largest = Math.max(largest, initiative.budget());
    }
    List<Bubble> placed = new ArrayList<>();
    for (Initiative initiative : portfolio.initiatives()) {
      Classification classification = classifier.classify(initiative);
      AxisPosition at = initiative.position().orElseGet(() -> centroid(classification.mix()));
      Zone zone = classification.zone();
      double diameter = largest == 0 ? MIN_DIAMETER
          : Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(initiative.budget() / largest));
      placed.add(new Bubble(at, diameter, zone, hover(initiative, zone, portfolio)));
    }
    this.bubbles = List.copyOf(placed);
  }

  /** The centroid of a mix on the diamond: sum_f m_f * pole_f. */
  static AxisPosition centroid(FacetMix mix) {
    double uncertainty = 0;
    double directedness = 0;
    for (Facet facet : Facet.ordered()) {
      uncertainty += mix.weight(facet) * facet.uncertainty();
      directedness += mix.weight(facet) * facet.directedness();
    }
    return AxisPosition.of(clamp(uncertainty), clamp(directedness));
  }

  /** Rounding can put a sum of weights a hair outside [-1, 1]. */
  private static double clamp(double coordinate) {
    return Math.max(-1, Math.min(1, coordinate));
  }

  private static String hover(Initiative initiative, Zone zone, Portfolio portfolio) {
    String name = initiative.name().orElse(initiative.id());
    return name + " (" + initiative.id() + "): budget " + Formats.amount().format(initiative.budget())
        + portfolio.currency().map(currency -> " " + currency).orElse("") + ", zone " + zone.jsonName();
  }

  @Override
  public void draw(Graphics2D graphics) {
    Map<Zone, List<Bubble>> byZone = new EnumMap<>(Zone.class);
    for (Bubble bubble : bubbles) {
      byZone.computeIfAbsent(bubble.zone, zone -> new ArrayList<>()).add(bubble);
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    List<List<Bubble>> series = new ArrayList<>();
    for (Map.Entry<Zone, List<Bubble>> entry : byZone.entrySet()) {
      List<Bubble> members = entry.getValue();
      double[][] xyz = new double[3][members.size()];
      for (int i = 0; i < members.size(); i++) {
        xyz[0][i] = members.get(i).at.uncertainty();
        xyz[1][i] = members.get(i).at.directedness();
        xyz[2][i] = members.get(i).diameter;
      }
      data.addSeries(entry.getKey().jsonName(), xyz);
      series.add(members);
    }
    NumberAxis across = axis("uncertainty (certainty \u2190 \u2192 uncertainty)");
    NumberAxis up = axis("directedness (undirected \u2193 \u2191 directed)");
    TitledBubbles renderer = new TitledBubbles(series);
    XYPlot plot = new XYPlot(data, across, up, renderer);
    plot.addAnnotation(new XYPolygonAnnotation(new double[] {-1, 0, 0, 1, 1, 0, 0, -1}, Style.THIN, Style.GRID));
    plot.setDomainZeroBaselineVisible(true);
    plot.setRangeZeroBaselineVisible(true);
    pole(plot, "Enhancement", -1.08, 0.06, TextAnchor.BOTTOM_LEFT);
    pole(plot, "Mission", 0.04, 1.08, TextAnchor.TOP_LEFT);
    pole(plot, "Anticipatory", 1.08, 0.06, TextAnchor.BOTTOM_RIGHT);
    pole(plot, "Adaptive", 0.04, -1.08, TextAnchor.BOTTOM_LEFT);
    quadrant(plot, "sustaining", -0.75, 0.75);
    quadrant(plot, "transformative", 0.75, 0.75);
    quadrant(plot, "optimising", -0.75, -0.75);
    quadrant(plot, "disruptive", 0.75, -0.75);
    JFreeChart chart = new JFreeChart(null, Style.LABEL_BOLD, plot, true);
    Style.themed(chart, title());
    // Series colours after the theme, which would reset them.
    int index = 0;
    for (Zone zone : byZone.keySet()) {
      Color colour = Style.zone(zone);
      renderer.setSeriesPaint(index, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
      renderer.setSeriesOutlinePaint(index, colour.darker());
      index++;
    }
    plot.setDomainZeroBaselinePaint(Style.MUTED);
    plot.setRangeZeroBaselinePaint(Style.MUTED);
    Style.draw(chart, graphics, WIDTH, HEIGHT);
  }

  private static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(-1.25, 1.25);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5, Formats.decimal()));
    return axis;
  }

  private static void pole(XYPlot plot, String text, double x, double y, TextAnchor anchor) {
    XYTextAnnotation label = new XYTextAnnotation(text, x, y);
    label.setFont(Style.LABEL_BOLD);
    label.setPaint(Style.INK);
    label.setTextAnchor(anchor);
    plot.addAnnotation(label);
  }

  private static void quadrant(XYPlot plot, String text, double x, double y) {
    XYTextAnnotation label = new XYTextAnnotation(text, x, y);
    label.setFont(Style.SMALL);
    label.setPaint(Style.MUTED);
    plot.addAnnotation(label);
  }

  /** One initiative on the map. */
  private static final class Bubble {
    final AxisPosition at;
    final double diameter;
    final Zone zone;
    final String hover;

    Bubble(AxisPosition at, double diameter, Zone zone, String hover) {
      this.at = at;
      this.diameter = diameter;
      this.zone = zone;
      this.hover = hover;
    }
  }

  /**
   * Bubbles that each carry an SVG {@code <title>}: each item is drawn inside its own group whose
   * first child is the title, which browsers show on hover; raster targets get no hints.
   */
  private static final class TitledBubbles extends XYBubbleRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<List<Bubble>> series;

    TitledBubbles(List<List<Bubble>> series) {
      super(XYBubbleRenderer.SCALE_ON_DOMAIN_AXIS);
      this.series = series;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
        PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset,
        int seriesIndex, int item, CrosshairState crosshairState, int pass) {
      // Java2D rejects the SVG group hints' values, so they are given to SVG targets only.
      boolean svg = g2 instanceof SVGGraphics2D;
      if (svg) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of());
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, series.get(seriesIndex).get(item).hover);
      }
      super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, seriesIndex, item,
          crosshairState, pass);
      if (svg) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
      }
    }
  }
}
