package dev.facets.report.charts;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Pole;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The facet diamond as the OECD OPSI Portfolio Exploration Tool draws it, hand-drawn because no chart
 * library has it: four poles (certainty/enhancement left, directed/mission top,
 * uncertainty/anticipatory right, undirected/adaptive bottom), the diamond cut along its diagonals
 * into one cell per facet around that facet's pole, each cell shaded HSL(288°, 75 %, 100 - pct) by
 * the facet's level (a portfolio's share, or a questionnaire's percentage) and labelled with it.
 *
 * <p>Optionally, outlines drawn over the cells: each a quadrilateral through the four points at its
 * level along each pole's axis (a facet at 100 % reaches the pole), the faint ones (a team's members)
 * first, then the bold one (the team).
 */
final class DiamondChart extends SizedChart {
  /** A member's outline: thin and translucent, so that many overlap readably. */
  private static final Color FAINT = new Color(0x33, 0x33, 0x33, 130);
  private static final Color FAINT_FILL = new Color(0x33, 0x33, 0x33, 12);
  private static final BasicStroke FAINT_STROKE = new BasicStroke(1.5f);
  private static final Color BOLD = new Color(0xf2, 0x9e, 0x4c);
  private static final BasicStroke BOLD_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private static final int WIDTH = 680;
  private static final int HEIGHT = 500;
  private static final double CENTRE_X = WIDTH / 2.0;
  private static final double CENTRE_Y = 268;
  /** From the centre to a pole's vertex. */
  private static final double RADIUS = 170;

  private final double[] levels;
  private final List<double[]> faint;
  private final double[] bold;

  DiamondChart(String title, FacetMix shares) {
    this(title, shares.toArray(), List.of(), null);
  }

  /**
   * A diamond of levels in [0, 1] per facet (in facet order), with outlines of levels drawn faintly
   * and, if not null, one drawn boldly.
   */
  DiamondChart(String title, double[] levels, List<double[]> faint, double[] bold) {
    super(title, WIDTH, HEIGHT);
    this.levels = Objects.requireNonNull(levels, "levels").clone();
    this.faint = faint.stream().map(double[]::clone).toList();
    this.bold = bold == null ? null : bold.clone();
  }

  @Override
  public void draw(Graphics2D graphics) {
    backgroundAndTitle(graphics);
    for (Facet facet : Facet.ordered()) {
      graphics.setPaint(Style.facetShade(levels[facet.ordinal()]));
      graphics.fill(cell(facet));
    }
    graphics.setPaint(Style.MUTED);
    graphics.setStroke(Style.THIN);
    graphics.draw(cellOutline());
    for (double[] outline : faint) {
      graphics.setPaint(FAINT_FILL);
      graphics.fill(outline(outline));
      graphics.setPaint(FAINT);
      graphics.setStroke(FAINT_STROKE);
      graphics.draw(outline(outline));
    }
    if (bold != null) {
      graphics.setPaint(BOLD);
      graphics.setStroke(BOLD_STROKE);
      graphics.draw(outline(bold));
      graphics.setStroke(Style.THIN);
    }
    // The labels last, so that no outline hides them.
    for (Facet facet : Facet.ordered()) {
      drawLabel(graphics, facet, levels[facet.ordinal()]);
    }
    for (Facet facet : Facet.ordered()) {
      drawPole(graphics, facet);
    }
  }

  /** A facet's cell: the centre, the two edge midpoints beside its pole, and the pole's vertex. */
  private static Path2D cell(Facet facet) {
    double ux = facet.uncertainty();
    double uy = -facet.directedness();
    // The perpendicular of the pole's direction, to reach the two edge midpoints beside it.
    double px = -uy;
    double py = ux;
    Path2D.Double path = new Path2D.Double();
    path.moveTo(CENTRE_X, CENTRE_Y);
    path.lineTo(CENTRE_X + RADIUS / 2 * (ux + px), CENTRE_Y + RADIUS / 2 * (uy + py));
    path.lineTo(CENTRE_X + RADIUS * ux, CENTRE_Y + RADIUS * uy);
    path.lineTo(CENTRE_X + RADIUS / 2 * (ux - px), CENTRE_Y + RADIUS / 2 * (uy - py));
    path.closePath();
    return path;
  }

