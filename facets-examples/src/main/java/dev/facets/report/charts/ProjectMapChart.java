package dev.facets.report.charts;

import dev.facets.api.Initiative;
import dev.facets.api.Zone;
import dev.facets.core.classify.ProjectMap;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The Portfolio Exploration Tool's module-2 project map, drawn by hand: the diamond cut into nine
 * cells, one per zone, with a bubble per project sized by its priority (7, 5 or 3, as the tool draws
 * them) and the four facet cells shaded by how many projects they hold (HSL(288°, 75 %, lightness)
 * with the tool's lightness, {@link ProjectMap#lightness}).
 *
 * <p>Where the zones lie: the diamond is a square turned by 45°, cut into three by three cells. The
 * corners are the facets at their poles (enhancement left, mission top, anticipatory right, adaptive
 * bottom), the cell between two corners the type of change of those neighbours, and the centre
 * mixed. Up to sixteen bubbles sit in a cell, high priority first; a cell with more shows one large
 * bubble with the count, as the tool does. In SVG each bubble has a hover title with the project's
 * name, id and priority.
 *
 * <p>For print and PNG, each bubble carries a number, and a key to the right of the diamond lists
 * the numbers with each project's id and name (as many as fit; a line says how many more there are,
 * which {@code facets map --csv} lists), under a legend of the three bubble sizes.
 */
final class ProjectMapChart extends SizedChart {
  /** The diamond's part of the width; the key takes the rest. */
  private static final int MAP_WIDTH = 700;
  private static final int KEY_WIDTH = 320;
  private static final int WIDTH = MAP_WIDTH + KEY_WIDTH;
  private static final int HEIGHT = 600;
  private static final double CENTRE_X = MAP_WIDTH / 2.0;
  /** A key line's height. */
  private static final int KEY_LINE = 14;
  private static final java.awt.Font NUMBER = new java.awt.Font(Style.FONT, java.awt.Font.BOLD, 9);
  private static final double CENTRE_Y = 318;
  /** From the centre to a pole's vertex. */
  private static final double RADIUS = 240;
  /** Pixels per unit of the tool's bubble size. */
  private static final double BUBBLE_SCALE = 1.3;
  /** Bubbles a cell shows one by one, in a four by four grid; more become one bubble with the count. */
  private static final int GRID = 4;
  private static final Color OTHER_CELL = new Color(0xf4, 0xf1, 0xf6);
  private static final Color MIXED_CELL = new Color(0xe8, 0xe4, 0xeb);
  private static final Color BUBBLE_EDGE = new Color(0x4a, 0x14, 0x8c);

  /** Each zone's cell in the turned grid: its column (s) and row (t), each -1, 0 or 1. */
  private static final Map<Zone, int[]> CELLS = new EnumMap<>(Zone.class);

  static {
    CELLS.put(Zone.ENHANCEMENT, new int[] {-1, 1});
    CELLS.put(Zone.MISSION, new int[] {1, 1});
    CELLS.put(Zone.ANTICIPATORY, new int[] {1, -1});
    CELLS.put(Zone.ADAPTIVE, new int[] {-1, -1});
    CELLS.put(Zone.SUSTAINING, new int[] {0, 1});
    CELLS.put(Zone.TRANSFORMATIVE, new int[] {1, 0});
    CELLS.put(Zone.DISRUPTIVE, new int[] {0, -1});
    CELLS.put(Zone.OPTIMISING, new int[] {-1, 0});
    CELLS.put(Zone.MIXED, new int[] {0, 0});
  }

  private final Map<Zone, List<Bubble>> bubbles = new EnumMap<>(Zone.class);
  private final Map<Zone, Color> shades = new EnumMap<>(Zone.class);
  private final Map<Zone, Integer> lightness = new EnumMap<>(Zone.class);

  ProjectMapChart(String title, ProjectMap map) {
    super(title, WIDTH, HEIGHT);
    Objects.requireNonNull(map, "map");
    for (Zone zone : Zone.values()) {
      List<Bubble> inZone = new ArrayList<>();
      for (Initiative project : map.projects(zone)) {
        inZone.add(new Bubble(project.priority().bubbleSize(), project.name().orElse(project.id()) + " ("
            + project.id() + "), " + project.priority().jsonName() + " priority",
            project.id() + project.name().map(name -> "  " + name).orElse("")));
      }
      bubbles.put(zone, List.copyOf(inZone));
      if (zone.isFacet()) {
        int light = map.lightness(zone.facet().get());
        lightness.put(zone, light);
        shades.put(zone, Style.hsl(288, 0.75, light / 100.0));
      } else {
        shades.put(zone, zone == Zone.MIXED ? MIXED_CELL : OTHER_CELL);
      }
    }
  }

