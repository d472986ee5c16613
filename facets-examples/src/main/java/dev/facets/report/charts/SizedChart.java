package dev.facets.report.charts;

import java.util.Objects;

/** The part every chart shares: its title and fixed size. */
abstract class SizedChart implements Chart {
  private final String title;
  private final int width;
  private final int height;

  SizedChart(String title, int width, int height) {
    this.title = Objects.requireNonNull(title, "title");
    this.width = width;
    this.height = height;
  }

  /** Clears the chart's area and writes its title at the top left, cut to fit the width. */
  final void backgroundAndTitle(java.awt.Graphics2D graphics) {
    graphics.setPaint(Style.BACKGROUND);
    graphics.fillRect(0, 0, width, height);
    graphics.setPaint(Style.INK);
    graphics.setFont(Style.TITLE);
    graphics.drawString(Style.fit(graphics, title, width - 32), 16, 26);
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final int width() {
    return width;
  }

  @Override
  public final int height() {
    return height;
  }
}
