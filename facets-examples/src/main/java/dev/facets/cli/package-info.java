/**
 * The {@code facets} command line: one picocli class per subcommand.
 *
 * <p>It lives in the {@code facets-examples} module (the module's name is fixed), together with the
 * report ({@code dev.facets.report}) and the runnable examples ({@code dev.facets.examples}); the
 * module builds {@code facets.jar}, the command. There is no other home of the command.
 *
 * <p>Entry point: {@link dev.facets.cli.FacetsCommand} ({@code main}, or {@code run} for tests and
 * embedding). Subcommands read files through one helper ({@code Inputs}), print through one helper
 * ({@code OutputOptions}: {@code --format json|text}, atomic {@code --out} through
 * {@code OutputFiles}, which writes all of a command's files or none), check sizes against the heap
 * through {@code SizeLimits}, and leave every error to {@code FacetsCommand}, which turns it into the
 * contract's exit code and one-line message, an {@link OutOfMemoryError} and a failed standard
 * output ({@code CheckedOutput}) included.
 * Subcommands compute nothing themselves: they call the engines of {@code facets-core}.
 *
 * <p>Option values have one home, {@code OptionValues}: typed converters, registered once on every
 * command line, read each value with the domain's own parser ({@code EnumNames}, {@code TargetMix},
 * {@code FacetValues}), and {@code OptionValues.check} blames the right option when an engine
 * refuses a value, alone or with others; either way a bad value is a usage error in one shape,
 * {@code Invalid value for option '--x': ..., got 'value'}. Options several commands take are
 * declared once, as picocli mixins with one help text ({@code PortfolioFile}, {@code TargetOption},
 * {@code ScenariosOption}, {@code WeightOption}, {@code ScoringModeOption}, {@code AlphaOption}, {@code MonteCarloOptions},
 * {@code OutputOptions}), and their defaults come from {@code Defaults}, which a test holds equal to
 * the engines' defaults.
 *
 * <p>Start-up counts, since the command is called in loops: {@code CommandLines} builds only the
 * subcommand that runs, {@code JsonTrees} prints without an object mapper, and {@code BatchCommand}
 * ({@code facets batch}) runs many command lines in one JVM through {@code FacetsCommand.run}.
 */
package dev.facets.cli;
