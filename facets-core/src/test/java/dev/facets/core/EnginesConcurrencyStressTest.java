package dev.facets.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.Purpose;
import dev.facets.core.classify.Classifiers;
import dev.facets.core.classify.EvidenceClassifier;
import dev.facets.core.classify.EvidenceRule;
import dev.facets.core.classify.EvidenceRules;
import dev.facets.core.classify.GeometricRule;
import dev.facets.core.classify.HandScoredQuestionnaires;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.ProjectMapping;
import dev.facets.core.classify.QuestionnaireAnswers;
import dev.facets.core.classify.QuestionnaireScorer;
import dev.facets.core.classify.Signal;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every engine's shared instances ({@code DEFAULT}s, configured engines, the readers and writers)
 * used by eight threads at once, each on different inputs and a different engine at any moment,
 * give exactly the results they give one call at a time. Bounded to a few seconds.
 *
 * <p>Engines join this test as they land: one {@link ConcurrentWork.Work} each.
 */
class EnginesConcurrencyStressTest {
  private static final long SEED = 8L;
  private static final int THREADS = 8;

  /** Signal lists made from the default rules by index arithmetic: varied, deterministic. */
  private static List<List<Signal>> signalLists(int count) {
    List<EvidenceRule> rules = EvidenceRules.DEFAULT.rules();
    List<List<Signal>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Signal> signals = new ArrayList<>();
      for (int k = 0; k <= i % 5; k++) {
        EvidenceRule rule = rules.get((i * 7 + k * 13) % rules.size());
        if (signals.stream().noneMatch(s -> s.dimension() == rule.dimension() && s.option().equals(rule.option()))) {
          signals.add(Signal.of(rule.dimension(), rule.option(), 1.0 / (1 + (i + k) % 4)));
        }
      }
      lists.add(signals);
    }
    return lists;
  }

  private static List<Object[]> mappingPairs() {
    List<Object[]> pairs = new ArrayList<>();
    for (Purpose purpose : Purpose.values()) {
      for (Driver driver : Driver.values()) {
        pairs.add(new Object[] {purpose, driver});
      }
    }
    return pairs;
  }

  @Test
  void sharedEnginesGiveTheSequentialResultsUnderEightThreads() throws Exception {
    GeometricRule strict = GeometricRule.withPurity(0.8);
    EvidenceClassifier evidence = EvidenceClassifier.DEFAULT;
    List<QuestionnaireAnswers> answers = List.of(HandScoredQuestionnaires.steadyMinistry(),
        HandScoredQuestionnaires.explorationLab(), HandScoredQuestionnaires.balancedAgency());
    List<Portfolio> portfolios = ConcurrentWork.draw(Generators.portfolios(20), 30, SEED);
    ConcurrentWork work = new ConcurrentWork()
        .add(ConcurrentWork.Work.of("classify initiatives", Generators.initiatives(), 200, SEED, Classifiers.DEFAULT::classify))
        .add(ConcurrentWork.Work.of("initiative mixes", Generators.initiatives(), 200, SEED + 1, InitiativeMixes::of))
        .add(ConcurrentWork.Work.of("geometric rule", Generators.positions(), 200, SEED,
            (AxisPosition position) -> strict.classify(position)))
        .add(ConcurrentWork.Work.of("project mapping", mappingPairs(),
            pair -> ProjectMapping.classify((Purpose) pair[0], (Driver) pair[1])))
        .add(ConcurrentWork.Work.of("evidence", signalLists(100), evidence::classify))
        .add(ConcurrentWork.Work.of("questionnaire (compatible)", answers, QuestionnaireScorer.PET_COMPATIBLE::score))
        .add(ConcurrentWork.Work.of("questionnaire (corrected)", answers, QuestionnaireScorer.CORRECTED::score))
        .add(ConcurrentWork.Work.of("write JSON", portfolios, FacetsJson::toJson))
        .add(ConcurrentWork.Work.of("JSON round trip", portfolios,
            portfolio -> FacetsJson.readPortfolio(FacetsJson.toJson(portfolio), "p.json")))
        .add(ConcurrentWork.Work.of("CSV round trip", portfolios,
            portfolio -> FacetsCsv.readPortfolio(FacetsCsv.toCsv(portfolio), "p.csv")));
    long calls = work.assertConcurrentMatchesSequential(THREADS, Duration.ofSeconds(3));
    assertTrue(calls >= (long) THREADS * work.size(), "every thread made at least one pass: " + calls);
  }
}
