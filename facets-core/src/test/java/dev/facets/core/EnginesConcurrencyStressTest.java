package dev.facets.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.Purpose;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.core.classify.EvidenceClassifier;
import dev.facets.core.classify.EvidenceRule;
import dev.facets.core.classify.EvidenceRules;
import dev.facets.core.classify.GeometricRule;
import dev.facets.core.questionnaire.HandScoredQuestionnaires;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.ProjectMapping;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import dev.facets.core.classify.Signal;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.Selector;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    GeometricRule strict = GeometricRule.DEFAULT.withPurity(0.8);
    EvidenceClassifier evidence = EvidenceClassifier.DEFAULT;
    List<QuestionnaireAnswers> answers = List.of(HandScoredQuestionnaires.steadyMinistry(),
        HandScoredQuestionnaires.explorationLab(), HandScoredQuestionnaires.balancedAgency());
    List<Portfolio> portfolios = ConcurrentWork.draw(Generators.portfolios(20), 30, SEED);
    ConcurrentWork work = new ConcurrentWork()
        .add(ConcurrentWork.Work.of("classify initiatives", Generators.initiatives(), 200, SEED, ContractClassifier.DEFAULT::classify))
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
    List<Portfolio> funded = ConcurrentWork.draw(Generators.fundedPortfolios(), 40, SEED);
    List<ScenarioSet> scenarioSets = ConcurrentWork.draw(Generators.scenarioSets(), 40, SEED);
    List<Object[]> allocations = new ArrayList<>();
    List<FacetMix> mixes = ConcurrentWork.draw(Generators.facetMixes(), scenarioSets.size(), SEED);
    // A generator may repeat itself; QuickTheories then yields fewer distinct examples than asked.
    for (int i = 0; i < Math.min(mixes.size(), scenarioSets.size()); i++) {
      allocations.add(new Object[] {mixes.get(i), scenarioSets.get(i), Objective.values()[i % Objective.values().length]});
    }
    TargetMix target = TargetMix.of(0.4, 0.3, 0.2, 0.1);
    RobustnessEvaluator evaluator = RobustnessEvaluator.of(0.1, 0.3);
    SimulationSettings settings = SimulationSettings.of(2_000, SEED);
    work.add(ConcurrentWork.Work.of("score by budget", funded, p -> PortfolioScorer.DEFAULT.score(p, Weighting.budget())))
        .add(ConcurrentWork.Work.of("score by count against a target", portfolios,
            p -> PortfolioScorer.DEFAULT.score(p, Weighting.count(), target)))
        .add(ConcurrentWork.Work.of("attribute", funded,
            p -> PortfolioScorer.DEFAULT.attribute(p, Weighting.budget(), Optional.of(target))))
        .add(ConcurrentWork.Work.of("robustness", allocations,
            a -> evaluator.evaluate((FacetMix) a[0], (ScenarioSet) a[1])))
        .add(ConcurrentWork.Work.of("robust allocation", allocations,
            a -> RobustAllocator.DEFAULT.optimize((ScenarioSet) a[1], (Objective) a[2])))
        .add(ConcurrentWork.Work.of("simulate", funded.subList(0, 8),
            p -> OutcomeSimulator.DEFAULT.simulate(p, settings)))
        .add(ConcurrentWork.Work.of("simulate with scenarios on 2 threads", funded.subList(8, 16),
            p -> OutcomeSimulator.DEFAULT.simulate(p, scenarioSets.get(0), settings.withThreads(2))));
    List<Portfolio> small = ConcurrentWork.draw(Generators.portfolios(10), 12, SEED + 2).stream()
        .filter(p -> p.totalBudget() > 0).toList();
    work.add(ConcurrentWork.Work.of("select", small, p -> Selector.DEFAULT.select(new SelectionProblem.Builder()
        .portfolio(p).budgetLimit(p.totalBudget() / 2).target(target).build())));
    long calls = work.assertConcurrentMatchesSequential(THREADS, Duration.ofSeconds(3));
    assertTrue(calls >= (long) THREADS * work.size(), "every thread made at least one pass: " + calls);
  }
}
