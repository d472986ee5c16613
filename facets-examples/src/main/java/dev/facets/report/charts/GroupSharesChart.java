package dev.facets.report.charts;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Small multiples of facet shares: one panel per group, four bars (one per facet, in facet order) on
 * the same 0 to 100 % scale and in one colour (the height is the message), so the groups compare at a glance. A group of zero weight has a panel
 * that says it has no shares. At most {@link #MAX_PANELS} panels; the title says when more exist.
 */
final class GroupSharesChart extends SizedChart {
  /** The panels drawn at most: a register grouped by a free attribute may have hundreds. */
  static final int MAX_PANELS = 24;
  private static final int COLUMNS = 4;
  private static final int PANEL_WIDTH = 170;
  private static final int PANEL_HEIGHT = 165;
  private static final int TOP = 44;
  private static final int MARGIN = 16;
  private static final int BAR_AREA = 90;

  /** One panel: the group's name and its shares, empty for a group without shares. */
  record Panel(String name, Optional<FacetMix> shares) {
    Panel {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(shares, "shares");
    }
  }

  private final List<Panel> panels;

  GroupSharesChart(String title, List<Panel> panels) {
    super(title, MARGIN * 2 + COLUMNS * PANEL_WIDTH,
        TOP + MARGIN + rows(Math.min(panels.size(), MAX_PANELS)) * PANEL_HEIGHT);
    this.panels = List.copyOf(panels.subList(0, Math.min(panels.size(), MAX_PANELS)));
  }

  private static int rows(int panels) {
    return Math.max(1, (panels + COLUMNS - 1) / COLUMNS);
  }

  @Override
  public void draw(Graphics2D graphics) {
    backgroundAndTitle(graphics);
    for (int i = 0; i < panels.size(); i++) {
      int x = MARGIN + (i % COLUMNS) * PANEL_WIDTH;
      int y = TOP + (i / COLUMNS) * PANEL_HEIGHT;
      panel(graphics, panels.get(i), x, y);
    }
  }

  private static void panel(Graphics2D graphics, Panel panel, int x, int y) {
    graphics.setFont(Style.LABEL_BOLD);
    graphics.setPaint(Style.INK);
    graphics.drawString(Style.fit(graphics, panel.name(), PANEL_WIDTH - 12), x, y + 14);
    int base = y + 38 + BAR_AREA;
    graphics.setPaint(Style.GRID);
    graphics.setStroke(Style.THIN);
    graphics.drawLine(x, base, x + PANEL_WIDTH - 14, base);
    graphics.setFont(Style.SMALL);
    if (panel.shares().isEmpty()) {
      graphics.setPaint(Style.MUTED);
      graphics.drawString("no shares (zero weight)", x, y + 38 + BAR_AREA / 2);
      return;
    }
    FacetMix shares = panel.shares().get();
    double barWidth = (PANEL_WIDTH - 14) / (double) Facet.COUNT;
    for (Facet facet : Facet.ordered()) {
      double share = shares.weight(facet);
      double left = x + facet.ordinal() * barWidth + 3;
      double height = BAR_AREA * share;
      graphics.setPaint(Style.PRIMARY);
      graphics.fill(new Rectangle2D.Double(left, base - height, barWidth - 6, height));
      graphics.setPaint(Style.INK);
      String label = Style.percentLabel(share);
      int labelWidth = graphics.getFontMetrics().stringWidth(label);
      graphics.drawString(label, (float) (left + (barWidth - 6 - labelWidth) / 2), (float) (base - height - 3));
      String initial = Style.name(facet).substring(0, 3);
      int initialWidth = graphics.getFontMetrics().stringWidth(initial);
      graphics.setPaint(Style.MUTED);
      graphics.drawString(initial, (float) (left + (barWidth - 6 - initialWidth) / 2), base + 13);
    }
  }
}
