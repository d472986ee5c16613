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
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
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
 *
 * <p>Initiatives that share a point (all those given the same purpose and driver do) are spread
 * around it by {@link MapSpread}, deterministically and whatever their order in the file, each within
 * {@link MapSpread#MAX_RADIUS} of its point. Each bubble is labelled with its id where the label fits
 * without covering another label (largest budgets first; a note counts those left out, whose ids the
 * SVG hover and the report's initiatives table give), so a printed or PNG map identifies them; a
 * legend below the map gives the bubble sizes of round budgets.
 */
final class InitiativeMapChart extends SizedChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 780;
  /** The strip below the JFreeChart drawing that holds the bubble-size legend and the labels' note. */
  private static final int LEGEND_HEIGHT = 100;
  /** The largest bubble's diameter, in axis units (the axes span 2.5 units). */
  private static final double MAX_DIAMETER = 0.32;
  /** The smallest diameter, so an initiative with no budget still shows. */
  private static final double MIN_DIAMETER = 0.035;

  private final List<Bubble> bubbles;
  private final double largest;
  private final String currency;

  InitiativeMapChart(String title, Portfolio portfolio, Classifier classifier) {
    super(title, WIDTH, HEIGHT);
    Objects.requireNonNull(classifier, "classifier");
    double largest = 0;
    for (Initiative initiative : portfolio.initiatives()) {
      largest = Math.max(largest, initiative.budget());
    }
    List<String> ids = new ArrayList<>();
    List<Point2D.Double> points = new ArrayList<>();
    List<Zone> zones = new ArrayList<>();
    for (Initiative initiative : portfolio.initiatives()) {
      Classification classification = classifier.classify(initiative);
      AxisPosition at = initiative.position().orElseGet(() -> centroid(classification.mix()));
      ids.add(initiative.id());
      points.add(new Point2D.Double(at.uncertainty(), at.directedness()));
      zones.add(classification.zone());
    }
    List<Point2D.Double> spread = MapSpread.of(ids, points);
    List<Bubble> placed = new ArrayList<>();
    for (int i = 0; i < portfolio.size(); i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      placed.add(new Bubble(spread.get(i), diameter(initiative.budget(), largest), zones.get(i), initiative.id(),
          initiative.budget(), hover(initiative, zones.get(i), portfolio)));
    }
    this.bubbles = List.copyOf(placed);
    this.largest = largest;
    this.currency = portfolio.currency().orElse("");
  }

  /** A bubble's diameter in axis units: its area proportional to the budget, never below the smallest. */
  private static double diameter(double budget, double largest) {
    return largest == 0 ? MIN_DIAMETER : Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(budget / largest));
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
        xyz[0][i] = members.get(i).at.x;
        xyz[1][i] = members.get(i).at.y;
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
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT - LEGEND_HEIGHT), info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    int unlabelled = labels(graphics, plot, area);
    sizeLegend(graphics, plot, area, unlabelled);
  }

  /** The bubble's centre in pixels. */
  private static Point2D.Double pixel(XYPlot plot, Rectangle2D area, Point2D.Double at) {
    return new Point2D.Double(plot.getDomainAxis().valueToJava2D(at.x, area, plot.getDomainAxisEdge()),
        plot.getRangeAxis().valueToJava2D(at.y, area, plot.getRangeAxisEdge()));
  }

  /**
   * Writes each bubble's id beside it, largest budgets first (ties by id, so the result does not
   * depend on the file's order), at the first of eight places around the bubble where the label
   * stays inside the plot and covers no label already written; returns how many found no place.
   */
  private int labels(Graphics2D graphics, XYPlot plot, Rectangle2D area) {
    List<Bubble> order = new ArrayList<>(bubbles);
    order.sort(Comparator.comparingDouble((Bubble bubble) -> bubble.budget).reversed().thenComparing(bubble -> bubble.id));
    graphics.setFont(Style.SMALL);
    FontMetrics metrics = graphics.getFontMetrics();
    List<Rectangle2D> taken = new ArrayList<>();
    int unlabelled = 0;
    for (Bubble bubble : order) {
      Point2D.Double centre = pixel(plot, area, bubble.at);
      double radius = plot.getDomainAxis().lengthToJava2D(bubble.diameter, area, plot.getDomainAxisEdge()) / 2;
      String text = Style.fit(graphics, bubble.id, 90);
      double width = metrics.stringWidth(text) + 4;
      double height = metrics.getAscent() + metrics.getDescent() + 2;
      Rectangle2D place = null;
      for (int at = 0; at < 8 && place == null; at++) {
        double angle = at * Math.PI / 4;
        double x = centre.x + Math.cos(angle) * (radius + 2) + (Math.cos(angle) > 0.1 ? 0 : Math.cos(angle) < -0.1 ? -width : -width / 2);
        double y = centre.y - Math.sin(angle) * (radius + 2) + (Math.sin(angle) > 0.1 ? -height : Math.sin(angle) < -0.1 ? 0 : -height / 2);
        Rectangle2D candidate = new Rectangle2D.Double(x, y, width, height);
        if (area.contains(candidate) && taken.stream().noneMatch(candidate::intersects)) {
          place = candidate;
        }
      }
      if (place == null) {
        unlabelled++;
        continue;
      }
      taken.add(place);
      graphics.setPaint(Style.LABEL_BACKGROUND);
      graphics.fill(place);
      graphics.setPaint(Style.INK);
      graphics.drawString(text, (float) (place.getX() + 2), (float) (place.getY() + 1 + metrics.getAscent()));
    }
    return unlabelled;
  }

  /**
   * Below the map: circles of the sizes of three round budgets (about the largest, a quarter and a
   * sixteenth of it), and how many labels were left out.
   */
  private void sizeLegend(Graphics2D graphics, XYPlot plot, Rectangle2D area, int unlabelled) {
    double top = HEIGHT - LEGEND_HEIGHT;
    graphics.setFont(Style.SMALL);
    graphics.setPaint(Style.INK);
    String unit = currency.isEmpty() ? "" : " (" + currency + ")";
    if (largest == 0) {
      graphics.drawString("Every budget is 0: every bubble has the smallest size.", 16, (float) (top + 14));
    } else {
      String caption = "Bubble area is proportional to budget" + unit + ":";
      graphics.drawString(caption, 16, (float) (top + 14));
      double x = 24;
      for (double budget : new double[] {round(largest), round(largest / 4), round(largest / 16)}) {
        double pixels = plot.getDomainAxis().lengthToJava2D(diameter(budget, largest), area, plot.getDomainAxisEdge());
        graphics.setPaint(Style.GRID);
        Ellipse2D circle = new Ellipse2D.Double(x, top + 54 - pixels / 2, pixels, pixels);
        graphics.fill(circle);
        graphics.setPaint(Style.MUTED);
        graphics.draw(circle);
        graphics.setPaint(Style.INK);
        String label = Formats.exactAmount().format(budget);
        graphics.drawString(label, (float) (x + pixels + 4), (float) (top + 58));
        x += pixels + 4 + graphics.getFontMetrics().stringWidth(label) + 16;
      }
    }
    if (unlabelled > 0) {
      graphics.setPaint(Style.MUTED);
      graphics.drawString(unlabelled + (unlabelled == 1 ? " bubble is" : " bubbles are") + " not labelled, where a label would "
          + "cover another: the initiatives table (and, in SVG, hovering) names them.", 16, (float) (top + 96));
    }
  }

  /** A budget rounded down to two significant digits, for the legend: 15,200,000 is 15,000,000. */
  static double round(double budget) {
    if (budget <= 0) {
      return 0;
    }
    double unit = Math.pow(10, Math.floor(Math.log10(budget)) - 1);
    return Math.max(unit, Math.floor(budget / unit) * unit);
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
    final Point2D.Double at;
    final double diameter;
    final Zone zone;
    final String id;
    final double budget;
    final String hover;

    Bubble(Point2D.Double at, double diameter, Zone zone, String id, double budget, String hover) {
      this.at = at;
      this.diameter = diameter;
      this.zone = zone;
      this.id = id;
      this.budget = budget;
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
