/**
 * The OECD questionnaire: module 1 of the OECD Portfolio Exploration Tool, from its questions to a
 * respondent's or a team's portfolio profile.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.facets.core.questionnaire.Questionnaire#STANDARD}: the tool's 24 questions
 *       ({@link dev.facets.core.questionnaire.Question}, {@link dev.facets.core.questionnaire.QuestionItem}),
 *       each in one {@link dev.facets.core.questionnaire.QuestionFormat}.
 *   <li>{@link dev.facets.core.questionnaire.QuestionnaireAnswers}: one respondent's answers, checked
 *       against the questionnaire as they are built.
 *   <li>{@link dev.facets.core.questionnaire.QuestionnaireScorer}: answers to facet percentages, a
 *       {@link dev.facets.core.questionnaire.TendencyGroup} and a
 *       {@link dev.facets.core.questionnaire.CapabilityLevel}, as intended, as published or corrected
 *       ({@link dev.facets.core.questionnaire.ScoringMode}); {@code scoreTeam} scores a team's
 *       questionnaires together ({@link dev.facets.core.questionnaire.TeamScore}, with each item's
 *       {@link dev.facets.core.questionnaire.ItemSpread}).
 * </ul>
 *
 * <p>The answers file and the scoring modes are described in {@code docs/questionnaire.md}; the file
 * readers are in {@link dev.facets.core.io}.
 */
package dev.facets.core.questionnaire;