  /** The facets around the diamond: left, top, right, bottom. */
  private static final List<Facet> AROUND = List.of(Facet.ENHANCEMENT, Facet.MISSION, Facet.ANTICIPATORY, Facet.ADAPTIVE);

  /** The quadrilateral through each facet's level along its pole's axis. */
  private static Path2D outline(double[] values) {
    Path2D.Double path = new Path2D.Double();
    boolean first = true;
    for (Facet facet : AROUND) {
      double r = RADIUS * Math.max(0, Math.min(1, values[facet.ordinal()]));
      double x = CENTRE_X + r * facet.uncertainty();
      double y = CENTRE_Y - r * facet.directedness();
      if (first) {
        path.moveTo(x, y);
        first = false;
      } else {
        path.lineTo(x, y);
      }
    }
    path.closePath();
    return path;
  }

  /** The outer diamond and both diagonals of the cells, drawn over the shading. */
  private static Path2D cellOutline() {
    Path2D.Double path = new Path2D.Double();
    for (Facet facet : Facet.ordered()) {
      path.append(cell(facet), false);
    }
    return path;
  }

  private static Point2D.Double cellCentre(Facet facet) {
    return new Point2D.Double(CENTRE_X + RADIUS / 2 * facet.uncertainty(), CENTRE_Y - RADIUS / 2 * facet.directedness());
  }

  private static void drawLabel(Graphics2D graphics, Facet facet, double share) {
    Point2D.Double centre = cellCentre(facet);
    Color text = Style.textOn(share);
    graphics.setPaint(text);
    graphics.setFont(Style.LABEL_BOLD);
    centred(graphics, Style.name(facet), centre.x, centre.y - 4);
    graphics.setFont(Style.TITLE);
    centred(graphics, Style.percentLabel(share), centre.x, centre.y + 16);
  }

  private static void drawPole(Graphics2D graphics, Facet facet) {
    Pole pole = facet.pole();
    String name = pole.name().toUpperCase(Locale.ROOT);
    String detail = detail(pole);
    double x = CENTRE_X + (RADIUS + 12) * facet.uncertainty();
    double y = CENTRE_Y - (RADIUS + 12) * facet.directedness();
    graphics.setPaint(Style.INK);
    if (facet.directedness() > 0) {
      label(graphics, name, detail, x, y - 30, 0);
    } else if (facet.directedness() < 0) {
      label(graphics, name, detail, x, y + 10, 0);
    } else {
      label(graphics, name, detail, x, y - 6, facet.uncertainty());
    }
  }

  /** The tool's sub-labels of the poles. */
  private static String detail(Pole pole) {
    return switch (pole) {
      case CERTAINTY -> "exploiting / incremental";
      case UNCERTAINTY -> "exploring / radical";
      case DIRECTED -> "shaping / top-down";
      case UNDIRECTED -> "responding / bottom-up";
    };
  }

  /** Two lines at (x, y): centred ({@code side} 0), ending at x (-1) or starting at x (1). */
  private static void label(Graphics2D graphics, String name, String detail, double x, double y, int side) {
    graphics.setFont(Style.LABEL_BOLD);
    aligned(graphics, name, x, y + 12, side);
    graphics.setFont(Style.SMALL);
    graphics.setPaint(Style.MUTED);
    aligned(graphics, detail, x, y + 27, side);
    graphics.setPaint(Style.INK);
  }

  private static void centred(Graphics2D graphics, String text, double x, double y) {
    aligned(graphics, text, x, y, 0);
  }

  private static void aligned(Graphics2D graphics, String text, double x, double y, int side) {
    FontMetrics metrics = graphics.getFontMetrics();
    double width = metrics.stringWidth(text);
    double left = side == 0 ? x - width / 2 : side < 0 ? x - width : x;
    graphics.drawString(text, (float) left, (float) y);
  }
}
