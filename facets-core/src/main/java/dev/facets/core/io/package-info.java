/**
 * Reading and writing the facets file formats: the only package that knows them.
 *
 * <p>Readers are strict: unknown keys, wrong types and out-of-range values are rejected with the JSON
 * path of the offending field. Entry point for questionnaire answers:
 * {@link dev.facets.core.io.QuestionnaireAnswersReader}.
 */
package dev.facets.core.io;
