/**
 * Runnable examples that are also tested against golden output ({@code ExamplesTest}): a service
 * scoring incoming portfolios concurrently with one shared engine
 * ({@link dev.facets.examples.ServiceEmbeddingExample}), a researcher's sweep of target mixes and
 * scenario probabilities ({@link dev.facets.examples.ScenarioStudyExample}), and the bundled
 * illustrative data they use ({@link dev.facets.examples.BundledExamples}). {@code explore.jsh} in
 * the module's folder does the same from jshell.
 *
 * <p>One small example per engine, each checked by {@code EngineExamplesTest} against values
 * computed by hand: {@link dev.facets.examples.ClassifyExample},
 * {@link dev.facets.examples.ScoreExample}, {@link dev.facets.examples.HedgeExample},
 * {@link dev.facets.examples.OptimizeExample}, {@link dev.facets.examples.SelectExample},
 * {@link dev.facets.examples.SimulateExample} and {@link dev.facets.examples.PetExample} (the
 * questionnaire). README's table maps each command to its engine and example.
 *
 * <p>Despite its name, the {@code facets-examples} module holds more than these examples: it is
 * also the home of the {@code facets} command ({@code dev.facets.cli}) and of the report
 * ({@code dev.facets.report}).
 */
package dev.facets.examples;
