/**
 * JMH benchmarks of the facets hot paths, mirroring the packages of {@code facets-core}.
 *
 * <p>Build with {@code mvn -pl benchmarks -am package -DskipTests} and run
 * {@code java -jar benchmarks/target/benchmarks.jar}; see {@code benchmarks/README.md}.
 */
package dev.facets.benchmarks;