  /** A point of the turned grid, (s, t) in [-1, 1], in pixels: u = (s - t) / 2, d = (s + t) / 2. */
  private static Point2D.Double pixel(double s, double t) {
    return new Point2D.Double(CENTRE_X + RADIUS * (s - t) / 2, CENTRE_Y - RADIUS * (s + t) / 2);
  }

  private static Path2D cell(Zone zone) {
    int[] at = CELLS.get(zone);
    double s = at[0] * 2.0 / 3;
    double t = at[1] * 2.0 / 3;
    double h = 1.0 / 3;
    Path2D.Double path = new Path2D.Double();
    Point2D.Double a = pixel(s - h, t - h);
    path.moveTo(a.x, a.y);
    Point2D.Double b = pixel(s + h, t - h);
    path.lineTo(b.x, b.y);
    Point2D.Double c = pixel(s + h, t + h);
    path.lineTo(c.x, c.y);
    Point2D.Double d = pixel(s - h, t + h);
    path.lineTo(d.x, d.y);
    path.closePath();
    return path;
  }

  @Override
  public void draw(Graphics2D graphics) {
    backgroundAndTitle(graphics);
    for (Zone zone : Zone.values()) {
      graphics.setPaint(shades.get(zone));
      graphics.fill(cell(zone));
      graphics.setPaint(Style.MUTED);
      graphics.setStroke(Style.THIN);
      graphics.draw(cell(zone));
    }
    List<String> key = new ArrayList<>();
    for (Zone zone : Zone.values()) {
      drawZone(graphics, zone, key);
    }
    drawPoles(graphics);
    drawKey(graphics, key);
  }

  /**
   * The key at the right: the bubble sizes by priority, then each numbered bubble's id and name, as
   * many as fit, and a line for the rest.
   */
  private void drawKey(Graphics2D graphics, List<String> key) {
    double left = MAP_WIDTH + 8;
    double y = 60;
    graphics.setFont(Style.LABEL_BOLD);
    graphics.setPaint(Style.INK);
    graphics.drawString("Bubble size: priority", (float) left, (float) y);
    y += 8;
    double x = left;
    graphics.setFont(Style.SMALL);
    for (dev.facets.api.Priority priority : dev.facets.api.Priority.values()) {
      double r = priority.bubbleSize() * BUBBLE_SCALE;
      plain(graphics, new Ellipse2D.Double(x, y + 10 - r, 2 * r, 2 * r));
      graphics.setPaint(Style.INK);
      graphics.drawString(priority.jsonName(), (float) (x + 2 * r + 4), (float) (y + 14));
      x += 2 * r + 4 + graphics.getFontMetrics().stringWidth(priority.jsonName()) + 14;
    }
    y += 44;
    graphics.setFont(Style.LABEL_BOLD);
    graphics.drawString("Key", (float) left, (float) y);
    graphics.setFont(Style.SMALL);
    int fit = (int) ((HEIGHT - 16 - y) / KEY_LINE);
    int shown = key.size() <= fit ? key.size() : fit - 1;
    for (int i = 0; i < shown; i++) {
      y += KEY_LINE;
      graphics.drawString(Style.fit(graphics, (i + 1) + "  " + key.get(i), KEY_WIDTH - 16), (float) left, (float) y);
    }
    if (shown < key.size()) {
      y += KEY_LINE;
      graphics.setPaint(Style.MUTED);
      graphics.drawString(Style.fit(graphics, "and " + (key.size() - shown) + " more: facets map --csv lists them all",
          KEY_WIDTH - 16), (float) left, (float) y);
    }
  }

