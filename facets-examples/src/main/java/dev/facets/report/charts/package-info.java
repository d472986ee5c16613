/**
 * Charts of a facets portfolio, drawn once through {@link java.awt.Graphics2D} and exported as SVG
 * (JFreeSVG) or PNG (Java2D).
 *
 * <p>Entry point: {@link dev.facets.report.charts.Charts}, whose factories return a
 * {@link dev.facets.report.charts.Chart}. Charts present engine results and compute no metric. The
 * facet diamond is drawn by hand; the initiative map, target gap, scenario and histogram charts use
 * JFreeChart. The scenario chart draws at most the
 * {@link dev.facets.report.charts.ScenarioSelection} of a large scenario set, so its size is bounded.
 * The initiative map spreads initiatives that share a point around it ({@code MapSpread}: the same
 * picture whatever the input order) and labels them; both maps have a legend of bubble sizes.
 */
package dev.facets.report.charts;
