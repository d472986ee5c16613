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
