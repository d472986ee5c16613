/**
 * Classification: how an initiative becomes a facet mix and a zone.
 *
 * <p>The geometric rule ({@link dev.facets.core.classify.GeometricRule}), the Portfolio Exploration
 * Tool's project mapping ({@link dev.facets.core.classify.ProjectMapping}) and the contract's order of
 * mix sources ({@link dev.facets.core.classify.InitiativeMixes}).
 */
package dev.facets.core.classify;
