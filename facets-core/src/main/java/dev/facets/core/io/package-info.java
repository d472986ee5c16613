/**
 * The facets file formats: the only place that knows them.
 *
 * <p>Entry points: {@link dev.facets.core.io.FacetsJson} reads and writes portfolios, scenario sets
 * and target mixes as JSON, strictly; every rejected file is one
 * {@link dev.facets.core.io.InputException} naming the file, line, path and value.
 * {@link dev.facets.core.io.FacetsCsv} reads and writes portfolios as CSV, as strictly, and
 * {@link dev.facets.core.io.FacetsXlsx} reads them from Excel workbooks by the same rules, through the
 * same table reader (fastexcel-reader below it, behind a guard against hostile workbooks);
 * {@link dev.facets.core.io.PortfolioFiles} reads a portfolio in the format its extension names, or
 * streams it without holding it ({@link dev.facets.core.io.PortfolioHeader}), in memory bounded by 8
 * bytes an id.
 * {@link dev.facets.core.io.QuestionnaireAnswersReader} reads a respondent's questionnaire answers,
 * as strictly, and {@link dev.facets.core.io.QuestionnaireCsv} a whole team's answers as CSV, one row
 * per respondent. {@link dev.facets.core.io.CsvTable} writes any table as CSV (quoting, formula
 * neutralising) for exports. {@link dev.facets.core.io.JsonLimits} holds the one Jackson setup and
 * its deliberate limits.
 */
package dev.facets.core.io;
