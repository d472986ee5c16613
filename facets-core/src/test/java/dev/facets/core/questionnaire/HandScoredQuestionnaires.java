package dev.facets.core.questionnaire;

import static dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo.NO;
import static dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo.UNSURE;
import static dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo.YES;

/**
 * Four complete questionnaires, each scored by hand in the comments (per question: enhancement E,
 * mission M, adaptive A, anticipatory N; "corrected" tags question 2 as worded, "compatible" swaps
 * its externalDemands and aheadOfCurve tags; "published" is compatible with every ticked box (q10,
 * q13, q14, q15) adding 0 and every rated capability item (q18, q21 to q24: 23 items) adding 1).
 * Shared by the scorer test and the reader test.
 */
public final class HandScoredQuestionnaires {
  private HandScoredQuestionnaires() {}

  /**
   * A steady ministry, strongly enhancement-oriented.
   *
   * <pre>
   * Q1  rate 4 3 1 0                       E4   M3   A1   N0
   * Q2  efficiency, goal, externalDemands, aheadOfCurve = 4 2 1 0
   *       corrected                        E4   M2   A1   N0
   *       compatible                       E4   M2   A0   N1
   * Q3  rate 4 2 1 1                       E4   M2   A1   N1
   * Q4  rate 3 3 1 0                       E3   M3   A1   N0
   * Q5  fundamentalChange, changeStrategy, coherence, crisisFocus = 4 2 1 0
   *                                        E4   M2   A1   N0
   * Q6  rate 4 4 2 3 1 1, half weight      E4   M2.5 A1   N0
   * Q7  rate 4 2 1 0                       E4   M2   A1   N0
   * Q8  moneyWasted, outcomeMissed, serviceFailure, crisisUnforeseen = 4 2 1 0
   *                                        E4   M2   A1   N0
   * Q9  rate 4 2 2 0                       E4   M2   A2   N0
   * Q10 tick optimisation (4 each)         E4
   * Q11 rate 4 1 1 0                       E4   M1   A1   N0
   * Q12 budgetCycle, untilGoal, months, decade = 4 2 1 0
   *                                        E4   M2   A1   N0
   * Q13 tick administrative, behavioural, problemStatistics (2 each)
   *                                        E4   M2
   * Q14 tick processes, compliance, outcomes (2 each)
   *                                        E4   M2
   * Q15 tick lean, processImprovement, serviceDesign, systemsThinking (1 each)
   *                                        E3   M1
   * Q16 rate 4 3 2 1 1 0 0 0, half weight  E3.5 M1.5 A0.5 N0
   * corrected: E 61.5, M 30, A 12.5, N 1
   *   E 61.5/64 = 96.09 -> 96; M 30/64 = 46.88 -> 47; A 12.5/64 = 19.53 -> 20; N 1/60 = 1.67 -> 2
   * compatible: A 11.5, N 2
   *   E 96; M 47; A 11.5/64 = 17.97 -> 18; N 2/64 = 3.13 -> 3
   * strong: enhancement only, both modes: primarily enhancement.
   * capability: Q17 yes 4; Q18 1+1+0-4 = -2; Q19 no 0; Q20 unsure 0; Q21 1+0+0 = 1;
   *   Q22 2+1+2+1+1 = 7; Q23 0+1+0+2 = 3; Q24 1+2+1+1-3-2-3 = -3; sum 10; 16 + 10 = 26: low.
   * published: the ticks were E 4+2+2+2+2+1+1+1 = 15, M 2+2+1 = 5, A 0, N 0; without them
   *   E 61.5 - 15 = 46.5, M 30 - 5 = 25, A 11.5, N 2 (compatible tags)
   *   E 46.5/64 = 72.66 -> 73; M 25/64 = 39.06 -> 39; A 18; N 3: primarily enhancement.
   *   capability: 16 + yes 4 (Q17) + 23 answered items = 43: medium (intended 26, low).
   * </pre>
   */
  public static QuestionnaireAnswers steadyMinistry() {
    return new AnswerSheet().respondent("Steady ministry")
        .rate(1, 4, 3, 1, 0)
        .rank(2, "efficiency", "goal", "externalDemands", "aheadOfCurve")
        .rate(3, 4, 2, 1, 1)
        .rate(4, 3, 3, 1, 0)
        .rank(5, "fundamentalChange", "changeStrategy", "coherence", "crisisFocus")
        .rate(6, 4, 4, 2, 3, 1, 1)
        .rate(7, 4, 2, 1, 0)
        .rank(8, "moneyWasted", "outcomeMissed", "serviceFailure", "crisisUnforeseen")
        .rate(9, 4, 2, 2, 0)
        .tick(10, "optimisation")
        .rate(11, 4, 1, 1, 0)
        .rank(12, "budgetCycle", "untilGoal", "months", "decade")
        .tick(13, "administrative", "behavioural", "problemStatistics")
        .tick(14, "processes", "compliance", "outcomes")
        .tick(15, "lean", "processImprovement", "serviceDesign", "systemsThinking")
        .rate(16, 4, 3, 2, 1, 1, 0, 0, 0)
        .answer(17, YES)
        .rate(18, 1, 1, 0, 4)
        .answer(19, NO)
        .answer(20, UNSURE)
        .rate(21, 1, 0, 0)
        .rate(22, 2, 1, 2, 1, 1)
        .rate(23, 0, 1, 0, 2)
        .rate(24, 1, 2, 1, 1, 3, 2, 3)
        .build();
  }