  private void drawZone(Graphics2D graphics, Zone zone, List<String> key) {
    int[] at = CELLS.get(zone);
    double s = at[0] * 2.0 / 3;
    double t = at[1] * 2.0 / 3;
    List<Bubble> inZone = bubbles.get(zone);
    boolean dark = lightness.getOrDefault(zone, 100) < 55;
    // The count near the cell's top corner, where no bubble goes.
    Point2D.Double top = pixel(s + 0.25, t + 0.25);
    graphics.setFont(Style.LABEL_BOLD);
    graphics.setPaint(dark ? Color.WHITE : Style.INK);
    centred(graphics, Integer.toString(inZone.size()), top.x, top.y + 5);
    if (zone == Zone.MIXED) {
      Point2D.Double bottom = pixel(s - 0.26, t - 0.26);
      graphics.setFont(Style.SMALL);
      graphics.setPaint(Style.MUTED);
      centred(graphics, "Mixed", bottom.x, bottom.y + 4);
    }
    if (inZone.size() > GRID * GRID) {
      Point2D.Double centre = pixel(s, t);
      double r = 17 * BUBBLE_SCALE;
      bubble(graphics, new Ellipse2D.Double(centre.x - r, centre.y - r, 2 * r, 2 * r), inZone.size() + " projects");
      graphics.setFont(Style.LABEL_BOLD);
      graphics.setPaint(Style.INK);
      centred(graphics, Integer.toString(inZone.size()), centre.x, centre.y + 5);
      return;
    }
    // A four by four grid turned with the cell, filled row by row from its top corner.
    double step = (2.0 / 3) / 6;
    for (int i = 0; i < inZone.size(); i++) {
      Bubble one = inZone.get(i);
      Point2D.Double at2 = pixel(s + (1.5 - i % GRID) * step, t + (1.5 - i / GRID) * step);
      double r = one.size * BUBBLE_SCALE;
      bubble(graphics, new Ellipse2D.Double(at2.x - r, at2.y - r, 2 * r, 2 * r), one.hover);
      key.add(one.key);
      number(graphics, Integer.toString(key.size()), at2);
    }
  }

  /** A bubble's number, centred on it over a white halo, so it reads on any shade and any bubble size. */
  private static void number(Graphics2D graphics, String text, Point2D.Double at) {
    graphics.setFont(NUMBER);
    java.awt.FontMetrics metrics = graphics.getFontMetrics();
    double width = metrics.stringWidth(text);
    double height = metrics.getAscent();
    graphics.setPaint(Style.LABEL_BACKGROUND);
    graphics.fill(new java.awt.geom.RoundRectangle2D.Double(at.x - width / 2 - 1.5, at.y - height / 2 - 1, width + 3, height + 2, 4, 4));
    graphics.setPaint(Style.INK);
    graphics.drawString(text, (float) (at.x - width / 2), (float) (at.y + height / 2 - 1));
  }

  /** A white bubble with a dark edge, in SVG inside a group whose title is its hover text. */
  private static void bubble(Graphics2D graphics, Ellipse2D shape, String hover) {
    boolean svg = graphics instanceof SVGGraphics2D;
    if (svg) {
      graphics.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of());
      graphics.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, hover);
    }
    plain(graphics, shape);
    if (svg) {
      graphics.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
  }

  /** A white bubble with a dark edge and no hover title (the size legend's). */
  private static void plain(Graphics2D graphics, Ellipse2D shape) {
    graphics.setPaint(Color.WHITE);
    graphics.fill(shape);
    graphics.setPaint(BUBBLE_EDGE);
    graphics.setStroke(Style.THIN);
    graphics.draw(shape);
  }

  /** The names of the eight outer zones, just outside the diamond: facets at their poles, changes at their edges. */
  private static void drawPoles(Graphics2D graphics) {
    graphics.setFont(Style.LABEL_BOLD);
    graphics.setPaint(Style.INK);
    for (Zone zone : Zone.values()) {
      if (zone == Zone.MIXED) {
        continue;
      }
      int[] at = CELLS.get(zone);
      // The middle of the cell's outer side (or its outer corner), pushed a little further out.
      Point2D.Double edge = pixel(at[0] * 1.08, at[1] * 1.08);
      double u = edge.x - CENTRE_X;
      double d = CENTRE_Y - edge.y;
      String text = name(zone);
      graphics.setFont(zone.isFacet() ? Style.LABEL_BOLD : Style.LABEL);
      double width = graphics.getFontMetrics().stringWidth(text);
      double left = Math.abs(u) < 1 ? edge.x - width / 2 : u < 0 ? edge.x - width : edge.x;
      left = Math.max(4, Math.min(MAP_WIDTH - 4 - width, left));
      double baseline = Math.abs(d) < 1 ? edge.y + 5 : d > 0 ? edge.y : edge.y + 12;
      graphics.drawString(text, (float) left, (float) baseline);
    }
  }

  private static String name(Zone zone) {
    String name = zone.jsonName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static void centred(Graphics2D graphics, String text, double x, double y) {
    double width = graphics.getFontMetrics().stringWidth(text);
    graphics.drawString(text, (float) (x - width / 2), (float) y);
  }

  /** One project's bubble: its tool size (7, 5, 3), its hover text and its line in the key. */
  private record Bubble(int size, String hover, String key) {}
}
