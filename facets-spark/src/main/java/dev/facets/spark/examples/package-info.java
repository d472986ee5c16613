/**
 * A runnable example: {@link dev.facets.spark.examples.RegisterExample} generates a CSV register of
 * many portfolios and scores each portfolio with the SQL aggregate, writing the scores as Parquet.
 * The module's README says how to run it locally and with {@code spark-submit}.
 */
package dev.facets.spark.examples;