  /**
   * An exploration lab, adaptive and anticipatory; the modes disagree on anticipatory.
   *
   * <pre>
   * Q1  rate 1 1 3 3                       E1   M1   A3   N3
   * Q2  aheadOfCurve, externalDemands, goal, efficiency = 4 2 1 0
   *       corrected                        E0   M1   A2   N4
   *       compatible                       E0   M1   A4   N2
   * Q3  rate 1 1 3 2                       E1   M1   A3   N2
   * Q4  rate 1 2 3 2                       E1   M2   A3   N2
   * Q5  coherence, crisisFocus, changeStrategy, fundamentalChange = 4 2 1 0
   *                                        E0   M1   A4   N2
   * Q6  rate 1 0 2 1 3 4, half weight      E0.5 M1.5 A3.5 N0
   * Q7  rate 1 1 3 2                       E1   M1   A3   N2
   * Q8  crisisUnforeseen, serviceFailure, outcomeMissed, moneyWasted = 4 2 1 0
   *                                        E0   M1   A2   N4
   * Q9  rate 1 1 2 2                       E1   M1   A2   N2
   * Q10 tick testingSpaces                 A4
   * Q11 rate 0 1 3 2                       E0   M1   A3   N2
   * Q12 months, decade, untilGoal, budgetCycle = 4 2 1 0
   *                                        E0   M1   A4   N2
   * Q13 tick contextual, realTime, weakSignals          A4   N2
   * Q14 tick relevance, nearMisses                      A2   N2
   * Q15 tick agileMethods, coCreation, edgeCases, horizonScanning, foresight
   *                                                     A3   N2
   * Q16 rate 1 0 1 1 3 3 2 1, half weight  E0.5 M1   A3   N1.5
   * corrected: E 6, M 13.5, A 48.5, N 32.5
   *   E 6/64 = 9.38 -> 9; M 13.5/64 = 21.09 -> 21; A 48.5/64 = 75.78 -> 76; N 32.5/60 = 54.17 -> 54
   *   strong: adaptive, anticipatory: adaptive-anticipatory.
   * compatible: A 48.5 - 2 + 4 = 50.5, N 32.5 - 4 + 2 = 30.5
   *   A 50.5/64 = 78.91 -> 79; N 30.5/64 = 47.66 -> 48
   *   strong: adaptive only: primarily adaptive.
   * capability: Q17 yes 4; Q18 3+2+3-1 = 7; Q19 yes 4; Q20 no 0; Q21 2+3+2 = 7;
   *   Q22 3+3+2+4+3 = 15; Q23 2+3+2+3 = 10; Q24 3+4+2+3-1-0-1 = 10; sum 57; 16 + 57 = 73: high.
   * published: the ticks were A 4+2+2+2+1+1+1 = 13, N 2+2+1+1 = 6; without them
   *   E 6, M 13.5, A 50.5 - 13 = 37.5, N 30.5 - 6 = 24.5 (compatible tags)
   *   E 9; M 21; A 37.5/64 = 58.59 -> 59; N 24.5/64 = 38.28 -> 38: primarily adaptive.
   *   capability: 16 + yes 4 + 4 (Q17, Q19) + 23 = 47: medium (intended 73, high).
   * </pre>
   */
  public static QuestionnaireAnswers explorationLab() {
    return new AnswerSheet().respondent("Exploration lab")
        .rate(1, 1, 1, 3, 3)
        .rank(2, "aheadOfCurve", "externalDemands", "goal", "efficiency")
        .rate(3, 1, 1, 3, 2)
        .rate(4, 1, 2, 3, 2)
        .rank(5, "coherence", "crisisFocus", "changeStrategy", "fundamentalChange")
        .rate(6, 1, 0, 2, 1, 3, 4)
        .rate(7, 1, 1, 3, 2)
        .rank(8, "crisisUnforeseen", "serviceFailure", "outcomeMissed", "moneyWasted")
        .rate(9, 1, 1, 2, 2)
        .tick(10, "testingSpaces")
        .rate(11, 0, 1, 3, 2)
        .rank(12, "months", "decade", "untilGoal", "budgetCycle")
        .tick(13, "contextual", "realTime", "weakSignals")
        .tick(14, "relevance", "nearMisses")
        .tick(15, "agileMethods", "coCreation", "edgeCases", "horizonScanning", "foresight")
        .rate(16, 1, 0, 1, 1, 3, 3, 2, 1)
        .answer(17, YES)
        .rate(18, 3, 2, 3, 1)
        .answer(19, YES)
        .answer(20, NO)
        .rate(21, 2, 3, 2)
        .rate(22, 3, 3, 2, 4, 3)
        .rate(23, 2, 3, 2, 3)
        .rate(24, 3, 4, 2, 3, 1, 0, 1)
        .build();
  }

