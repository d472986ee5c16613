/**
 * Runnable examples that are also tested against golden output ({@code ExamplesTest}): a service
 * scoring incoming portfolios concurrently with one shared engine
 * ({@link dev.facets.examples.ServiceEmbeddingExample}), a researcher's sweep of target mixes and
 * scenario probabilities ({@link dev.facets.examples.ScenarioStudyExample}), and the bundled
 * illustrative data they use ({@link dev.facets.examples.BundledExamples}). {@code explore.jsh} in
 * the module's folder does the same from jshell.
 *
 * <p>Despite its name, the {@code facets-examples} module holds more than these examples: it is
 * also the home of the {@code facets} command ({@code dev.facets.cli}) and of the report
 * ({@code dev.facets.report}).
 */
package dev.facets.examples;
