/**
 * Portfolio reports for people who would rather look than read: one self-contained HTML page, or
 * Markdown with its charts as SVG files beside it.
 *
 * <p>It lives in the {@code facets-examples} module, with the command ({@code dev.facets.cli}, whose
 * {@code facets report} draws it) and the runnable examples; the library modules know nothing of it.
 *
 * <p>Entry point: {@link dev.facets.report.PortfolioReport#of(dev.facets.report.ReportRequest)},
 * which runs the engines of facets-core once; {@code html()} and {@code markdown(...)} then write
 * the report, and {@link dev.facets.report.ChartKind} draws any one of its charts on its own. The
 * report computes no metric: it arranges, words and draws engine results, says which inputs were
 * missing, records the conventions used, and escapes every user string; every finished document
 * passes through {@link dev.facets.report.PrintableText}, so no control character reaches an output. Charts live in
 * {@link dev.facets.report.charts}.
 *
 * <p>Sizes: a report's size and time do not grow with the number of scenarios beyond a limit. The
 * hedging section's table and the scenario chart show every scenario up to
 * {@link dev.facets.report.charts.ScenarioSelection#LIMIT} (50); beyond it they show only the 10
 * worst and the 10 best by the portfolio's value and the 10 with the largest regret, and the report
 * says how many scenarios there are and that the JSON of {@code facets hedge} lists them all. The
 * figures (expected value, worst case, robust allocations) always cover every scenario.
 */
package dev.facets.report;
