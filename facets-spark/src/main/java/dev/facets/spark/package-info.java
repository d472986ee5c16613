/**
 * facets on Apache Spark, for research across many portfolios: scoring as Spark SQL aggregates over
 * registers of any size, the Monte Carlo simulation's blocks spread over executors (bit-identical to
 * one machine), and scenario studies mapped over a Dataset of jobs.
 *
 * <p>Entry point: {@link dev.facets.spark.FacetsSpark} ({@code register} for the SQL functions,
 * {@code score}, {@code simulate}, {@code study}). Spark itself is provided by the cluster (or
 * {@code spark-submit}); this module adds only facets-api and facets-core.
 */
package dev.facets.spark;
