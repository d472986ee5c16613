/**
 * How the engines write numbers into the sentences they return (diagnoses of infeasible or failed
 * problems, the explanation lines of a classification): {@link dev.facets.core.text.Numbers}, the
 * one number formatter of {@code facets-core}, so that every engine words a number the same way and
 * no sentence depends on the default locale. The command and the report format their own text with
 * the number formatter of {@code facets-examples}, which follows the same rule.
 */
package dev.facets.core.text;
