/**
 * The language of the facets domain: the four OPSI innovation facets, the zones between them,
 * initiatives, portfolios, futures and target mixes.
 *
 * <p>Every type here is immutable, null-free and thread-safe, and validates itself on construction
 * with an {@link dev.facets.api.InvalidValueException} naming the field and the offending value.
 * Entry points: {@link dev.facets.api.Portfolio} (built from {@link dev.facets.api.Initiative}s),
 * {@link dev.facets.api.ScenarioSet} and {@link dev.facets.api.TargetMix}. The package depends on
 * nothing beyond the JDK at run time.
 */
@FacetsStyle
package dev.facets.api;