  /**
   * A balanced agency on the edges: exact halves, exactly 50 %, and a capability score of exactly 36.
   *
   * <pre>
   * Q1  rate 3 3 2 2                       E3   M3   A2   N2
   * Q2  goal, aheadOfCurve, externalDemands, efficiency = 4 2 1 0
   *       corrected                        E0   M4   A1   N2
   *       compatible                       E0   M4   A2   N1
   * Q3  rate 3 3 2 2                       E3   M3   A2   N2
   * Q4  rate 3 2 2 2                       E3   M2   A2   N2
   * Q5  fundamentalChange, crisisFocus, coherence, changeStrategy = 4 2 1 0
   *                                        E4   M0   A1   N2
   * Q6  rate 3 3 2 2 2 3, half weight      E3   M2   A2.5 N0
   * Q7  rate 2 2 2 1                       E2   M2   A2   N1
   * Q8  outcomeMissed, moneyWasted, crisisUnforeseen, serviceFailure = 4 2 1 0
   *                                        E2   M4   A0   N1
   * Q9  rate 3 2 2 2                       E3   M2   A2   N2
   * Q10 tick optimisation, exploration     E4                  N4
   * Q11 rate 2 2 2 2                       E2   M2   A2   N2
   * Q12 months, budgetCycle, decade, untilGoal = 4 2 1 0
   *                                        E2   M0   A4   N1
   * Q13 tick administrative, pooledData, contextual, realTime, weakSignals
   *                                        E2   M2   A4   N2
   * Q14 tick processes, outcomes, relevance, nearMisses, newTechnology
   *                                        E2   M2   A2   N4
   * Q15 tick lean, serviceDesign, systemsThinking, strategicDesign, edgeCases, coCreation, foresight
   *                                        E2   M2   A2   N1
   * Q16 rate 4 2 2 2 2 4 2 2, half weight  E3   M2   A3   N2
   * corrected: E 40, M 32, A 31.5, N 30
   *   E 40/64 = 62.5 -> 63 (half away from zero); M 32/64 = 50 exactly -> strong;
   *   A 31.5/64 = 49.22 -> 49; N 30/60 = 50 exactly -> strong.
   *   strong: enhancement, mission, anticipatory: all but adaptive.
   * compatible: A 31.5 - 1 + 2 = 32.5, N 30 - 2 + 1 = 29
   *   A 32.5/64 = 50.78 -> 51; N 29/64 = 45.31 -> 45.
   *   strong: enhancement, mission, adaptive: all but anticipatory.
   * capability: Q17 unsure 0; Q18 2+2+1-2 = 3; Q19 yes 4; Q20 no 0; Q21 1+1+1 = 3;
   *   Q22 1+1+1+1+1 = 5; Q23 1+1+1+1 = 4; Q24 1+1+1+1-1-1-1 = 1; sum 20; 16 + 20 = 36: medium
   *   (the lowest medium score).
   * published: the ticks were E 4+2+2+1+1 = 10, M 2+2+1+1 = 6, A 2+2+2+1+1 = 8, N 4+2+2+2+1 = 11;
   *   without them E 40 - 10 = 30, M 32 - 6 = 26, A 32.5 - 8 = 24.5, N 29 - 11 = 18
   *   E 30/64 = 46.88 -> 47; M 26/64 = 40.63 -> 41; A 24.5/64 = 38.28 -> 38; N 18/64 = 28.13 -> 28:
   *   weak in all facets (the compatible scoring had three strong facets).
   *   capability: 16 + yes 4 (Q19) + 23 = 43: medium.
   * </pre>
   */
  public static QuestionnaireAnswers balancedAgency() {
    return new AnswerSheet().respondent("Balanced agency")
        .rate(1, 3, 3, 2, 2)
        .rank(2, "goal", "aheadOfCurve", "externalDemands", "efficiency")
        .rate(3, 3, 3, 2, 2)
        .rate(4, 3, 2, 2, 2)
        .rank(5, "fundamentalChange", "crisisFocus", "coherence", "changeStrategy")
        .rate(6, 3, 3, 2, 2, 2, 3)
        .rate(7, 2, 2, 2, 1)
        .rank(8, "outcomeMissed", "moneyWasted", "crisisUnforeseen", "serviceFailure")
        .rate(9, 3, 2, 2, 2)
        .tick(10, "optimisation", "exploration")
        .rate(11, 2, 2, 2, 2)
        .rank(12, "months", "budgetCycle", "decade", "untilGoal")
        .tick(13, "administrative", "pooledData", "contextual", "realTime", "weakSignals")
        .tick(14, "processes", "outcomes", "relevance", "nearMisses", "newTechnology")
        .tick(15, "lean", "serviceDesign", "systemsThinking", "strategicDesign", "edgeCases", "coCreation", "foresight")
        .rate(16, 4, 2, 2, 2, 2, 4, 2, 2)
        .answer(17, UNSURE)
        .rate(18, 2, 2, 1, 2)
        .answer(19, YES)
        .answer(20, NO)
        .rate(21, 1, 1, 1)
        .rate(22, 1, 1, 1, 1, 1)
        .rate(23, 1, 1, 1, 1)
        .rate(24, 1, 1, 1, 1, 1, 1, 1)
        .build();
  }

