/**
 * Classification: how an initiative becomes a facet mix, a dominant facet and a zone.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.facets.core.classify.ContractClassifier#DEFAULT}: the file contract's classifier,
 *       taking each initiative's mix from its first source (explicit facets, position, purpose with
 *       driver); {@link dev.facets.core.classify.InitiativeMixes} gives the mix alone.
 *   <li>{@link dev.facets.core.classify.GeometricRule}: a position, or an explicit mix, to a zone.
 *   <li>{@link dev.facets.core.classify.ProjectMapping}: module 2 of the OECD Portfolio Exploration
 *       Tool, purpose and driver to a zone, and a list of projects to a project map.
 *   <li>{@link dev.facets.core.classify.EvidenceClassifier}: observed organisational
 *       {@link dev.facets.core.classify.Signal}s to a mix, a position and a zone, with the signals
 *       ranked in a readable explanation.
 * </ul>
 *
 * <p>All of them end in the geometric rule's zones and share its explanations, so they live together;
 * module 1 of the tool, the questionnaire, scores respondents rather than initiatives and has its own
 * package, {@link dev.facets.core.questionnaire}.
 */
package dev.facets.core.classify;
