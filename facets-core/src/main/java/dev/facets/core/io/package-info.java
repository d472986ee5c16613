/**
 * The facets file formats: the only place that knows them.
 *
 * <p>Entry point: {@link dev.facets.core.io.FacetsJson} reads and writes portfolios, scenario sets
 * and target mixes as JSON, strictly; every rejected file is one
 * {@link dev.facets.core.io.InputException} naming the file, line, path and value.
 * {@link dev.facets.core.io.JsonLimits} holds the one Jackson setup and its deliberate limits.
 */
package dev.facets.core.io;