  /**
   * An eager office that answers every question at the top of its scale: the ceilings of each mode.
   *
   * <pre>
   * Every rated facet item 4 (half weight on Q6 and Q16: 2), every ranking in the order shown, every
   * box ticked, every yes/no question yes, every positive capability item 4, every reverse item 0.
   * Rankings: Q2 efficiency, goal, externalDemands, aheadOfCurve = 4 2 1 0; Q5, Q8, Q12 likewise,
   * enhancement first: E4 M2 A1 N0 on each of Q5, Q8, Q12.
   * compatible (Q2: A0, N1), per facet over Q1-Q16:
   *   E: Q1 4, Q2 4, Q3 4, Q4 4, Q5 4, Q6 2+2, Q7 4, Q8 4, Q9 4, Q10 4, Q11 4, Q12 4, Q13 2+2, Q14 2+2,
   *      Q15 1+1+1+1, Q16 2+2 = 64 -> 100 %
   *   M: 4 + 2 + 4 + 4 + 2 + 4 + 4 + 2 + 4 + 4 + 4 + 2 + 4 + 4 + 4 + 4 = 56 -> 56/64 = 87.5 -> 88 %
   *   A: 4 + 0 + 4 + 4 + 1 + 4 + 4 + 1 + 4 + 4 + 4 + 1 + 4 + 4 + 4 + 4 = 51 -> 51/64 = 79.69 -> 80 %
   *   N: 4 + 1 + 4 + 4 + 0 + 0 + 4 + 0 + 4 + 4 + 4 + 0 + 4 + 4 + 4 + 4 = 45 -> 45/64 = 70.31 -> 70 %
   *   all four strong. capability 16 + 4 + 4 + 8 + 19 * 4 = 108: high.
   * published: the ticks were 4 + 4 + 4 + 4 = 16 on every facet; without them
   *   E 48 -> 75 %; M 40 -> 62.5 -> 63 %; A 35 -> 54.69 -> 55 %; N 29 -> 45.31 -> 45 %:
   *   all but anticipatory. capability 16 + 4 + 4 + 8 + 23 = 55: medium (intended 108, high).
   * corrected (Q2: A1, N0): A 52 -> 81.25 -> 81 %; N 44 -> 44/60 = 73.33 -> 73 %; E 100 %, M 88 %.
   * </pre>
   */
  public static QuestionnaireAnswers eagerOffice() {
    return new AnswerSheet().respondent("Eager office")
        .rate(1, 4, 4, 4, 4)
        .rank(2, "efficiency", "goal", "externalDemands", "aheadOfCurve")
        .rate(3, 4, 4, 4, 4)
        .rate(4, 4, 4, 4, 4)
        .rank(5, "fundamentalChange", "changeStrategy", "coherence", "crisisFocus")
        .rate(6, 4, 4, 4, 4, 4, 4)
        .rate(7, 4, 4, 4, 4)
        .rank(8, "moneyWasted", "outcomeMissed", "serviceFailure", "crisisUnforeseen")
        .rate(9, 4, 4, 4, 4)
        .tick(10, Questionnaire.STANDARD.question(10).keys().toArray(String[]::new))
        .rate(11, 4, 4, 4, 4)
        .rank(12, "budgetCycle", "untilGoal", "months", "decade")
        .tick(13, Questionnaire.STANDARD.question(13).keys().toArray(String[]::new))
        .tick(14, Questionnaire.STANDARD.question(14).keys().toArray(String[]::new))
        .tick(15, Questionnaire.STANDARD.question(15).keys().toArray(String[]::new))
        .rate(16, 4, 4, 4, 4, 4, 4, 4, 4)
        .answer(17, YES)
        .rate(18, 4, 4, 4, 0)
        .answer(19, YES)
        .answer(20, YES)
        .rate(21, 4, 4, 4)
        .rate(22, 4, 4, 4, 4, 4)
        .rate(23, 4, 4, 4, 4)
        .rate(24, 4, 4, 4, 4, 0, 0, 0)
        .build();
  }
}
